from enum import StrEnum

from ..types import Unset


class FundingFeeHistoryResponseDataRowsItemMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "FundingFeeHistoryResponseDataRowsItemMarginMode":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``FundingFeeHistoryResponseDataRowsItemMarginMode(value)`` stays strict for input.
        """
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member


def to_funding_fee_history_response_data_rows_item_margin_mode(
    value: FundingFeeHistoryResponseDataRowsItemMarginMode | str,
) -> FundingFeeHistoryResponseDataRowsItemMarginMode:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    return (
        value
        if isinstance(value, FundingFeeHistoryResponseDataRowsItemMarginMode)
        else FundingFeeHistoryResponseDataRowsItemMarginMode(value)
    )


def to_funding_fee_history_response_data_rows_item_margin_mode_or_unset(
    value: "FundingFeeHistoryResponseDataRowsItemMarginMode | str | Unset",
) -> "FundingFeeHistoryResponseDataRowsItemMarginMode | Unset":
    """:func:`to_funding_fee_history_response_data_rows_item_margin_mode`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_funding_fee_history_response_data_rows_item_margin_mode(value)


def to_funding_fee_history_response_data_rows_item_margin_mode_or_none(
    value: FundingFeeHistoryResponseDataRowsItemMarginMode | str | None,
) -> FundingFeeHistoryResponseDataRowsItemMarginMode | None:
    """:func:`to_funding_fee_history_response_data_rows_item_margin_mode`, ``None`` kept."""
    return None if value is None else to_funding_fee_history_response_data_rows_item_margin_mode(value)


def to_funding_fee_history_response_data_rows_item_margin_mode_or_none_or_unset(
    value: "FundingFeeHistoryResponseDataRowsItemMarginMode | str | None | Unset",
) -> "FundingFeeHistoryResponseDataRowsItemMarginMode | None | Unset":
    """:func:`to_funding_fee_history_response_data_rows_item_margin_mode`, ``None`` and ``UNSET`` kept."""
    return (
        value
        if value is None or isinstance(value, Unset)
        else to_funding_fee_history_response_data_rows_item_margin_mode(value)
    )
