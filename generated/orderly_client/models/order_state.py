from enum import StrEnum

from ..types import Unset


class OrderState(StrEnum):
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    FILLED = "FILLED"
    INCOMPLETE = "INCOMPLETE"
    NEW = "NEW"
    PARTIAL_FILLED = "PARTIAL_FILLED"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "OrderState":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``OrderState(value)`` stays strict for input.
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


def to_order_state(value: OrderState | str) -> OrderState:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    if type(value) is str:  # a dict lookup first: the Enum call costs about 1 us
        known = OrderState._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
    return value if isinstance(value, OrderState) else OrderState(value)


def to_order_state_or_unset(value: "OrderState | str | Unset") -> "OrderState | Unset":
    """:func:`to_order_state`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_order_state(value)


def to_order_state_or_none(value: OrderState | str | None) -> OrderState | None:
    """:func:`to_order_state`, ``None`` kept."""
    return None if value is None else to_order_state(value)


def to_order_state_or_none_or_unset(value: "OrderState | str | None | Unset") -> "OrderState | None | Unset":
    """:func:`to_order_state`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_order_state(value)
