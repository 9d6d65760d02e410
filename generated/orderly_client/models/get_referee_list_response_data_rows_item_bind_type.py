from enum import StrEnum

from ..types import Unset


class GetRefereeListResponseDataRowsItemBindType(StrEnum):
    LEGACY = "legacy"
    MULTI_LEVEL = "multi_level"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "GetRefereeListResponseDataRowsItemBindType":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``GetRefereeListResponseDataRowsItemBindType(value)`` stays strict for input.
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


def to_get_referee_list_response_data_rows_item_bind_type(
    value: GetRefereeListResponseDataRowsItemBindType | str,
) -> GetRefereeListResponseDataRowsItemBindType:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    if type(value) is str:  # a dict lookup first: the Enum call costs about 1 us
        known = GetRefereeListResponseDataRowsItemBindType._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
    return (
        value
        if isinstance(value, GetRefereeListResponseDataRowsItemBindType)
        else GetRefereeListResponseDataRowsItemBindType(value)
    )


def to_get_referee_list_response_data_rows_item_bind_type_or_unset(
    value: "GetRefereeListResponseDataRowsItemBindType | str | Unset",
) -> "GetRefereeListResponseDataRowsItemBindType | Unset":
    """:func:`to_get_referee_list_response_data_rows_item_bind_type`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_get_referee_list_response_data_rows_item_bind_type(value)


def to_get_referee_list_response_data_rows_item_bind_type_or_none(
    value: GetRefereeListResponseDataRowsItemBindType | str | None,
) -> GetRefereeListResponseDataRowsItemBindType | None:
    """:func:`to_get_referee_list_response_data_rows_item_bind_type`, ``None`` kept."""
    return None if value is None else to_get_referee_list_response_data_rows_item_bind_type(value)


def to_get_referee_list_response_data_rows_item_bind_type_or_none_or_unset(
    value: "GetRefereeListResponseDataRowsItemBindType | str | None | Unset",
) -> "GetRefereeListResponseDataRowsItemBindType | None | Unset":
    """:func:`to_get_referee_list_response_data_rows_item_bind_type`, ``None`` and ``UNSET`` kept."""
    return (
        value
        if value is None or isinstance(value, Unset)
        else to_get_referee_list_response_data_rows_item_bind_type(value)
    )
