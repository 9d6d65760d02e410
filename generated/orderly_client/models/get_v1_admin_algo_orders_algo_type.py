from enum import StrEnum


class GetV1AdminAlgoOrdersAlgoType(StrEnum):
    BRACKET = "BRACKET"
    POSITIONAL_TP_SL = "POSITIONAL_TP_SL"
    STOP = "STOP"
    STOP_LOSS = "STOP_LOSS"
    TAKE_PROFIT = "TAKE_PROFIT"
    TP_SL = "TP_SL"
    TRAILING_STOP = "TRAILING_STOP"

    def __str__(self) -> str:
        return str(self.value)
