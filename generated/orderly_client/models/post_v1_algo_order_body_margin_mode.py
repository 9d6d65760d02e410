from enum import StrEnum


class PostV1AlgoOrderBodyMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)
