from enum import StrEnum


class GetV1AdminOrdersOrderType(StrEnum):
    ASK = "ASK"
    BID = "BID"
    FOK = "FOK"
    IOC = "IOC"
    LIMIT = "LIMIT"
    MARKET = "MARKET"
    POST_ONLY = "POST_ONLY"

    def __str__(self) -> str:
        return str(self.value)
