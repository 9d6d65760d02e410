"""Contains some shared types for properties"""

import json
import re
from collections.abc import Callable, Mapping, MutableMapping
from decimal import (
    Clamped,
    Context,
    Decimal,
    DecimalException,
    DivisionByZero,
    FloatOperation,
    Inexact,
    InvalidOperation,
    Overflow,
    Rounded,
    Underflow,
)
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define
from attrs import fields as _attrs_fields

from .errors import PageOrderError, UnexpectedStatus, UnparsableResponse


class Unset:
    """The type of ``UNSET``: a field or argument that was not given (and is not sent)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# What a Decimal field or argument accepts: a float is taken by its shortest repr (0.1 is 0.1).
Number = Decimal | int | str | float

_NUMBER_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")

# Bounds on what a server sends, checked as it is parsed: a number's digits and decimal exponent (and the length of
# numeric text), the digits of a whole number (ids, timestamps, counts), and the objects and arrays of one answer and
# their nesting. Every finite double fits; no number costs more than a few hundred characters in positional notation
# or a microsecond to convert.
MAX_NUMBER_TEXT = 100
MAX_EXPONENT = 330
MAX_INTEGER_DIGITS = 20
MAX_CONTAINERS = 200_000
MAX_DEPTH = 100
_INTEGER_TEXT = re.compile(r"[+-]?[0-9]{1,%d}" % MAX_INTEGER_DIGITS)
_INTEGER_LIMIT = 10**MAX_INTEGER_DIGITS


def _describe(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def to_decimal(value: Number) -> Decimal:
    """``value`` as an exact Decimal: a Decimal as it is, an int or numeric text exactly, a float by its repr.

    Raises ``TypeError`` or ``ValueError`` for anything else, and for NaN and infinities.
    """
    if type(value) is Decimal:
        if value.is_finite():
            return value
    elif isinstance(value, str):
        if _NUMBER_TEXT.fullmatch(value):
            try:
                return Decimal(value)
            except InvalidOperation:  # an exponent beyond what Decimal holds (0E1000000000000000000)
                pass
    elif isinstance(value, float):
        result = Decimal(repr(value))
        if result.is_finite():
            return result
    elif isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    elif isinstance(value, Decimal):
        return to_decimal(Decimal(value))
    else:
        raise TypeError(f"expected a number (Decimal, int, str or float), got {_describe(value)}")
    raise ValueError(f"expected a finite number, got {_describe(value)}")


def to_decimal_or_unset(value: Number | Unset) -> Decimal | Unset:
    """:func:`to_decimal`, ``UNSET`` kept."""
    if type(value) is Decimal and value.is_finite():
        return value  # the common case without a second call
    return value if isinstance(value, Unset) else to_decimal(value)


def to_decimal_or_none(value: Number | None) -> Decimal | None:
    """:func:`to_decimal`, ``None`` kept."""
    return None if value is None else to_decimal(value)


def to_decimal_or_none_or_unset(value: Number | None | Unset) -> Decimal | None | Unset:
    """:func:`to_decimal`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_decimal(value)


# The bound on a received number, as a context that raises instead of rounding: at most MAX_NUMBER_TEXT significant
# digits, none beyond 1e+MAX_EXPONENT or below 1e-MAX_EXPONENT (the smallest place a digit may have is the context's
# Etiny, Emin - prec + 1). Subnormal alone is allowed: it only says the leading digit is below 1e+Emin.
_BOUNDS = Context(
    prec=MAX_NUMBER_TEXT,
    Emax=MAX_EXPONENT,
    Emin=MAX_NUMBER_TEXT - 1 - MAX_EXPONENT,
    traps=[Clamped, DivisionByZero, FloatOperation, Inexact, InvalidOperation, Overflow, Rounded, Underflow],
)
_BEYOND = f"a number beyond {MAX_NUMBER_TEXT} digits, 1e{MAX_EXPONENT} or 1e-{MAX_EXPONENT}"


def _bounded(value: Decimal) -> bool:
    """True for a finite Decimal within the bounds (``format(value, "f")`` stays short)."""
    if not value.is_finite():
        return False
    try:
        _BOUNDS.create_decimal(value)
    except DecimalException:
        return False
    return True


def decimal_from_json(text: str) -> Decimal:
    """A JSON number with a fraction or exponent as Decimal, ``ValueError`` beyond the bounds (``1e1000000``)."""
    try:
        return _BOUNDS.create_decimal(text)  # exactly Decimal(text) when within the bounds; nothing is rounded
    except DecimalException:  # beyond the bounds, or beyond what Decimal holds (0E1000000000000000000)
        raise ValueError(f"{_BEYOND}: {_describe(text)}") from None


