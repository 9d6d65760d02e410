"""Every account's token balances (USDC and others), in Decimal: the one place money is held.

The small API other parts of the sandbox use (trading fees and PnL, deposits, withdrawals and
transfers): :meth:`Balances.credit`, :meth:`Balances.debit`, :meth:`Balances.get`,
:meth:`Balances.holdings`. A debit that would take a balance below zero raises
:class:`InsufficientBalanceError` unless ``allow_negative`` (realised losses may). Listeners
registered with :meth:`Balances.listen` hear every change (the ``balance`` stream uses it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from decimal import Decimal
from typing import Any

USDC = "USDC"
#: What a new account holds unless told otherwise.
STARTING_USDC = Decimal("10000")

BalanceListener = Callable[[str, str, Decimal, int], None]


class InsufficientBalanceError(Exception):
    """A debit larger than the balance."""

    def __init__(self, account_id: str, token: str, balance: Decimal, amount: Decimal) -> None:
        super().__init__(f"{token} balance {balance} of {account_id} is less than {amount}")
        self.account_id = account_id
        self.token = token
        self.balance = balance
        self.amount = amount


def _amount(amount: Decimal | int | str) -> Decimal:
    value = amount if isinstance(amount, Decimal) else Decimal(str(amount))
    if not value.is_finite() or value < 0:
        raise ValueError(f"amount must be a finite number >= 0, got {amount!r}")
    return value


class Balances:
    """Balances by account id (lower-case) and token; thread-safe; ``updated_time`` kept per balance."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._held: dict[str, dict[str, Decimal]] = {}
        self._updated: dict[tuple[str, str], int] = {}
        self._listeners: list[BalanceListener] = []
        self._transfers: dict[str, list[dict[str, Any]]] = {}
        self._next_transfer = 1

    def record(
        self,
        account_id: str,
        side: str,
        token: str,
        amount: Decimal,
        now_ms: int,
        *,
        chain_id: str = "",
        tx_id: str = "",
    ) -> dict[str, Any]:
        """Book a deposit or withdrawal (``side`` DEPOSIT / WITHDRAW) in the account's asset history; the row."""
        with self._lock:
            row = {
                "id": str(self._next_transfer),
                "tx_id": tx_id,
                "side": side,
                "token": token,
                "amount": amount,
                "fee": Decimal(0),
                "trans_status": "COMPLETED",
                "created_time": now_ms,
                "updated_time": now_ms,
                "chain_id": chain_id,
            }
            self._next_transfer += 1
            self._transfers.setdefault(account_id.lower(), []).append(row)
            return row

    def transfers(self, account_id: str) -> list[dict[str, Any]]:
        """The account's deposits and withdrawals, oldest first (``GET /v1/asset/history`` rows)."""
        with self._lock:
            return [dict(row) for row in self._transfers.get(account_id.lower(), [])]

    def listen(self, listener: BalanceListener) -> None:
        """Call ``listener(account_id, token, new_balance, now_ms)`` after every change."""
        self._listeners.append(listener)

    def open(self, account_id: str, usdc: Decimal = STARTING_USDC, now_ms: int = 0) -> None:
        """Give a new account its starting USDC (nothing happens for an account that has balances)."""
        with self._lock:
            if account_id.lower() in self._held:
                return
            self._held[account_id.lower()] = {}
        if usdc:
            self.credit(account_id, USDC, usdc, now_ms)
            self.record(account_id, "DEPOSIT", USDC, usdc, now_ms)

    def _change(self, account_id: str, token: str, delta: Decimal, now_ms: int) -> Decimal:
        """Apply ``delta`` (the lock held by the caller); listeners are told by :meth:`_tell` after."""
        account = account_id.lower()
        held = self._held.setdefault(account, {})
        new = held.get(token, Decimal(0)) + delta
        held[token] = new
        self._updated[(account, token)] = now_ms
        return new

    def _tell(self, account_id: str, token: str, balance: Decimal, now_ms: int) -> None:
        # Outside the lock: a listener may take other locks (the market's) without a lock-order deadlock.
        for listener in self._listeners:
            listener(account_id.lower(), token, balance, now_ms)

    def credit(self, account_id: str, token: str, amount: Decimal | int | str, now_ms: int = 0) -> Decimal:
        """Add ``amount`` (>= 0) of ``token``; returns the new balance."""
        value = _amount(amount)
        with self._lock:
            new = self._change(account_id, token, value, now_ms)
        self._tell(account_id, token, new, now_ms)
        return new

    def debit(
        self,
        account_id: str,
        token: str,
        amount: Decimal | int | str,
        now_ms: int = 0,
        *,
        allow_negative: bool = False,
    ) -> Decimal:
        """Take ``amount`` (>= 0) of ``token``; :class:`InsufficientBalanceError` if it is not there."""
        value = _amount(amount)
        with self._lock:
            balance = self.get(account_id, token)
            if value > balance and not allow_negative:
                raise InsufficientBalanceError(account_id, token, balance, value)
            new = self._change(account_id, token, -value, now_ms)
        self._tell(account_id, token, new, now_ms)
        return new

    def get(self, account_id: str, token: str = USDC) -> Decimal:
        """The balance of ``token`` (0 when none)."""
        with self._lock:
            return self._held.get(account_id.lower(), {}).get(token, Decimal(0))

    def holdings(self, account_id: str) -> dict[str, Decimal]:
        """Every token the account holds or held, with its balance."""
        with self._lock:
            return dict(self._held.get(account_id.lower(), {}))

    def accounts(self) -> list[str]:
        """Every account with balances (opened or credited), lower-case."""
        with self._lock:
            return list(self._held)

    def updated_time(self, account_id: str, token: str) -> int:
        """When the balance last changed (server ms; 0 if never)."""
        return self._updated.get((account_id.lower(), token), 0)
