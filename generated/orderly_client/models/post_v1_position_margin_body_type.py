from enum import StrEnum


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
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member
