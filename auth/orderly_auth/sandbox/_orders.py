"""Every account's orders: place, look up, list, edit and cancel. Pure state: no HTTP, no clock, no locks.

The market is simulated, not matched: each symbol has a fixed mark price; an order that would
trade at once (MARKET, a marketable IOC/FOK, BUY at ASK, SELL at BID) fills at that price, and
any other order rests as NEW until it is cancelled. Fills pay a 0.05 % fee in USDC.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from ._errors import DUPLICATE, INVALID_PARAMETER, NOT_FOUND

MARK_PRICES: Mapping[str, float] = {
    "PERP_BTC_USDC": 60_000.0,
    "PERP_ETH_USDC": 3_000.0,
    "PERP_SOL_USDC": 150.0,
    "PERP_WOO_USDC": 0.3,
}
ORDER_TYPES = ("LIMIT", "MARKET", "IOC", "FOK", "POST_ONLY", "ASK", "BID")
SIDES = ("BUY", "SELL")
PRICED_TYPES = frozenset({"LIMIT", "IOC", "FOK", "POST_ONLY"})
AMOUNT_TYPES = frozenset({"MARKET", "ASK", "BID"})
OPEN_STATUSES = frozenset({"NEW", "PARTIAL_FILLED"})
STATUS_FILTERS: Mapping[str, frozenset[str]] = {
    "NEW": frozenset({"NEW"}),
    "PARTIAL_FILLED": frozenset({"PARTIAL_FILLED"}),
    "FILLED": frozenset({"FILLED"}),
    "CANCELLED": frozenset({"CANCELLED"}),
    "REJECTED": frozenset({"REJECTED"}),
    "INCOMPLETE": OPEN_STATUSES,
    "COMPLETED": frozenset({"CANCELLED", "FILLED"}),
}
SORTS = ("CREATED_TIME_DESC", "CREATED_TIME_ASC", "UPDATED_TIME_DESC", "UPDATED_TIME_ASC")
MAX_BATCH = 10
MAX_CLIENT_ORDER_ID = 36
DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 500
FEE_RATE = 0.0005
FEE_ASSET = "USDC"


class OrderError(Exception):
    """An order request refused, with its Orderly code (-1005 bad value, -1006 not found, -1007 duplicate)."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _invalid(message: str) -> OrderError:
    return OrderError(INVALID_PARAMETER, message)


@dataclass(slots=True)
class Order:
    """One order, with the fields of the spec's ``Order`` schema."""

    order_id: int
    account_id: str
    user_id: int
    symbol: str
    side: str
    type: str
    price: float | None
    quantity: float
    amount: float | None
    visible_quantity: float
    client_order_id: str | None
    reduce_only: bool
    order_tag: str | None
    margin_mode: str
    created_time: int
    updated_time: int
    status: str = "NEW"
    executed_quantity: float = 0.0
    average_executed_price: float | None = None
    total_fee: float = 0.0

    @property
    def is_open(self) -> bool:
        """Still on the book (NEW or PARTIAL_FILLED)."""
        return self.status in OPEN_STATUSES

    def fill(self, price: float) -> None:
        """Execute the whole remaining quantity at ``price``."""
        self.executed_quantity = self.quantity
        self.average_executed_price = price
        self.total_fee = round(self.quantity * price * FEE_RATE, 8)
        self.status = "FILLED"

    def to_dict(self) -> dict[str, Any]:
        """The order as ``GET /v1/order/{order_id}`` shows it (the spec's ``Order``)."""
        return {
            "order_id": self.order_id,
            "user_id": self.user_id,
            "price": self.price if self.price is not None else 0.0,
            "type": self.type,
            "quantity": self.quantity,
            "amount": self.amount,
            "executed_quantity": self.executed_quantity,
            "total_executed_quantity": self.executed_quantity,
            "visible_quantity": self.visible_quantity,
            "visible": self.visible_quantity,
            "symbol": self.symbol,
            "side": self.side,
            "status": self.status,
            "total_fee": self.total_fee,
            "fee_asset": FEE_ASSET,
            "client_order_id": self.client_order_id,
            "average_executed_price": self.average_executed_price or 0.0,
            "created_time": self.created_time,
            "updated_time": self.updated_time,
            "realized_pnl": 0.0,
            "executed": self.executed_quantity,
            "reduce_only": self.reduce_only,
            "order_tag": self.order_tag,
            "margin_mode": self.margin_mode,
        }

    def created(self) -> dict[str, Any]:
        """The order as ``POST /v1/order`` acknowledges it (the spec's ``CreatedOrder``)."""
        answer: dict[str, Any] = {"order_id": self.order_id}
        if self.client_order_id is not None:
            answer["client_order_id"] = self.client_order_id
        answer["order_type"] = self.type
        if self.price is not None:
            answer["order_price"] = self.price
        answer["order_quantity"] = self.quantity
        answer["error_message"] = "none"
        return answer


