from enum import StrEnum

from ..types import Unset


class GetV1AdminOrdersOrderType(StrEnum):
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
    def from_wire(cls, value: str) -> "GetV1AdminOrdersOrderType":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``GetV1AdminOrdersOrderType(value)`` stays strict for input.
        """
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member


def to_get_v1_admin_orders_order_type(value: GetV1AdminOrdersOrderType | str) -> GetV1AdminOrdersOrderType:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    return value if isinstance(value, GetV1AdminOrdersOrderType) else GetV1AdminOrdersOrderType(value)


def to_get_v1_admin_orders_order_type_or_unset(
    value: "GetV1AdminOrdersOrderType | str | Unset",
) -> "GetV1AdminOrdersOrderType | Unset":
    """:func:`to_get_v1_admin_orders_order_type`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_get_v1_admin_orders_order_type(value)


def to_get_v1_admin_orders_order_type_or_none(
    value: GetV1AdminOrdersOrderType | str | None,
) -> GetV1AdminOrdersOrderType | None:
    """:func:`to_get_v1_admin_orders_order_type`, ``None`` kept."""
    return None if value is None else to_get_v1_admin_orders_order_type(value)


def to_get_v1_admin_orders_order_type_or_none_or_unset(
    value: "GetV1AdminOrdersOrderType | str | None | Unset",
) -> "GetV1AdminOrdersOrderType | None | Unset":
    """:func:`to_get_v1_admin_orders_order_type`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_get_v1_admin_orders_order_type(value)
