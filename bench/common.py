"""What every bench process shares: the fixed key, the request, the statistics."""

from __future__ import annotations

import hashlib
import math
import os

SYMBOL = "PERP_ETH_USDC"
CLIENT_ORDER_ID = "bench-1"
# A client_order_id with characters that need percent-encoding in a query: shows who signs what.
SPECIAL_ORDER_ID = "bench 1/2+3"
ORDER = {
    "symbol": SYMBOL,
    "order_type": "LIMIT",
    "side": "BUY",
    "order_price": 1800.5,
    "order_quantity": 0.01,
    "client_order_id": CLIENT_ORDER_ID,
    "order_tag": "bench",  # ccxt always adds order_tag (its brokerId); everyone sends the same one
}

CLIENT_CPU = 0
SERVER_CPU = 1


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = B58[rest] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def b58decode(text: str) -> bytes:
    number = 0
    for char in text:
        number = number * 58 + B58.index(char)
    zeros = len(text) - len(text.lstrip("1"))
    return b"\0" * zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")


def keys() -> tuple[str, str, str]:
    """``(account_id, orderly_key, secret)``: a fixed ed25519 key, so that runs sign alike."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    seed = hashlib.sha256(b"orderly-client bench key").digest()
    public = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()
    account_id = "0x" + hashlib.sha256(b"orderly-client bench account").hexdigest()
    return account_id, "ed25519:" + b58encode(public), "ed25519:" + b58encode(seed)


def pin(cpu: int) -> None:
    """Run this process on one CPU (client and server each get their own)."""
    if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > cpu:
        os.sched_setaffinity(0, {cpu})


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def summary(samples: list[float]) -> dict[str, float]:
    """Median and p99 (seconds) of per-call samples."""
    ordered = sorted(samples)
    return {"median": percentile(ordered, 0.5), "p99": percentile(ordered, 0.99), "n": len(ordered)}
