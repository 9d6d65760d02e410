"""Trading helpers: close a position (reduce-only, at market or a limit), close them all, cancel a symbol's orders.

Each returns what it did. Closing sends one reduce-only order for the whole position as REST shows it
(``GET /v1/positions``): it can never open the other way, even if the position shrank meanwhile. A
limit close rests until filled; a market close takes the book at once. Every order gets a client order
id (the pipeline's), so an ``OutcomeUnknownError`` can be resolved with ``resolve_outcome``.
Cancelling a symbol's orders reads its open orders, then sends ``DELETE /v1/orders?symbol=``: an
order placed between the two is cancelled too but not listed.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from orderly_client.models import PostOrderBody
from orderly_client.types import Unset

if TYPE_CHECKING:
    from .._client import OrderlyClient

__all__ = [
    "CancelledOrders",
    "ClosedPosition",
    "acancel_symbol_orders",
    "aclose_all_positions",
    "aclose_position",
    "cancel_symbol_orders",
    "close_all_positions",
    "close_position",
]

ZERO = Decimal(0)


@attrs.frozen
class ClosedPosition:
    """A close sent: the position it closes (signed quantity), the reduce-only order's side, type, price and ids."""

    symbol: str
    position_qty: Decimal
    side: str
    order_type: str
    price: Decimal | None
    order_id: int
    client_order_id: str | None


@attrs.frozen
class CancelledOrders:
    """The open orders of ``symbol`` that a cancel-all for it was sent for: ``(order_id, client_order_id)``."""

    symbol: str
    orders: tuple[tuple[int, str | None], ...]


def _close_body(symbol: str, quantity: Decimal, price: Decimal | None) -> PostOrderBody:
    body = PostOrderBody(
        symbol=symbol,
        order_type="MARKET" if price is None else "LIMIT",
        side="SELL" if quantity > 0 else "BUY",
        order_quantity=abs(quantity),
        reduce_only=True,
    )
    if price is not None:
        body.order_price = Decimal(price)
    return body


def _closed(symbol: str, quantity: Decimal, body: PostOrderBody, answer: Any) -> ClosedPosition:
    cid = answer.data.client_order_id
    return ClosedPosition(
        symbol=symbol,
        position_qty=quantity,
        side=str(body.side),
        order_type=str(body.order_type),
        price=None if isinstance(body.order_price, Unset) else body.order_price,
        order_id=answer.data.order_id,
        client_order_id=None if isinstance(cid, Unset) or cid is None else str(cid),
    )


def _open_positions(answer: Any) -> dict[str, Decimal]:
    out = {}
    for row in answer.data.rows:
        qty = row.position_qty
        if not isinstance(row.symbol, Unset) and not isinstance(qty, Unset) and qty:
            out[row.symbol] = qty
    return out


def _cancelled(symbol: str, rows: Iterable[Any]) -> CancelledOrders:
    return CancelledOrders(symbol, tuple((row.order_id, row.client_order_id or None) for row in rows))


def close_position(client: OrderlyClient, symbol: str, *, price: Decimal | None = None) -> ClosedPosition | None:
    """Close the position in ``symbol`` with one reduce-only order (MARKET, or LIMIT at ``price``); None if flat."""
    from orderly_client.api.private import get_v1_positions, post_v1_order

    quantity = _open_positions(get_v1_positions.sync(client=client)).get(symbol, ZERO)
    if not quantity:
        return None
    body = _close_body(symbol, quantity, price)
    return _closed(symbol, quantity, body, post_v1_order.sync(client=client, body=body))


def close_all_positions(client: OrderlyClient) -> list[ClosedPosition]:
    """Close every open position at market (reduce-only), one order per symbol; what was sent, by symbol."""
    from orderly_client.api.private import get_v1_positions, post_v1_order

    closed = []
    for symbol, quantity in sorted(_open_positions(get_v1_positions.sync(client=client)).items()):
        body = _close_body(symbol, quantity, None)
        closed.append(_closed(symbol, quantity, body, post_v1_order.sync(client=client, body=body)))
    return closed


def cancel_symbol_orders(client: OrderlyClient, symbol: str) -> CancelledOrders:
    """Cancel every open order of ``symbol``; the orders that were open (see the module doc)."""
    from orderly_client.api.private import delete_v1_orders, get_v1_orders

    from .._pagination import paginate

    rows = list(paginate(get_v1_orders, client=client, symbol=symbol, status="INCOMPLETE"))
    if rows:
        delete_v1_orders.sync(client=client, symbol=symbol)
    return _cancelled(symbol, rows)


async def aclose_position(client: OrderlyClient, symbol: str, *, price: Decimal | None = None) -> ClosedPosition | None:
    """:func:`close_position`, async."""
    from orderly_client.api.private import get_v1_positions, post_v1_order

    quantity = _open_positions(await get_v1_positions.asyncio(client=client)).get(symbol, ZERO)
    if not quantity:
        return None
    body = _close_body(symbol, quantity, price)
    return _closed(symbol, quantity, body, await post_v1_order.asyncio(client=client, body=body))


async def aclose_all_positions(client: OrderlyClient) -> list[ClosedPosition]:
    """:func:`close_all_positions`, async."""
    from orderly_client.api.private import get_v1_positions, post_v1_order

    closed = []
    for symbol, quantity in sorted(_open_positions(await get_v1_positions.asyncio(client=client)).items()):
        body = _close_body(symbol, quantity, None)
        closed.append(_closed(symbol, quantity, body, await post_v1_order.asyncio(client=client, body=body)))
    return closed


async def acancel_symbol_orders(client: OrderlyClient, symbol: str) -> CancelledOrders:
    """:func:`cancel_symbol_orders`, async."""
    from orderly_client.api.private import delete_v1_orders, get_v1_orders

    from .._pagination import apaginate

    rows = [row async for row in apaginate(get_v1_orders, client=client, symbol=symbol, status="INCOMPLETE")]
    if rows:
        await delete_v1_orders.asyncio(client=client, symbol=symbol)
    return _cancelled(symbol, rows)
