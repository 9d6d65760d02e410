from enum import StrEnum


class GetV1AdminClientLeverageMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)
