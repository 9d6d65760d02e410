from enum import StrEnum

from ..types import Unset


class OrderSide(StrEnum):
    BUY = "BUY"
    SELL = "SELL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "OrderSide":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``OrderSide(value)`` stays strict for input.
        """
        known = cls._value2member_map_.get(value)  # a dict lookup: Enum's own call is slow for a large answer
        if known is not None:
            return known  # type: ignore[return-value]
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member


def to_order_side(value: OrderSide | str) -> OrderSide:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    if type(value) is str:  # a dict lookup first: the Enum call costs about 1 us
        known = OrderSide._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
    return value if isinstance(value, OrderSide) else OrderSide(value)


def to_order_side_or_unset(value: "OrderSide | str | Unset") -> "OrderSide | Unset":
    """:func:`to_order_side`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_order_side(value)


def to_order_side_or_none(value: OrderSide | str | None) -> OrderSide | None:
    """:func:`to_order_side`, ``None`` kept."""
    return None if value is None else to_order_side(value)


def to_order_side_or_none_or_unset(value: "OrderSide | str | None | Unset") -> "OrderSide | None | Unset":
    """:func:`to_order_side`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_order_side(value)
