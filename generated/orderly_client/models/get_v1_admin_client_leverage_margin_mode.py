from enum import StrEnum

from ..types import Unset


class GetV1AdminClientLeverageMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "GetV1AdminClientLeverageMarginMode":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``GetV1AdminClientLeverageMarginMode(value)`` stays strict for input.
        """
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member


def to_get_v1_admin_client_leverage_margin_mode(
    value: GetV1AdminClientLeverageMarginMode | str,
) -> GetV1AdminClientLeverageMarginMode:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    return value if isinstance(value, GetV1AdminClientLeverageMarginMode) else GetV1AdminClientLeverageMarginMode(value)


def to_get_v1_admin_client_leverage_margin_mode_or_unset(
    value: "GetV1AdminClientLeverageMarginMode | str | Unset",
) -> "GetV1AdminClientLeverageMarginMode | Unset":
    """:func:`to_get_v1_admin_client_leverage_margin_mode`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_get_v1_admin_client_leverage_margin_mode(value)


def to_get_v1_admin_client_leverage_margin_mode_or_none(
    value: GetV1AdminClientLeverageMarginMode | str | None,
) -> GetV1AdminClientLeverageMarginMode | None:
    """:func:`to_get_v1_admin_client_leverage_margin_mode`, ``None`` kept."""
    return None if value is None else to_get_v1_admin_client_leverage_margin_mode(value)


def to_get_v1_admin_client_leverage_margin_mode_or_none_or_unset(
    value: "GetV1AdminClientLeverageMarginMode | str | None | Unset",
) -> "GetV1AdminClientLeverageMarginMode | None | Unset":
    """:func:`to_get_v1_admin_client_leverage_margin_mode`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_get_v1_admin_client_leverage_margin_mode(value)
