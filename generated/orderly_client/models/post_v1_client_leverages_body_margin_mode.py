from enum import StrEnum


class PostV1ClientLeveragesBodyMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)
