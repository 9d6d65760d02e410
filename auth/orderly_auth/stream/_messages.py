"""Typed stream messages: the envelope (:class:`Message`) and one model per topic's ``data``.

Money and quantities are :class:`~decimal.Decimal` (parsed from the JSON text, never via float), ids,
timestamps and sequence numbers ``int``. Field names follow Orderly's camelCase keys in snake_case;
a key the server leaves out is ``None``. What a model does not name is still in ``Message.raw``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from orderly_client.types import MAX_INTEGER_DIGITS, decimal_from_wire, whole_number

Level = tuple[Decimal, Decimal]
T = TypeVar("T")


def dec(value: Any) -> Decimal | None:
    """A JSON number or numeric string as a finite, bounded Decimal (``None`` stays ``None``); ``ValueError`` for
    NaN, infinities and numbers beyond the REST answers' bounds."""
    if value is None:
        return None
    if isinstance(value, Decimal) and value.is_finite():
        return value  # the JSON parser made it, within bounds
    try:
        return decimal_from_wire(value, "number")
    except TypeError as exc:
        raise ValueError(str(exc)) from None


def integer(value: Any) -> int | None:
    """An id, timestamp or sequence number as int; numeric strings accepted (``""`` and ``None`` are None).

    Only plain whole numbers of at most 20 digits: ``1e1000000`` is refused at once, never expanded.
    """
    if value is None or value == "":
        return None
    result = whole_number(value)
    if result is None:
        raise ValueError(f"not an integer of at most {MAX_INTEGER_DIGITS} digits: {str(value)[:40]!r}")
    return result


def text(value: Any) -> str | None:
    """A string field; numbers some servers send for ids (``clientOrderId: 0``) become their text."""
    if value is None or isinstance(value, str):
        return value
    return str(value)


def flag(value: Any) -> bool | None:
    """A boolean field (Orderly sometimes sends 0/1)."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return bool(value)
    raise TypeError(f"not a boolean: {value!r}")


def levels(value: Any) -> tuple[Level, ...]:
    """Book levels given as ``[[price, qty], ...]`` or ``[{"price", "quantity"}, ...]``: a price above 0 and a
    quantity of 0 or more, finite (``ValueError`` otherwise: the book resynchronises)."""
    if not value:
        return ()
    out = []
    for level in value:
        if isinstance(level, Mapping):
            price, quantity = level["price"], level.get("quantity", level.get("size"))
        else:
            price, quantity = level[0], level[1]
        p, q = dec(price), dec(quantity)
        if p is None or q is None:
            raise TypeError(f"book level without price or quantity: {level!r}")
        if p <= 0 or q < 0:
            raise ValueError(f"impossible book level: price {p}, quantity {q}")
        out.append((p, q))
    return tuple(out)


def _field(key: str, convert: Callable[[Any], Any]) -> Any:
    return attrs.field(default=None, metadata={"key": key, "convert": convert})


# A value already of this type needs no conversion (the common case: the JSON parser made it).
_NATIVE: dict[Callable[[Any], Any], type] = {dec: Decimal, integer: int, text: str, flag: bool}
_TABLES: dict[type, tuple[tuple[str, str, Callable[[Any], Any], type | None], ...]] = {}


def build(cls: type[T], data: Mapping[str, Any]) -> T:
    """An instance of the model ``cls`` from one ``data`` object, each field converted as it declares."""
    table = _TABLES.get(cls)
    if table is None:
        table = tuple(
            (f.name, f.metadata["key"], f.metadata["convert"], _NATIVE.get(f.metadata["convert"]))
            for f in attrs.fields(cls)  # type: ignore[arg-type]
            if "key" in f.metadata
        )
        _TABLES[cls] = table
    kwargs = {}
    get = data.get
    for name, key, convert, native in table:
        value = get(key)
        if value is not None:
            kwargs[name] = value if value.__class__ is native else convert(value)
    return cls(**kwargs)


# -- public topics ---------------------------------------------------------------------------------


@attrs.frozen
class Trade:
    """``{symbol}@trade``: one public trade."""

    symbol: str | None = _field("symbol", text)
    price: Decimal | None = _field("price", dec)
    size: Decimal | None = _field("size", dec)
    side: str | None = _field("side", text)


@attrs.frozen
class OrderBookSnapshot:
    """``{symbol}@orderbook`` and the ``request`` answer: the top levels; ``ts`` is the book's time."""

    symbol: str | None = _field("symbol", text)
    ts: int | None = _field("ts", integer)
    bids: tuple[Level, ...] = attrs.field(default=(), metadata={"key": "bids", "convert": levels})
    asks: tuple[Level, ...] = attrs.field(default=(), metadata={"key": "asks", "convert": levels})


