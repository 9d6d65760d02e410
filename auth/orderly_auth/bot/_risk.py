"""Account risk in Decimal: collateral, margins, margin ratio, maximum order quantity, liquidation prices, withdrawable.

Formulas: Orderly's "Formulas and Definitions" page
(https://orderly.network/docs/introduction/trade-on-orderly/perpetual-futures/formulas-definitions), as
Orderly's TypeScript SDK (``@orderly.network/perp``: ``account.ts``, ``positions.ts``) computes them:

- unsettled PnL of a position: ``q x mark - cost_position`` (funding since the last settlement left out);
- total collateral: ``USDC holding + sum of unsettled PnL`` (cross margin, USDC only);
- IMR_i: ``max(1 / leverage_i, base_imr_i, imr_factor_i x |(q + long + short) x mark| ^ 4/5)``;
- initial margin with orders: ``sum max(|q + long|, |q - short|) x mark x IMR_i`` (open orders at mark);
- free collateral: ``total collateral - initial margin with orders`` (negative when under water: not clamped);
- MMR_i: ``max(base_mmr_i, base_mmr_i / base_imr_i x imr_factor_i x |q x mark| ^ 4/5)``; MM_i = ``|q| x mark x MMR_i``;
- margin ratio: ``total collateral / sum |q x mark|`` (None without positions);
- liquidation price of a position: the mark at which total collateral equals the total maintenance margin,
  the other positions at their marks: ``(TC - q x mark - MM_others) / (|q| x MMR - q)``, solved again with
  the MMR at that price until it stands still; None when that price is not positive.

Where the docs are silent, the choices made:

- maximum order quantity: the largest multiple of ``base_tick`` up to ``base_max`` that the
  initial-margin check accepts: an order is refused (-1101) when it raises the initial margin with
  orders above the total collateral. The exact limit, without the 0.5 % margin and fee allowance
  the TypeScript SDK's ``maxQty`` keeps for its UI; 0 when that is below ``base_min``. The order's
  price does not enter: open orders are valued at the mark price.
- maximum withdrawable: ``min(USDC holding, free collateral - max(0, unsettled PnL))``, at least 0:
  positive PnL can be withdrawn only once settled (the docs' ``useWithdraw`` hook says the same); the
  sandbox refuses a withdrawal above it with -1101.
- powers (``^ 4/5``) are taken in a 28-digit decimal context (Python's default), whatever the caller's.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_FLOOR, Context, Decimal, localcontext
from typing import TYPE_CHECKING, Any

import attrs

from orderly_client.types import Unset

if TYPE_CHECKING:
    from .._client import OrderlyClient
    from ._tracker import TrackerCore

__all__ = ["AccountRisk", "MarketRules", "PositionRisk", "PositionState", "afetch_account_risk", "fetch_account_risk"]

ZERO = Decimal(0)
USDC = "USDC"
ONE = Decimal(1)
POWER = Decimal("0.8")
_CONTEXT = Context(prec=28)
_ITERATIONS = 50


def _power45(value: Decimal) -> Decimal:
    if not value:
        return ZERO
    with localcontext(_CONTEXT):
        return value**POWER


@attrs.frozen
class MarketRules:
    """What the risk numbers need of a symbol (``GET /v1/public/info``) and the account's IMR factor in it."""

    symbol: str
    base_imr: Decimal
    base_mmr: Decimal
    base_tick: Decimal
    base_min: Decimal
    base_max: Decimal
    imr_factor: Decimal = ZERO
    min_notional: Decimal = ZERO


@attrs.frozen
class PositionState:
    """A position and the open orders in its symbol: quantity (long > 0), cost, open BUY and SELL quantity."""

    symbol: str
    quantity: Decimal = ZERO
    cost_position: Decimal = ZERO
    pending_long: Decimal = ZERO
    pending_short: Decimal = ZERO
    leverage: Decimal | None = None


@attrs.frozen
class PositionRisk:
    """One symbol's figures: notional at mark, rates, margins, unsettled PnL and liquidation price."""

    symbol: str
    quantity: Decimal
    mark_price: Decimal
    notional: Decimal
    imr: Decimal
    mmr: Decimal
    initial_margin: Decimal
    maintenance_margin: Decimal
    unsettled_pnl: Decimal
    liquidation_price: Decimal | None


