"""The operations with real state: typed request in, the ``data`` of the answer out.

Orders, trades, positions, balances and account info are the signed account's, from the market
(:mod:`._market`); the market data operations show the same market's books, prices and trades.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from . import _views as views
from ._candles import INTERVALS
from ._errors import INVALID_PARAMETER
from ._market import Market
from ._orders import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, OrderError, OrderQuery


@dataclass(frozen=True, slots=True)
class Call:
    """A checked request for one operation (``account_id`` empty for a public one)."""

    account_id: str
    user_id: int
    params: Mapping[str, Any]
    body: Any
    now_ms: int
    example: Callable[[], Any]


Handler = Callable[[Market, Call], Any]


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


def place(market: Market, call: Call) -> Any:
    """``POST /v1/order``."""
    return market.place(call.account_id, call.user_id, call.body, call.now_ms).created()


def place_batch(market: Market, call: Call) -> Any:
    """``POST /v1/batch-order``."""
    orders = market.place_batch(call.account_id, call.user_id, call.body.get("orders") or [], call.now_ms)
    return {"rows": [order.created() for order in orders]}


def get_order(market: Market, call: Call) -> Any:
    """``GET /v1/order/{order_id}``."""
    return market.orders.get(call.account_id, _integer(call.params["order_id"], "order_id")).to_dict()


def get_client_order(market: Market, call: Call) -> Any:
    """``GET /v1/client/order/{client_order_id}``."""
    return market.orders.get_by_client_id(call.account_id, call.params["client_order_id"]).to_dict()


def list_orders(market: Market, call: Call) -> Any:
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
    rows, total = market.orders.find(call.account_id, query)
    return {
        "meta": {"total": total, "records_per_page": query.size, "current_page": query.page},
        "rows": [order.to_dict() for order in rows],
    }


def edit(market: Market, call: Call) -> Any:
    """``PUT /v1/order``."""
    market.edit(call.account_id, call.body, call.now_ms)
    return {"status": "EDIT_SENT"}


def cancel(market: Market, call: Call) -> Any:
    """``DELETE /v1/order?order_id=&symbol=``."""
    order_id = _integer(call.params["order_id"], "order_id")
    market.cancel(call.account_id, order_id, call.params["symbol"], call.now_ms)
    return {"status": "CANCEL_SENT"}


def cancel_by_client_id(market: Market, call: Call) -> Any:
    """``DELETE /v1/client/order?client_order_id=&symbol=``."""
    market.cancel_by_client_id(call.account_id, call.params["client_order_id"], call.params["symbol"], call.now_ms)
    return {"status": "CANCEL_SENT"}


def cancel_all(market: Market, call: Call) -> Any:
    """``DELETE /v1/orders[?symbol=]``."""
    market.cancel_all(call.account_id, call.params.get("symbol") or None, call.now_ms)
    return {"status": "CANCEL_ALL_SENT"}


def cancel_batch(market: Market, call: Call) -> Any:
    """``DELETE /v1/batch-order?order_ids=1,2``."""
    ids = [_integer(text, "order_ids") for text in _id_list(call.params["order_ids"], "order_ids")]
    market.cancel_many(call.account_id, ids, call.now_ms)
    return {"status": "CANCEL_ALL_SENT"}


def cancel_batch_by_client_id(market: Market, call: Call) -> Any:
    """``DELETE /v1/client/batch-order?client_order_ids=a,b``."""
    ids = _id_list(call.params["client_order_ids"], "client_order_ids")
    market.cancel_many_by_client_id(call.account_id, ids, call.now_ms)
    return {"status": "CANCEL_ALL_SENT"}


def _symbol(market: Market, call: Call, name: str = "symbol") -> str:
    symbol = str(call.params[name])
    if symbol not in market.info:
        raise OrderError(
            INVALID_PARAMETER, f"symbol {symbol!r} is not listed; the sandbox lists {', '.join(market.info)}"
        )
    return symbol


def _page(rows: list[Any], call: Call) -> Any:
    page = _integer(call.params.get("page", 1), "page")
    size = _integer(call.params.get("size", DEFAULT_PAGE_SIZE), "size")
    if page < 1 or not 1 <= size <= MAX_PAGE_SIZE:
        raise OrderError(INVALID_PARAMETER, f"page starts at 1 and size is 1..{MAX_PAGE_SIZE}, got {page}, {size}")
    start = (page - 1) * size
    return {
        "meta": {"total": len(rows), "records_per_page": size, "current_page": page},
        "rows": rows[start : start + size],
    }


def futures(market: Market, call: Call) -> Any:
    """``GET /v1/public/futures``: one row per listed symbol."""
    return {"rows": [views.futures_row(market, symbol) for symbol in market.info]}


def future(market: Market, call: Call) -> Any:
    """``GET /v1/public/futures/{symbol}``."""
    return {"rows": [views.futures_row(market, _symbol(market, call))]}


def symbols_info(market: Market, call: Call) -> Any:
    """``GET /v1/public/info``: the listed symbols and their rules."""
    return {"rows": [views.symbol_row(info) for info in market.info.values()]}


def symbol_info(market: Market, call: Call) -> Any:
    """``GET /v1/public/info/{symbol}``."""
    return views.symbol_row(market.info[_symbol(market, call)])


def system_info(market: Market, call: Call) -> Any:
    """``GET /v1/public/system_info``: the sandbox is always up (status 0)."""
    return {"status": 0, "msg": "offline sandbox, all systems up"}


def orderbook(market: Market, call: Call) -> Any:
    """``GET /v1/orderbook/{symbol}``: the book, ``max_level`` levels a side (all by default)."""
    max_level = call.params.get("max_level")
    if max_level is not None and max_level < 1:
        raise OrderError(INVALID_PARAMETER, f"max_level must be >= 1, got {max_level}")
    return views.orderbook_rest(market, _symbol(market, call), max_level)


def market_trades(market: Market, call: Call) -> Any:
    """``GET /v1/public/market_trades``: the latest public trades, newest first."""
    symbol = _symbol(market, call)
    limit = _integer(call.params.get("limit", 10), "limit")
    if not 1 <= limit <= 500:
        raise OrderError(INVALID_PARAMETER, f"limit must be 1..500, got {limit}")
    return {"rows": list(reversed(market.state[symbol].trades))[:limit]}


def kline(market: Market, call: Call) -> Any:
    """``GET /v1/kline``: the latest candles of one interval, newest first."""
    symbol = _symbol(market, call)
    interval = str(call.params["type"])
    if interval not in INTERVALS or interval == "1M":
        raise OrderError(INVALID_PARAMETER, f"type must be one of {', '.join(KLINE_TYPES)}, got {interval!r}")
    limit = _integer(call.params.get("limit", 100), "limit")
    if not 1 <= limit <= 1000:
        raise OrderError(INVALID_PARAMETER, f"limit must be 1..1000, got {limit}")
    candles = market.state[symbol].candles.history(interval, limit)
    return {"rows": [candle.rest_row(symbol, interval) for candle in candles]}


KLINE_TYPES = tuple(interval for interval in INTERVALS if interval != "1M")


@dataclass(frozen=True, slots=True)
class Bare:
    """An answer sent as it is, without the ``success``/``data`` envelope (the TradingView-style operations)."""

    value: Any


def kline_history(market: Market, call: Call) -> Any:
    """``GET /v1/tv/kline_history``: bars over a time range, oldest first; the past before the live candles is
    made up deterministically (:mod:`._history`)."""
    from ._history import kline_history as history

    return Bare(history(market, _symbol(market, call), call.params, call.now_ms))


def funding_rate(market: Market, call: Call) -> Any:
    """``GET /v1/public/funding_rate/{symbol}``."""
    return views.funding_rate(market, _symbol(market, call), call.now_ms)


def funding_rates(market: Market, call: Call) -> Any:
    """``GET /v1/public/funding_rates``."""
    return {"rows": [views.funding_rate(market, symbol, call.now_ms) for symbol in market.info]}


def positions(market: Market, call: Call) -> Any:
    """``GET /v1/positions``: the signed account's positions and margin figures."""
    return views.positions(market, call.account_id, call.now_ms)


