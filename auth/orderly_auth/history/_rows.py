"""The typed rows of a history download: one frozen class per kind, with its columns in file order."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

import attrs

__all__ = ["Candle", "Column", "FundingFee", "FundingRate", "MarketTrade", "OwnTrade", "Row"]

#: A column's kind: "int" (ids, ms timestamps), "decimal" (exact numbers) or "str".
Column = tuple[str, str]


@attrs.frozen
class Row:
    """What every row shares: ``COLUMNS`` (name, kind) in file order, and its timestamp in ms."""

    COLUMNS: ClassVar[tuple[Column, ...]] = ()

    @property
    def timestamp(self) -> int:
        raise NotImplementedError

    def values(self) -> tuple[Any, ...]:
        """The row's values in column order (Decimal, int, str or None)."""
        return tuple(getattr(self, name) for name, _ in self.COLUMNS)

    @classmethod
    def from_values(cls, values: Mapping[str, str]) -> Row:
        """A row read back from text (a CSV line): each column parsed by its kind, empty text as None."""
        parsed: dict[str, Any] = {}
        for name, kind in cls.COLUMNS:
            text = values[name]
            if text == "":
                parsed[name] = None
            elif kind == "int":
                parsed[name] = int(text)
            elif kind == "decimal":
                parsed[name] = Decimal(text)
            else:
                parsed[name] = text
        return cls(**parsed)


@attrs.frozen
class Candle(Row):
    """One bar: its start (ms), open, high, low, close, volume (base) and amount (quote)."""

    COLUMNS: ClassVar[tuple[Column, ...]] = (
        ("symbol", "str"),
        ("interval", "str"),
        ("start", "int"),
        ("open", "decimal"),
        ("high", "decimal"),
        ("low", "decimal"),
        ("close", "decimal"),
        ("volume", "decimal"),
        ("amount", "decimal"),
    )
    symbol: str
    interval: str
    start: int
    open: Decimal
    high: Decimal
    low: Decimal
    close: Decimal
    volume: Decimal
    amount: Decimal | None

    @property
    def timestamp(self) -> int:
        return self.start


@attrs.frozen
class MarketTrade(Row):
    """One public trade of a market."""

    COLUMNS: ClassVar[tuple[Column, ...]] = (
        ("symbol", "str"),
        ("executed_timestamp", "int"),
        ("side", "str"),
        ("executed_price", "decimal"),
        ("executed_quantity", "decimal"),
    )
    symbol: str
    executed_timestamp: int
    side: str
    executed_price: Decimal
    executed_quantity: Decimal

    @property
    def timestamp(self) -> int:
        return self.executed_timestamp


@attrs.frozen
class OwnTrade(Row):
    """One of the account's fills."""

    COLUMNS: ClassVar[tuple[Column, ...]] = (
        ("id", "int"),
        ("symbol", "str"),
        ("executed_timestamp", "int"),
        ("order_id", "int"),
        ("side", "str"),
        ("executed_price", "decimal"),
        ("executed_quantity", "decimal"),
        ("fee", "decimal"),
        ("fee_asset", "str"),
        ("realized_pnl", "decimal"),
        ("is_maker", "int"),
    )
    id: int | None
    symbol: str | None
    executed_timestamp: int
    order_id: int | None
    side: str | None
    executed_price: Decimal | None
    executed_quantity: Decimal | None
    fee: Decimal | None
    fee_asset: str | None
    realized_pnl: Decimal | None
    is_maker: int | None

    @property
    def timestamp(self) -> int:
        return self.executed_timestamp


@attrs.frozen
class FundingRate(Row):
    """One funding rate of a market, as it was settled."""

    COLUMNS: ClassVar[tuple[Column, ...]] = (
        ("symbol", "str"),
        ("funding_rate_timestamp", "int"),
        ("funding_rate", "decimal"),
        ("next_funding_time", "int"),
    )
    symbol: str
    funding_rate_timestamp: int
    funding_rate: Decimal
    next_funding_time: int | None

    @property
    def timestamp(self) -> int:
        return self.funding_rate_timestamp


@attrs.frozen
class FundingFee(Row):
    """One funding payment of the account (``funding_fee`` > 0: paid)."""

    COLUMNS: ClassVar[tuple[Column, ...]] = (
        ("symbol", "str"),
        ("created_time", "int"),
        ("funding_rate", "decimal"),
        ("mark_price", "decimal"),
        ("funding_fee", "decimal"),
        ("payment_type", "str"),
        ("status", "str"),
        ("updated_time", "int"),
    )
    symbol: str | None
    created_time: int
    funding_rate: Decimal | None
    mark_price: Decimal | None
    funding_fee: Decimal | None
    payment_type: str | None
    status: str | None
    updated_time: int | None

    @property
    def timestamp(self) -> int:
        return self.created_time
