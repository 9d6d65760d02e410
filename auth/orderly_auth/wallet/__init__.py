"""Wallet flows: EIP-712 signing for registration, Orderly keys, withdrawals, PnL settlement and transfers.

Needs the ``wallet`` extra (``pip install 'orderly-client[wallet]'``, for eth-account);
``import orderly_auth`` does not load it::

    from orderly_auth.wallet import LocalSigner, Wallet

    wallet = Wallet(LocalSigner(private_key), broker_id="woofi_pro", chain_id=421614, network="testnet")
    account_id = wallet.register()
    credentials = wallet.add_orderly_key("read,trading")    # a new ed25519 key, ready to use
    wallet.withdraw(credentials, "USDC", Decimal("25.5"))

``AsyncWallet`` has the same flows as coroutines (one core: the flows are written once).
A signer is anything with ``address`` and ``sign_typed_data(typed_data)`` (:class:`TypedDataSigner`),
so a hardware wallet or a KMS plugs in. The builders (``registration``, ``withdraw``, ...) make each
message's typed data without signing or sending, for signers elsewhere.
"""

try:
    import eth_account  # noqa: F401
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError("orderly_auth.wallet needs eth-account: pip install 'orderly-client[wallet]'") from exc

from ._account_id import account_id
from ._amounts import COLLATERAL_DECIMALS, from_raw_units, to_raw_units
from ._builders import (
    VaultPayload,
    add_orderly_key,
    delegate_add_orderly_key,
    delegate_settle_pnl,
    delegate_signer,
    delegate_withdraw,
    dex_request,
    internal_transfer,
    registration,
    settle_pnl,
    withdraw,
)
from ._domains import OFF_CHAIN_CONTRACT, ON_CHAIN_CONTRACTS, VAULT_CONTRACTS, DomainKind, domain, verifying_contract
from ._errors import AccountMismatchError, AmountPrecisionError, WalletConfigError, WalletError
from ._flows import DEFAULT_KEY_SCOPE, AsyncWallet, Wallet
from ._signer import LocalSigner, TypedDataSigner, recover_signer
from ._typed_data import TypedData
from ._types import DELEGATE_KEY_DOMAIN, MESSAGE_TYPES, MessageType

__all__ = [
    "COLLATERAL_DECIMALS",
    "DEFAULT_KEY_SCOPE",
    "DELEGATE_KEY_DOMAIN",
    "MESSAGE_TYPES",
    "OFF_CHAIN_CONTRACT",
    "ON_CHAIN_CONTRACTS",
    "VAULT_CONTRACTS",
    "AccountMismatchError",
    "AmountPrecisionError",
    "AsyncWallet",
    "DomainKind",
    "LocalSigner",
    "MessageType",
    "TypedData",
    "TypedDataSigner",
    "VaultPayload",
    "Wallet",
    "WalletConfigError",
    "WalletError",
    "account_id",
    "add_orderly_key",
    "delegate_add_orderly_key",
    "delegate_settle_pnl",
    "delegate_signer",
    "delegate_withdraw",
    "dex_request",
    "domain",
    "from_raw_units",
    "internal_transfer",
    "recover_signer",
    "registration",
    "settle_pnl",
    "to_raw_units",
    "verifying_contract",
    "withdraw",
]