def position(market: Market, call: Call) -> Any:
    """``GET /v1/position/{symbol}``."""
    return views.position_row(market, call.account_id, _symbol(market, call))


def trades(market: Market, call: Call) -> Any:
    """``GET /v1/trades``: the signed account's trades, newest first, filtered and paged."""
    symbol = call.params.get("symbol") or None
    if symbol is not None:
        _symbol(market, call)
    start_t, end_t = call.params.get("start_t"), call.params.get("end_t")
    rows = [
        trade.to_dict()
        for trade in reversed(market.account_trades(call.account_id))
        if (symbol is None or trade.symbol == symbol)
        and (start_t is None or trade.timestamp >= start_t)
        and (end_t is None or trade.timestamp <= end_t)
    ]
    return _page(rows, call)


def order_trades(market: Market, call: Call) -> Any:
    """``GET /v1/order/{order_id}/trades``: the executions of one of the account's orders."""
    order_id = _integer(call.params["order_id"], "order_id")
    market.orders.get(call.account_id, order_id)  # -1006 unless it is the account's
    return {"rows": [t.to_dict() for t in market.account_trades(call.account_id) if t.order_id == order_id]}


def trade(market: Market, call: Call) -> Any:
    """``GET /v1/trade/{trade_id}``."""
    return market.trade(call.account_id, _integer(call.params["trade_id"], "trade_id")).to_dict()


