from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="GetBrokerResponseData")


@_attrs_define(repr=False)
class GetBrokerResponseData:
    """
    Attributes:
        broker_id (list[str] | Unset):
    """

    broker_id: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _broker_id = _src_dict.pop("broker_id", UNSET)
        broker_id: list[str] | Unset = UNSET
        if _broker_id is not UNSET:
            broker_id = []
            for broker_id_item_data in _broker_id:
                _broker_id_item = broker_id_item_data
                broker_id_item = (
                    _broker_id_item
                    if type(_broker_id_item) is str
                    else str_from_wire(_broker_id_item, "broker_id_item")
                )

                broker_id.append(broker_id_item)

        _result = cls(
            broker_id=broker_id,
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
