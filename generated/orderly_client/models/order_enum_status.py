from enum import StrEnum

from ..types import Unset


class OrderEnumStatus(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "OrderEnumStatus":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``OrderEnumStatus(value)`` stays strict for input.
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


def to_order_enum_status(value: OrderEnumStatus | str) -> OrderEnumStatus:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    if type(value) is str:  # a dict lookup first: the Enum call costs about 1 us
        known = OrderEnumStatus._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
    return value if isinstance(value, OrderEnumStatus) else OrderEnumStatus(value)


def to_order_enum_status_or_unset(value: "OrderEnumStatus | str | Unset") -> "OrderEnumStatus | Unset":
    """:func:`to_order_enum_status`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_order_enum_status(value)


def to_order_enum_status_or_none(value: OrderEnumStatus | str | None) -> OrderEnumStatus | None:
    """:func:`to_order_enum_status`, ``None`` kept."""
    return None if value is None else to_order_enum_status(value)


def to_order_enum_status_or_none_or_unset(
    value: "OrderEnumStatus | str | None | Unset",
) -> "OrderEnumStatus | None | Unset":
    """:func:`to_order_enum_status`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_order_enum_status(value)
