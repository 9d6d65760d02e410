"""Total reprs: a half-built object (seen in a traceback's locals with ``capture_locals``) still prints."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

__all__ = ["attrs_repr", "total_repr"]


def total_repr(obj: object, names: Iterable[str], shows: Mapping[str, Callable[[Any], str]] | None = None) -> str:
    """``Type(name=value, ...)``; a field not set yet shows ``None`` instead of raising.

    ``shows`` maps a name to the function that writes its value (a field's own ``repr=``, which may hide a secret).
    """
    shows = shows or {}
    parts = []
    for name in names:
        value = getattr(obj, name, None)
        show = shows.get(name, repr) if value is not None else repr
        parts.append(f"{name}={show(value)}")
    return f"{type(obj).__name__}({', '.join(parts)})"


def attrs_repr(obj: attrs.AttrsInstance) -> str:
    """:func:`total_repr` of an attrs instance's fields that are shown in its repr (``repr=False`` ones left out),
    each written by its field's own ``repr=`` callable where it has one."""
    fields = [field for field in attrs.fields(type(obj)) if field.repr]
    shows = {field.name: field.repr for field in fields if callable(field.repr)}
    return total_repr(obj, [field.name for field in fields], shows)
