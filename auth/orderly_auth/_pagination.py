"""Iterate every row of a paginated operation (``page``/``size`` with ``meta``), sync or async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

from orderly_client.client import AuthenticatedClient, Client
from orderly_client.types import Response, Unset

from ._errors import ConfigurationError, api_error


def _check(endpoint: ModuleType, size: int | None) -> None:
    if not hasattr(endpoint, "sync_detailed"):
        raise ConfigurationError(f"{endpoint!r} is not a generated endpoint module")
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


def next_page(data: Any, page: int, rows: int, size: int | None) -> int | None:
    """The page after ``page``, or None when it was the last (by ``meta``, else by a short page)."""
    if rows == 0:
        return None
    meta = getattr(data, "meta", None)
    if meta is not None and not isinstance(meta, Unset):
        total, per_page, current = meta.total, meta.records_per_page, meta.current_page
        if isinstance(total, int) and isinstance(per_page, int) and isinstance(current, int):
            return None if current * per_page >= total else current + 1
    if size is not None and rows < size:
        return None
    return page + 1


def paginate(
    endpoint: ModuleType,
    *,
    client: AuthenticatedClient | Client,
    size: int | None = None,
    start_page: int = 1,
    **params: Any,
) -> Iterator[Any]:
    """Yield every row of a paginated generated operation, fetching page after page as needed.

    ``endpoint`` is the generated module (e.g. ``orderly_client.api.private.get_v1_orders``);
    ``params`` are its other arguments. Pages are offset-based: rows added while iterating can
    shift between pages, so filter by time (``start_t``/``end_t``) for an exact history.
    """
    _check(endpoint, size)
    page: int | None = start_page
    while page is not None:
        kwargs = {**params, "page": page} if size is None else {**params, "page": page, "size": size}
        rows, data = _rows(endpoint.sync_detailed(client=client, **kwargs), endpoint)
        yield from rows
        page = next_page(data, page, len(rows), size)


async def apaginate(
    endpoint: ModuleType,
    *,
    client: AuthenticatedClient | Client,
    size: int | None = None,
    start_page: int = 1,
    **params: Any,
) -> AsyncIterator[Any]:
    """The async form of :func:`paginate`: ``async for row in apaginate(...)``."""
    _check(endpoint, size)
    page: int | None = start_page
    while page is not None:
        kwargs = {**params, "page": page} if size is None else {**params, "page": page, "size": size}
        rows, data = _rows(await endpoint.asyncio_detailed(client=client, **kwargs), endpoint)
        for row in rows:
            yield row
        page = next_page(data, page, len(rows), size)
