from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InternalTransferHistoryResponseDataRowsItem")


@_attrs_define
class InternalTransferHistoryResponseDataRowsItem:
    """
    Attributes:
        executed_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1734652800000.
        from_account (str | Unset):
        amount (float | Unset): Example: 13633.532389.
    """

    executed_time: float | Unset = UNSET
    from_account: str | Unset = UNSET
    amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        executed_time = self.executed_time

        from_account = self.from_account

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if executed_time is not UNSET:
            field_dict["executed_time"] = executed_time
        if from_account is not UNSET:
            field_dict["from_account"] = from_account
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        executed_time = _src_dict.pop("executed_time", UNSET)

        from_account = _src_dict.pop("from_account", UNSET)

        amount = _src_dict.pop("amount", UNSET)

        internal_transfer_history_response_data_rows_item = cls(
            executed_time=executed_time,
            from_account=from_account,
            amount=amount,
        )

        internal_transfer_history_response_data_rows_item.additional_properties = _src_dict
        return internal_transfer_history_response_data_rows_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
