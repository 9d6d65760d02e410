from enum import StrEnum

from ..types import Unset


class GetV1ReferralMultiLevelAdminSummaryAggregateBy(StrEnum):
    ACCOUNT_ID = "account_id"
    DATE = "date"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "GetV1ReferralMultiLevelAdminSummaryAggregateBy":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``GetV1ReferralMultiLevelAdminSummaryAggregateBy(value)`` stays strict for input.
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


def to_get_v1_referral_multi_level_admin_summary_aggregate_by(
    value: GetV1ReferralMultiLevelAdminSummaryAggregateBy | str,
) -> GetV1ReferralMultiLevelAdminSummaryAggregateBy:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    if type(value) is str:  # a dict lookup first: the Enum call costs about 1 us
        known = GetV1ReferralMultiLevelAdminSummaryAggregateBy._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
    return (
        value
        if isinstance(value, GetV1ReferralMultiLevelAdminSummaryAggregateBy)
        else GetV1ReferralMultiLevelAdminSummaryAggregateBy(value)
    )


def to_get_v1_referral_multi_level_admin_summary_aggregate_by_or_unset(
    value: "GetV1ReferralMultiLevelAdminSummaryAggregateBy | str | Unset",
) -> "GetV1ReferralMultiLevelAdminSummaryAggregateBy | Unset":
    """:func:`to_get_v1_referral_multi_level_admin_summary_aggregate_by`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_get_v1_referral_multi_level_admin_summary_aggregate_by(value)


def to_get_v1_referral_multi_level_admin_summary_aggregate_by_or_none(
    value: GetV1ReferralMultiLevelAdminSummaryAggregateBy | str | None,
) -> GetV1ReferralMultiLevelAdminSummaryAggregateBy | None:
    """:func:`to_get_v1_referral_multi_level_admin_summary_aggregate_by`, ``None`` kept."""
    return None if value is None else to_get_v1_referral_multi_level_admin_summary_aggregate_by(value)


def to_get_v1_referral_multi_level_admin_summary_aggregate_by_or_none_or_unset(
    value: "GetV1ReferralMultiLevelAdminSummaryAggregateBy | str | None | Unset",
) -> "GetV1ReferralMultiLevelAdminSummaryAggregateBy | None | Unset":
    """:func:`to_get_v1_referral_multi_level_admin_summary_aggregate_by`, ``None`` and ``UNSET`` kept."""
    return (
        value
        if value is None or isinstance(value, Unset)
        else to_get_v1_referral_multi_level_admin_summary_aggregate_by(value)
    )
