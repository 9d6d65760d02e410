"""Client order ids: every order the pipeline sends carries one, assigned here when the caller gave none.

An order lost to a dropped connection can only be looked up by its ``client_order_id`` (Orderly
offers no other idempotency handle), so ``POST /v1/order``, ``POST /v1/batch-order`` and
``POST /v1/algo/order`` always get one before they are signed.

Format (at most 36 characters, Orderly's limit; never starting with ``-``)::

    <prefix><time: 9 base-36 digits, ms since epoch><process: 8 base-36 digits, random><counter: 5 base-36 digits>

e.g. ``oc`` + ``mimp2c0xs`` + ``k3v9q0d2`` + ``0000a``. The time part orders ids across restarts,
the random part (41 bits from ``secrets``, drawn once per generator) separates processes started
in the same millisecond, the counter separates ids of one generator (it wraps after 36**5).
"""

from __future__ import annotations

import itertools
import json
import re
import secrets
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx2

from ._errors import ConfigurationError

__all__ = ["MAX_CLIENT_ORDER_ID", "ClientOrderIds", "assign_client_order_ids", "default_client_order_ids"]

#: Orderly's longest ``client_order_id``.
MAX_CLIENT_ORDER_ID = 36
#: The generated part's length: 9 time + 8 process + 5 counter.
_GENERATED = 22
MAX_PREFIX = MAX_CLIENT_ORDER_ID - _GENERATED
_PREFIX = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*\Z")
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_COUNTER_WRAP = 36**5

#: The operations that place orders, and where their orders stand in the body ("orders" for a batch).
PLACING: dict[str, str | None] = {"POST /v1/order": None, "POST /v1/algo/order": None, "POST /v1/batch-order": "orders"}


def _base36(value: int, width: int) -> str:
    out = []
    for _ in range(width):
        value, digit = divmod(value, 36)
        out.append(_DIGITS[digit])
    return "".join(reversed(out))


class ClientOrderIds:
    """Makes client order ids (``prefix`` + 22 characters, see the module doc); thread-safe."""

    def __init__(self, prefix: str = "oc", *, clock: Callable[[], float] = time.time) -> None:
        if not isinstance(prefix, str) or len(prefix) > MAX_PREFIX or (prefix and not _PREFIX.match(prefix)):
            raise ConfigurationError(
                f"client order id prefix must be 0..{MAX_PREFIX} characters of A-Z a-z 0-9 _ -, "
                f"not starting with '-'; got {prefix!r}"
            )
        self.prefix = prefix
        self._clock = clock
        self._process = _base36(secrets.randbits(41), 8)
        self._counter = itertools.count()
        self._lock = threading.Lock()

    def new(self) -> str:
        """A fresh id, unique across processes and restarts."""
        with self._lock:
            n = next(self._counter) % _COUNTER_WRAP
        ms = int(self._clock() * 1000)
        return f"{self.prefix}{_base36(ms, 9)}{self._process}{_base36(n, 5)}"

    def __repr__(self) -> str:
        return f"ClientOrderIds(prefix={self.prefix!r})"


_DEFAULT: ClientOrderIds | None = None


def default_client_order_ids() -> ClientOrderIds:
    """The process-wide generator (prefix ``oc``), made on first use."""
    global _DEFAULT  # noqa: PLW0603
    if _DEFAULT is None:
        _DEFAULT = ClientOrderIds()
    return _DEFAULT


def _fill(order: Any, ids: ClientOrderIds) -> tuple[str | None, bool]:
    """The order's id (assigned if absent) and whether one was assigned."""
    if not isinstance(order, dict):
        return None, False
    value = order.get("client_order_id")
    if value is None:
        order["client_order_id"] = value = ids.new()
        return value, True
    return str(value), False


def assign_client_order_ids(
    request: httpx2.Request, operation: str | None, ids: ClientOrderIds | None, data: Any = None
) -> tuple[str, ...]:
    """The client order ids of an order-placing request, in order; ids missing are assigned in its body first.

    ``()`` for any other request (or a body that is not a JSON object). ``ids=None`` assigns nothing.
    ``data``: what the body's bytes were written from (``json_bytes(data) == request.content``), read instead
    of parsing them again; None to parse them.
    """
    if operation not in PLACING or not request.content:
        return ()
    content = request.content
    if ids is not None and PLACING[operation] is None and b"client_order_id" not in content:
        # One order without the key: the id goes in front, the body's own bytes stay as they are.
        stripped = content.lstrip()
        if stripped.startswith(b"{") and stripped[1:].lstrip() not in (b"}", b""):
            cid = ids.new()
            _replace_body(request, b'{"client_order_id":"' + cid.encode("ascii") + b'",' + stripped[1:])
            return (cid,)
    named = _named_ids(content, PLACING[operation], data)
    if named is not None:
        return named
    from orderly_client.types import json_bytes, parse_json

    try:
        body = parse_json(request.content)
    except ValueError:
        return ()
    if not isinstance(body, dict):
        return ()
    key = PLACING[operation]
    orders = body.get(key) if key is not None else [body]
    if not isinstance(orders, list):
        return ()
    found: list[str] = []
    changed = False
    for order in orders:
        if ids is None:
            value = order.get("client_order_id") if isinstance(order, dict) else None
            assigned = False
            value = None if value is None else str(value)
        else:
            value, assigned = _fill(order, ids)
        changed = changed or assigned
        if value is not None:
            found.append(value)
    if changed:
        _replace_body(request, json_bytes(body))
    return tuple(found)


def _named_ids(content: bytes, key: str | None, data: Any = None) -> tuple[str, ...] | None:
    """The ids when every order of the body names one as text (nothing to assign), else None.

    The body is ``data`` when given (what ``content`` was written from: its text values are the same), else a
    plain ``json.loads``: several times cheaper than the exact parse, which is needed only to rewrite the body.
    """
    if b"client_order_id" not in content:
        return None
    if data is not None:
        body = data
    else:
        try:
            body = json.loads(content)
        except ValueError:
            return None
    if not isinstance(body, dict):
        return None
    orders = body.get(key) if key is not None else [body]
    if not isinstance(orders, list):
        return None
    found = []
    for order in orders:
        value = order.get("client_order_id") if isinstance(order, dict) else None
        if type(value) is not str:
            return None
        found.append(value)
    return tuple(found)


def _replace_body(request: httpx2.Request, content: bytes) -> None:
    """Give ``request`` a new body (before it is signed: signing reads ``.content``)."""
    request.stream = httpx2.ByteStream(content)
    request._content = content  # httpx2 keeps the read body here
    request.headers["Content-Length"] = str(len(content))