@dataclass(frozen=True, slots=True)
class OrderQuery:
    """Filters and page of ``GET /v1/orders``."""

    symbol: str | None = None
    side: str | None = None
    order_type: str | None = None
    status: str | None = None
    order_tag: str | None = None
    start_t: float | None = None
    end_t: float | None = None
    page: int = 1
    size: int = DEFAULT_PAGE_SIZE
    sort_by: str | None = None


def _number(fields: Mapping[str, Any], name: str) -> float | None:
    value = fields.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _invalid(f"{name} must be a number")
    return float(value)


def _positive(fields: Mapping[str, Any], name: str) -> float | None:
    value = _number(fields, name)
    if value is not None and value <= 0:
        raise _invalid(f"{name} must be greater than 0, got {value:g}")
    return value


def _choice(value: object, name: str, allowed: Iterable[str]) -> str:
    options = tuple(allowed)
    if value not in options:
        raise _invalid(f"{name} must be one of {'/'.join(options)}, got {value!r}")
    assert isinstance(value, str)
    return value


def check_client_order_id(value: object) -> str | None:
    """A ``client_order_id`` as Orderly accepts it: 1..36 characters, not starting with a hyphen."""
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise _invalid("client_order_id must be a non-empty string")
    if len(value) > MAX_CLIENT_ORDER_ID:
        raise _invalid(f"client_order_id is {len(value)} characters long; at most {MAX_CLIENT_ORDER_ID}")
    if value.startswith("-"):
        raise _invalid("client_order_id cannot start with a hyphen")
    return value


def _is_marketable(side: str, price: float, mark: float) -> bool:
    return price >= mark if side == "BUY" else price <= mark


