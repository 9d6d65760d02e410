from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetBrokerResponseData")


@_attrs_define
class GetBrokerResponseData:
    """
    Attributes:
        broker_id (list[str] | Unset):
    """

    broker_id: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broker_id: list[str] | Unset = UNSET
        if not isinstance(self.broker_id, Unset):
            broker_id = self.broker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if broker_id is not UNSET:
            field_dict["broker_id"] = broker_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        broker_id = cast(list[str], _src_dict.pop("broker_id", UNSET))

        get_broker_response_data = cls(
            broker_id=broker_id,
        )

        get_broker_response_data.additional_properties = _src_dict
        return get_broker_response_data

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
