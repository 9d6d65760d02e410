"""The server's wallet-side state: brokers, chains and tokens it lists, registered wallets, delegates and nonces."""

from __future__ import annotations

import itertools
import secrets
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from ._accounts import Accounts
from ._balances import USDC, Balances, InsufficientBalanceError
from ._errors import DUPLICATE, INVALID_PARAMETER, NOT_FOUND, ApiError

#: Broker ids the sandbox lists (``GET /v1/public/broker/name``), with their display names.
BROKERS: Mapping[str, str] = {"woofi_pro": "WOOFi Pro", "orderly": "Orderly", "demo": "Demo Broker"}
#: EVM chains the sandbox accepts (``GET /v1/public/chain_info``): the main and test chains Orderly lists.
CHAINS: Mapping[int, str] = {
    1: "Ethereum",
    10: "Optimism",
    8453: "Base",
    42161: "Arbitrum",
    11155111: "Sepolia",
    11155420: "OP Sepolia",
    84532: "Base Sepolia",
    421614: "Arbitrum Sepolia",
}
#: Tokens with their decimals (``GET /v1/public/token``): amounts are signed in these raw units.
TOKENS: Mapping[str, int] = {"USDC": 6, "USDT": 6, "ETH": 18, "WBTC": 8}
#: A registration nonce is single use and valid for two minutes.
REGISTRATION_NONCE_TTL_MS = 120_000
#: The kinds of per-account nonce, by the operation that uses them.
NONCE_KINDS = ("withdraw", "settle", "transfer")
#: Withdrawing or transferring more than the balance.
INSUFFICIENT = -1101


