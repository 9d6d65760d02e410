from enum import StrEnum

from ..types import Unset


class AlgoType(StrEnum):
    BRACKET = "BRACKET"
    POSITIONAL_TP_SL = "POSITIONAL_TP_SL"
    STOP = "STOP"
    STOP_LOSS = "STOP_LOSS"
    TAKE_PROFIT = "TAKE_PROFIT"
    TP_SL = "TP_SL"
    TRAILING_STOP = "TRAILING_STOP"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "AlgoType":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``AlgoType(value)`` stays strict for input.
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


def to_algo_type(value: AlgoType | str) -> AlgoType:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    if type(value) is str:  # a dict lookup first: the Enum call costs about 1 us
        known = AlgoType._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
    return value if isinstance(value, AlgoType) else AlgoType(value)


def to_algo_type_or_unset(value: "AlgoType | str | Unset") -> "AlgoType | Unset":
    """:func:`to_algo_type`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_algo_type(value)


def to_algo_type_or_none(value: AlgoType | str | None) -> AlgoType | None:
    """:func:`to_algo_type`, ``None`` kept."""
    return None if value is None else to_algo_type(value)


def to_algo_type_or_none_or_unset(value: "AlgoType | str | None | Unset") -> "AlgoType | None | Unset":
    """:func:`to_algo_type`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_algo_type(value)
