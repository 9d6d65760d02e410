from enum import StrEnum


class GetMultiLevelAdminConfigResponseDataRebateBasisMode(StrEnum):
    BUILDER_REVENUE = "BUILDER_REVENUE"
    EFFECTIVE_TRADE_FEE_WITH_FALLBACK = "EFFECTIVE_TRADE_FEE_WITH_FALLBACK"

    def __str__(self) -> str:
        return str(self.value)
