from enum import StrEnum


class LeverageResponseDataMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)
