from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateInternalTransferV2ResponseData")


@_attrs_define
class CreateInternalTransferV2ResponseData:
    """
    Attributes:
        internal_transfer_request_id (int | Unset): Example: 123.
    """

    internal_transfer_request_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_transfer_request_id = self.internal_transfer_request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_transfer_request_id is not UNSET:
            field_dict["internal_transfer_request_id"] = internal_transfer_request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        internal_transfer_request_id = _src_dict.pop("internal_transfer_request_id", UNSET)

        create_internal_transfer_v2_response_data = cls(
            internal_transfer_request_id=internal_transfer_request_id,
        )

        create_internal_transfer_v2_response_data.additional_properties = _src_dict
        return create_internal_transfer_v2_response_data

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
