from enum import StrEnum


class GetV1ReferralMultiLevelAdminInfoSortBy(StrEnum):
    BONUS_MAX_REBATE_RATE = "bonus_max_rebate_rate"
    REFEREE_VOLUME = "referee_volume"
    TOTAL_INVITES = "total_invites"
    TOTAL_TRADED = "total_traded"

    def __str__(self) -> str:
        return str(self.value)
