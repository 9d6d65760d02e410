from enum import StrEnum

from ..types import Unset


class UnarchiveOrderEnumResponseDataStatus(StrEnum):
    ACTIVE = "active"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "UnarchiveOrderEnumResponseDataStatus":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``UnarchiveOrderEnumResponseDataStatus(value)`` stays strict for input.
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


def to_unarchive_order_enum_response_data_status(
    value: UnarchiveOrderEnumResponseDataStatus | str,
) -> UnarchiveOrderEnumResponseDataStatus:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    if type(value) is str:  # a dict lookup first: the Enum call costs about 1 us
        known = UnarchiveOrderEnumResponseDataStatus._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
    return (
        value
        if isinstance(value, UnarchiveOrderEnumResponseDataStatus)
        else UnarchiveOrderEnumResponseDataStatus(value)
    )


def to_unarchive_order_enum_response_data_status_or_unset(
    value: "UnarchiveOrderEnumResponseDataStatus | str | Unset",
) -> "UnarchiveOrderEnumResponseDataStatus | Unset":
    """:func:`to_unarchive_order_enum_response_data_status`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_unarchive_order_enum_response_data_status(value)


def to_unarchive_order_enum_response_data_status_or_none(
    value: UnarchiveOrderEnumResponseDataStatus | str | None,
) -> UnarchiveOrderEnumResponseDataStatus | None:
    """:func:`to_unarchive_order_enum_response_data_status`, ``None`` kept."""
    return None if value is None else to_unarchive_order_enum_response_data_status(value)


def to_unarchive_order_enum_response_data_status_or_none_or_unset(
    value: "UnarchiveOrderEnumResponseDataStatus | str | None | Unset",
) -> "UnarchiveOrderEnumResponseDataStatus | None | Unset":
    """:func:`to_unarchive_order_enum_response_data_status`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_unarchive_order_enum_response_data_status(value)
