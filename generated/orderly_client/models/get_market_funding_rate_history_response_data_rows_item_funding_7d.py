from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMarketFundingRateHistoryResponseDataRowsItemFunding7D")


@_attrs_define
class GetMarketFundingRateHistoryResponseDataRowsItemFunding7D:
    """
    Attributes:
        rate (float | Unset): Example: 0.00012.
        positive (float | Unset): Example: 8.
        negative (float | Unset): Example: 12.
    """

    rate: float | Unset = UNSET
    positive: float | Unset = UNSET
    negative: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        rate = _src_dict.pop("rate", UNSET)

        positive = _src_dict.pop("positive", UNSET)

        negative = _src_dict.pop("negative", UNSET)

        get_market_funding_rate_history_response_data_rows_item_funding_7d = cls(
            rate=rate,
            positive=positive,
            negative=negative,
        )

        get_market_funding_rate_history_response_data_rows_item_funding_7d.additional_properties = _src_dict
        return get_market_funding_rate_history_response_data_rows_item_funding_7d

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