def holding(market: Market, call: Call) -> Any:
    """``GET /v1/client/holding``: the signed account's balances."""
    return views.holding(market, call.account_id)


def account_info(market: Market, call: Call) -> Any:
    """``GET /v1/client/info``: the signed account (its real id), fees and leverage."""
    return views.account_info(market, call.account_id)


def _leverage_row(market: Market, account_id: str, symbol: str) -> dict[str, Any]:
    return {"symbol": symbol, "margin_mode": "CROSS", "leverage": market.leverage_for(account_id, symbol)}


def _cross_only(value: object) -> None:
    if value not in (None, "CROSS"):
        raise OrderError(INVALID_PARAMETER, f"margin_mode {value!r}: the sandbox trades CROSS margin only")


def leverage(market: Market, call: Call) -> Any:
    """``GET /v1/client/leverage``: the account's leverage in one symbol."""
    _cross_only(call.params.get("margin_mode"))
    return _leverage_row(market, call.account_id, _symbol(market, call))


def leverages(market: Market, call: Call) -> Any:
    """``GET /v1/client/leverages``: the account's leverage in every listed symbol."""
    return {"rows": [_leverage_row(market, call.account_id, symbol) for symbol in market.info]}


def set_account_leverage(market: Market, call: Call) -> Any:
    """``POST /v1/client/leverage``: the account-wide leverage (symbols without their own setting follow it)."""
    market.set_leverage(call.account_id, _integer(call.body.get("leverage"), "leverage"))
    return {}


def set_symbol_leverage(market: Market, call: Call) -> Any:
    """``POST /v1/client/leverages``: one symbol's leverage, or with no ``symbol`` every symbol's at once
    (each at ``min(leverage, its maximum)``, all or none, as the docs describe); cross margin."""
    body = call.body
    _cross_only(body.get("margin_mode"))
    leverage = _integer(body.get("leverage"), "leverage")
    symbol = body.get("symbol")
    if symbol is None:
        market.set_all_leverages(call.account_id, leverage)
        return {}
    if not isinstance(symbol, str) or symbol not in market.info:
        raise OrderError(
            INVALID_PARAMETER, f"symbol {symbol!r} is not listed; the sandbox lists {', '.join(market.info)}"
        )
    market.set_leverage(call.account_id, leverage, symbol)
    return _leverage_row(market, call.account_id, symbol)


