from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDefaultBrokerFeesResponseData")


@_attrs_define
class GetDefaultBrokerFeesResponseData:
    """
    Attributes:
        maker_fee_rate (float | Unset): Example: 0.0005.
        taker_fee_rate (float | Unset): Example: 0.001.
        rwa_taker_fee_rate (float | Unset): Example: 0.0001.
        rwa_maker_fee_rate (float | Unset): Example: 0.0001.
    """

    maker_fee_rate: float | Unset = UNSET
    taker_fee_rate: float | Unset = UNSET
    rwa_taker_fee_rate: float | Unset = UNSET
    rwa_maker_fee_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        maker_fee_rate = self.maker_fee_rate

        taker_fee_rate = self.taker_fee_rate

        rwa_taker_fee_rate = self.rwa_taker_fee_rate

        rwa_maker_fee_rate = self.rwa_maker_fee_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if maker_fee_rate is not UNSET:
            field_dict["maker_fee_rate"] = maker_fee_rate
        if taker_fee_rate is not UNSET:
            field_dict["taker_fee_rate"] = taker_fee_rate
        if rwa_taker_fee_rate is not UNSET:
            field_dict["rwa_taker_fee_rate"] = rwa_taker_fee_rate
        if rwa_maker_fee_rate is not UNSET:
            field_dict["rwa_maker_fee_rate"] = rwa_maker_fee_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        maker_fee_rate = _src_dict.pop("maker_fee_rate", UNSET)

        taker_fee_rate = _src_dict.pop("taker_fee_rate", UNSET)

        rwa_taker_fee_rate = _src_dict.pop("rwa_taker_fee_rate", UNSET)

        rwa_maker_fee_rate = _src_dict.pop("rwa_maker_fee_rate", UNSET)

        get_default_broker_fees_response_data = cls(
            maker_fee_rate=maker_fee_rate,
            taker_fee_rate=taker_fee_rate,
            rwa_taker_fee_rate=rwa_taker_fee_rate,
            rwa_maker_fee_rate=rwa_maker_fee_rate,
        )

        get_default_broker_fees_response_data.additional_properties = _src_dict
        return get_default_broker_fees_response_data

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