@attrs.frozen
class AccountRisk:
    """The account's risk from its USDC holding, positions with open orders, marks and the symbols' rules.

    Build it with :func:`fetch_account_risk` / :func:`afetch_account_risk`, refresh its positions and
    holding from a running tracker with :meth:`with_tracker`, or construct it from your own data.
    """

    usdc: Decimal
    positions: Mapping[str, PositionState]
    marks: Mapping[str, Decimal]
    rules: Mapping[str, MarketRules]
    max_leverage: Decimal

    # -- per symbol ----------------------------------------------------------------------------------

    def _state(self, symbol: str) -> PositionState:
        return self.positions.get(symbol) or PositionState(symbol)

    def _leverage(self, state: PositionState) -> Decimal:
        return state.leverage if state.leverage else self.max_leverage

    def imr(self, symbol: str, long: Decimal | None = None, short: Decimal | None = None) -> Decimal:
        """IMR_i, with the open orders (or ``long`` / ``short`` open quantities instead)."""
        state, rules, mark = self._state(symbol), self.rules[symbol], self.marks[symbol]
        long = state.pending_long if long is None else long
        short = state.pending_short if short is None else short
        with localcontext(_CONTEXT):
            return max(
                ONE / self._leverage(state),
                rules.base_imr,
                rules.imr_factor * _power45(abs((state.quantity + long + short) * mark)),
            )

    def mmr(self, symbol: str, mark: Decimal | None = None) -> Decimal:
        """MMR_i of the position (at ``mark``, default the current one)."""
        state, rules = self._state(symbol), self.rules[symbol]
        mark = self.marks[symbol] if mark is None else mark
        with localcontext(_CONTEXT):
            notional = abs(state.quantity * mark)
            return max(rules.base_mmr, rules.base_mmr / rules.base_imr * rules.imr_factor * _power45(notional))

    def initial_margin_of(self, symbol: str, long: Decimal | None = None, short: Decimal | None = None) -> Decimal:
        """Initial margin of a symbol's position and open orders (or ``long`` / ``short`` instead)."""
        state, mark = self._state(symbol), self.marks[symbol]
        long = state.pending_long if long is None else long
        short = state.pending_short if short is None else short
        with localcontext(_CONTEXT):
            exposure = max(abs(state.quantity + long), abs(state.quantity - short))
            return exposure * mark * self.imr(symbol, long, short)

    def maintenance_margin_of(self, symbol: str) -> Decimal:
        """Maintenance margin of a symbol's position."""
        state = self._state(symbol)
        with localcontext(_CONTEXT):
            return abs(state.quantity) * self.marks[symbol] * self.mmr(symbol)

    def unsettled_pnl_of(self, symbol: str) -> Decimal:
        """``q x mark - cost_position``."""
        state = self._state(symbol)
        with localcontext(_CONTEXT):
            return state.quantity * self.marks[symbol] - state.cost_position

    # -- the account ---------------------------------------------------------------------------------

    @property
    def unsettled_pnl(self) -> Decimal:
        """Sum of the positions' unsettled PnL."""
        with localcontext(_CONTEXT):
            return sum((self.unsettled_pnl_of(s) for s in self.positions), ZERO)

    @property
    def total_collateral(self) -> Decimal:
        """USDC holding plus unsettled PnL."""
        with localcontext(_CONTEXT):
            return self.usdc + self.unsettled_pnl

    @property
    def initial_margin(self) -> Decimal:
        """Initial margin of every position and open order."""
        with localcontext(_CONTEXT):
            return sum((self.initial_margin_of(s) for s in self.positions), ZERO)

    @property
    def maintenance_margin(self) -> Decimal:
        """Maintenance margin of every position."""
        with localcontext(_CONTEXT):
            return sum((self.maintenance_margin_of(s) for s in self.positions), ZERO)

    @property
    def free_collateral(self) -> Decimal:
        """Total collateral minus the initial margin with orders."""
        with localcontext(_CONTEXT):
            return self.total_collateral - self.initial_margin

    @property
    def margin_ratio(self) -> Decimal | None:
        """Total collateral over the positions' notional (None without positions)."""
        with localcontext(_CONTEXT):
            notional = sum((abs(p.quantity * self.marks[s]) for s, p in self.positions.items()), ZERO)
            return self.total_collateral / notional if notional else None

    @property
    def max_withdrawable(self) -> Decimal:
        """USDC that can be withdrawn now without settling PnL (see the module doc)."""
        with localcontext(_CONTEXT):
            return max(ZERO, min(self.usdc, self.free_collateral - max(ZERO, self.unsettled_pnl)))

    def accepts(self, symbol: str, side: str, quantity: Decimal) -> bool:
        """Whether the initial-margin check accepts a new ``side`` order of ``quantity`` in ``symbol``."""
        state = self._state(symbol)
        long = state.pending_long + (quantity if side == "BUY" else ZERO)
        short = state.pending_short + (quantity if side == "SELL" else ZERO)
        with localcontext(_CONTEXT):
            before = self.initial_margin
            after = before - self.initial_margin_of(symbol) + self.initial_margin_of(symbol, long, short)
            return after <= before or after <= self.total_collateral

    def max_order_qty(self, symbol: str, side: str, price: Decimal | None = None) -> Decimal:
        """The largest ``side`` order quantity in ``symbol`` the margin check accepts (a multiple of ``base_tick``).

        ``price`` (a limit order's; default the mark) does not move the margin, which values open orders
        at the mark: it only turns the answer to 0 when that quantity at that price is below ``min_notional``.
        """
        if side not in ("BUY", "SELL"):
            raise ValueError(f"side must be BUY or SELL, got {side!r}")
        rules = self.rules[symbol]
        low, high = 0, int((rules.base_max / rules.base_tick).to_integral_value(ROUND_FLOOR))
        while low < high:  # the accepted quantities are 0..the answer: the margin only grows past the position
            middle = (low + high + 1) // 2
            if self.accepts(symbol, side, middle * rules.base_tick):
                low = middle
            else:
                high = middle - 1
        quantity = low * rules.base_tick
        at = self.marks[symbol] if price is None else Decimal(price)
        if quantity < rules.base_min or quantity * at < rules.min_notional:
            return ZERO
        return quantity

    def liquidation_price(self, symbol: str) -> Decimal | None:
        """The mark of ``symbol`` at which the account reaches its maintenance margin (None: flat, or never)."""
        state, mark = self._state(symbol), self.marks[symbol]
        q = state.quantity
        if not q:
            return None
        with localcontext(_CONTEXT):
            others = self.maintenance_margin - self.maintenance_margin_of(symbol)
            base = self.total_collateral - q * mark - others
            price = mark
            for _ in range(_ITERATIONS):
                denominator = abs(q) * self.mmr(symbol, price) - q
                if not denominator:
                    return None
                following = base / denominator
                if following == price:
                    break
                price = following
                if price <= 0:
                    return None
            return price

    def position(self, symbol: str) -> PositionRisk:
        """Every figure of one symbol."""
        state, mark = self._state(symbol), self.marks[symbol]
        with localcontext(_CONTEXT):
            return PositionRisk(
                symbol=symbol,
                quantity=state.quantity,
                mark_price=mark,
                notional=abs(state.quantity * mark),
                imr=self.imr(symbol),
                mmr=self.mmr(symbol),
                initial_margin=self.initial_margin_of(symbol),
                maintenance_margin=self.maintenance_margin_of(symbol),
                unsettled_pnl=self.unsettled_pnl_of(symbol),
                liquidation_price=self.liquidation_price(symbol),
            )

    def with_tracker(self, tracker: TrackerCore, marks: Mapping[str, Decimal] | None = None) -> AccountRisk:
        """This account refreshed from a running tracker: USDC, positions and open orders (and new ``marks``)."""
        positions: dict[str, PositionState] = {}
        tracked = tracker.positions()
        orders = tracker.open_orders()
        for symbol in {*tracked, *(o.symbol for o in orders)}:
            held = tracked.get(symbol)
            before = self.positions.get(symbol)
            quantity = held.quantity if held else ZERO
            remaining = [(o.side, (o.quantity or ZERO) - o.executed) for o in orders if o.symbol == symbol]
            positions[symbol] = PositionState(
                symbol,
                quantity,
                quantity * held.average_open_price if held else ZERO,
                sum((r for side, r in remaining if side == "BUY"), ZERO),
                sum((r for side, r in remaining if side == "SELL"), ZERO),
                before.leverage if before else None,
            )
        usdc = tracker.balance("USDC")
        return attrs.evolve(
            self,
            usdc=self.usdc if usdc is None else usdc,
            positions=positions,
            marks={**self.marks, **(marks or {})},
        )


