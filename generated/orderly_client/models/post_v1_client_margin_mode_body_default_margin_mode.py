from enum import StrEnum


class PostV1ClientMarginModeBodyDefaultMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)
