from enum import StrEnum

from ..types import Unset


class GetV1PositionSymbolMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "GetV1PositionSymbolMarginMode":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``GetV1PositionSymbolMarginMode(value)`` stays strict for input.
        """
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member


def to_get_v1_position_symbol_margin_mode(value: GetV1PositionSymbolMarginMode | str) -> GetV1PositionSymbolMarginMode:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    return value if isinstance(value, GetV1PositionSymbolMarginMode) else GetV1PositionSymbolMarginMode(value)


def to_get_v1_position_symbol_margin_mode_or_unset(
    value: "GetV1PositionSymbolMarginMode | str | Unset",
) -> "GetV1PositionSymbolMarginMode | Unset":
    """:func:`to_get_v1_position_symbol_margin_mode`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_get_v1_position_symbol_margin_mode(value)


def to_get_v1_position_symbol_margin_mode_or_none(
    value: GetV1PositionSymbolMarginMode | str | None,
) -> GetV1PositionSymbolMarginMode | None:
    """:func:`to_get_v1_position_symbol_margin_mode`, ``None`` kept."""
    return None if value is None else to_get_v1_position_symbol_margin_mode(value)


def to_get_v1_position_symbol_margin_mode_or_none_or_unset(
    value: "GetV1PositionSymbolMarginMode | str | None | Unset",
) -> "GetV1PositionSymbolMarginMode | None | Unset":
    """:func:`to_get_v1_position_symbol_margin_mode`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_get_v1_position_symbol_margin_mode(value)