def _opt(value: Any, default: Any = None) -> Any:
    return default if isinstance(value, Unset) or value is None else value


def _build(answers: tuple[Any, Any, Any, Any, Any, list[Any]]) -> AccountRisk:
    """The account from its REST answers: positions, holding, account info, symbols, futures, open orders."""
    positions, holding, info, symbols, futures, orders = answers
    factors = dict(info.data.imr_factor.additional_properties)
    rules = {
        row.symbol: MarketRules(
            row.symbol,
            row.base_imr,
            row.base_mmr,
            row.base_tick,
            row.base_min,
            row.base_max,
            Decimal(factors.get(row.symbol, _opt(row.imr_factor, ZERO))),
            row.min_notional,
        )
        for row in symbols.data.rows
    }
    marks = {row.symbol: row.mark_price for row in futures.data.rows}
    states = {}
    for row in positions.data.rows:
        symbol = _opt(row.symbol)
        if symbol is None:
            continue
        leverage = _opt(row.leverage)
        states[symbol] = PositionState(
            symbol,
            _opt(row.position_qty, ZERO),
            _opt(row.cost_position, ZERO),
            _opt(row.pending_long_qty, ZERO),
            abs(_opt(row.pending_short_qty, ZERO)),
            Decimal(leverage) if leverage is not None else None,
        )
        if _opt(row.mark_price) is not None:
            marks[symbol] = row.mark_price
    pending: dict[str, list[Decimal]] = {}
    for order in orders:  # the open orders' remaining quantities, in every symbol (rows list traded symbols only)
        sides = pending.setdefault(order.symbol, [ZERO, ZERO])
        sides[0 if str(order.side) == "BUY" else 1] += order.quantity - order.total_executed_quantity
    for symbol, (long, short) in pending.items():
        state = states.get(symbol) or PositionState(symbol)
        states[symbol] = attrs.evolve(state, pending_long=long, pending_short=short)
    for symbol, state in list(states.items()):
        if symbol not in pending:
            states[symbol] = attrs.evolve(state, pending_long=ZERO, pending_short=ZERO)
    usdc = sum((row.holding for row in holding.data.holding if row.token == USDC), ZERO)
    return AccountRisk(usdc, states, marks, rules, Decimal(info.data.max_leverage))


