from enum import StrEnum

from ..types import Unset


class AssetHistoryRecordTransStatus(StrEnum):
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    PENDING = "PENDING"
    PENDING_REBALANCE = "PENDING_REBALANCE"
    PROCESSING = "PROCESSING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "AssetHistoryRecordTransStatus":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``AssetHistoryRecordTransStatus(value)`` stays strict for input.
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


def to_asset_history_record_trans_status(value: AssetHistoryRecordTransStatus | str) -> AssetHistoryRecordTransStatus:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    if type(value) is str:  # a dict lookup first: the Enum call costs about 1 us
        known = AssetHistoryRecordTransStatus._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
    return value if isinstance(value, AssetHistoryRecordTransStatus) else AssetHistoryRecordTransStatus(value)


def to_asset_history_record_trans_status_or_unset(
    value: "AssetHistoryRecordTransStatus | str | Unset",
) -> "AssetHistoryRecordTransStatus | Unset":
    """:func:`to_asset_history_record_trans_status`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_asset_history_record_trans_status(value)


def to_asset_history_record_trans_status_or_none(
    value: AssetHistoryRecordTransStatus | str | None,
) -> AssetHistoryRecordTransStatus | None:
    """:func:`to_asset_history_record_trans_status`, ``None`` kept."""
    return None if value is None else to_asset_history_record_trans_status(value)


def to_asset_history_record_trans_status_or_none_or_unset(
    value: "AssetHistoryRecordTransStatus | str | None | Unset",
) -> "AssetHistoryRecordTransStatus | None | Unset":
    """:func:`to_asset_history_record_trans_status`, ``None`` and ``UNSET`` kept."""
    return value if value is None or isinstance(value, Unset) else to_asset_history_record_trans_status(value)
