from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    decimal_from_wire,
    model_repr,
)

T = TypeVar("T", bound="GetBuilderDailyFeeRevenueResponseDataRowsItem")


@_attrs_define(repr=False)
class GetBuilderDailyFeeRevenueResponseDataRowsItem:
    """
    Attributes:
        date (datetime.date): Format: date, YYYY-MM-DD. Example: 2026-08-18.
        permissionless_listing_fee_share (Decimal): Example: 0.
        distributor_fee_share (Decimal): Example: 0.
        builder_fee_revenue (Decimal): Example: 0.
        cross_broker_fee (Decimal): Example: 0.
        total_revenue (Decimal): Example: 0.
    """

    date: datetime.date
    permissionless_listing_fee_share: Decimal
    distributor_fee_share: Decimal
    builder_fee_revenue: Decimal
    cross_broker_fee: Decimal
    total_revenue: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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

        _permissionless_listing_fee_share = _src_dict.pop("permissionless_listing_fee_share")
        permissionless_listing_fee_share = (
            _permissionless_listing_fee_share
            if type(_permissionless_listing_fee_share) is Decimal
            else decimal_from_wire(_permissionless_listing_fee_share, "permissionless_listing_fee_share")
        )

        _distributor_fee_share = _src_dict.pop("distributor_fee_share")
        distributor_fee_share = (
            _distributor_fee_share
            if type(_distributor_fee_share) is Decimal
            else decimal_from_wire(_distributor_fee_share, "distributor_fee_share")
        )

        _builder_fee_revenue = _src_dict.pop("builder_fee_revenue")
        builder_fee_revenue = (
            _builder_fee_revenue
            if type(_builder_fee_revenue) is Decimal
            else decimal_from_wire(_builder_fee_revenue, "builder_fee_revenue")
        )

        _cross_broker_fee = _src_dict.pop("cross_broker_fee")
        cross_broker_fee = (
            _cross_broker_fee
            if type(_cross_broker_fee) is Decimal
            else decimal_from_wire(_cross_broker_fee, "cross_broker_fee")
        )

        _total_revenue = _src_dict.pop("total_revenue")
        total_revenue = (
            _total_revenue if type(_total_revenue) is Decimal else decimal_from_wire(_total_revenue, "total_revenue")
        )

        _result = cls(
            date=date,
            permissionless_listing_fee_share=permissionless_listing_fee_share,
            distributor_fee_share=distributor_fee_share,
            builder_fee_revenue=builder_fee_revenue,
            cross_broker_fee=cross_broker_fee,
            total_revenue=total_revenue,
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
