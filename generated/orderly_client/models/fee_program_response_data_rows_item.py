from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeeProgramResponseDataRowsItem")


@_attrs_define
class FeeProgramResponseDataRowsItem:
    """
    Attributes:
        tier (str): Example: 1.
        maker_fee (str): Example: 0.1%.
        taker_fee (str): Example: 0.1%.
        volume_min (int): Example: 100.
        volume_max (int | Unset): Example: 500000.
    """

    tier: str
    maker_fee: str
    taker_fee: str
    volume_min: int
    volume_max: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tier = self.tier

        maker_fee = self.maker_fee

        taker_fee = self.taker_fee

        volume_min = self.volume_min

        volume_max = self.volume_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tier": tier,
                "maker_fee": maker_fee,
                "taker_fee": taker_fee,
                "volume_min": volume_min,
            }
        )
        if volume_max is not UNSET:
            field_dict["volume_max"] = volume_max

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        tier = _src_dict.pop("tier")

        maker_fee = _src_dict.pop("maker_fee")

        taker_fee = _src_dict.pop("taker_fee")

        volume_min = _src_dict.pop("volume_min")

        volume_max = _src_dict.pop("volume_max", UNSET)

        fee_program_response_data_rows_item = cls(
            tier=tier,
            maker_fee=maker_fee,
            taker_fee=taker_fee,
            volume_min=volume_min,
            volume_max=volume_max,
        )

        fee_program_response_data_rows_item.additional_properties = _src_dict
        return fee_program_response_data_rows_item

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
