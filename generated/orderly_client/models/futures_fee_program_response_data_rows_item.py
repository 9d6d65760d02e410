from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    decimal_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="FuturesFeeProgramResponseDataRowsItem")


@_attrs_define(repr=False)
class FuturesFeeProgramResponseDataRowsItem:
    """
    Attributes:
        tier (str): Example: 1.
        maker_fee (str): Example: 0.1%.
        taker_fee (str): Example: 0.1%.
        volume_min (Decimal): Example: 100.
        volume_max (Decimal): Example: 500000.
    """

    tier: str
    maker_fee: str
    taker_fee: str
    volume_min: Decimal
    volume_max: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
                "volume_max": volume_max,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _tier = _src_dict.pop("tier")
        tier = _tier if type(_tier) is str else str_from_wire(_tier, "tier")

        _maker_fee = _src_dict.pop("maker_fee")
        maker_fee = _maker_fee if type(_maker_fee) is str else str_from_wire(_maker_fee, "maker_fee")

        _taker_fee = _src_dict.pop("taker_fee")
        taker_fee = _taker_fee if type(_taker_fee) is str else str_from_wire(_taker_fee, "taker_fee")

        _volume_min = _src_dict.pop("volume_min")
        volume_min = _volume_min if type(_volume_min) is Decimal else decimal_from_wire(_volume_min, "volume_min")

        _volume_max = _src_dict.pop("volume_max")
        volume_max = _volume_max if type(_volume_max) is Decimal else decimal_from_wire(_volume_max, "volume_max")

        _result = cls(
            tier=tier,
            maker_fee=maker_fee,
            taker_fee=taker_fee,
            volume_min=volume_min,
            volume_max=volume_max,
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
