from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AggregateHoldingResponseDataRowsItem")


@_attrs_define
class AggregateHoldingResponseDataRowsItem:
    """
    Attributes:
        account_id (str | Unset):
        updated_time (float | Unset): Unit: milliseconds since the Unix epoch.
        token (str | Unset):
        holding (float | Unset):
        frozen (float | Unset):
        pending_short (float | Unset):
        isolated_margin (float | Unset):
        isolated_order_frozen (float | Unset):
    """

    account_id: str | Unset = UNSET
    updated_time: float | Unset = UNSET
    token: str | Unset = UNSET
    holding: float | Unset = UNSET
    frozen: float | Unset = UNSET
    pending_short: float | Unset = UNSET
    isolated_margin: float | Unset = UNSET
    isolated_order_frozen: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        updated_time = self.updated_time

        token = self.token

        holding = self.holding

        frozen = self.frozen

        pending_short = self.pending_short

        isolated_margin = self.isolated_margin

        isolated_order_frozen = self.isolated_order_frozen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if token is not UNSET:
            field_dict["token"] = token
        if holding is not UNSET:
            field_dict["holding"] = holding
        if frozen is not UNSET:
            field_dict["frozen"] = frozen
        if pending_short is not UNSET:
            field_dict["pending_short"] = pending_short
        if isolated_margin is not UNSET:
            field_dict["isolated_margin"] = isolated_margin
        if isolated_order_frozen is not UNSET:
            field_dict["isolated_order_frozen"] = isolated_order_frozen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        account_id = _src_dict.pop("account_id", UNSET)

        updated_time = _src_dict.pop("updated_time", UNSET)

        token = _src_dict.pop("token", UNSET)

        holding = _src_dict.pop("holding", UNSET)

        frozen = _src_dict.pop("frozen", UNSET)

        pending_short = _src_dict.pop("pending_short", UNSET)

        isolated_margin = _src_dict.pop("isolated_margin", UNSET)

        isolated_order_frozen = _src_dict.pop("isolated_order_frozen", UNSET)

        aggregate_holding_response_data_rows_item = cls(
            account_id=account_id,
            updated_time=updated_time,
            token=token,
            holding=holding,
            frozen=frozen,
            pending_short=pending_short,
            isolated_margin=isolated_margin,
            isolated_order_frozen=isolated_order_frozen,
        )

        aggregate_holding_response_data_rows_item.additional_properties = _src_dict
        return aggregate_holding_response_data_rows_item

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
