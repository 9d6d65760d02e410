"""Shared helpers of the wallet tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx2

from orderly_auth import Credentials
from orderly_auth.wallet import Wallet
from orderly_sandbox import Sandbox

BROKER = "woofi_pro"
CHAIN = 421614


@dataclass
class Onboarded:
    """A registered wallet with a key holding every scope."""

    wallet: Wallet
    credentials: Credentials

    @property
    def account_id(self) -> str:
        return self.wallet.account_id


def post_raw(sandbox: Sandbox, path: str, body: Any) -> tuple[int, int | None, str]:
    """POST an unsigned JSON body as is; the HTTP status, Orderly code and message."""
    response = httpx2.post(sandbox.base_url + path, json=body, timeout=10)
    payload = response.json()
    return response.status_code, payload.get("code"), payload.get("message", "")


def held(sandbox: Sandbox, account_id: str) -> dict[str, Decimal]:
    """The account's non-zero balances by token."""
    return {token: amount for token, amount in sandbox.balances.holdings(account_id).items() if amount}
