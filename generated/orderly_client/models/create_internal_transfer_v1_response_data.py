from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    int_from_wire,
    model_repr,
)

T = TypeVar("T", bound="CreateInternalTransferV1ResponseData")


@_attrs_define(repr=False)
class CreateInternalTransferV1ResponseData:
    """
    Attributes:
        internal_transfer_request_id (int | Unset): Example: 123.
    """

    internal_transfer_request_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _internal_transfer_request_id = _src_dict.pop("internal_transfer_request_id", UNSET)
        internal_transfer_request_id: int | Unset
        if isinstance(_internal_transfer_request_id, Unset):
            internal_transfer_request_id = UNSET
        else:
            internal_transfer_request_id = (
                _internal_transfer_request_id
                if type(_internal_transfer_request_id) is int
                else int_from_wire(_internal_transfer_request_id, "internal_transfer_request_id")
            )

        _result = cls(
            internal_transfer_request_id=internal_transfer_request_id,
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
