from enum import StrEnum

from ..types import Unset


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
        known = cls._value2member_map_.get(value)  # a dict lookup: Enum's own call is slow for a large answer
        if known is not None:
            return known  # type: ignore[return-value]
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member


def to_get_v1_referral_multi_level_statistics_time_range(
    value: GetV1ReferralMultiLevelStatisticsTimeRange | str,
) -> GetV1ReferralMultiLevelStatisticsTimeRange:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    if type(value) is str:  # a dict lookup first: the Enum call costs about 1 us
        known = GetV1ReferralMultiLevelStatisticsTimeRange._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
    return (
        value
        if isinstance(value, GetV1ReferralMultiLevelStatisticsTimeRange)
        else GetV1ReferralMultiLevelStatisticsTimeRange(value)
    )


def to_get_v1_referral_multi_level_statistics_time_range_or_unset(
    value: "GetV1ReferralMultiLevelStatisticsTimeRange | str | Unset",
) -> "GetV1ReferralMultiLevelStatisticsTimeRange | Unset":
    """:func:`to_get_v1_referral_multi_level_statistics_time_range`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_get_v1_referral_multi_level_statistics_time_range(value)


def to_get_v1_referral_multi_level_statistics_time_range_or_none(
    value: GetV1ReferralMultiLevelStatisticsTimeRange | str | None,
) -> GetV1ReferralMultiLevelStatisticsTimeRange | None:
    """:func:`to_get_v1_referral_multi_level_statistics_time_range`, ``None`` kept."""
    return None if value is None else to_get_v1_referral_multi_level_statistics_time_range(value)


def to_get_v1_referral_multi_level_statistics_time_range_or_none_or_unset(
    value: "GetV1ReferralMultiLevelStatisticsTimeRange | str | None | Unset",
) -> "GetV1ReferralMultiLevelStatisticsTimeRange | None | Unset":
    """:func:`to_get_v1_referral_multi_level_statistics_time_range`, ``None`` and ``UNSET`` kept."""
    return (
        value
        if value is None or isinstance(value, Unset)
        else to_get_v1_referral_multi_level_statistics_time_range(value)
    )
