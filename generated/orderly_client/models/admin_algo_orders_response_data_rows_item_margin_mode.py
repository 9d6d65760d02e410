from enum import StrEnum


class AdminAlgoOrdersResponseDataRowsItemMarginMode(StrEnum):
    CROSS = "CROSS"
    ISOLATED = "ISOLATED"

    def __str__(self) -> str:
        return str(self.value)
