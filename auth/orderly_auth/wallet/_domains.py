"""The EIP-712 domains Orderly signs with, and which verifying contract each uses per network.

Every domain is ``{"name": "Orderly", "version": "1", "chainId": <the user's chain>,
"verifyingContract": ...}``: the chain is the one the user signs on (42161 Arbitrum, 421614 Arbitrum
Sepolia, ...), never Orderly's own L2, and it equals the message's ``chainId``.
"""

from __future__ import annotations

import enum
from typing import Any

from ._errors import WalletConfigError
from ._values import shown

__all__ = [
    "DOMAIN_NAME",
    "DOMAIN_VERSION",
    "EIP712_DOMAIN_FIELDS",
    "MAINNET_CHAINS",
    "OFF_CHAIN_CONTRACT",
    "ON_CHAIN_CONTRACTS",
    "TESTNET_CHAINS",
    "VAULT_CONTRACTS",
    "DomainKind",
    "check_chain_network",
    "domain",
    "verifying_contract",
]

DOMAIN_NAME = "Orderly"
DOMAIN_VERSION = "1"
#: The field order and types of ``EIP712Domain`` for every Orderly domain.
EIP712_DOMAIN_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "string"),
    ("version", "string"),
    ("chainId", "uint256"),
    ("verifyingContract", "address"),
)

#: Off-chain domain (registration, Orderly keys): the same placeholder contract on every network.
OFF_CHAIN_CONTRACT = "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"
#: On-chain domain (withdraw, settle PnL, internal transfer): Orderly's ledger contract.
ON_CHAIN_CONTRACTS = {
    "mainnet": "0x6F7a338F2aA472838dEFD3283eB360d4Dff5D203",
    "testnet": "0x1826B75e2ef249173FC735149AE4B8e9ea10abff",
}
#: Strategy Vault ledger (``DexRequest`` only).
VAULT_CONTRACTS = {
    "mainnet": "0xB7E792f0da9104A27288421583748215AefFFd78",
    "testnet": "0x20AFe57C75D1C548A9Da265fBFC5416c43783589",
}


#: EVM chains known to be main networks, and known test networks. A wallet's ``network`` (which picks
#: the verifying contract) must not contradict its chain; a chain in neither set is left to the server.
MAINNET_CHAINS = frozenset({1, 10, 56, 137, 146, 1329, 1514, 2741, 5000, 8453, 42161, 43114, 59144, 80094})
TESTNET_CHAINS = frozenset(
    {97, 1315, 1328, 5003, 10143, 11124, 43113, 57054, 80002, 80069, 84532, 421614, 11155111, 11155420}
)


def check_chain_network(chain_id: int, network: str) -> None:
    """Refuse a known test chain with ``mainnet``, or a known main chain with ``testnet``."""
    if (network == "mainnet" and chain_id in TESTNET_CHAINS) or (network == "testnet" and chain_id in MAINNET_CHAINS):
        other = "testnet" if network == "mainnet" else "mainnet"
        raise WalletConfigError(f"chain {chain_id} is a {other} chain, but network is {network!r}")


class DomainKind(enum.Enum):
    """Which of Orderly's EIP-712 domains a message type is signed in."""

    OFF_CHAIN = "off-chain"
    ON_CHAIN = "on-chain"
    VAULT = "vault"


def verifying_contract(kind: DomainKind, network: str) -> str:
    """The verifying contract of domain ``kind`` on ``network`` (``mainnet`` or ``testnet``)."""
    if kind is DomainKind.OFF_CHAIN:
        return OFF_CHAIN_CONTRACT
    table = ON_CHAIN_CONTRACTS if kind is DomainKind.ON_CHAIN else VAULT_CONTRACTS
    try:
        return table[network]
    except KeyError:
        raise WalletConfigError(f"network must be one of {', '.join(table)}, got {shown(network)}") from None


def domain(kind: DomainKind, chain_id: int, network: str) -> dict[str, Any]:
    """The EIP-712 domain object for ``kind`` on the user's chain ``chain_id``."""
    if kind is not DomainKind.OFF_CHAIN:  # the off-chain domain is the same on every network
        check_chain_network(chain_id, network)
    return {
        "name": DOMAIN_NAME,
        "version": DOMAIN_VERSION,
        "chainId": chain_id,
        "verifyingContract": verifying_contract(kind, network),
    }
