from enum import StrEnum


class AdminLiquidationsResponseDataRowsItemMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)
