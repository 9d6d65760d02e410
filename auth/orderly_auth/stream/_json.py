"""JSON for the streams: numbers stay exact (floats as Decimal, integers as int, so ``seq`` > 2**53 survives),
and bounded as the REST answers are (number size, objects, nesting): beyond them a frame is a ``ValueError``."""

from __future__ import annotations

import json
from typing import Any

from orderly_client.types import parse_json

_encoder = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


def loads(text: str | bytes) -> Any:
    """Parse one message; non-integer numbers become :class:`~decimal.Decimal`."""
    return parse_json(text)


def dumps(value: Any) -> str:
    """Compact JSON for what we send (no Decimals are ever sent)."""
    return _encoder.encode(value)
