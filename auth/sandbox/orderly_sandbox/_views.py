"""The market's state as the API shows it: REST ``data`` and WebSocket push ``data``, from one source.

REST rows use the spec's snake_case fields; pushes use Orderly's camelCase stream fields. Both
are computed here from the same :class:`._market.Market` figures, so the two always agree.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._balances import USDC
from ._orders import ZERO
from ._rules import IMR_FACTOR, MAKER_FEE_RATE, TAKER_FEE_RATE
from ._symbols import SymbolInfo

if TYPE_CHECKING:
    from ._market import Market

#: Fee rates as the account info shows them, in basis points.
TAKER_FEE_BPS = TAKER_FEE_RATE * 10_000
MAKER_FEE_BPS = MAKER_FEE_RATE * 10_000


def _ratio(numerator: Decimal, denominator: Decimal) -> Decimal:
    return (numerator / denominator).quantize(Decimal("1e-8")) if denominator else Decimal(10)


# -- account ---------------------------------------------------------------------------------------


def position_row(market: Market, account_id: str, symbol: str) -> dict[str, Any]:
    """A row of ``GET /v1/positions`` (and ``GET /v1/position/{symbol}``)."""
    position = market.position(account_id, symbol)
    mark = market.mark(symbol)
    long_qty, short_qty = market.pending(account_id, symbol)
    imr = market.imr(account_id, symbol)
    state = market.state[symbol]
    return {
        "IMR_withdraw_orders": imr,
        "MMR_with_orders": market.mmr(account_id, symbol),
        "average_open_price": position.average_open_price,
        "cost_position": position.quantity * position.average_open_price,
        "est_liq_price": market.liquidation_price(account_id, symbol) or ZERO,
        "fee_24_h": position.fees,
        "imr": imr,
        "last_sum_unitary_funding": state.sum_unitary_funding,
        "mark_price": mark,
        "mmr": market.mmr(account_id, symbol),
        "pending_long_qty": long_qty,
        "pending_short_qty": short_qty,
        "pnl_24_h": position.realized_pnl,
        "position_qty": position.quantity,
        "settle_price": position.average_open_price,
        "symbol": symbol,
        "seq": position.updated_time,
        "timestamp": position.updated_time,
        "updated_time": position.updated_time,
        "unsettled_pnl": position.unrealized_pnl(mark),
        "leverage": market.leverage_for(account_id, symbol),
        "margin_mode": "CROSS",
        "margin": ZERO,
        "accrued_funding_fee": ZERO,
    }


def positions(market: Market, account_id: str, now_ms: int) -> dict[str, Any]:
    """``GET /v1/positions``: the account's margin figures and one row per symbol it has traded."""
    collateral = market.total_collateral(account_id)
    initial = market.initial_margin(account_id)
    notional = sum((p.notional(market.mark(s)) for s, p in market.positions.get(account_id, {}).items()), ZERO)
    maintenance = market.maintenance_margin(account_id)
    rows = [position_row(market, account_id, symbol) for symbol in market.positions.get(account_id, {})]
    margin_ratio = _ratio(collateral, notional)
    return {
        "current_margin_ratio_with_orders": margin_ratio,
        "free_collateral": collateral - initial,
        "initial_margin_ratio": _ratio(initial, notional) if notional else ZERO,
        "initial_margin_ratio_with_orders": _ratio(initial, notional) if notional else ZERO,
        "maintenance_margin_ratio": _ratio(maintenance, notional) if notional else ZERO,
        "maintenance_margin_ratio_with_orders": _ratio(maintenance, notional) if notional else ZERO,
        "margin_ratio": margin_ratio,
        "open_margin_ratio": margin_ratio,
        "total_collateral_value": collateral,
        "total_pnl_24_h": sum((p.realized_pnl for p in market.positions.get(account_id, {}).values()), ZERO),
        "account_value": collateral,
        "rows": rows,
    }


