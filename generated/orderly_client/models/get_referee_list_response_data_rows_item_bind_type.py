from enum import StrEnum


class GetRefereeListResponseDataRowsItemBindType(StrEnum):
    LEGACY = "legacy"
    MULTI_LEVEL = "multi_level"

    def __str__(self) -> str:
        return str(self.value)
