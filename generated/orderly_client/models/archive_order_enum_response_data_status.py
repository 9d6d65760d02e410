from enum import StrEnum


class ArchiveOrderEnumResponseDataStatus(StrEnum):
    ARCHIVED = "archived"

    def __str__(self) -> str:
        return str(self.value)
