"""Orderly's EIP-712 message types: field order, Solidity types, domain and endpoint of each.

This table is the one place the wallet layer (and the sandbox, which verifies with it) learns what
is signed. Where the sources disagree, :data:`DELEGATE_KEY_DOMAIN` holds the choice.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._domains import DomainKind

__all__ = [
    "ADD_ORDERLY_KEY",
    "DELEGATE_ADD_ORDERLY_KEY",
    "DELEGATE_KEY_DOMAIN",
    "DELEGATE_SETTLE_PNL",
    "DELEGATE_SIGNER",
    "DELEGATE_WITHDRAW",
    "DEX_REQUEST",
    "INTERNAL_TRANSFER",
    "MESSAGE_TYPES",
    "REGISTRATION",
    "SETTLE_PNL",
    "WITHDRAW",
    "MessageType",
]


@dataclass(frozen=True, slots=True)
class MessageType:
    """One EIP-712 primary type as Orderly signs it, and how its message travels in the request body.

    ``body_strings`` are the signed fields the spec types as strings in the body (the others go as
    JSON numbers, addresses and bytes32 as 0x-hex text). ``onchain_body`` bodies also carry
    ``verifyingContract``.
    """

    name: str
    fields: tuple[tuple[str, str], ...]
    domain: DomainKind
    endpoint: str
    body_strings: frozenset[str] = frozenset()

    @property
    def field_names(self) -> tuple[str, ...]:
        """The signed fields, in signing order."""
        return tuple(name for name, _ in self.fields)

    @property
    def encoded_type(self) -> str:
        """``Name(type1 field1,...)``, the string whose keccak is the type hash."""
        return f"{self.name}({','.join(f'{kind} {name}' for name, kind in self.fields)})"

    @property
    def onchain_body(self) -> bool:
        """Whether the request body carries ``verifyingContract`` (on-chain and vault domains)."""
        return self.domain is not DomainKind.OFF_CHAIN


#: The domain of DelegateSigner and DelegateAddOrderlyKey. The docs' general rule puts every type but
#: Registration and AddOrderlyKey on the on-chain domain; the delegate-signer page's own example (and
#: Orderly's TypeScript SDK) sign these two with the off-chain domain. We follow the documented example;
#: change this one line if the server turns out to want the on-chain domain.
DELEGATE_KEY_DOMAIN = DomainKind.OFF_CHAIN

_ADD_KEY_FIELDS = (
    ("brokerId", "string"),
    ("chainId", "uint256"),
    ("orderlyKey", "string"),
    ("scope", "string"),
    ("timestamp", "uint64"),
    ("expiration", "uint64"),
)
_WITHDRAW_FIELDS = (
    ("brokerId", "string"),
    ("chainId", "uint256"),
    ("receiver", "address"),
    ("token", "string"),
    ("amount", "uint256"),
    ("withdrawNonce", "uint64"),
    ("timestamp", "uint64"),
)
_SETTLE_FIELDS = (
    ("brokerId", "string"),
    ("chainId", "uint256"),
    ("settleNonce", "uint64"),
    ("timestamp", "uint64"),
)
_DELEGATE = (("delegateContract", "address"),)
_WITHDRAW_STRINGS = frozenset({"amount", "withdrawNonce", "timestamp"})

REGISTRATION = MessageType(
    "Registration",
    (("brokerId", "string"), ("chainId", "uint256"), ("timestamp", "uint64"), ("registrationNonce", "uint256")),
    DomainKind.OFF_CHAIN,
    "POST /v1/register_account",
    frozenset({"timestamp", "registrationNonce"}),
)
ADD_ORDERLY_KEY = MessageType("AddOrderlyKey", _ADD_KEY_FIELDS, DomainKind.OFF_CHAIN, "POST /v1/orderly_key")
WITHDRAW = MessageType(
    "Withdraw", _WITHDRAW_FIELDS, DomainKind.ON_CHAIN, "POST /v1/withdraw_request", _WITHDRAW_STRINGS
)
SETTLE_PNL = MessageType("SettlePnl", _SETTLE_FIELDS, DomainKind.ON_CHAIN, "POST /v1/settle_pnl")
INTERNAL_TRANSFER = MessageType(
    "InternalTransfer",
    (("receiver", "bytes32"), ("token", "string"), ("amount", "uint256"), ("transferNonce", "uint64")),
    DomainKind.ON_CHAIN,
    "POST /v2/internal_transfer",
    frozenset({"transferNonce"}),
)
DELEGATE_SIGNER = MessageType(
    "DelegateSigner",
    (
        ("delegateContract", "address"),
        ("brokerId", "string"),
        ("chainId", "uint256"),
        ("timestamp", "uint64"),
        ("registrationNonce", "uint256"),
        ("txHash", "bytes32"),
    ),
    DELEGATE_KEY_DOMAIN,
    "POST /v1/delegate_signer",
)
DELEGATE_ADD_ORDERLY_KEY = MessageType(
    "DelegateAddOrderlyKey", _DELEGATE + _ADD_KEY_FIELDS, DELEGATE_KEY_DOMAIN, "POST /v1/delegate_orderly_key"
)
DELEGATE_WITHDRAW = MessageType(
    "DelegateWithdraw",
    _DELEGATE + _WITHDRAW_FIELDS,
    DomainKind.ON_CHAIN,
    "POST /v1/delegate_withdraw_request",
    _WITHDRAW_STRINGS,
)
DELEGATE_SETTLE_PNL = MessageType(
    "DelegateSettlePnl", _DELEGATE + _SETTLE_FIELDS, DomainKind.ON_CHAIN, "POST /v1/delegate_settle_pnl"
)
DEX_REQUEST = MessageType(
    "DexRequest",
    (
        ("payloadType", "uint8"),
        ("nonce", "uint256"),
        ("receiver", "address"),
        ("amount", "uint256"),
        ("vaultId", "bytes32"),
        ("token", "string"),
        ("dexBrokerId", "string"),
    ),
    DomainKind.VAULT,
    "POST /v1/sv_operation_request",
    frozenset({"nonce", "amount"}),
)

#: Every message type, by the endpoint that takes it.
MESSAGE_TYPES: dict[str, MessageType] = {
    kind.endpoint: kind
    for kind in (
        REGISTRATION,
        ADD_ORDERLY_KEY,
        WITHDRAW,
        SETTLE_PNL,
        INTERNAL_TRANSFER,
        DELEGATE_SIGNER,
        DELEGATE_ADD_ORDERLY_KEY,
        DELEGATE_WITHDRAW,
        DELEGATE_SETTLE_PNL,
        DEX_REQUEST,
    )
}