@dataclass
class Registry:
    """Wallets registered to accounts, delegate links, nonces, PnL to settle (not thread-safe: callers lock).

    Money itself is in the market's :class:`Balances` (``balances()`` returns the current one).
    """

    accounts: Accounts
    balances: Callable[[], Balances]
    network: str = "testnet"
    registration_nonce_ttl_ms: int = REGISTRATION_NONCE_TTL_MS
    wallets: dict[tuple[str, str], str] = field(default_factory=dict)  # (address lower, broker) -> account id
    owners: dict[str, tuple[str, str]] = field(default_factory=dict)  # account id -> (address, broker)
    delegates: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # account -> signers
    _registration_nonces: dict[int, int] = field(default_factory=dict)  # nonce -> issued at (ms)
    _nonces: defaultdict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(lambda: 1))
    vault_nonces: set[int] = field(default_factory=set)
    unsettled: defaultdict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    #: What the margin leaves withdrawable of a token (the App wires the market's; None: the balance).
    withdrawable: Callable[[str, str], Decimal] | None = None

    def next_id(self) -> int:
        """A fresh id for a withdrawal, settlement, transfer or key."""
        return next(self._ids)

    # -- brokers, chains, tokens ------------------------------------------------------------------

    def check_broker(self, broker_id: str) -> None:
        """-1005 unless ``broker_id`` is listed."""
        if broker_id not in BROKERS:
            raise ApiError(INVALID_PARAMETER, f"brokerId {broker_id!r} is not a broker; listed: {', '.join(BROKERS)}")

    def check_chain(self, chain_id: int) -> None:
        """-1005 unless ``chain_id`` is a supported chain."""
        if chain_id not in CHAINS:
            raise ApiError(INVALID_PARAMETER, f"chainId {chain_id} is not a supported chain")

    def decimals(self, token: str) -> int:
        """The token's decimals; -1005 for a token not listed."""
        if token not in TOKENS:
            raise ApiError(INVALID_PARAMETER, f"token {token!r} is not listed; tokens: {', '.join(TOKENS)}")
        return TOKENS[token]

    # -- registration -----------------------------------------------------------------------------

    def issue_registration_nonce(self, now_ms: int) -> int:
        """A new registration nonce (forgetting expired ones)."""
        expired = [n for n, at in self._registration_nonces.items() if now_ms - at > self.registration_nonce_ttl_ms]
        for nonce in expired:
            del self._registration_nonces[nonce]
        nonce = secrets.randbelow(10**12) + 10**11
        self._registration_nonces[nonce] = now_ms
        return nonce

    def check_registration_nonce(self, nonce: int, now_ms: int) -> None:
        """-1005 unless ``nonce`` was issued, is not used and is less than two minutes old."""
        issued = self._registration_nonces.get(nonce)
        if issued is None:
            raise ApiError(INVALID_PARAMETER, "registrationNonce was not issued by GET /v1/registration_nonce, or used")
        if now_ms - issued > self.registration_nonce_ttl_ms:
            raise ApiError(
                INVALID_PARAMETER, f"registrationNonce expired: valid {self.registration_nonce_ttl_ms // 1000} s"
            )

    def use_registration_nonce(self, nonce: int) -> None:
        """Spend a checked registration nonce: it cannot be used again."""
        self._registration_nonces.pop(nonce, None)

    def account_of(self, address: str, broker_id: str) -> str | None:
        """The account registered for a wallet with a broker."""
        return self.wallets.get((address.lower(), broker_id))

    def require_account(self, address: str, broker_id: str) -> str:
        """The wallet's account; -1006 when it is not registered with the broker."""
        account = self.account_of(address, broker_id)
        if account is None:
            raise ApiError(NOT_FOUND, f"wallet {address} is not registered with broker {broker_id!r}")
        return account

    def register(self, address: str, broker_id: str, account_id: str) -> str:
        """Register a wallet (or a delegate contract) with a broker: its account is created; -1007 if it exists."""
        if self.account_of(address, broker_id) is not None:
            raise ApiError(DUPLICATE, f"wallet {address} is already registered with broker {broker_id!r}")
        account_id = self.accounts.create(account_id)
        self.wallets[(address.lower(), broker_id)] = account_id
        self.owners[account_id] = (address, broker_id)
        return account_id

    # -- nonces of the fund flows -----------------------------------------------------------------

    def nonce(self, account_id: str, kind: str) -> int:
        """The nonce the account's next ``kind`` request must sign (``GET /v1/<kind>_nonce``)."""
        return self._nonces[(account_id.lower(), kind)]

    def check_nonce(self, account_id: str, kind: str, nonce: int) -> None:
        """-1007 for a nonce already used, -1005 for one not issued yet."""
        current = self.nonce(account_id, kind)
        if nonce < current:
            raise ApiError(DUPLICATE, f"{kind} nonce {nonce} was already used; GET /v1/{kind}_nonce for a fresh one")
        if nonce > current:
            raise ApiError(INVALID_PARAMETER, f"{kind} nonce {nonce} was not issued; GET /v1/{kind}_nonce")

    def use_nonce(self, account_id: str, kind: str) -> None:
        """Spend the account's current ``kind`` nonce."""
        self._nonces[(account_id.lower(), kind)] += 1

    def issue_vault_nonce(self) -> int:
        """A single-use Strategy Vault nonce (``GET /v1/public/sv_nonce``)."""
        nonce = secrets.randbelow(10**13) + 10**13
        self.vault_nonces.add(nonce)
        return nonce

    def use_vault_nonce(self, nonce: int) -> None:
        """Spend a vault nonce; -1005 when it was not issued or is used."""
        if nonce not in self.vault_nonces:
            raise ApiError(INVALID_PARAMETER, "nonce was not issued by GET /v1/public/sv_nonce, or was used")
        self.vault_nonces.remove(nonce)

    # -- money ---------------------------------------------------------------------------------------

    def check_withdrawable(self, account_id: str, token: str, amount: Decimal) -> None:
        """-1101 when the account holds ``amount`` but its positions and open orders need part of it as margin."""
        if self.withdrawable is None or amount > self.balances().get(account_id, token):
            return  # more than the balance: debit says so
        limit = self.withdrawable(account_id, token)
        if amount > limit:
            raise ApiError(
                INSUFFICIENT,
                f"insufficient margin: {amount} {token} asked, at most {limit} can be withdrawn with the "
                "account's positions and open orders",
            )

    def debit(self, account_id: str, token: str, amount: Decimal, now_ms: int) -> None:
        """Take ``amount`` of ``token`` from the account; -1101 (nothing changes) when it holds less."""
        try:
            self.balances().debit(account_id, token, amount, now_ms)
        except InsufficientBalanceError as exc:
            raise ApiError(INSUFFICIENT, f"insufficient {token}: {exc.amount} asked, {exc.balance} held") from None

    def credit(self, account_id: str, token: str, amount: Decimal, now_ms: int) -> None:
        """Add ``amount`` of ``token`` to the account."""
        self.balances().credit(account_id, token, amount, now_ms)

    def settle(self, account_id: str, now_ms: int) -> Decimal:
        """Move the account's unsettled PnL (see ``Sandbox.add_pnl``) into its USDC balance; returns it."""
        pnl = self.unsettled.pop(account_id.lower(), Decimal(0))
        if pnl > 0:
            self.credit(account_id, USDC, pnl, now_ms)
        elif pnl < 0:
            self.balances().debit(account_id, USDC, -pnl, now_ms, allow_negative=True)
        return pnl