@attrs.frozen
class OrderBookUpdate:
    """``{symbol}@orderbookupdate``: absolute quantities at changed levels (0 deletes), chained by ``prev_ts``."""

    symbol: str | None = _field("symbol", text)
    prev_ts: int | None = _field("prevTs", integer)
    ts: int | None = _field("ts", integer)
    bids: tuple[Level, ...] = attrs.field(default=(), metadata={"key": "bids", "convert": levels})
    asks: tuple[Level, ...] = attrs.field(default=(), metadata={"key": "asks", "convert": levels})


@attrs.frozen
class Ticker:
    """``{symbol}@ticker`` (and each item of ``tickers``): 24 h statistics."""

    symbol: str | None = _field("symbol", text)
    open: Decimal | None = _field("open", dec)
    close: Decimal | None = _field("close", dec)
    high: Decimal | None = _field("high", dec)
    low: Decimal | None = _field("low", dec)
    volume: Decimal | None = _field("volume", dec)
    amount: Decimal | None = _field("amount", dec)
    count: int | None = _field("count", integer)
    aggregate_quote_volume: Decimal | None = _field("aggregateQuoteVolume", dec)


@attrs.frozen
class Bbo:
    """``{symbol}@bbo`` (and each item of ``bbos``): best bid and offer."""

    symbol: str | None = _field("symbol", text)
    ask: Decimal | None = _field("ask", dec)
    ask_size: Decimal | None = _field("askSize", dec)
    bid: Decimal | None = _field("bid", dec)
    bid_size: Decimal | None = _field("bidSize", dec)


@attrs.frozen
class Kline:
    """``{symbol}@kline_{interval}``: the current candle."""

    symbol: str | None = _field("symbol", text)
    type: str | None = _field("type", text)
    open: Decimal | None = _field("open", dec)
    close: Decimal | None = _field("close", dec)
    high: Decimal | None = _field("high", dec)
    low: Decimal | None = _field("low", dec)
    volume: Decimal | None = _field("volume", dec)
    amount: Decimal | None = _field("amount", dec)
    start_time: int | None = _field("startTime", integer)
    end_time: int | None = _field("endTime", integer)


@attrs.frozen
class Price:
    """``{symbol}@markprice``, ``SPOT_X_USDC@indexprice`` (and items of ``markprices``/``indexprices``)."""

    symbol: str | None = _field("symbol", text)
    price: Decimal | None = _field("price", dec)


@attrs.frozen
class OpenInterest:
    """``{symbol}@openinterest``."""

    symbol: str | None = _field("symbol", text)
    open_interest: Decimal | None = _field("openInterest", dec)


@attrs.frozen
class EstFundingRate:
    """``{symbol}@estfundingrate``: the estimated rate and when it is charged."""

    symbol: str | None = _field("symbol", text)
    funding_rate: Decimal | None = _field("fundingRate", dec)
    funding_ts: int | None = _field("fundingTs", integer)


@attrs.frozen
class LiquidationPosition:
    """One position of a ``liquidation`` event."""

    symbol: str | None = _field("symbol", text)
    position_qty: Decimal | None = _field("positionQty", dec)
    liquidator_fee: Decimal | None = _field("liquidatorFee", dec)
    cost_position_transfer: Decimal | None = _field("costPositionTransfer", dec)
    transfer_price: Decimal | None = _field("transferPrice", dec)


def _liquidation_positions(value: Any) -> tuple[LiquidationPosition, ...]:
    return tuple(build(LiquidationPosition, item) for item in value)


