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

T = TypeVar("T", bound="GetStakingOverviewResponseDataRowsItem")


@_attrs_define(repr=False)
class GetStakingOverviewResponseDataRowsItem:
    """
    Attributes:
        date (str | Unset): Example: 2023-05-20.
        usd_reward (Decimal | Unset): Example: 1268.34.
        total_staked_usd (Decimal | Unset): Example: 117654321.99.
    """

    date: str | Unset = UNSET
    usd_reward: Decimal | Unset = UNSET
    total_staked_usd: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        usd_reward = self.usd_reward

        total_staked_usd = self.total_staked_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if usd_reward is not UNSET:
            field_dict["usd_reward"] = usd_reward
        if total_staked_usd is not UNSET:
            field_dict["total_staked_usd"] = total_staked_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _date = _src_dict.pop("date", UNSET)
        date: str | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _date if type(_date) is str else str_from_wire(_date, "date")

        _usd_reward = _src_dict.pop("usd_reward", UNSET)
        usd_reward: Decimal | Unset
        if isinstance(_usd_reward, Unset):
            usd_reward = UNSET
        else:
            usd_reward = _usd_reward if type(_usd_reward) is Decimal else decimal_from_wire(_usd_reward, "usd_reward")

        _total_staked_usd = _src_dict.pop("total_staked_usd", UNSET)
        total_staked_usd: Decimal | Unset
        if isinstance(_total_staked_usd, Unset):
            total_staked_usd = UNSET
        else:
            total_staked_usd = (
                _total_staked_usd
                if type(_total_staked_usd) is Decimal
                else decimal_from_wire(_total_staked_usd, "total_staked_usd")
            )

        _result = cls(
            date=date,
            usd_reward=usd_reward,
            total_staked_usd=total_staked_usd,
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
