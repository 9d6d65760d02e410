from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    bool_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="GetIpInfoResponseData")


@_attrs_define(repr=False)
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

    def __repr__(self) -> str:
        return model_repr(self)

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
        _city = _src_dict.pop("city", UNSET)
        city: str | Unset
        if isinstance(_city, Unset):
            city = UNSET
        else:
            city = _city if type(_city) is str else str_from_wire(_city, "city")

        _ip = _src_dict.pop("ip", UNSET)
        ip: str | Unset
        if isinstance(_ip, Unset):
            ip = UNSET
        else:
            ip = _ip if type(_ip) is str else str_from_wire(_ip, "ip")

        _checked = _src_dict.pop("checked", UNSET)
        checked: bool | Unset
        if isinstance(_checked, Unset):
            checked = UNSET
        else:
            checked = _checked if type(_checked) is bool else bool_from_wire(_checked, "checked")

        _region = _src_dict.pop("region", UNSET)
        region: str | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = _region if type(_region) is str else str_from_wire(_region, "region")

        _result = cls(
            city=city,
            ip=ip,
            checked=checked,
            region=region,
        )

        _result.additional_properties = _src_dict
        return _result

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
