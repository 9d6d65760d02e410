from enum import StrEnum


class PositionHistoryResponseDataRowsItemMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)