def position_push(market: Market, account_id: str) -> dict[str, Any]:
    """The ``position`` push: every position of the account, in stream fields."""
    rows = []
    for symbol in market.positions.get(account_id, {}):
        row = position_row(market, account_id, symbol)
        rows.append(
            {
                "symbol": symbol,
                "positionQty": row["position_qty"],
                "costPosition": row["cost_position"],
                "lastSumUnitaryFunding": row["last_sum_unitary_funding"],
                "pendingLongQty": row["pending_long_qty"],
                "pendingShortQty": row["pending_short_qty"],
                "settlePrice": row["settle_price"],
                "averageOpenPrice": row["average_open_price"],
                "unsettledPnl": row["unsettled_pnl"],
                "markPrice": row["mark_price"],
                "estLiqPrice": row["est_liq_price"],
                "timestamp": row["timestamp"],
                "imr": row["imr"],
                "mmr": row["mmr"],
                "IMRwithOrders": row["IMR_withdraw_orders"],
                "MMRwithOrders": row["MMR_with_orders"],
                "pnl24H": row["pnl_24_h"],
                "fee24H": row["fee_24_h"],
                "leverage": row["leverage"],
            }
        )
    return {"positions": rows}


def holding(market: Market, account_id: str) -> dict[str, Any]:
    """``GET /v1/client/holding``: the account's tokens (USDC always listed)."""
    held = market.balances.holdings(account_id)
    held.setdefault(USDC, ZERO)
    rows = []
    for token, amount in held.items():
        long_qty = short_qty = ZERO
        if token == USDC:
            for symbol in market.info:
                buys, sells = market.pending(account_id, symbol)
                long_qty += buys * market.mark(symbol)
                short_qty += sells * market.mark(symbol)
        rows.append(
            {
                "updated_time": market.balances.updated_time(account_id, token),
                "token": token,
                "holding": amount,
                "frozen": ZERO,
                "pending_short": -short_qty if short_qty else ZERO,
                "isolated_margin": ZERO,
                "isolated_order_frozen": ZERO,
            }
        )
    return {"holding": rows}


def balance_push(market: Market, account_id: str) -> dict[str, Any]:
    """The ``balance`` push: every token of the account with its holding."""
    held = market.balances.holdings(account_id)
    held.setdefault(USDC, ZERO)
    return {
        "balances": {
            token: {
                "holding": amount,
                "frozen": ZERO,
                "interest": ZERO,
                "pendingShortQty": ZERO,
                "pendingExposure": ZERO,
                "pendingLongQty": ZERO,
                "pendingLongExposure": ZERO,
                "version": market.balances.updated_time(account_id, token),
                "staked": ZERO,
                "unbonding": ZERO,
                "vault": ZERO,
                "averageOpenPrice": ZERO,
                "pnl24H": ZERO,
                "fee24H": ZERO,
                "markPrice": Decimal(1),
            }
            for token, amount in held.items()
        }
    }


def account_info(market: Market, account_id: str) -> dict[str, Any]:
    """``GET /v1/client/info`` for the signed account."""
    leverage = market.account_leverage(account_id)
    return {
        "account_id": account_id,
        "email": "",
        "account_mode": "FUTURES",
        "max_leverage": leverage,
        "taker_fee_rate": TAKER_FEE_BPS,
        "maker_fee_rate": MAKER_FEE_BPS,
        "rwa_taker_fee_rate": TAKER_FEE_BPS,
        "rwa_maker_fee_rate": MAKER_FEE_BPS,
        "futures_taker_fee_rate": TAKER_FEE_BPS,
        "futures_maker_fee_rate": MAKER_FEE_BPS,
        "maintenance_cancel_orders": True,
        "imr_factor": {symbol: IMR_FACTOR for symbol in market.info},
        "max_notional": {symbol: info.base_max * market.mark(symbol) for symbol, info in market.info.items()},
    }


def account_push(market: Market, account_id: str) -> dict[str, Any]:
    """The ``account`` push."""
    info = account_info(market, account_id)
    return {
        "accountId": account_id,
        "accountMode": info["account_mode"],
        "maxLeverage": info["max_leverage"],
        "takerFeeRate": info["taker_fee_rate"],
        "makerFeeRate": info["maker_fee_rate"],
        "futuresTakerFeeRate": info["futures_taker_fee_rate"],
        "futuresMakerFeeRate": info["futures_maker_fee_rate"],
        "totalCollateral": market.total_collateral(account_id),
        "freeCollateral": market.free_collateral(account_id),
    }


