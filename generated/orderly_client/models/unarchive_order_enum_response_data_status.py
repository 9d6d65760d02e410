from enum import StrEnum


class UnarchiveOrderEnumResponseDataStatus(StrEnum):
    ACTIVE = "active"

    def __str__(self) -> str:
        return str(self.value)
