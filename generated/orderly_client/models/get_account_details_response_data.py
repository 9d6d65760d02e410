from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetAccountDetailsResponseData")


@_attrs_define
class GetAccountDetailsResponseData:
    """
    Attributes:
        address (str): Example: 0xfcc17f2b240380d56f0615e8f654e4ae3cee8957.
        broker_id (str): Example: woofi_pro.
    """

    address: str
    broker_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        broker_id = self.broker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "broker_id": broker_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        address = _src_dict.pop("address")

        broker_id = _src_dict.pop("broker_id")

        get_account_details_response_data = cls(
            address=address,
            broker_id=broker_id,
        )

        get_account_details_response_data.additional_properties = _src_dict
        return get_account_details_response_data

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