def decimal_from_wire(value: object, name: str) -> Decimal:
    """A received number (JSON number or numeric text) as Decimal; ``TypeError`` naming ``name`` otherwise."""
    if type(value) is float and value - value == 0.0:
        return Decimal(repr(value))  # a finite double: at most 17 digits, exponent within 1e-324..1e308
    if isinstance(value, str) and len(value) > MAX_NUMBER_TEXT:
        raise TypeError(f"{name}: expected a number, got {_describe(value)}")
    try:
        result = to_decimal(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise TypeError(f"{name}: expected a number, got {_describe(value)}") from None
    if not _bounded(result):
        raise TypeError(f"{name}: a number beyond 1e{MAX_EXPONENT}, got {_describe(value)}")
    return result


def whole_number(value: object) -> int | None:
    """``value`` as an int if it is a plain whole number of at most ``MAX_INTEGER_DIGITS`` digits (an int, integer
    text, or an integral Decimal such as ``5.0``), else None; never a slow conversion (``1e1000000``)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if -_INTEGER_LIMIT < value < _INTEGER_LIMIT else None
    if isinstance(value, str):
        return int(value) if _INTEGER_TEXT.fullmatch(value) else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and -_INTEGER_LIMIT < value < _INTEGER_LIMIT else None
    if isinstance(value, Decimal) and value.is_finite() and value.adjusted() < MAX_INTEGER_DIGITS:
        if value == value.to_integral_value():
            return int(value)
    return None


def int_from_wire(value: object, name: str) -> int:
    """A received whole number (JSON number or integer text) as int; ``TypeError`` naming ``name`` otherwise."""
    result = whole_number(value)
    if result is None:
        raise TypeError(f"{name}: expected an integer of at most {MAX_INTEGER_DIGITS} digits, got {_describe(value)}")
    return result


def str_from_wire(value: object, name: str) -> str:
    """A received text; a JSON number where text is declared (``client_order_id: 1``) becomes its text."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal) and _bounded(value):
        return decimal_text(value)
    raise TypeError(f"{name}: expected a string, got {_describe(value)}")


_BOOLEAN_TEXT = {"true": True, "false": False, "1": True, "0": False}


def bool_from_wire(value: object, name: str) -> bool:
    """A received boolean: ``true``/``false``, their text in any case, or 0/1; ``TypeError`` naming ``name``
    for anything else (``"yes"``, ``2``, a number with a fraction), never a guess."""
    if isinstance(value, bool):
        return value
    if type(value) is int and value in (0, 1):
        return value == 1
    if isinstance(value, str):
        known = _BOOLEAN_TEXT.get(value.strip().lower())
        if known is not None:
            return known
    raise TypeError(f"{name}: expected a boolean, got {_describe(value)}")


# Decimal for every number with a fraction or exponent, within the bounds: the context's own method, a C call per
# number (a Python function there costs about a third more on a 500-row answer).
_decoder = json.JSONDecoder(parse_float=_BOUNDS.create_decimal)
_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_NOT_STRUCTURE = bytes(sorted(set(range(256)) - set(b'[]{}"')))


def check_structure(content: bytes) -> None:
    """``ValueError`` for more than ``MAX_CONTAINERS`` objects and arrays or nesting beyond ``MAX_DEPTH``.

    Checked before parsing, at C speed but for the brackets themselves: the interpreter's recursion limit is no
    bound (a library may raise it far enough that deep JSON overflows the C stack).
    """
    structure = content.translate(None, _NOT_STRUCTURE)  # brackets and quotes only
    containers = structure.count(b"{") + structure.count(b"[")
    if containers > MAX_CONTAINERS:
        raise ValueError(f"more than {MAX_CONTAINERS} objects and arrays in one answer")
    if containers <= MAX_DEPTH:
        return
    # Escapes gone, the brackets outside strings are every other piece between quotes.
    if b"\\" in content:
        structure = _ESCAPE.sub(b"", content).translate(None, _NOT_STRUCTURE)
    # Two quotes in a row enclose nothing, or join two strings: dropping them leaves every bracket inside or
    # outside a string as it was (the usual answer has no bracket in a string: nothing left to split).
    structure = structure.replace(b'""', b"")
    if b'"' in structure:
        structure = b"".join(structure.split(b'"')[::2])
    depth = 0
    for byte in structure:
        if byte == 0x5B or byte == 0x7B:  # [ {
            depth += 1
            if depth > MAX_DEPTH:
                raise ValueError(f"JSON nested more than {MAX_DEPTH} deep")
        else:
            depth -= 1


def parse_json(content: bytes | str) -> Any:
    """An answer's JSON with every non-integer number a Decimal (never through float), integers as int.

    Bounded: numbers (see ``decimal_from_json``), objects and arrays (see ``check_structure``); anything beyond
    is a ``ValueError``, which the endpoints report as ``UnparsableResponse``.
    """
    if isinstance(content, str):
        check_structure(content.encode("utf-8", "surrogatepass"))
    else:
        check_structure(content)
        # An object's first two bytes are "{" and a non-zero byte only in UTF-8 (json.detect_encoding's own rule).
        utf8 = content[:1] == b"{" and content[1:2] != b"\x00"
        content = content.decode("utf-8" if utf8 else json.detect_encoding(content), "surrogatepass")
    try:
        return _decoder.decode(content)
    except DecimalException as exc:  # a number beyond the bounds (decimal's signals are ArithmeticErrors)
        raise ValueError(_BEYOND) from exc


def decimal_text(value: Decimal) -> str:
    """``value`` in plain positional notation, digit for digit (``Decimal("1E-5")`` is ``0.00001``)."""
    if not value.is_finite():
        raise ValueError(f"{value} can not be sent: only finite numbers are valid JSON")
    text = str(value)  # positional unless it shows an exponent, and three times quicker than format()
    return format(value, "f") if "E" in text or "e" in text else text


# What json.dumps(..., ensure_ascii=False) writes for a text, without its per-call set-up (every body key).
_quoted = json.encoder.encode_basestring


def _json_text(value: Any) -> str:
    if isinstance(value, str):
        return _quoted(value)
    if isinstance(value, Decimal):
        return decimal_text(value)
    if value is True or value is False or value is None:
        return "true" if value is True else "false" if value is False else "null"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return decimal_text(to_decimal(value))
    if isinstance(value, Mapping):
        return _object_text(value)
    if isinstance(value, list | tuple):
        return "[" + ",".join([_json_text(item) for item in value]) + "]"
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _object_text(value: Mapping[Any, Any]) -> str:
    return "{" + ",".join([_quoted(str(key)) + ":" + _member_text(item) for key, item in value.items()]) + "}"


def _member_text(value: Any) -> str:
    """:func:`_json_text` with a body's common members (text, Decimal) written by exact type, no isinstance chain."""
    kind = type(value)
    if kind is str:
        return _quoted(value)
    if kind is Decimal:
        return decimal_text(value)
    return _json_text(value)


def json_bytes(value: Any) -> bytes:
    """A request body as compact JSON: numbers exactly as given (Decimal digit for digit, a float by its repr),
    never in exponent form."""
    if type(value) is dict:  # a body: straight to _json_text's Mapping case
        return _object_text(value).encode("utf-8")
    return _json_text(value).encode("utf-8")


def query_value(value: Decimal) -> str:
    """A Decimal query or path parameter as text, in plain positional notation."""
    return decimal_text(value)


def model_repr(model: Any) -> str:
    """``Name(field=value, ...)`` with the fields that are set; unset fields are left out."""
    shown = []
    for field in _attrs_fields(type(model)):
        value = getattr(model, field.name)
        if field.name == "additional_properties":
            if value:
                shown.append(f"additional_properties={value!r}")
        elif not isinstance(value, Unset):
            shown.append(f"{field.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


# The types that `httpx2.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx2 will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def next_page(meta: Any, page: int, rows: int, size: int | Unset | None) -> int | None:
    """The page after ``page`` of a paged answer, or None when it was the last (by ``meta``, else by a short page).

    Pages only move forward: an answer whose ``meta.current_page`` is not the page asked for (a server
    repeating page 1, say) raises :class:`PageOrderError` rather than fetching the same rows for ever.
    """
    if rows == 0:
        return None
    if meta is not None and not isinstance(meta, Unset):
        total, per_page, current = meta.total, meta.records_per_page, meta.current_page
        if isinstance(current, int) and current != page:
            raise PageOrderError(page, current)
        if isinstance(total, int) and isinstance(per_page, int) and isinstance(current, int):
            return None if current * per_page >= total else current + 1
    if isinstance(size, int) and rows < size:
        return None
    return page + 1


# HTTPStatus by its code with a dict lookup: the Enum call costs about 1 us an answer.
_STATUSES: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}


def build_response(client: Any, response: Any, parse: Callable[..., Any]) -> Response[Any]:
    """The ``Response`` of an answer parsed by ``parse``; an answer that does not fit its model raises UnparsableResponse."""
    try:
        parsed = parse(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UnparsableResponse(response.status_code, response.content, exc) from exc
    return Response(
        status_code=_STATUSES.get(response.status_code) or HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def success(response: Response[T]) -> T:
    """The parsed success answer; an error answer the client did not raise for raises errors.UnexpectedStatus."""
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


__all__ = [
    "UNSET",
    "File",
    "FileContent",
    "FileTypes",
    "Number",
    "RequestFiles",
    "Response",
    "Unset",
    "bool_from_wire",
    "build_response",
    "check_structure",
    "decimal_from_json",
    "decimal_from_wire",
    "decimal_text",
    "int_from_wire",
    "json_bytes",
    "model_repr",
    "next_page",
    "parse_json",
    "query_value",
    "str_from_wire",
    "success",
    "to_decimal",
    "to_decimal_or_none",
    "to_decimal_or_none_or_unset",
    "to_decimal_or_unset",
    "whole_number",
]
