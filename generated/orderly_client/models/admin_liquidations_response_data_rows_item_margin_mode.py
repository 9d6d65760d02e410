from enum import StrEnum

from ..types import Unset


class AdminLiquidationsResponseDataRowsItemMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "AdminLiquidationsResponseDataRowsItemMarginMode":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``AdminLiquidationsResponseDataRowsItemMarginMode(value)`` stays strict for input.
        """
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member


def to_admin_liquidations_response_data_rows_item_margin_mode(
    value: AdminLiquidationsResponseDataRowsItemMarginMode | str,
) -> AdminLiquidationsResponseDataRowsItemMarginMode:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    return (
        value
        if isinstance(value, AdminLiquidationsResponseDataRowsItemMarginMode)
        else AdminLiquidationsResponseDataRowsItemMarginMode(value)
    )


def to_admin_liquidations_response_data_rows_item_margin_mode_or_unset(
    value: "AdminLiquidationsResponseDataRowsItemMarginMode | str | Unset",
) -> "AdminLiquidationsResponseDataRowsItemMarginMode | Unset":
    """:func:`to_admin_liquidations_response_data_rows_item_margin_mode`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_admin_liquidations_response_data_rows_item_margin_mode(value)


def to_admin_liquidations_response_data_rows_item_margin_mode_or_none(
    value: AdminLiquidationsResponseDataRowsItemMarginMode | str | None,
) -> AdminLiquidationsResponseDataRowsItemMarginMode | None:
    """:func:`to_admin_liquidations_response_data_rows_item_margin_mode`, ``None`` kept."""
    return None if value is None else to_admin_liquidations_response_data_rows_item_margin_mode(value)


def to_admin_liquidations_response_data_rows_item_margin_mode_or_none_or_unset(
    value: "AdminLiquidationsResponseDataRowsItemMarginMode | str | None | Unset",
) -> "AdminLiquidationsResponseDataRowsItemMarginMode | None | Unset":
    """:func:`to_admin_liquidations_response_data_rows_item_margin_mode`, ``None`` and ``UNSET`` kept."""
    return (
        value
        if value is None or isinstance(value, Unset)
        else to_admin_liquidations_response_data_rows_item_margin_mode(value)
    )
