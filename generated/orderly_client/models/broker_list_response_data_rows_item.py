from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BrokerListResponseDataRowsItem")


@_attrs_define
class BrokerListResponseDataRowsItem:
    """
    Attributes:
        broker_id (str): Example: woofi_pro.
        broker_name (str): Example: WOOFi Pro.
    """

    broker_id: str
    broker_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broker_id = self.broker_id

        broker_name = self.broker_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "broker_id": broker_id,
                "broker_name": broker_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        broker_id = _src_dict.pop("broker_id")

        broker_name = _src_dict.pop("broker_name")

        broker_list_response_data_rows_item = cls(
            broker_id=broker_id,
            broker_name=broker_name,
        )

        broker_list_response_data_rows_item.additional_properties = _src_dict
        return broker_list_response_data_rows_item

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
