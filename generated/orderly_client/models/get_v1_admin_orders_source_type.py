from enum import StrEnum

from ..types import Unset


class GetV1AdminOrdersSourceType(StrEnum):
    ALL = "ALL"
    ORDINARY = "ORDINARY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "GetV1AdminOrdersSourceType":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``GetV1AdminOrdersSourceType(value)`` stays strict for input.
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


def to_get_v1_admin_orders_source_type(value: GetV1AdminOrdersSourceType | str) -> GetV1AdminOrdersSourceType:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    if type(value) is str:  # a dict lookup first: the Enum call costs about 1 us
        known = GetV1AdminOrdersSourceType._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
    return value if isinstance(value, GetV1AdminOrdersSourceType) else GetV1AdminOrdersSourceType(value)


def to_get_v1_admin_orders_source_type_or_unset(
    value: "GetV1AdminOrdersSourceType | str | Unset",
) -> "GetV1AdminOrdersSourceType | Unset":
    """:func:`to_get_v1_admin_orders_source_type`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_get_v1_admin_orders_source_type(value)


def to_get_v1_admin_orders_source_type_or_none(
    value: GetV1AdminOrdersSourceType | str | None,
) -> GetV1AdminOrdersSourceType | None:
    """:func:`to_get_v1_admin_orders_source_type`, ``None`` kept."""
    return None if value is None else to_get_v1_admin_orders_source_type(value)


def to_get_v1_admin_orders_source_type_or_none_or_unset(
    value: "GetV1AdminOrdersSourceType | str | None | Unset",
) -> "GetV1AdminOrdersSourceType | None | Unset":
    """:func:`to_get_v1_admin_orders_source_type`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_get_v1_admin_orders_source_type(value)
