from enum import StrEnum


class PostV1PositionMarginBodyType(StrEnum):
    ADD = "ADD"
    REDUCE = "REDUCE"

    def __str__(self) -> str:
        return str(self.value)
