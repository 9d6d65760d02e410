from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    model_repr,
)

T = TypeVar("T", bound="MarketFundingHistoryFunding7D")


@_attrs_define(repr=False)
class MarketFundingHistoryFunding7D:
    """
    Attributes:
        rate (Decimal | Unset): Example: 0.00012.
        positive (Decimal | Unset): Example: 8.
        negative (Decimal | Unset): Example: 12.
    """

    rate: Decimal | Unset = UNSET
    positive: Decimal | Unset = UNSET
    negative: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        rate = self.rate

        positive = self.positive

        negative = self.negative

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate is not UNSET:
            field_dict["rate"] = rate
        if positive is not UNSET:
            field_dict["positive"] = positive
        if negative is not UNSET:
            field_dict["negative"] = negative

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _rate = _src_dict.pop("rate", UNSET)
        rate: Decimal | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = _rate if type(_rate) is Decimal else decimal_from_wire(_rate, "rate")

        _positive = _src_dict.pop("positive", UNSET)
        positive: Decimal | Unset
        if isinstance(_positive, Unset):
            positive = UNSET
        else:
            positive = _positive if type(_positive) is Decimal else decimal_from_wire(_positive, "positive")

        _negative = _src_dict.pop("negative", UNSET)
        negative: Decimal | Unset
        if isinstance(_negative, Unset):
            negative = UNSET
        else:
            negative = _negative if type(_negative) is Decimal else decimal_from_wire(_negative, "negative")

        _result = cls(
            rate=rate,
            positive=positive,
            negative=negative,
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
