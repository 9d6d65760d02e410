from enum import StrEnum

from ..types import Unset


class LeveragesResponseDataRowsItemMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "LeveragesResponseDataRowsItemMarginMode":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``LeveragesResponseDataRowsItemMarginMode(value)`` stays strict for input.
        """
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member


def to_leverages_response_data_rows_item_margin_mode(
    value: LeveragesResponseDataRowsItemMarginMode | str,
) -> LeveragesResponseDataRowsItemMarginMode:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    return (
        value
        if isinstance(value, LeveragesResponseDataRowsItemMarginMode)
        else LeveragesResponseDataRowsItemMarginMode(value)
    )


def to_leverages_response_data_rows_item_margin_mode_or_unset(
    value: "LeveragesResponseDataRowsItemMarginMode | str | Unset",
) -> "LeveragesResponseDataRowsItemMarginMode | Unset":
    """:func:`to_leverages_response_data_rows_item_margin_mode`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_leverages_response_data_rows_item_margin_mode(value)


def to_leverages_response_data_rows_item_margin_mode_or_none(
    value: LeveragesResponseDataRowsItemMarginMode | str | None,
) -> LeveragesResponseDataRowsItemMarginMode | None:
    """:func:`to_leverages_response_data_rows_item_margin_mode`, ``None`` kept."""
    return None if value is None else to_leverages_response_data_rows_item_margin_mode(value)


def to_leverages_response_data_rows_item_margin_mode_or_none_or_unset(
    value: "LeveragesResponseDataRowsItemMarginMode | str | None | Unset",
) -> "LeveragesResponseDataRowsItemMarginMode | None | Unset":
    """:func:`to_leverages_response_data_rows_item_margin_mode`, ``None`` and ``UNSET`` kept."""
    return (
        value if value is None or isinstance(value, Unset) else to_leverages_response_data_rows_item_margin_mode(value)
    )
