from enum import StrEnum

from ..types import Unset


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


def to_get_v1_referral_multi_level_admin_info_sort_by(
    value: GetV1ReferralMultiLevelAdminInfoSortBy | str,
) -> GetV1ReferralMultiLevelAdminInfoSortBy:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    if type(value) is str:  # a dict lookup first: the Enum call costs about 1 us
        known = GetV1ReferralMultiLevelAdminInfoSortBy._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
    return (
        value
        if isinstance(value, GetV1ReferralMultiLevelAdminInfoSortBy)
        else GetV1ReferralMultiLevelAdminInfoSortBy(value)
    )


def to_get_v1_referral_multi_level_admin_info_sort_by_or_unset(
    value: "GetV1ReferralMultiLevelAdminInfoSortBy | str | Unset",
) -> "GetV1ReferralMultiLevelAdminInfoSortBy | Unset":
    """:func:`to_get_v1_referral_multi_level_admin_info_sort_by`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_get_v1_referral_multi_level_admin_info_sort_by(value)


def to_get_v1_referral_multi_level_admin_info_sort_by_or_none(
    value: GetV1ReferralMultiLevelAdminInfoSortBy | str | None,
) -> GetV1ReferralMultiLevelAdminInfoSortBy | None:
    """:func:`to_get_v1_referral_multi_level_admin_info_sort_by`, ``None`` kept."""
    return None if value is None else to_get_v1_referral_multi_level_admin_info_sort_by(value)


def to_get_v1_referral_multi_level_admin_info_sort_by_or_none_or_unset(
    value: "GetV1ReferralMultiLevelAdminInfoSortBy | str | None | Unset",
) -> "GetV1ReferralMultiLevelAdminInfoSortBy | None | Unset":
    """:func:`to_get_v1_referral_multi_level_admin_info_sort_by`, ``None`` and ``UNSET`` kept."""
    return (
        value if value is None or isinstance(value, Unset) else to_get_v1_referral_multi_level_admin_info_sort_by(value)
    )