def fetch_account_risk(client: OrderlyClient) -> AccountRisk:
    """Positions, open orders, holding, account info, symbol rules and marks over REST, as an :class:`AccountRisk`."""
    from orderly_client.api.private import get_v1_client_holding, get_v1_client_info, get_v1_orders, get_v1_positions
    from orderly_client.api.public import get_v1_public_futures, get_v1_public_info

    from .._pagination import paginate

    return _build(
        (
            get_v1_positions.sync(client=client),
            get_v1_client_holding.sync(client=client),
            get_v1_client_info.sync(client=client),
            get_v1_public_info.sync(client=client),
            get_v1_public_futures.sync(client=client),
            list(paginate(get_v1_orders, client=client, status="INCOMPLETE")),
        )
    )


async def afetch_account_risk(client: OrderlyClient) -> AccountRisk:
    """:func:`fetch_account_risk`, async (the reads at once)."""
    import asyncio

    from orderly_client.api.private import get_v1_client_holding, get_v1_client_info, get_v1_orders, get_v1_positions
    from orderly_client.api.public import get_v1_public_futures, get_v1_public_info

    from .._pagination import apaginate

    async def orders() -> list[Any]:
        return [row async for row in apaginate(get_v1_orders, client=client, status="INCOMPLETE")]

    answers = await asyncio.gather(
        get_v1_positions.asyncio(client=client),
        get_v1_client_holding.asyncio(client=client),
        get_v1_client_info.asyncio(client=client),
        get_v1_public_info.asyncio(client=client),
        get_v1_public_futures.asyncio(client=client),
        orders(),
    )
    return _build(answers)
