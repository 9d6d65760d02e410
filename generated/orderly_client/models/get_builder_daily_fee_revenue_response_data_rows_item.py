from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetBuilderDailyFeeRevenueResponseDataRowsItem")


@_attrs_define
class GetBuilderDailyFeeRevenueResponseDataRowsItem:
    """
    Attributes:
        date (datetime.date): Format: date, YYYY-MM-DD. Example: 2026-08-18.
        permissionless_listing_fee_share (float): Example: 0.
        distributor_fee_share (float): Example: 0.
        builder_fee_revenue (float): Example: 0.
        cross_broker_fee (float): Example: 0.
        total_revenue (float): Example: 0.
    """

    date: datetime.date
    permissionless_listing_fee_share: float
    distributor_fee_share: float
    builder_fee_revenue: float
    cross_broker_fee: float
    total_revenue: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        permissionless_listing_fee_share = self.permissionless_listing_fee_share

        distributor_fee_share = self.distributor_fee_share

        builder_fee_revenue = self.builder_fee_revenue

        cross_broker_fee = self.cross_broker_fee

        total_revenue = self.total_revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "permissionless_listing_fee_share": permissionless_listing_fee_share,
                "distributor_fee_share": distributor_fee_share,
                "builder_fee_revenue": builder_fee_revenue,
                "cross_broker_fee": cross_broker_fee,
                "total_revenue": total_revenue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        date = datetime.date.fromisoformat(_src_dict.pop("date"))

        permissionless_listing_fee_share = _src_dict.pop("permissionless_listing_fee_share")

        distributor_fee_share = _src_dict.pop("distributor_fee_share")

        builder_fee_revenue = _src_dict.pop("builder_fee_revenue")

        cross_broker_fee = _src_dict.pop("cross_broker_fee")

        total_revenue = _src_dict.pop("total_revenue")

        get_builder_daily_fee_revenue_response_data_rows_item = cls(
            date=date,
            permissionless_listing_fee_share=permissionless_listing_fee_share,
            distributor_fee_share=distributor_fee_share,
            builder_fee_revenue=builder_fee_revenue,
            cross_broker_fee=cross_broker_fee,
            total_revenue=total_revenue,
        )

        get_builder_daily_fee_revenue_response_data_rows_item.additional_properties = _src_dict
        return get_builder_daily_fee_revenue_response_data_rows_item

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
