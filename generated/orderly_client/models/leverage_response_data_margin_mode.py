from enum import StrEnum

from ..types import Unset


class LeverageResponseDataMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "LeverageResponseDataMarginMode":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``LeverageResponseDataMarginMode(value)`` stays strict for input.
        """
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member


def to_leverage_response_data_margin_mode(
    value: LeverageResponseDataMarginMode | str,
) -> LeverageResponseDataMarginMode:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    return value if isinstance(value, LeverageResponseDataMarginMode) else LeverageResponseDataMarginMode(value)


def to_leverage_response_data_margin_mode_or_unset(
    value: "LeverageResponseDataMarginMode | str | Unset",
) -> "LeverageResponseDataMarginMode | Unset":
    """:func:`to_leverage_response_data_margin_mode`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_leverage_response_data_margin_mode(value)


def to_leverage_response_data_margin_mode_or_none(
    value: LeverageResponseDataMarginMode | str | None,
) -> LeverageResponseDataMarginMode | None:
    """:func:`to_leverage_response_data_margin_mode`, ``None`` kept."""
    return None if value is None else to_leverage_response_data_margin_mode(value)


def to_leverage_response_data_margin_mode_or_none_or_unset(
    value: "LeverageResponseDataMarginMode | str | None | Unset",
) -> "LeverageResponseDataMarginMode | None | Unset":
    """:func:`to_leverage_response_data_margin_mode`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_leverage_response_data_margin_mode(value)
