from enum import StrEnum


class GetV1ReferralMultiLevelAdminInfoSortBy(StrEnum):
    BONUS_MAX_REBATE_RATE = "bonus_max_rebate_rate"
    REFEREE_VOLUME = "referee_volume"
    TOTAL_INVITES = "total_invites"
    TOTAL_TRADED = "total_traded"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "GetV1ReferralMultiLevelAdminInfoSortBy":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``GetV1ReferralMultiLevelAdminInfoSortBy(value)`` stays strict for input.
        """
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member
