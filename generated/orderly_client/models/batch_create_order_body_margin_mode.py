from enum import StrEnum

from ..types import Unset


class BatchCreateOrderBodyMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "BatchCreateOrderBodyMarginMode":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``BatchCreateOrderBodyMarginMode(value)`` stays strict for input.
        """
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member


def to_batch_create_order_body_margin_mode(
    value: BatchCreateOrderBodyMarginMode | str,
) -> BatchCreateOrderBodyMarginMode:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    return value if isinstance(value, BatchCreateOrderBodyMarginMode) else BatchCreateOrderBodyMarginMode(value)


def to_batch_create_order_body_margin_mode_or_unset(
    value: "BatchCreateOrderBodyMarginMode | str | Unset",
) -> "BatchCreateOrderBodyMarginMode | Unset":
    """:func:`to_batch_create_order_body_margin_mode`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_batch_create_order_body_margin_mode(value)


def to_batch_create_order_body_margin_mode_or_none(
    value: BatchCreateOrderBodyMarginMode | str | None,
) -> BatchCreateOrderBodyMarginMode | None:
    """:func:`to_batch_create_order_body_margin_mode`, ``None`` kept."""
    return None if value is None else to_batch_create_order_body_margin_mode(value)


def to_batch_create_order_body_margin_mode_or_none_or_unset(
    value: "BatchCreateOrderBodyMarginMode | str | None | Unset",
) -> "BatchCreateOrderBodyMarginMode | None | Unset":
    """:func:`to_batch_create_order_body_margin_mode`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_batch_create_order_body_margin_mode(value)
