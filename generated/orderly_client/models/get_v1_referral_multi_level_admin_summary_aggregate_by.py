from enum import StrEnum


class GetV1ReferralMultiLevelAdminSummaryAggregateBy(StrEnum):
    ACCOUNT_ID = "account_id"
    DATE = "date"

    def __str__(self) -> str:
        return str(self.value)
