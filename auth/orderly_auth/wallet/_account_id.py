"""Orderly account ids: ``keccak256(abi.encode(address, keccak256(utf8(broker_id))))``, computed locally."""

from __future__ import annotations

from eth_utils.crypto import keccak

from ._values import address, broker_id

__all__ = ["account_id"]


def account_id(wallet_address: str, broker: str) -> str:
    """The account id (0x-hex, 32 bytes) of ``wallet_address`` with broker ``broker``."""
    raw_address = bytes.fromhex(address(wallet_address)[2:])
    broker_hash = keccak(broker_id(broker).encode("utf-8"))
    encoded = raw_address.rjust(32, b"\0") + broker_hash  # abi.encode(address, bytes32): two 32-byte words
    return "0x" + bytes(keccak(encoded)).hex()
