from enum import StrEnum

from ..types import Unset


class OrderType(StrEnum):
    ASK = "ASK"
    BID = "BID"
    FOK = "FOK"
    IOC = "IOC"
    LIMIT = "LIMIT"
    MARKET = "MARKET"
    POST_ONLY = "POST_ONLY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "OrderType":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``OrderType(value)`` stays strict for input.
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


def to_order_type(value: OrderType | str) -> OrderType:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    if type(value) is str:  # a dict lookup first: the Enum call costs about 1 us
        known = OrderType._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
    return value if isinstance(value, OrderType) else OrderType(value)


def to_order_type_or_unset(value: "OrderType | str | Unset") -> "OrderType | Unset":
    """:func:`to_order_type`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_order_type(value)


def to_order_type_or_none(value: OrderType | str | None) -> OrderType | None:
    """:func:`to_order_type`, ``None`` kept."""
    return None if value is None else to_order_type(value)


def to_order_type_or_none_or_unset(value: "OrderType | str | None | Unset") -> "OrderType | None | Unset":
    """:func:`to_order_type`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_order_type(value)