@attrs.frozen
class Liquidation:
    """``liquidation`` (one item of its list): a liquidation open for liquidators."""

    liquidation_id: int | None = _field("liquidationId", integer)
    timestamp: int | None = _field("timestamp", integer)
    type: str | None = _field("type", text)
    positions_by_perp: tuple[LiquidationPosition, ...] = attrs.field(
        default=(),
        metadata={"key": "positionsByPerp", "convert": lambda v: tuple(build(LiquidationPosition, x) for x in v)},
    )


@attrs.frozen
class MaintenanceStatus:
    """``maintenance_status``: 0 normal, 2 under maintenance."""

    status: int | None = _field("status", integer)
    start_time: int | None = _field("startTime", integer)
    end_time: int | None = _field("endTime", integer)


@attrs.frozen
class Announcement:
    """``announcement``: a platform notice."""

    announcement_id: int | None = _field("announcementId", integer)
    message: str | None = _field("message", text)
    url: str | None = _field("url", text)
    type: str | None = _field("type", text)
    updated_time: int | None = _field("updatedTime", integer)


@attrs.frozen
class Generic:
    """Topics whose ``data`` has no fixed shape in Orderly's docs (``price_changes``, ``history_charts_*``,
    ``traders_open_interests``, ``notifications``): the object itself, numbers exact."""

    value: Any = None


# -- private topics --------------------------------------------------------------------------------


@attrs.frozen
class ExecutionReport:
    """``executionreport``: an order's new state, with the fill (``trade_id`` != 0) that caused it if any."""

    symbol: str | None = _field("symbol", text)
    client_order_id: str | None = _field("clientOrderId", text)
    order_id: int | None = _field("orderId", integer)
    type: str | None = _field("type", text)
    side: str | None = _field("side", text)
    quantity: Decimal | None = _field("quantity", dec)
    price: Decimal | None = _field("price", dec)
    amount: Decimal | None = _field("amount", dec)
    trade_id: int | None = _field("tradeId", integer)
    executed_price: Decimal | None = _field("executedPrice", dec)
    executed_quantity: Decimal | None = _field("executedQuantity", dec)
    fee: Decimal | None = _field("fee", dec)
    fee_asset: str | None = _field("feeAsset", text)
    total_executed_quantity: Decimal | None = _field("totalExecutedQuantity", dec)
    avg_price: Decimal | None = _field("avgPrice", dec)
    status: str | None = _field("status", text)
    reason: str | None = _field("reason", text)
    order_tag: str | None = _field("orderTag", text)
    total_fee: Decimal | None = _field("totalFee", dec)
    visible: Decimal | None = _field("visible", dec)
    timestamp: int | None = _field("timestamp", integer)
    reduce_only: bool | None = _field("reduceOnly", flag)
    maker: bool | None = _field("maker", flag)
    realized_pnl: Decimal | None = _field("realizedPnl", dec)

    @property
    def is_fill(self) -> bool:
        """True when this report carries a fill (a non-zero ``trade_id``)."""
        return bool(self.trade_id)


