"""Iterate every row of a paginated operation (``page``/``size`` with ``meta``), sync or async.

``paginate(get_v1_orders, client=client, ...)`` is typed by the operation: its rows are the row model of
that operation's answer (``Order`` here), for mypy as at run time.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from types import ModuleType
from typing import Any, Protocol, TypeVar, cast

from orderly_client.client import AuthenticatedClient, Client
from orderly_client.errors import PageOrderError
from orderly_client.types import Response, Unset
from orderly_client.types import next_page as _next_page

from ._errors import ConfigurationError, ResponseError, api_error

__all__ = ["PaginatedOperation", "apaginate", "paginate"]

Row = TypeVar("Row")
Row_co = TypeVar("Row_co", covariant=True)


class _Rows(Protocol[Row_co]):
    @property
    def rows(self) -> Sequence[Row_co] | Unset: ...


class _Page(Protocol[Row_co]):
    @property
    def data(self) -> _Rows[Row_co]: ...


class PaginatedOperation(Protocol[Row_co]):
    """A generated operation module whose answer is ``data.rows`` of ``Row_co`` (``get_v1_orders``...)."""

    @property
    def sync(self) -> Callable[..., _Page[Row_co]]: ...

    @property
    def asyncio(self) -> Callable[..., Awaitable[_Page[Row_co]]]: ...


@functools.cache
def _parameters(function: Callable[..., Any]) -> frozenset[str]:
    return frozenset(inspect.signature(function).parameters)


def _check(endpoint: ModuleType, size: int | None, params: dict[str, Any]) -> None:
    if not hasattr(endpoint, "sync_detailed"):
        raise ConfigurationError(f"{endpoint!r} is not a generated endpoint module")
    name = endpoint.__name__.rsplit(".", 1)[-1]
    accepted = _parameters(endpoint.sync_detailed)
    if "page" not in accepted:
        raise ConfigurationError(f"{name} is not a paginated operation: it takes no page/size parameters")
    for key in ("client", "page"):
        if key in params:
            raise ConfigurationError(f"paginate sets {key!r} itself; do not pass it")
    unknown = sorted(set(params) - accepted)
    if unknown:
        takes = ", ".join(sorted(accepted - {"client", "page", "size"}))
        raise ConfigurationError(f"{name} has no parameter {unknown[0]!r}; it takes: {takes}")
    if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 1):
        raise ConfigurationError(f"size must be a positive integer, got {size!r}")


def _rows(response: Response[Any], endpoint: ModuleType) -> tuple[list[Any], Any]:
    """The rows of one page and its ``data`` object; an error answer raises."""
    parsed = response.parsed
    if parsed is None:
        raise api_error(
            status_code=int(response.status_code),
            code=None,
            message=response.content[:200].decode("utf-8", "replace"),
            method="GET",
            path=endpoint.__name__.rsplit(".", 1)[-1],
        )
    data = getattr(parsed, "data", None)
    rows = getattr(data, "rows", None)
    if data is None or isinstance(rows, Unset) or rows is None:
        return [], data
    if not isinstance(rows, list):
        raise ConfigurationError(f"{endpoint.__name__} does not answer with data.rows: not a paginated operation")
    return rows, data


def next_page(data: Any, page: int, rows: int, size: int | None, name: str = "paginate") -> int | None:
    """The page after ``page``, or None when it was the last (the rule of the generated resources' paging).

    Pages only move forward: an answer for another page than the one asked for raises
    :class:`ResponseError` rather than fetching the same rows for ever.
    """
    try:
        return _next_page(getattr(data, "meta", None), page, rows, size)
    except PageOrderError as exc:
        raise ResponseError(f"{name}: {exc}", method="GET", path=name, status_code=200) from exc


def paginate(
    endpoint: PaginatedOperation[Row],
    *,
    client: AuthenticatedClient | Client,
    size: int | None = None,
    start_page: int = 1,
    **params: Any,
) -> Iterator[Row]:
    """Yield every row of a paginated generated operation, fetching page after page as needed.

    ``endpoint`` is the generated module (e.g. ``orderly_client.api.private.get_v1_orders``);
    ``params`` are its other arguments, checked before anything is sent (``ConfigurationError`` for a
    name it does not take, or an operation without ``page``/``size``). Pages are offset-based: rows
    added while iterating can shift between pages, so filter by time (``start_t``/``end_t``) for an
    exact history.
    """
    module = cast(ModuleType, endpoint)
    _check(module, size, params)
    page: int | None = start_page
    while page is not None:
        kwargs = {**params, "page": page} if size is None else {**params, "page": page, "size": size}
        rows, data = _rows(module.sync_detailed(client=client, **kwargs), module)
        following = next_page(data, page, len(rows), size, module.__name__.rsplit(".", 1)[-1])  # checked first
        yield from rows
        page = following


async def apaginate(
    endpoint: PaginatedOperation[Row],
    *,
    client: AuthenticatedClient | Client,
    size: int | None = None,
    start_page: int = 1,
    **params: Any,
) -> AsyncIterator[Row]:
    """The async form of :func:`paginate`: ``async for row in apaginate(...)``."""
    module = cast(ModuleType, endpoint)
    _check(module, size, params)
    page: int | None = start_page
    while page is not None:
        kwargs = {**params, "page": page} if size is None else {**params, "page": page, "size": size}
        rows, data = _rows(await module.asyncio_detailed(client=client, **kwargs), module)
        following = next_page(data, page, len(rows), size, module.__name__.rsplit(".", 1)[-1])  # checked first
        for row in rows:
            yield row
        page = following
