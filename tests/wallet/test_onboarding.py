"""Onboarding end to end, offline: a fresh wallet registers, adds a trading key, trades, settles, withdraws."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from orderly_auth import create_client
from orderly_auth.wallet import LocalSigner, account_id
from orderly_client.api.private import delete_v1_client_order, get_v1_client_holding, get_v1_orders, post_v1_order
from orderly_client.api.public import get_v1_get_account, get_v1_get_orderly_key
from orderly_client.models import PostOrderBody
from orderly_sandbox import Sandbox
from tests.wallet.wallet_support import BROKER, CHAIN, held

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "onboarding.py"


def test_onboarding_from_a_fresh_wallet(sandbox: Sandbox, new_wallet: Any) -> None:
    signer = LocalSigner.generate()
    wallet = new_wallet(signer)
    assert wallet.registered_account_id() is None

    registered = wallet.register()
    assert registered == account_id(signer.address, BROKER) == wallet.account_id
    assert wallet.registered_account_id() == registered

    credentials = wallet.add_orderly_key("read,trading", valid_for_days=30)
    assert credentials.account_id == registered
    with create_client(base_url=sandbox.base_url) as public:
        key = get_v1_get_orderly_key.sync(client=public, account_id=registered, orderly_key=credentials.orderly_key)
        found = get_v1_get_account.sync(client=public, address=signer.address, broker_id=BROKER)
    assert key is not None and key.data.scope == "read,trading"
    assert 29 * 86_400_000 < key.data.expiration - sandbox.server_time_ms() <= 30 * 86_400_000
    assert found is not None and found.data.account_id == registered

    sandbox.faucet(registered, "500")
    sandbox.add_pnl(registered, Decimal("-20.125"))
    with create_client(credentials, base_url=sandbox.base_url) as client:
        order = PostOrderBody(
            symbol="PERP_ETH_USDC",
            order_type="LIMIT",
            side="BUY",
            order_price=float(sandbox.market.mark("PERP_ETH_USDC") * Decimal("0.9")),
            order_quantity=0.1,
            client_order_id="onboarding-1",
        )
        placed = post_v1_order.sync(client=client, body=order)
        assert placed is not None
        cancel = delete_v1_client_order.sync(client=client, symbol="PERP_ETH_USDC", client_order_id="onboarding-1")
        assert cancel is not None and cancel.data.status == "CANCEL_SENT"
        orders = get_v1_orders.sync(client=client)
        assert orders is not None and [row.status for row in orders.data.rows] == ["CANCELLED"]

        assert wallet.settle_pnl(credentials) > 0
        assert held(sandbox, registered) == {"USDC": Decimal("479.875")}
        assert wallet.withdraw(credentials, "USDC", Decimal("79.875")) > 0
        assert held(sandbox, registered) == {"USDC": Decimal("400")}
        holding = get_v1_client_holding.sync(client=client)
    assert holding is not None and [(row.token, row.holding) for row in holding.data.holding] == [
        ("USDC", Decimal("400"))
    ]
    assert wallet.chain_id == CHAIN


def test_onboarding_example_runs_offline() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ORDERLY_")}
    result = subprocess.run(
        [sys.executable, str(EXAMPLE)], check=False, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    for words in ("registered: 0x", "new key ed25519:", "CANCEL_SENT", "1012.5 USDC", "912.25 USDC", "done."):
        assert words in result.stdout
