from enum import StrEnum


class GetV1ReferralMultiLevelStatisticsTimeRange(StrEnum):
    ALL_TIME = "all_time"
    VALUE_0 = "1d"
    VALUE_1 = "7d"
    VALUE_2 = "30d"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "GetV1ReferralMultiLevelStatisticsTimeRange":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``GetV1ReferralMultiLevelStatisticsTimeRange(value)`` stays strict for input.
        """
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member
