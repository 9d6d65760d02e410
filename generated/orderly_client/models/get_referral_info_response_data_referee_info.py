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
    str_from_wire,
)

T = TypeVar("T", bound="GetReferralInfoResponseDataRefereeInfo")


@_attrs_define(repr=False)
class GetReferralInfoResponseDataRefereeInfo:
    """
    Attributes:
        referer_code (str | Unset): Example: Kevin.
        referee_rebate_rate (Decimal | Unset): Example: 0.1.
        bonus_referee_rebate_rate (Decimal | Unset): Example: 0.1.
        field_1d_referee_rebate (Decimal | Unset): Example: 5.
        field_7d_referee_rebate (Decimal | Unset): Example: 10.
        field_30d_referee_rebate (Decimal | Unset): Example: 20.
        total_referee_rebate (Decimal | Unset): Example: 30.
    """

    referer_code: str | Unset = UNSET
    referee_rebate_rate: Decimal | Unset = UNSET
    bonus_referee_rebate_rate: Decimal | Unset = UNSET
    field_1d_referee_rebate: Decimal | Unset = UNSET
    field_7d_referee_rebate: Decimal | Unset = UNSET
    field_30d_referee_rebate: Decimal | Unset = UNSET
    total_referee_rebate: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        referer_code = self.referer_code

        referee_rebate_rate = self.referee_rebate_rate

        bonus_referee_rebate_rate = self.bonus_referee_rebate_rate

        field_1d_referee_rebate = self.field_1d_referee_rebate

        field_7d_referee_rebate = self.field_7d_referee_rebate

        field_30d_referee_rebate = self.field_30d_referee_rebate

        total_referee_rebate = self.total_referee_rebate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if referer_code is not UNSET:
            field_dict["referer_code"] = referer_code
        if referee_rebate_rate is not UNSET:
            field_dict["referee_rebate_rate"] = referee_rebate_rate
        if bonus_referee_rebate_rate is not UNSET:
            field_dict["bonus_referee_rebate_rate"] = bonus_referee_rebate_rate
        if field_1d_referee_rebate is not UNSET:
            field_dict["1d_referee_rebate"] = field_1d_referee_rebate
        if field_7d_referee_rebate is not UNSET:
            field_dict["7d_referee_rebate"] = field_7d_referee_rebate
        if field_30d_referee_rebate is not UNSET:
            field_dict["30d_referee_rebate"] = field_30d_referee_rebate
        if total_referee_rebate is not UNSET:
            field_dict["total_referee_rebate"] = total_referee_rebate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _referer_code = _src_dict.pop("referer_code", UNSET)
        referer_code: str | Unset
        if isinstance(_referer_code, Unset):
            referer_code = UNSET
        else:
            referer_code = _referer_code if type(_referer_code) is str else str_from_wire(_referer_code, "referer_code")

        _referee_rebate_rate = _src_dict.pop("referee_rebate_rate", UNSET)
        referee_rebate_rate: Decimal | Unset
        if isinstance(_referee_rebate_rate, Unset):
            referee_rebate_rate = UNSET
        else:
            referee_rebate_rate = (
                _referee_rebate_rate
                if type(_referee_rebate_rate) is Decimal
                else decimal_from_wire(_referee_rebate_rate, "referee_rebate_rate")
            )

        _bonus_referee_rebate_rate = _src_dict.pop("bonus_referee_rebate_rate", UNSET)
        bonus_referee_rebate_rate: Decimal | Unset
        if isinstance(_bonus_referee_rebate_rate, Unset):
            bonus_referee_rebate_rate = UNSET
        else:
            bonus_referee_rebate_rate = (
                _bonus_referee_rebate_rate
                if type(_bonus_referee_rebate_rate) is Decimal
                else decimal_from_wire(_bonus_referee_rebate_rate, "bonus_referee_rebate_rate")
            )

        _field_1d_referee_rebate = _src_dict.pop("1d_referee_rebate", UNSET)
        field_1d_referee_rebate: Decimal | Unset
        if isinstance(_field_1d_referee_rebate, Unset):
            field_1d_referee_rebate = UNSET
        else:
            field_1d_referee_rebate = (
                _field_1d_referee_rebate
                if type(_field_1d_referee_rebate) is Decimal
                else decimal_from_wire(_field_1d_referee_rebate, "1d_referee_rebate")
            )

        _field_7d_referee_rebate = _src_dict.pop("7d_referee_rebate", UNSET)
        field_7d_referee_rebate: Decimal | Unset
        if isinstance(_field_7d_referee_rebate, Unset):
            field_7d_referee_rebate = UNSET
        else:
            field_7d_referee_rebate = (
                _field_7d_referee_rebate
                if type(_field_7d_referee_rebate) is Decimal
                else decimal_from_wire(_field_7d_referee_rebate, "7d_referee_rebate")
            )

        _field_30d_referee_rebate = _src_dict.pop("30d_referee_rebate", UNSET)
        field_30d_referee_rebate: Decimal | Unset
        if isinstance(_field_30d_referee_rebate, Unset):
            field_30d_referee_rebate = UNSET
        else:
            field_30d_referee_rebate = (
                _field_30d_referee_rebate
                if type(_field_30d_referee_rebate) is Decimal
                else decimal_from_wire(_field_30d_referee_rebate, "30d_referee_rebate")
            )

        _total_referee_rebate = _src_dict.pop("total_referee_rebate", UNSET)
        total_referee_rebate: Decimal | Unset
        if isinstance(_total_referee_rebate, Unset):
            total_referee_rebate = UNSET
        else:
            total_referee_rebate = (
                _total_referee_rebate
                if type(_total_referee_rebate) is Decimal
                else decimal_from_wire(_total_referee_rebate, "total_referee_rebate")
            )

        _result = cls(
            referer_code=referer_code,
            referee_rebate_rate=referee_rebate_rate,
            bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            field_1d_referee_rebate=field_1d_referee_rebate,
            field_7d_referee_rebate=field_7d_referee_rebate,
            field_30d_referee_rebate=field_30d_referee_rebate,
            total_referee_rebate=total_referee_rebate,
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