# -- market ----------------------------------------------------------------------------------------


def symbol_row(info: SymbolInfo) -> dict[str, Any]:
    """A row of ``GET /v1/public/info``."""
    return info.to_dict()


def open_interest(market: Market, symbol: str) -> Decimal:
    """Simulated open interest plus the long quantity of every account."""
    longs = sum((p[symbol].quantity for p in market.positions.values() if symbol in p and p[symbol].quantity > 0), ZERO)
    return market.state[symbol].base_open_interest + longs


def futures_row(market: Market, symbol: str) -> dict[str, Any]:
    """A row of ``GET /v1/public/futures``."""
    state = market.state[symbol]
    day = state.candles
    return {
        "symbol": symbol,
        "index_price": state.index,
        "mark_price": state.mark,
        "sum_unitary_funding": state.sum_unitary_funding,
        "est_funding_rate": state.est_funding_rate,
        "last_funding_rate": state.last_funding_rate,
        "next_funding_time": state.next_funding_time,
        "open_interest": open_interest(market, symbol),
        "24h_open": day.day_open,
        "24h_close": day.day_close,
        "24h_high": day.day_high,
        "24h_low": day.day_low,
        "24h_amount": day.day_amount,
        "24h_volume": day.day_volume,
    }


def funding_rate(market: Market, symbol: str, now_ms: int) -> dict[str, Any]:
    """``GET /v1/public/funding_rate/{symbol}``."""
    state = market.state[symbol]
    return {
        "symbol": symbol,
        "est_funding_rate": state.est_funding_rate,
        "est_funding_rate_timestamp": now_ms,
        "last_funding_rate": state.last_funding_rate,
        "last_funding_rate_timestamp": state.next_funding_time - 8 * 3_600_000,
        "next_funding_time": state.next_funding_time,
        "sum_unitary_funding": state.sum_unitary_funding,
    }


def orderbook_rest(market: Market, symbol: str, max_level: int | None) -> dict[str, Any]:
    """``GET /v1/orderbook/{symbol}``: levels best first, and the book's ``ts`` as ``timestamp``."""
    view = market.book(symbol, max_level)
    return {
        "asks": [{"price": price, "quantity": quantity} for price, quantity in view.asks],
        "bids": [{"price": price, "quantity": quantity} for price, quantity in view.bids],
        "timestamp": view.ts,
    }


def snapshot(market: Market, symbol: str, depth: int | None = None) -> dict[str, Any]:
    """The ``orderbook`` push and the ``request`` answer: every level (or ``depth``) and the book's ``ts``."""
    view = market.book(symbol, depth)
    return {
        "symbol": symbol,
        "ts": view.ts,
        "asks": [[price, quantity] for price, quantity in view.asks],
        "bids": [[price, quantity] for price, quantity in view.bids],
    }


def periodic_pushes(market: Market) -> None:
    """The pushes a real server sends on a timer, sent after each step of the simulation."""
    marks, indexes, tickers, bbos = [], [], [], []
    for symbol, state in market.state.items():
        ts = market.now()
        mark = {"symbol": symbol, "price": state.mark}
        index = {"symbol": state.info.index_symbol, "price": state.index}
        ticker = state.candles.ticker(symbol)
        bbo = market.bbo(symbol)
        market.emit(f"{symbol}@markprice", mark, ts)
        market.emit(f"{state.info.index_symbol}@indexprice", index, ts)
        market.emit(
            f"{symbol}@estfundingrate",
            {"symbol": symbol, "fundingRate": state.est_funding_rate, "fundingTs": state.next_funding_time},
            ts,
        )
        market.emit(f"{symbol}@openinterest", {"symbol": symbol, "openInterest": open_interest(market, symbol)}, ts)
        market.emit(f"{symbol}@ticker", ticker, ts)
        market.emit(f"{symbol}@orderbook", snapshot(market, symbol, 100), state.book_ts)
        marks.append(mark)
        indexes.append(index)
        tickers.append(ticker)
        bbos.append(bbo)
    ts = market.now()
    market.emit("markprices", marks, ts)
    market.emit("indexprices", indexes, ts)
    market.emit("tickers", tickers, ts)
    market.emit("bbos", bbos, ts)
