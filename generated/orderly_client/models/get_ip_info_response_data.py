from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetIpInfoResponseData")


@_attrs_define
class GetIpInfoResponseData:
    """
    Attributes:
        city (str | Unset): Example: Toronto.
        ip (str | Unset): Example: 192.192.192.0.
        checked (bool | Unset): Example: False.
        region (str | Unset): Example: Canada.
    """

    city: str | Unset = UNSET
    ip: str | Unset = UNSET
    checked: bool | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        ip = self.ip

        checked = self.checked

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if ip is not UNSET:
            field_dict["ip"] = ip
        if checked is not UNSET:
            field_dict["checked"] = checked
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        city = _src_dict.pop("city", UNSET)

        ip = _src_dict.pop("ip", UNSET)

        checked = _src_dict.pop("checked", UNSET)

        region = _src_dict.pop("region", UNSET)

        get_ip_info_response_data = cls(
            city=city,
            ip=ip,
            checked=checked,
            region=region,
        )

        get_ip_info_response_data.additional_properties = _src_dict
        return get_ip_info_response_data

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
