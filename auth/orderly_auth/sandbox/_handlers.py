"""The operations with real state: typed request in, the ``data`` of the answer out.

Orders are per account (:mod:`._orders`); the market data operations list the sandbox's symbols
at its mark prices, so what a client reads there agrees with how its orders fill.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._errors import INVALID_PARAMETER
from ._orders import DEFAULT_PAGE_SIZE, OrderBook, OrderError, OrderQuery


@dataclass(frozen=True, slots=True)
class Call:
    """A checked request for one operation (``account_id`` empty for a public one)."""

    account_id: str
    user_id: int
    params: Mapping[str, Any]
    body: Any
    now_ms: int
    example: Callable[[], Any]


Handler = Callable[[OrderBook, Call], Any]


def _integer(value: object, name: str) -> int:
    """An id or count sent as a number or string; -1005 unless it is a whole number."""
    try:
        number = float(value) if isinstance(value, str) else value
        if isinstance(number, bool) or not isinstance(number, int | float) or not float(number).is_integer():
            raise ValueError
        return int(number)
    except (ValueError, OverflowError):
        raise OrderError(INVALID_PARAMETER, f"{name} must be a whole number, got {value!r}") from None


def _id_list(text: str, name: str) -> list[str]:
    ids = [part.strip() for part in text.split(",")]
    if not text.strip() or not all(ids):
        raise OrderError(INVALID_PARAMETER, f"{name} must be comma-separated ids, got {text!r}")
    return ids


def place(book: OrderBook, call: Call) -> Any:
    """``POST /v1/order``."""
    return book.place(call.account_id, call.user_id, call.body, call.now_ms).created()


def place_batch(book: OrderBook, call: Call) -> Any:
    """``POST /v1/batch-order``."""
    orders = book.place_batch(call.account_id, call.user_id, call.body.get("orders") or [], call.now_ms)
    return {"rows": [order.created() for order in orders]}


def get_order(book: OrderBook, call: Call) -> Any:
    """``GET /v1/order/{order_id}``."""
    return book.get(call.account_id, _integer(call.params["order_id"], "order_id")).to_dict()


def get_client_order(book: OrderBook, call: Call) -> Any:
    """``GET /v1/client/order/{client_order_id}``."""
    return book.get_by_client_id(call.account_id, call.params["client_order_id"]).to_dict()


def list_orders(book: OrderBook, call: Call) -> Any:
    """``GET /v1/orders``: filtered, sorted and paged, with ``meta``."""
    params = call.params
    query = OrderQuery(
        symbol=params.get("symbol"),
        side=params.get("side"),
        order_type=params.get("order_type"),
        status=params.get("status"),
        order_tag=params.get("order_tag"),
        start_t=params.get("start_t"),
        end_t=params.get("end_t"),
        page=_integer(params.get("page", 1), "page"),
        size=_integer(params.get("size", DEFAULT_PAGE_SIZE), "size"),
        sort_by=params.get("sort_by") or None,
    )
    rows, total = book.find(call.account_id, query)
    return {
        "meta": {"total": total, "records_per_page": query.size, "current_page": query.page},
        "rows": [order.to_dict() for order in rows],
    }


def edit(book: OrderBook, call: Call) -> Any:
    """``PUT /v1/order``."""
    book.edit(call.account_id, call.body, call.now_ms)
    return {"status": "EDIT_SENT"}


def cancel(book: OrderBook, call: Call) -> Any:
    """``DELETE /v1/order?order_id=&symbol=``."""
    order_id = _integer(call.params["order_id"], "order_id")
    book.cancel(call.account_id, order_id, call.params["symbol"], call.now_ms)
    return {"status": "CANCEL_SENT"}


def cancel_by_client_id(book: OrderBook, call: Call) -> Any:
    """``DELETE /v1/client/order?client_order_id=&symbol=``."""
    book.cancel_by_client_id(call.account_id, call.params["client_order_id"], call.params["symbol"], call.now_ms)
    return {"status": "CANCEL_SENT"}


def cancel_all(book: OrderBook, call: Call) -> Any:
    """``DELETE /v1/orders[?symbol=]``."""
    book.cancel_all(call.account_id, call.params.get("symbol") or None, call.now_ms)
    return {"status": "CANCEL_ALL_SENT"}


def cancel_batch(book: OrderBook, call: Call) -> Any:
    """``DELETE /v1/batch-order?order_ids=1,2``."""
    ids = [_integer(text, "order_ids") for text in _id_list(call.params["order_ids"], "order_ids")]
    book.cancel_many(call.account_id, ids, call.now_ms)
    return {"status": "CANCEL_ALL_SENT"}


def cancel_batch_by_client_id(book: OrderBook, call: Call) -> Any:
    """``DELETE /v1/client/batch-order?client_order_ids=a,b``."""
    ids = _id_list(call.params["client_order_ids"], "client_order_ids")
    book.cancel_many_by_client_id(call.account_id, ids, call.now_ms)
    return {"status": "CANCEL_ALL_SENT"}


def _symbol(book: OrderBook, call: Call) -> str:
    symbol = str(call.params["symbol"])
    if symbol not in book.mark_prices:
        raise OrderError(
            INVALID_PARAMETER, f"symbol {symbol!r} is not listed; the sandbox lists {', '.join(book.mark_prices)}"
        )
    return symbol


def _market_row(template: Any, symbol: str, mark: float) -> Any:
    row = dict(template) if isinstance(template, Mapping) else {}
    row["symbol"] = symbol
    for name in ("mark_price", "index_price"):
        if name in row:
            row[name] = mark
    return row


def _rows(call: Call) -> list[Any]:
    rows = call.example()["data"]["rows"]
    return rows if isinstance(rows, list) and rows else [{}]


def futures(book: OrderBook, call: Call) -> Any:
    """``GET /v1/public/futures``: one row per listed symbol, at its mark price."""
    template = _rows(call)[0]
    return {"rows": [_market_row(template, symbol, mark) for symbol, mark in book.mark_prices.items()]}


def future(book: OrderBook, call: Call) -> Any:
    """``GET /v1/public/futures/{symbol}``."""
    symbol = _symbol(book, call)
    return {"rows": [_market_row(_rows(call)[0], symbol, book.mark_prices[symbol])]}


def symbols_info(book: OrderBook, call: Call) -> Any:
    """``GET /v1/public/info``: the listed symbols."""
    template = _rows(call)[0]
    return {"rows": [_market_row(template, symbol, mark) for symbol, mark in book.mark_prices.items()]}


def symbol_info(book: OrderBook, call: Call) -> Any:
    """``GET /v1/public/info/{symbol}``."""
    symbol = _symbol(book, call)
    return _market_row(call.example()["data"], symbol, book.mark_prices[symbol])


def system_info(book: OrderBook, call: Call) -> Any:
    """``GET /v1/public/system_info``: the sandbox is always up (status 0)."""
    return {"status": 0, "msg": "offline sandbox, all systems up"}


#: Operations answered from the sandbox's state; every other operation answers its spec example.
HANDLERS: Mapping[str, Handler] = {
    "POST /v1/order": place,
    "POST /v1/batch-order": place_batch,
    "GET /v1/order/{order_id}": get_order,
    "GET /v1/client/order/{client_order_id}": get_client_order,
    "GET /v1/orders": list_orders,
    "PUT /v1/order": edit,
    "DELETE /v1/order": cancel,
    "DELETE /v1/client/order": cancel_by_client_id,
    "DELETE /v1/orders": cancel_all,
    "DELETE /v1/batch-order": cancel_batch,
    "DELETE /v1/client/batch-order": cancel_batch_by_client_id,
    "GET /v1/public/futures": futures,
    "GET /v1/public/futures/{symbol}": future,
    "GET /v1/public/info": symbols_info,
    "GET /v1/public/info/{symbol}": symbol_info,
    "GET /v1/public/system_info": system_info,
}
