from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetStakingOverviewResponseDataRowsItem")


@_attrs_define
class GetStakingOverviewResponseDataRowsItem:
    """
    Attributes:
        date (str | Unset): Example: 2023-05-20.
        usd_reward (float | Unset): Example: 1268.34.
        total_staked_usd (float | Unset): Example: 117654321.99.
    """

    date: str | Unset = UNSET
    usd_reward: float | Unset = UNSET
    total_staked_usd: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        date = _src_dict.pop("date", UNSET)

        usd_reward = _src_dict.pop("usd_reward", UNSET)

        total_staked_usd = _src_dict.pop("total_staked_usd", UNSET)

        get_staking_overview_response_data_rows_item = cls(
            date=date,
            usd_reward=usd_reward,
            total_staked_usd=total_staked_usd,
        )

        get_staking_overview_response_data_rows_item.additional_properties = _src_dict
        return get_staking_overview_response_data_rows_item

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
