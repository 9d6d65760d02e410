from enum import StrEnum

from ..types import Unset


class PostV1PositionMarginBodyType(StrEnum):
    ADD = "ADD"
    REDUCE = "REDUCE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "PostV1PositionMarginBodyType":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``PostV1PositionMarginBodyType(value)`` stays strict for input.
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


def to_post_v1_position_margin_body_type(value: PostV1PositionMarginBodyType | str) -> PostV1PositionMarginBodyType:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    if type(value) is str:  # a dict lookup first: the Enum call costs about 1 us
        known = PostV1PositionMarginBodyType._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
    return value if isinstance(value, PostV1PositionMarginBodyType) else PostV1PositionMarginBodyType(value)


def to_post_v1_position_margin_body_type_or_unset(
    value: "PostV1PositionMarginBodyType | str | Unset",
) -> "PostV1PositionMarginBodyType | Unset":
    """:func:`to_post_v1_position_margin_body_type`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_post_v1_position_margin_body_type(value)


def to_post_v1_position_margin_body_type_or_none(
    value: PostV1PositionMarginBodyType | str | None,
) -> PostV1PositionMarginBodyType | None:
    """:func:`to_post_v1_position_margin_body_type`, ``None`` kept."""
    return None if value is None else to_post_v1_position_margin_body_type(value)


def to_post_v1_position_margin_body_type_or_none_or_unset(
    value: "PostV1PositionMarginBodyType | str | None | Unset",
) -> "PostV1PositionMarginBodyType | None | Unset":
    """:func:`to_post_v1_position_margin_body_type`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_post_v1_position_margin_body_type(value)