@attrs.frozen
class AlgoExecutionReport:
    """One item of ``algoexecutionreport`` (whose ``data`` is a list), or a child order of the v2 topic."""

    symbol: str | None = _field("symbol", text)
    algo_order_id: int | None = _field("algoOrderId", integer)
    root_algo_order_id: int | None = _field("rootAlgoOrderId", integer)
    parent_algo_order_id: int | None = _field("parentAlgoOrderId", integer)
    algo_type: str | None = _field("algoType", text)
    client_order_id: str | None = _field("clientOrderId", text)
    order_id: int | None = _field("orderId", integer)
    type: str | None = _field("type", text)
    side: str | None = _field("side", text)
    quantity: Decimal | None = _field("quantity", dec)
    price: Decimal | None = _field("price", dec)
    trade_id: int | None = _field("tradeId", integer)
    trigger_price: Decimal | None = _field("triggerPrice", dec)
    trigger_price_type: str | None = _field("triggerPriceType", text)
    trigger_trade_price: Decimal | None = _field("triggerTradePrice", dec)
    trigger_time: int | None = _field("triggerTime", integer)
    triggered: bool | None = _field("triggered", flag)
    activated: bool | None = _field("activated", flag)
    executed_price: Decimal | None = _field("executedPrice", dec)
    executed_quantity: Decimal | None = _field("executedQuantity", dec)
    fee: Decimal | None = _field("fee", dec)
    fee_asset: str | None = _field("feeAsset", text)
    total_executed_quantity: Decimal | None = _field("totalExecutedQuantity", dec)
    avg_price: Decimal | None = _field("avgPrice", dec)
    status: str | None = _field("status", text)
    algo_status: str | None = _field("algoStatus", text)
    root_algo_status: str | None = _field("rootAlgoStatus", text)
    reason: str | None = _field("reason", text)
    total_fee: Decimal | None = _field("totalFee", dec)
    timestamp: int | None = _field("timestamp", integer)
    maker: bool | None = _field("maker", flag)
    reduce_only: bool | None = _field("reduceOnly", flag)

    @property
    def is_fill(self) -> bool:
        """True when this report carries a fill (a non-zero ``trade_id``)."""
        return bool(self.trade_id)


@attrs.frozen
class AlgoExecutionReportV2(AlgoExecutionReport):
    """``algoexecutionreportv2``: the algo order with its ``child_orders``."""

    child_orders: tuple[AlgoExecutionReport, ...] = attrs.field(
        default=(),
        metadata={"key": "childOrders", "convert": lambda v: tuple(build(AlgoExecutionReport, x) for x in v)},
    )


@attrs.frozen
class PositionItem:
    """One position of a ``position`` push."""

    symbol: str | None = _field("symbol", text)
    position_qty: Decimal | None = _field("positionQty", dec)
    cost_position: Decimal | None = _field("costPosition", dec)
    last_sum_unitary_funding: Decimal | None = _field("lastSumUnitaryFunding", dec)
    pending_long_qty: Decimal | None = _field("pendingLongQty", dec)
    pending_short_qty: Decimal | None = _field("pendingShortQty", dec)
    settle_price: Decimal | None = _field("settlePrice", dec)
    average_open_price: Decimal | None = _field("averageOpenPrice", dec)
    unsettled_pnl: Decimal | None = _field("unsettledPnl", dec)
    mark_price: Decimal | None = _field("markPrice", dec)
    est_liq_price: Decimal | None = _field("estLiqPrice", dec)
    pnl_24h: Decimal | None = _field("pnl24H", dec)
    fee_24h: Decimal | None = _field("fee24H", dec)
    imr: Decimal | None = _field("imr", dec)
    mmr: Decimal | None = _field("mmr", dec)
    leverage: Decimal | None = _field("leverage", dec)
    version: int | None = _field("version", integer)
    seq: int | None = _field("seq", integer)
    timestamp: int | None = _field("timestamp", integer)


@attrs.frozen
class Positions:
    """``position``: the account's positions."""

    positions: tuple[PositionItem, ...] = attrs.field(
        default=(), metadata={"key": "positions", "convert": lambda v: tuple(build(PositionItem, x) for x in v)}
    )


@attrs.frozen
class BalanceItem:
    """One token of a ``balance`` push."""

    holding: Decimal | None = _field("holding", dec)
    frozen: Decimal | None = _field("frozen", dec)
    interest: Decimal | None = _field("interest", dec)
    pending_short_qty: Decimal | None = _field("pendingShortQty", dec)
    pending_exposure: Decimal | None = _field("pendingExposure", dec)
    pending_long_qty: Decimal | None = _field("pendingLongQty", dec)
    pending_long_exposure: Decimal | None = _field("pendingLongExposure", dec)
    version: int | None = _field("version", integer)
    staked: Decimal | None = _field("staked", dec)
    unbonding: Decimal | None = _field("unbonding", dec)
    vault: Decimal | None = _field("vault", dec)
    average_open_price: Decimal | None = _field("averageOpenPrice", dec)
    pnl_24h: Decimal | None = _field("pnl24H", dec)
    fee_24h: Decimal | None = _field("fee24H", dec)
    mark_price: Decimal | None = _field("markPrice", dec)


