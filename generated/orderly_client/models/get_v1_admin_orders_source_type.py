from enum import StrEnum


class GetV1AdminOrdersSourceType(StrEnum):
    ALL = "ALL"
    ORDINARY = "ORDINARY"

    def __str__(self) -> str:
        return str(self.value)
