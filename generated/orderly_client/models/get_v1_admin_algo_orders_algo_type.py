from enum import StrEnum


class GetV1AdminAlgoOrdersAlgoType(StrEnum):
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
    def from_wire(cls, value: str) -> "GetV1AdminAlgoOrdersAlgoType":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``GetV1AdminAlgoOrdersAlgoType(value)`` stays strict for input.
        """
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member
