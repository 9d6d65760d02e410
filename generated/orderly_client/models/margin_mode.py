from enum import StrEnum

from ..types import Unset


class MarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "MarginMode":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``MarginMode(value)`` stays strict for input.
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


def to_margin_mode(value: MarginMode | str) -> MarginMode:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    if type(value) is str:  # a dict lookup first: the Enum call costs about 1 us
        known = MarginMode._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
    return value if isinstance(value, MarginMode) else MarginMode(value)


def to_margin_mode_or_unset(value: "MarginMode | str | Unset") -> "MarginMode | Unset":
    """:func:`to_margin_mode`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_margin_mode(value)


def to_margin_mode_or_none(value: MarginMode | str | None) -> MarginMode | None:
    """:func:`to_margin_mode`, ``None`` kept."""
    return None if value is None else to_margin_mode(value)


def to_margin_mode_or_none_or_unset(value: "MarginMode | str | None | Unset") -> "MarginMode | None | Unset":
    """:func:`to_margin_mode`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_margin_mode(value)
