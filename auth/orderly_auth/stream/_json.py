"""JSON for the streams: numbers stay exact (floats as Decimal, integers as int, so ``seq`` > 2**53 survives)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

_decoder = json.JSONDecoder(parse_float=Decimal)
_encoder = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


def loads(text: str | bytes) -> Any:
    """Parse one message; non-integer numbers become :class:`~decimal.Decimal`."""
    if isinstance(text, bytes | bytearray):
        text = text.decode("utf-8")
    return _decoder.decode(text)


def dumps(value: Any) -> str:
    """Compact JSON for what we send (no Decimals are ever sent)."""
    return _encoder.encode(value)
