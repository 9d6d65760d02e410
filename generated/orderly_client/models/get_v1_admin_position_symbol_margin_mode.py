from enum import StrEnum

from ..types import Unset


class GetV1AdminPositionSymbolMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "GetV1AdminPositionSymbolMarginMode":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``GetV1AdminPositionSymbolMarginMode(value)`` stays strict for input.
        """
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member


def to_get_v1_admin_position_symbol_margin_mode(
    value: GetV1AdminPositionSymbolMarginMode | str,
) -> GetV1AdminPositionSymbolMarginMode:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    return value if isinstance(value, GetV1AdminPositionSymbolMarginMode) else GetV1AdminPositionSymbolMarginMode(value)


def to_get_v1_admin_position_symbol_margin_mode_or_unset(
    value: "GetV1AdminPositionSymbolMarginMode | str | Unset",
) -> "GetV1AdminPositionSymbolMarginMode | Unset":
    """:func:`to_get_v1_admin_position_symbol_margin_mode`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_get_v1_admin_position_symbol_margin_mode(value)


def to_get_v1_admin_position_symbol_margin_mode_or_none(
    value: GetV1AdminPositionSymbolMarginMode | str | None,
) -> GetV1AdminPositionSymbolMarginMode | None:
    """:func:`to_get_v1_admin_position_symbol_margin_mode`, ``None`` kept."""
    return None if value is None else to_get_v1_admin_position_symbol_margin_mode(value)


def to_get_v1_admin_position_symbol_margin_mode_or_none_or_unset(
    value: "GetV1AdminPositionSymbolMarginMode | str | None | Unset",
) -> "GetV1AdminPositionSymbolMarginMode | None | Unset":
    """:func:`to_get_v1_admin_position_symbol_margin_mode`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_get_v1_admin_position_symbol_margin_mode(value)
