"""Converters for config fields that never quote what they were given (it may be a misplaced secret)."""

from __future__ import annotations

from ._keys import describe_value

__all__ = ["to_float"]


def to_float(name: str, value: object) -> float:
    """``float(value)`` for the field ``name``; the error describes the value instead of quoting it."""
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, got {describe_value(value)}") from None
