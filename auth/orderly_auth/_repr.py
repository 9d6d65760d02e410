"""Total reprs: a half-built object (seen in a traceback's locals with ``capture_locals``) still prints."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = ["attrs_repr", "total_repr"]


def total_repr(obj: object, names: Iterable[str]) -> str:
    """``Type(name=value, ...)``; a field not set yet shows ``None`` instead of raising."""
    shown = ", ".join(f"{name}={getattr(obj, name, None)!r}" for name in names)
    return f"{type(obj).__name__}({shown})"


def attrs_repr(obj: attrs.AttrsInstance) -> str:
    """:func:`total_repr` of an attrs instance's fields that are shown in its repr (``repr=False`` ones left out)."""
    return total_repr(obj, [field.name for field in attrs.fields(type(obj)) if field.repr])