def _balances(value: Mapping[str, Any]) -> Mapping[str, BalanceItem]:
    return {token: build(BalanceItem, item) for token, item in value.items()}


@attrs.frozen
class Balances:
    """``balance``: holdings by token."""

    balances: Mapping[str, BalanceItem] = attrs.field(factory=dict, metadata={"key": "balances", "convert": _balances})


@attrs.frozen
class Account:
    """``account``: account-level settings (leverage, fee rates)."""

    account_id: str | None = _field("accountId", text)
    user_id: int | None = _field("userId", integer)
    leverage: Decimal | None = _field("leverage", dec)
    taker_fee_rate: Decimal | None = _field("takerFeeRate", dec)
    maker_fee_rate: Decimal | None = _field("makerFeeRate", dec)
    futures_taker_fee_rate: Decimal | None = _field("futuresTakerFeeRate", dec)
    futures_maker_fee_rate: Decimal | None = _field("futuresMakerFeeRate", dec)


@attrs.frozen
class Settle:
    """``settle``: a PnL settlement."""

    settled_amount: Decimal | None = _field("settledAmount", dec)
    settled_asset: str | None = _field("settledAsset", text)
    status: str | None = _field("status", text)
    timestamp: int | None = _field("timestamp", integer)


@attrs.frozen
class Wallet:
    """``wallet``: a deposit or withdrawal changing state."""

    id: str | None = _field("id", text)
    token: str | None = _field("token", text)
    chain_id: str | None = _field("chainId", text)
    side: str | None = _field("side", text)
    trans_status: str | None = _field("transStatus", text)
    amount: Decimal | None = _field("amount", dec)
    fee: Decimal | None = _field("fee", dec)
    timestamp: int | None = _field("timestamp", integer)


@attrs.frozen
class AccountLiquidation:
    """``liquidationsaccount`` / ``liquidatorliquidations``: a liquidation of (or taken by) this account."""

    liquidation_id: int | None = _field("liquidationId", integer)
    timestamp: int | None = _field("timestamp", integer)
    type: str | None = _field("type", text)
    account_id: str | None = _field("accountId", text)
    liquidator_id: str | None = _field("liquidatorId", text)
    positions_by_perp: tuple[LiquidationPosition, ...] = attrs.field(
        default=(),
        metadata={"key": "positionsByPerp", "convert": lambda v: tuple(build(LiquidationPosition, x) for x in v)},
    )


@attrs.frozen
class AssetConvert:
    """``assetconvert``: a conversion between collateral tokens."""

    convert_id: int | None = _field("convertId", integer)
    from_token: str | None = _field("fromToken", text)
    to_token: str | None = _field("toToken", text)
    from_amount: Decimal | None = _field("fromAmount", dec)
    to_amount: Decimal | None = _field("toAmount", dec)
    status: str | None = _field("status", text)
    timestamp: int | None = _field("timestamp", integer)


# -- envelope --------------------------------------------------------------------------------------


_UNPARSED: Any = object()


class Message:
    """One push: its ``topic``, the server's time ``ts`` (``ts`` or ``timestamp`` in the envelope), the typed
    ``data`` (built on first access, then kept) and the parsed JSON ``raw``, exact numbers included.
    """

    __slots__ = ("_data", "_parse", "raw", "topic", "ts")

    _data: Any
    topic: str
    ts: int | None
    raw: Mapping[str, Any]

    def __init__(
        self, topic: str, ts: int | None, raw: Mapping[str, Any], parse: Callable[[Mapping[str, Any]], Any]
    ) -> None:
        self.topic = topic
        self.ts = ts
        self.raw = raw
        self._parse = parse
        self._data = _UNPARSED

    @property
    def data(self) -> Any:
        """The model of this topic (a tuple of models for the topics whose ``data`` is a list)."""
        data = self._data
        if data is _UNPARSED:
            data = self._data = self._parse(self.raw)
        return data

    def __repr__(self) -> str:
        return f"Message(topic={self.topic!r}, ts={self.ts!r})"
