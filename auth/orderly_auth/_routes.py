"""Find the spec operation a request is for: its name, signature, rate limit and whether it may be resent."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from orderly_client.api import OPERATIONS, Operation, RateLimit


class Route(NamedTuple):
    """What the client needs to know about one operation of the spec."""

    operation: str  # "METHOD /path/{template}"
    signed: bool
    scope: str | None
    rate_limit: RateLimit | None
    resend_safe: bool  # a repeat after a maybe-processed failure cannot act twice (x-orderly-resend-safe)
    servers: tuple[str, ...] = ()  # operation-level servers: the only hosts that serve it


def _route(op: Operation) -> Route:
    return Route(f"{op.method} {op.path}", op.signed, op.scope, op.rate_limit, op.resend_safe, op.servers)


class RouteTable:
    """Finds a request's :class:`Route`: by the operation the generated function marked it with, else by URL.

    Operation names (``"DELETE /v1/order"``) are one dict lookup. Requests built by hand carry no
    mark and are matched by method and (encoded) path: fixed paths are one dict lookup, the few
    templated paths (``/v1/order/{order_id}``) are matched by regular expressions, most specific first.
    """

    def __init__(self, operations: Iterable[Operation] = OPERATIONS) -> None:
        self._operations: dict[str, Route] = {}
        self._fixed: dict[tuple[str, str], Route] = {}
        self._templated: dict[str, list[tuple[re.Pattern[str], Route]]] = {}
        for op in operations:
            self._operations[f"{op.method} {op.path}"] = _route(op)
            if "{" in op.path:
                pattern = re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path)) + "$")
                self._templated.setdefault(op.method, []).append((pattern, _route(op)))
            else:
                self._fixed[(op.method, op.path)] = _route(op)
        for patterns in self._templated.values():
            # A fixed segment beats a parameter: more literal characters first.
            patterns.sort(key=lambda item: -len(re.sub(r"\{[^}]+\}", "", item[1].operation)))

    def operation(self, name: object) -> Route | None:
        """The route of an operation name (``"METHOD /path/{template}"``), or None if the spec lacks it."""
        return self._operations.get(name) if isinstance(name, str) else None

    def lookup(self, method: str, path: str) -> Route | None:
        """The route for ``method`` and an encoded path without query, or None if the spec lacks it."""
        route = self._fixed.get((method, path))
        if route is not None:
            return route
        for pattern, candidate in self._templated.get(method, ()):
            if pattern.match(path):
                return candidate
        return None

    def __len__(self) -> int:
        return len(self._operations)
