"""Every account's orders: checked, stored, looked up, listed, edited and cancelled. Pure state: no HTTP, no clock.

This is the register of orders; matching them against the book, the margin checks and the fills
are the market's (:mod:`._market`). Prices and quantities are Decimal, accepted as JSON numbers
or numeric strings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from ._errors import DUPLICATE, INVALID_PARAMETER, NOT_FOUND
from ._symbols import SYMBOLS

#: Where each listed symbol's simulated market opens (:data:`._symbols.SYMBOLS` has the rules).
MARK_PRICES: Mapping[str, Decimal] = {symbol: info.start_price for symbol, info in SYMBOLS.items()}
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
FEE_ASSET = "USDC"
ZERO = Decimal(0)


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
    """One order, with the fields of the spec's ``Order`` schema; ``level`` is the ASK/BID book level."""

    order_id: int
    account_id: str
    user_id: int
    symbol: str
    side: str
    type: str
    price: Decimal | None
    quantity: Decimal
    amount: Decimal | None
    visible_quantity: Decimal
    client_order_id: str | None
    reduce_only: bool
    order_tag: str | None
    margin_mode: str
    created_time: int
    updated_time: int
    level: int | None = None
    status: str = "NEW"
    executed_quantity: Decimal = ZERO
    executed_value: Decimal = ZERO
    total_fee: Decimal = ZERO
    realized_pnl: Decimal = ZERO

    @property
    def is_open(self) -> bool:
        """Still on the book (NEW or PARTIAL_FILLED)."""
        return self.status in OPEN_STATUSES

    @property
    def remaining(self) -> Decimal:
        """The quantity not executed yet."""
        return self.quantity - self.executed_quantity

    @property
    def average_executed_price(self) -> Decimal | None:
        """Volume-weighted price of the executions so far (None before the first)."""
        if not self.executed_quantity:
            return None
        return _exact_or_8(self.executed_value / self.executed_quantity)

    def execute(self, price: Decimal, quantity: Decimal, fee: Decimal, realized_pnl: Decimal, now_ms: int) -> None:
        """Record one execution of ``quantity`` at ``price`` (FILLED once nothing remains)."""
        self.executed_quantity += quantity
        self.executed_value += price * quantity
        self.total_fee += fee
        self.realized_pnl += realized_pnl
        self.status = "FILLED" if self.remaining <= 0 else "PARTIAL_FILLED"
        self.updated_time = now_ms

    def to_dict(self) -> dict[str, Any]:
        """The order as ``GET /v1/order/{order_id}`` shows it (the spec's ``Order``)."""
        return {
            "order_id": self.order_id,
            "user_id": self.user_id,
            "price": self.price if self.price is not None else ZERO,
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
            "average_executed_price": self.average_executed_price or ZERO,
            "created_time": self.created_time,
            "updated_time": self.updated_time,
            "realized_pnl": self.realized_pnl,
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
        if self.amount is not None:
            answer["order_amount"] = self.amount
        answer["error_message"] = "none"
        return answer


def _exact_or_8(value: Decimal) -> Decimal:
    """``value`` as is when it has at most 8 decimals, else rounded to 8 (an average price, say)."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -8:
        return value
    return value.quantize(Decimal("1e-8")).normalize()


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


def decimal_of(value: object, name: str) -> Decimal:
    """A number sent as a JSON number or a numeric string, as Decimal; -1005 for anything else."""
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise _invalid(f"{name} must be a number, got {value!r}")
    try:
        number = Decimal(value) if isinstance(value, int | str | Decimal) else Decimal(repr(value))
    except InvalidOperation:
        raise _invalid(f"{name} must be a number, got {value!r}") from None
    if not number.is_finite():
        raise _invalid(f"{name} must be a finite number, got {value!r}")
    return number


def _number(fields: Mapping[str, Any], name: str) -> Decimal | None:
    value = fields.get(name)
    return None if value is None else decimal_of(value, name)


def _positive(fields: Mapping[str, Any], name: str) -> Decimal | None:
    value = _number(fields, name)
    if value is not None and value <= 0:
        raise _invalid(f"{name} must be greater than 0, got {value}")
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


class OrderBook:
    """All orders of all accounts (the register, not the price book); raises :class:`OrderError` for refusals.

    Placing is two steps so that the market can check the order in between: :meth:`prepare`
    (shape and values) then :meth:`store` (an id; its ``client_order_id`` held while it is open).
    """

    def __init__(self, symbols: Iterable[str] = SYMBOLS, first_order_id: int = 1_000_001) -> None:
        self.symbols = tuple(symbols)
        self._next_id = first_order_id
        self._orders: dict[int, Order] = {}
        self._by_account: dict[str, list[Order]] = {}
        self._open_client_ids: dict[tuple[str, str], Order] = {}

    # -- placing ---------------------------------------------------------------------------------

    def prepare(self, account_id: str, user_id: int, fields: Mapping[str, Any], now_ms: int, *, batch: bool) -> Order:
        """A new order checked for shape and values, not stored yet (no id, price of ASK/BID not set)."""
        symbol = fields.get("symbol")
        if symbol not in self.symbols:
            raise _invalid(f"symbol {symbol!r} is not listed; the sandbox lists {', '.join(self.symbols)}")
        assert isinstance(symbol, str)
        side = _choice(fields.get("side"), "side", SIDES)
        order_type = _choice(fields.get("order_type"), "order_type", ORDER_TYPES)
        client_order_id = check_client_order_id(fields.get("client_order_id"))
        price = _positive(fields, "order_price")
        if order_type in PRICED_TYPES and price is None:
            raise _invalid(f"order_price is required for {order_type} orders")
        quantity = _positive(fields, "order_quantity")
        amount = _positive(fields, "order_amount")
        if amount is not None:
            if order_type not in AMOUNT_TYPES:
                raise _invalid("order_amount is only for MARKET, ASK and BID orders")
            if quantity is not None:
                raise _invalid("give order_quantity or order_amount, not both")
        elif quantity is None:
            raise _invalid("order_quantity is required (or order_amount for MARKET, ASK and BID orders)")
        visible = _number(fields, "visible_quantity")
        if visible is not None:
            if order_type == "POST_ONLY":
                raise _invalid("visible_quantity is not supported for POST_ONLY orders")
            if quantity is not None and not 0 <= visible <= quantity:
                raise _invalid("visible_quantity must be between 0 and order_quantity")
        level = fields.get("level")
        if level is not None and (order_type not in ("ASK", "BID") or level not in range(5)):
            raise _invalid("level is an integer 0..4, only for ASK and BID orders")
        if order_type in ("MARKET", "ASK", "BID"):
            price = None
        return Order(
            order_id=0,
            account_id=account_id,
            user_id=user_id,
            symbol=symbol,
            side=side,
            type=order_type,
            price=price,
            quantity=quantity if quantity is not None else ZERO,
            amount=amount,
            visible_quantity=visible if visible is not None else (quantity if quantity is not None else ZERO),
            client_order_id=client_order_id,
            reduce_only=False if batch else bool(fields.get("reduce_only", False)),
            order_tag=fields.get("order_tag"),
            margin_mode=fields.get("margin_mode") or "CROSS",
            created_time=now_ms,
            updated_time=now_ms,
            level=level,
        )

    def check_client_id(self, order: Order) -> None:
        """-1007 when ``order``'s ``client_order_id`` belongs to an open order of the account."""
        if order.client_order_id is None:
            return
        holder = self._open_client_ids.get((order.account_id, order.client_order_id))
        if holder is not None:
            raise OrderError(
                DUPLICATE, f"client_order_id {order.client_order_id!r} is used by open order {holder.order_id}"
            )

    def store(self, order: Order) -> Order:
        """Give ``order`` its id and keep it (its ``client_order_id`` is held while it is open)."""
        order.order_id = self._next_id
        self._next_id += 1
        self._orders[order.order_id] = order
        self._by_account.setdefault(order.account_id, []).append(order)
        if order.is_open and order.client_order_id is not None:
            self._open_client_ids[(order.account_id, order.client_order_id)] = order
        return order

    def closed(self, order: Order) -> None:
        """Note that ``order`` left the book (filled, cancelled): its ``client_order_id`` is free again."""
        if order.client_order_id is not None and not order.is_open:
            holder = self._open_client_ids.get((order.account_id, order.client_order_id))
            if holder is order:
                del self._open_client_ids[(order.account_id, order.client_order_id)]

    def open_orders(self, account_id: str | None = None) -> list[Order]:
        """The open orders (of one account, or all), oldest first: the stored objects, not copies."""
        chosen = self._by_account.get(account_id, []) if account_id is not None else self._orders.values()
        return [order for order in chosen if order.is_open]

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

    def prepare_edit(self, account_id: str, fields: Mapping[str, Any]) -> tuple[Order, Decimal | None, Decimal | None]:
        """The open order an edit (``PUT /v1/order``) is for, with its new price and quantity (None: same)."""
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
        if price is not None and order.type not in PRICED_TYPES:
            raise _invalid(f"order_price cannot change on a {order.type} order")
        if quantity is not None and quantity <= order.executed_quantity:
            raise _invalid(f"order_quantity {quantity} is not above the executed {order.executed_quantity}")
        return order, price, quantity

    @staticmethod
    def apply_edit(order: Order, price: Decimal | None, quantity: Decimal | None, now_ms: int) -> None:
        """Set an edited order's new price and quantity."""
        if price is not None:
            order.price = price
        if quantity is not None:
            shown_in_full = order.visible_quantity == order.quantity
            order.visible_quantity = quantity if shown_in_full else min(order.visible_quantity, quantity)
            order.quantity = quantity
        order.updated_time = now_ms

    def edit(self, account_id: str, fields: Mapping[str, Any], now_ms: int) -> Order:
        """Change the price or quantity of an open order (``PUT /v1/order``), with no market checks."""
        order, price, quantity = self.prepare_edit(account_id, fields)
        self.apply_edit(order, price, quantity, now_ms)
        return order

    def _cancel(self, order: Order, now_ms: int) -> None:
        order.status = "CANCELLED"
        order.updated_time = now_ms
        self.closed(order)

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

    def cancel_all(self, account_id: str, symbol: str | None, now_ms: int) -> list[Order]:
        """Cancel every open order of the account, of one symbol if given; the orders cancelled."""
        chosen = [
            order
            for order in self._by_account.get(account_id, [])
            if order.is_open and (symbol is None or order.symbol == symbol)
        ]
        for order in chosen:
            self._cancel(order, now_ms)
        return chosen

    def cancel_many(self, account_id: str, order_ids: list[int], now_ms: int) -> list[Order]:
        """Cancel up to 10 orders by id; -1006 if none of them is an open order of the account."""
        return self._cancel_listed(
            [self._orders.get(order_id) for order_id in order_ids], account_id, now_ms, "order_ids"
        )

    def cancel_many_by_client_id(self, account_id: str, client_order_ids: list[str], now_ms: int) -> list[Order]:
        """Cancel up to 10 orders by ``client_order_id``; -1006 if none of them is open."""
        found = [self._open_client_ids.get((account_id, client_id)) for client_id in client_order_ids]
        return self._cancel_listed(found, account_id, now_ms, "client_order_ids")

    def _cancel_listed(self, found: list[Order | None], account_id: str, now_ms: int, name: str) -> list[Order]:
        if not 1 <= len(found) <= MAX_BATCH:
            raise _invalid(f"{name} must list 1 to {MAX_BATCH} ids, got {len(found)}")
        chosen = {id(o): o for o in found if o is not None and o.account_id == account_id and o.is_open}
        if not chosen:
            raise OrderError(NOT_FOUND, f"none of the {name} is an open order of this account")
        for order in chosen.values():
            self._cancel(order, now_ms)
        return list(chosen.values())