class OrderBook:
    """All orders of all accounts; methods raise :class:`OrderError` for requests Orderly refuses."""

    def __init__(self, mark_prices: Mapping[str, float] = MARK_PRICES, first_order_id: int = 1_000_001) -> None:
        self.mark_prices = dict(mark_prices)
        self._next_id = first_order_id
        self._orders: dict[int, Order] = {}
        self._by_account: dict[str, list[Order]] = {}
        self._open_client_ids: dict[tuple[str, str], Order] = {}

    # -- placing ---------------------------------------------------------------------------------

    def _prepare(self, account_id: str, user_id: int, fields: Mapping[str, Any], now_ms: int, *, batch: bool) -> Order:
        """A new order checked against the rules, not yet stored and without an id."""
        symbol = fields.get("symbol")
        if symbol not in self.mark_prices:
            raise _invalid(f"symbol {symbol!r} is not listed; the sandbox lists {', '.join(self.mark_prices)}")
        assert isinstance(symbol, str)
        side = _choice(fields.get("side"), "side", SIDES)
        order_type = _choice(fields.get("order_type"), "order_type", ORDER_TYPES)
        client_order_id = check_client_order_id(fields.get("client_order_id"))
        price = _positive(fields, "order_price")
        if order_type in PRICED_TYPES and price is None:
            raise _invalid(f"order_price is required for {order_type} orders")
        quantity = _positive(fields, "order_quantity")
        amount = _positive(fields, "order_amount")
        mark = self.mark_prices[symbol]
        if amount is not None:
            if order_type not in AMOUNT_TYPES:
                raise _invalid("order_amount is only for MARKET, ASK and BID orders")
            if quantity is not None:
                raise _invalid("give order_quantity or order_amount, not both")
            quantity = round(amount / mark, 8)
        if quantity is None:
            raise _invalid("order_quantity is required (or order_amount for MARKET, ASK and BID orders)")
        visible = _number(fields, "visible_quantity")
        if visible is not None:
            if order_type == "POST_ONLY":
                raise _invalid("visible_quantity is not supported for POST_ONLY orders")
            if not 0 <= visible <= quantity:
                raise _invalid("visible_quantity must be between 0 and order_quantity")
        level = fields.get("level")
        if level is not None and (order_type not in ("ASK", "BID") or level not in range(5)):
            raise _invalid("level is an integer 0..4, only for ASK and BID orders")
        if order_type in ("ASK", "BID"):
            price = mark
        elif order_type == "MARKET":
            price = None
        order = Order(
            order_id=0,
            account_id=account_id,
            user_id=user_id,
            symbol=symbol,
            side=side,
            type=order_type,
            price=price,
            quantity=quantity,
            amount=amount,
            visible_quantity=quantity if visible is None else visible,
            client_order_id=client_order_id,
            reduce_only=False if batch else bool(fields.get("reduce_only", False)),
            order_tag=fields.get("order_tag"),
            margin_mode=fields.get("margin_mode") or "CROSS",
            created_time=now_ms,
            updated_time=now_ms,
        )
        self._execute(order, mark)
        if client_order_id is not None:
            holder = self._open_client_ids.get((account_id, client_order_id))
            if holder is not None:
                raise OrderError(
                    DUPLICATE, f"client_order_id {client_order_id!r} is used by open order {holder.order_id}"
                )
        return order

    @staticmethod
    def _execute(order: Order, mark: float) -> None:
        """Fill, cancel or rest a new order against the mark price."""
        crosses = order.price is not None and _is_marketable(order.side, order.price, mark)
        if order.type == "MARKET" or (order.type in ("IOC", "FOK") and crosses):
            order.fill(mark)
        elif order.type in ("IOC", "FOK") or (order.type == "POST_ONLY" and crosses):
            order.status = "CANCELLED"
        elif (order.type, order.side) in (("ASK", "BUY"), ("BID", "SELL")):
            order.fill(mark)

    def _store(self, order: Order) -> Order:
        order.order_id = self._next_id
        self._next_id += 1
        self._orders[order.order_id] = order
        self._by_account.setdefault(order.account_id, []).append(order)
        if order.is_open and order.client_order_id is not None:
            self._open_client_ids[(order.account_id, order.client_order_id)] = order
        return order

    def place(self, account_id: str, user_id: int, fields: Mapping[str, Any], now_ms: int) -> Order:
        """Place one order (``POST /v1/order``)."""
        return self._store(self._prepare(account_id, user_id, fields, now_ms, batch=False))

    def place_batch(self, account_id: str, user_id: int, orders: list[Mapping[str, Any]], now_ms: int) -> list[Order]:
        """Place 1..10 orders at once (``POST /v1/batch-order``): all of them, or none if one is refused."""
        if not 1 <= len(orders) <= MAX_BATCH:
            raise _invalid(f"orders must hold 1 to {MAX_BATCH} orders, got {len(orders)}")
        prepared: list[Order] = []
        seen: set[str] = set()
        for index, fields in enumerate(orders):
            try:
                order = self._prepare(account_id, user_id, fields, now_ms, batch=True)
            except OrderError as exc:
                raise OrderError(exc.code, f"orders[{index}]: {exc.message}") from None
            if order.client_order_id is not None:
                if order.is_open and order.client_order_id in seen:
                    raise OrderError(DUPLICATE, f"orders[{index}]: client_order_id {order.client_order_id!r} repeated")
                seen.add(order.client_order_id)
            prepared.append(order)
        return [self._store(order) for order in prepared]

    # -- reading ---------------------------------------------------------------------------------

    def get(self, account_id: str, order_id: int) -> Order:
        """The account's order ``order_id``; -1006 if it has none."""
        order = self._orders.get(order_id)
        if order is None or order.account_id != account_id:
            raise OrderError(NOT_FOUND, f"order {order_id} not found")
        return order

    def get_by_client_id(self, account_id: str, client_order_id: str) -> Order:
        """The account's latest order with ``client_order_id``; -1006 if none."""
        for order in reversed(self._by_account.get(account_id, [])):
            if order.client_order_id == client_order_id:
                return order
        raise OrderError(NOT_FOUND, f"no order with client_order_id {client_order_id!r}")

    def orders(self, account_id: str | None = None) -> list[Order]:
        """Copies of the orders of one account (or all), oldest first."""
        chosen = self._by_account.get(account_id, []) if account_id is not None else self._orders.values()
        return [replace(order) for order in chosen]

    def find(self, account_id: str, query: OrderQuery) -> tuple[list[Order], int]:
        """The page of the account's orders matching ``query``, and how many match in all."""
        if query.side is not None:
            _choice(query.side, "side", SIDES)
        if query.order_type is not None:
            _choice(query.order_type, "order_type", ORDER_TYPES)
        statuses = STATUS_FILTERS[_choice(query.status, "status", STATUS_FILTERS)] if query.status else None
        sort_by = _choice(query.sort_by, "sort_by", SORTS) if query.sort_by else "CREATED_TIME_DESC"
        if query.page < 1:
            raise _invalid(f"page starts at 1, got {query.page}")
        if not 1 <= query.size <= MAX_PAGE_SIZE:
            raise _invalid(f"size must be 1..{MAX_PAGE_SIZE}, got {query.size}")
        matching = [
            order
            for order in self._by_account.get(account_id, [])
            if (query.symbol is None or order.symbol == query.symbol)
            and (query.side is None or order.side == query.side)
            and (query.order_type is None or order.type == query.order_type)
            and (statuses is None or order.status in statuses)
            and (query.order_tag is None or order.order_tag == query.order_tag)
            and (query.start_t is None or order.created_time >= query.start_t)
            and (query.end_t is None or order.created_time <= query.end_t)
        ]
        by_updated = sort_by.startswith("UPDATED")
        matching.sort(
            key=lambda order: (order.updated_time if by_updated else order.created_time, order.order_id),
            reverse=sort_by.endswith("DESC"),
        )
        start = (query.page - 1) * query.size
        return [replace(order) for order in matching[start : start + query.size]], len(matching)

    # -- changing --------------------------------------------------------------------------------

    def _open_order(self, account_id: str, order_id: int, symbol: str | None = None) -> Order:
        order = self.get(account_id, order_id)
        if symbol is not None and order.symbol != symbol:
            raise OrderError(NOT_FOUND, f"order {order_id} not found for {symbol}")
        if not order.is_open:
            raise OrderError(NOT_FOUND, f"order {order_id} is {order.status}, no longer open")
        return order

    def edit(self, account_id: str, fields: Mapping[str, Any], now_ms: int) -> Order:
        """Change the price or quantity of an open order (``PUT /v1/order``)."""
        raw_id = fields.get("order_id")
        try:
            order_id = int(str(raw_id))
        except ValueError:
            raise _invalid(f"order_id must be an integer, got {raw_id!r}") from None
        order = self._open_order(account_id, order_id)
        for name, current in (("symbol", order.symbol), ("side", order.side), ("order_type", order.type)):
            if fields.get(name) != current:
                raise _invalid(f"{name} of order {order_id} is {current}; only order_price and order_quantity change")
        price = _positive(fields, "order_price")
        quantity = _positive(fields, "order_quantity")
        if price is None and quantity is None:
            raise _invalid("nothing to change: give order_price or order_quantity")
        if quantity is not None and quantity < order.executed_quantity:
            raise _invalid(f"order_quantity {quantity:g} is below the executed {order.executed_quantity:g}")
        if price is not None:
            order.price = price
        if quantity is not None:
            shown_in_full = order.visible_quantity == order.quantity
            order.visible_quantity = quantity if shown_in_full else min(order.visible_quantity, quantity)
            order.quantity = quantity
        order.updated_time = now_ms
        return order

    def _cancel(self, order: Order, now_ms: int) -> None:
        order.status = "CANCELLED"
        order.updated_time = now_ms
        if order.client_order_id is not None:
            self._open_client_ids.pop((order.account_id, order.client_order_id), None)

    def cancel(self, account_id: str, order_id: int, symbol: str, now_ms: int) -> Order:
        """Cancel an open order by id (``DELETE /v1/order``); -1006 if it is unknown or closed."""
        order = self._open_order(account_id, order_id, symbol)
        self._cancel(order, now_ms)
        return order

    def cancel_by_client_id(self, account_id: str, client_order_id: str, symbol: str, now_ms: int) -> Order:
        """Cancel the open order with ``client_order_id`` (``DELETE /v1/client/order``); -1006 if none."""
        order = self._open_client_ids.get((account_id, client_order_id))
        if order is None or order.symbol != symbol:
            raise OrderError(NOT_FOUND, f"no open order with client_order_id {client_order_id!r} for {symbol}")
        self._cancel(order, now_ms)
        return order

    def cancel_all(self, account_id: str, symbol: str | None, now_ms: int) -> int:
        """Cancel every open order of the account, of one symbol if given; how many were cancelled."""
        chosen = [
            order
            for order in self._by_account.get(account_id, [])
            if order.is_open and (symbol is None or order.symbol == symbol)
        ]
        for order in chosen:
            self._cancel(order, now_ms)
        return len(chosen)

    def cancel_many(self, account_id: str, order_ids: list[int], now_ms: int) -> int:
        """Cancel up to 10 orders by id; -1006 if none of them is an open order of the account."""
        return self._cancel_listed(
            [self._orders.get(order_id) for order_id in order_ids], account_id, now_ms, "order_ids"
        )

    def cancel_many_by_client_id(self, account_id: str, client_order_ids: list[str], now_ms: int) -> int:
        """Cancel up to 10 orders by ``client_order_id``; -1006 if none of them is open."""
        found = [self._open_client_ids.get((account_id, client_id)) for client_id in client_order_ids]
        return self._cancel_listed(found, account_id, now_ms, "client_order_ids")

    def _cancel_listed(self, found: list[Order | None], account_id: str, now_ms: int, name: str) -> int:
        if not 1 <= len(found) <= MAX_BATCH:
            raise _invalid(f"{name} must list 1 to {MAX_BATCH} ids, got {len(found)}")
        chosen = {id(o): o for o in found if o is not None and o.account_id == account_id and o.is_open}
        if not chosen:
            raise OrderError(NOT_FOUND, f"none of the {name} is an open order of this account")
        for order in chosen.values():
            self._cancel(order, now_ms)
        return len(chosen)
