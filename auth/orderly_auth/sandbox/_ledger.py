"""Token balances per account and PnL not yet settled: what withdrawals, transfers and settlement move."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from ._errors import ApiError

INSUFFICIENT = -1101
#: The token settled PnL is paid in.
SETTLED_IN = "USDC"


class Ledger:
    """Exact (Decimal) token balances by account, and each account's unsettled PnL (not thread-safe: callers lock)."""

    def __init__(self) -> None:
        self._balances: defaultdict[str, defaultdict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
        self._unsettled: defaultdict[str, Decimal] = defaultdict(Decimal)

    def balances(self, account_id: str) -> dict[str, Decimal]:
        """The account's non-zero balances by token."""
        return {token: amount for token, amount in self._balances[account_id.lower()].items() if amount}

    def balance(self, account_id: str, token: str) -> Decimal:
        """The account's balance of ``token``."""
        return self._balances[account_id.lower()][token]

    def credit(self, account_id: str, token: str, amount: Decimal) -> None:
        """Add ``amount`` of ``token`` (a deposit, the faucet, an incoming transfer)."""
        self._balances[account_id.lower()][token] += amount

    def debit(self, account_id: str, token: str, amount: Decimal) -> None:
        """Take ``amount`` of ``token``; -1101 (nothing changes) when the balance is short."""
        held = self.balance(account_id, token)
        if amount > held:
            raise ApiError(INSUFFICIENT, f"insufficient {token}: {amount} asked, {held} available")
        self._balances[account_id.lower()][token] = held - amount

    def unsettled_pnl(self, account_id: str) -> Decimal:
        """PnL the account has made or lost and not yet settled into its balance."""
        return self._unsettled[account_id.lower()]

    def add_pnl(self, account_id: str, pnl: Decimal) -> None:
        """Book realised PnL, to be settled later."""
        self._unsettled[account_id.lower()] += pnl

    def settle(self, account_id: str) -> Decimal:
        """Move the unsettled PnL into the settlement token's balance; returns the amount moved."""
        pnl = self._unsettled.pop(account_id.lower(), Decimal(0))
        self._balances[account_id.lower()][SETTLED_IN] += pnl
        return pnl