def _between(rows: list[dict[str, Any]], call: Call, time_key: str) -> list[dict[str, Any]]:
    """Rows with ``start_t <= row[time_key] <= end_t`` (each bound when given), newest first."""
    start_t, end_t = call.params.get("start_t"), call.params.get("end_t")
    return [
        row
        for row in reversed(rows)
        if (start_t is None or row[time_key] >= start_t) and (end_t is None or row[time_key] <= end_t)
    ]


def account_summary(market: Market, call: Call) -> Any:
    """``GET /v1/account_info``: the signed account's collateral and margin ratios, from its positions."""
    summary = views.positions(market, call.account_id, call.now_ms)
    summary.pop("rows")
    summary["total_pnl_24h"] = summary.pop("total_pnl_24_h")
    return summary


def asset_history(market: Market, call: Call) -> Any:
    """``GET /v1/asset/history``: the signed account's deposits (faucet, starting funds) and withdrawals."""
    rows = [
        row
        for row in _between(market.balances.transfers(call.account_id), call, "created_time")
        if all(not call.params.get(key) or row[column] == call.params[key] for key, column in _ASSET_FILTERS)
    ]
    return _page(rows, call)


_ASSET_FILTERS = (("token", "token"), ("side", "side"), ("status", "trans_status"))


def funding_rate_history(market: Market, call: Call) -> Any:
    """``GET /v1/public/funding_rate_history``: the funding the simulation paid in one symbol, newest first."""
    symbol = _symbol(market, call)
    return _page(_between(list(market.state[symbol].funding_history), call, "funding_rate_timestamp"), call)


def cancel_all_after(market: Market, call: Call) -> Any:
    """``POST /v1/order/cancel_all_after``: arm the dead-man's switch ``trigger_after`` ms from now (0 disarms).

    The docs give no bounds; the sandbox takes any whole number of ms from 0 to 900,000 (15 minutes).
    """
    trigger_after = _integer(call.body.get("trigger_after"), "trigger_after")
    if not 0 <= trigger_after <= MAX_CANCEL_AFTER_MS:
        raise OrderError(INVALID_PARAMETER, f"trigger_after must be 0..{MAX_CANCEL_AFTER_MS} ms, got {trigger_after}")
    return {"expected_trigger_time": market.cancel_all_after(call.account_id, trigger_after)}


MAX_CANCEL_AFTER_MS = 900_000

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
    "POST /v1/order/cancel_all_after": cancel_all_after,
    "GET /v1/account_info": account_summary,
    "GET /v1/asset/history": asset_history,
    "GET /v1/public/funding_rate_history": funding_rate_history,
    "GET /v1/public/futures": futures,
    "GET /v1/public/futures/{symbol}": future,
    "GET /v1/public/info": symbols_info,
    "GET /v1/public/info/{symbol}": symbol_info,
    "GET /v1/public/system_info": system_info,
    "GET /v1/orderbook/{symbol}": orderbook,
    "GET /v1/public/market_trades": market_trades,
    "GET /v1/kline": kline,
    "GET /v1/tv/kline_history": kline_history,
    "GET /v1/public/funding_rate/{symbol}": funding_rate,
    "GET /v1/public/funding_rates": funding_rates,
    "GET /v1/positions": positions,
    "GET /v1/position/{symbol}": position,
    "GET /v1/trades": trades,
    "GET /v1/order/{order_id}/trades": order_trades,
    "GET /v1/trade/{trade_id}": trade,
    "GET /v1/client/holding": holding,
    "GET /v1/client/info": account_info,
    "GET /v1/client/leverage": leverage,
    "GET /v1/client/leverages": leverages,
    "POST /v1/client/leverage": set_account_leverage,
    "POST /v1/client/leverages": set_symbol_leverage,
}
