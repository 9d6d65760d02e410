from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_mode import MarginMode
from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="FundingFee")


@_attrs_define(repr=False)
class FundingFee:
    """
    Attributes:
        symbol (str | Unset): Example: PERP_ETH_USDC.
        funding_rate (Decimal | Unset): Example: 0.00046875.
        mark_price (Decimal | Unset): Example: 2100.
        funding_fee (Decimal | Unset): Example: 1.6e-05.
        payment_type (str | Unset): Example: Pay.
        status (str | Unset): Example: Accrued.
        created_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1682235722003.
        updated_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1682235722003.
        margin_mode (MarginMode | Unset): One of: CROSS, ISOLATED.
    """

    symbol: str | Unset = UNSET
    funding_rate: Decimal | Unset = UNSET
    mark_price: Decimal | Unset = UNSET
    funding_fee: Decimal | Unset = UNSET
    payment_type: str | Unset = UNSET
    status: str | Unset = UNSET
    created_time: int | Unset = UNSET
    updated_time: int | Unset = UNSET
    margin_mode: MarginMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
            margin_mode = str(self.margin_mode)

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
        _symbol = _src_dict.pop("symbol", UNSET)
        symbol: str | Unset
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _funding_rate = _src_dict.pop("funding_rate", UNSET)
        funding_rate: Decimal | Unset
        if isinstance(_funding_rate, Unset):
            funding_rate = UNSET
        else:
            funding_rate = (
                _funding_rate if type(_funding_rate) is Decimal else decimal_from_wire(_funding_rate, "funding_rate")
            )

        _mark_price = _src_dict.pop("mark_price", UNSET)
        mark_price: Decimal | Unset
        if isinstance(_mark_price, Unset):
            mark_price = UNSET
        else:
            mark_price = _mark_price if type(_mark_price) is Decimal else decimal_from_wire(_mark_price, "mark_price")

        _funding_fee = _src_dict.pop("funding_fee", UNSET)
        funding_fee: Decimal | Unset
        if isinstance(_funding_fee, Unset):
            funding_fee = UNSET
        else:
            funding_fee = (
                _funding_fee if type(_funding_fee) is Decimal else decimal_from_wire(_funding_fee, "funding_fee")
            )

        _payment_type = _src_dict.pop("payment_type", UNSET)
        payment_type: str | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = _payment_type if type(_payment_type) is str else str_from_wire(_payment_type, "payment_type")

        _status = _src_dict.pop("status", UNSET)
        status: str | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _status if type(_status) is str else str_from_wire(_status, "status")

        _created_time = _src_dict.pop("created_time", UNSET)
        created_time: int | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = _created_time if type(_created_time) is int else int_from_wire(_created_time, "created_time")

        _updated_time = _src_dict.pop("updated_time", UNSET)
        updated_time: int | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = _updated_time if type(_updated_time) is int else int_from_wire(_updated_time, "updated_time")

        _margin_mode = _src_dict.pop("margin_mode", UNSET)
        margin_mode: MarginMode | Unset
        if isinstance(_margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = MarginMode.from_wire(_margin_mode)

        _result = cls(
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
