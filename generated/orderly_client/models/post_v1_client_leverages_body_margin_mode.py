from enum import StrEnum

from ..types import Unset


class PostV1ClientLeveragesBodyMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "PostV1ClientLeveragesBodyMarginMode":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``PostV1ClientLeveragesBodyMarginMode(value)`` stays strict for input.
        """
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member


def to_post_v1_client_leverages_body_margin_mode(
    value: PostV1ClientLeveragesBodyMarginMode | str,
) -> PostV1ClientLeveragesBodyMarginMode:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    return (
        value if isinstance(value, PostV1ClientLeveragesBodyMarginMode) else PostV1ClientLeveragesBodyMarginMode(value)
    )


def to_post_v1_client_leverages_body_margin_mode_or_unset(
    value: "PostV1ClientLeveragesBodyMarginMode | str | Unset",
) -> "PostV1ClientLeveragesBodyMarginMode | Unset":
    """:func:`to_post_v1_client_leverages_body_margin_mode`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_post_v1_client_leverages_body_margin_mode(value)


def to_post_v1_client_leverages_body_margin_mode_or_none(
    value: PostV1ClientLeveragesBodyMarginMode | str | None,
) -> PostV1ClientLeveragesBodyMarginMode | None:
    """:func:`to_post_v1_client_leverages_body_margin_mode`, ``None`` kept."""
    return None if value is None else to_post_v1_client_leverages_body_margin_mode(value)


def to_post_v1_client_leverages_body_margin_mode_or_none_or_unset(
    value: "PostV1ClientLeveragesBodyMarginMode | str | None | Unset",
) -> "PostV1ClientLeveragesBodyMarginMode | None | Unset":
    """:func:`to_post_v1_client_leverages_body_margin_mode`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_post_v1_client_leverages_body_margin_mode(value)
