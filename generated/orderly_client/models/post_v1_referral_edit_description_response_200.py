from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..types import (
    UNSET,
    Unset,
    bool_from_wire,
    int_from_wire,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.post_v1_referral_edit_description_response_200_data_type_0 import (
        PostV1ReferralEditDescriptionResponse200DataType0,
    )


T = TypeVar("T", bound="PostV1ReferralEditDescriptionResponse200")


@_attrs_define(repr=False)
class PostV1ReferralEditDescriptionResponse200:
    """
    Attributes:
        success (bool): Example: True.
        timestamp (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1702989203989.
        data (None | PostV1ReferralEditDescriptionResponse200DataType0 | Unset):
    """

    success: bool
    timestamp: int | Unset = UNSET
    data: None | PostV1ReferralEditDescriptionResponse200DataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            PostV1ReferralEditDescriptionResponse200DataType0 = (
                _models.PostV1ReferralEditDescriptionResponse200DataType0
            )
        success = self.success

        timestamp = self.timestamp

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, PostV1ReferralEditDescriptionResponse200DataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            PostV1ReferralEditDescriptionResponse200DataType0 = (
                _models.PostV1ReferralEditDescriptionResponse200DataType0
            )
        _src_dict = dict(src_dict)
        _success = _src_dict.pop("success")
        success = _success if type(_success) is bool else bool_from_wire(_success, "success")

        _timestamp = _src_dict.pop("timestamp", UNSET)
        timestamp: int | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = _timestamp if type(_timestamp) is int else int_from_wire(_timestamp, "timestamp")

        _data = _src_dict.pop("data", UNSET)
        data: None | PostV1ReferralEditDescriptionResponse200DataType0 | Unset
        if _data is None or isinstance(_data, Unset):
            data = _data
        else:

            def _parse_data(data: object) -> None | PostV1ReferralEditDescriptionResponse200DataType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(
                        "data: expected None | PostV1ReferralEditDescriptionResponse200DataType0, got "
                        + repr(data)[:60]
                    )
                data_type_0 = PostV1ReferralEditDescriptionResponse200DataType0.from_dict(data)

                return data_type_0

            data = _parse_data(_data)

        _result = cls(
            success=success,
            timestamp=timestamp,
            data=data,
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
