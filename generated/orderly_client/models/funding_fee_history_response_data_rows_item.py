from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funding_fee_history_response_data_rows_item_margin_mode import (
    FundingFeeHistoryResponseDataRowsItemMarginMode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingFeeHistoryResponseDataRowsItem")


@_attrs_define
class FundingFeeHistoryResponseDataRowsItem:
    """
    Attributes:
        symbol (str | Unset): Example: PERP_ETH_USDC.
        funding_rate (float | Unset): Example: 0.00046875.
        mark_price (float | Unset): Example: 2100.
        funding_fee (float | Unset): Example: 1.6e-05.
        payment_type (str | Unset): Example: Pay.
        status (str | Unset): Example: Accrued.
        created_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1682235722003.
        updated_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1682235722003.
        margin_mode (FundingFeeHistoryResponseDataRowsItemMarginMode | Unset): One of: CROSS, ISOLATED. Example: CROSS.
    """

    symbol: str | Unset = UNSET
    funding_rate: float | Unset = UNSET
    mark_price: float | Unset = UNSET
    funding_fee: float | Unset = UNSET
    payment_type: str | Unset = UNSET
    status: str | Unset = UNSET
    created_time: float | Unset = UNSET
    updated_time: float | Unset = UNSET
    margin_mode: FundingFeeHistoryResponseDataRowsItemMarginMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        funding_rate = self.funding_rate

        mark_price = self.mark_price

        funding_fee = self.funding_fee

        payment_type = self.payment_type

        status = self.status

        created_time = self.created_time

        updated_time = self.updated_time

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = self.margin_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if funding_rate is not UNSET:
            field_dict["funding_rate"] = funding_rate
        if mark_price is not UNSET:
            field_dict["mark_price"] = mark_price
        if funding_fee is not UNSET:
            field_dict["funding_fee"] = funding_fee
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if status is not UNSET:
            field_dict["status"] = status
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        symbol = _src_dict.pop("symbol", UNSET)

        funding_rate = _src_dict.pop("funding_rate", UNSET)

        mark_price = _src_dict.pop("mark_price", UNSET)

        funding_fee = _src_dict.pop("funding_fee", UNSET)

        payment_type = _src_dict.pop("payment_type", UNSET)

        status = _src_dict.pop("status", UNSET)

        created_time = _src_dict.pop("created_time", UNSET)

        updated_time = _src_dict.pop("updated_time", UNSET)

        _margin_mode = _src_dict.pop("margin_mode", UNSET)
        margin_mode: FundingFeeHistoryResponseDataRowsItemMarginMode | Unset
        if isinstance(_margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = FundingFeeHistoryResponseDataRowsItemMarginMode.from_wire(_margin_mode)

        funding_fee_history_response_data_rows_item = cls(
            symbol=symbol,
            funding_rate=funding_rate,
            mark_price=mark_price,
            funding_fee=funding_fee,
            payment_type=payment_type,
            status=status,
            created_time=created_time,
            updated_time=updated_time,
            margin_mode=margin_mode,
        )

        funding_fee_history_response_data_rows_item.additional_properties = _src_dict
        return funding_fee_history_response_data_rows_item

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
