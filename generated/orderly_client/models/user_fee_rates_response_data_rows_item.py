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

T = TypeVar("T", bound="UserFeeRatesResponseDataRowsItem")


@_attrs_define(repr=False)
class UserFeeRatesResponseDataRowsItem:
    """
    Attributes:
        account_id (str | Unset): Example: 0x114f583aea808c5812e16109b6c087660285a26f0a31dcc0f9b54f1a6a0fefbd.
        address (str | Unset): Example: 0xa8ec6970fec8842dd229eef170f624c3d77dab45.
        is_default_fee_rate (str | Unset): Example: true.
        maker_fee_rate (Decimal | Unset): Example: 0.03.
        taker_fee_rate (Decimal | Unset): Example: 0.01.
        rwa_taker_fee_rate (Decimal | Unset): Example: 0.0001.
        rwa_maker_fee_rate (Decimal | Unset): Example: 0.0001.
    """

    account_id: str | Unset = UNSET
    address: str | Unset = UNSET
    is_default_fee_rate: str | Unset = UNSET
    maker_fee_rate: Decimal | Unset = UNSET
    taker_fee_rate: Decimal | Unset = UNSET
    rwa_taker_fee_rate: Decimal | Unset = UNSET
    rwa_maker_fee_rate: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        address = self.address

        is_default_fee_rate = self.is_default_fee_rate

        maker_fee_rate = self.maker_fee_rate

        taker_fee_rate = self.taker_fee_rate

        rwa_taker_fee_rate = self.rwa_taker_fee_rate

        rwa_maker_fee_rate = self.rwa_maker_fee_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if address is not UNSET:
            field_dict["address"] = address
        if is_default_fee_rate is not UNSET:
            field_dict["is_default_fee_rate"] = is_default_fee_rate
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
        _account_id = _src_dict.pop("account_id", UNSET)
        account_id: str | Unset
        if isinstance(_account_id, Unset):
            account_id = UNSET
        else:
            account_id = _account_id if type(_account_id) is str else str_from_wire(_account_id, "account_id")

        _address = _src_dict.pop("address", UNSET)
        address: str | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = _address if type(_address) is str else str_from_wire(_address, "address")

        _is_default_fee_rate = _src_dict.pop("is_default_fee_rate", UNSET)
        is_default_fee_rate: str | Unset
        if isinstance(_is_default_fee_rate, Unset):
            is_default_fee_rate = UNSET
        else:
            is_default_fee_rate = (
                _is_default_fee_rate
                if type(_is_default_fee_rate) is str
                else str_from_wire(_is_default_fee_rate, "is_default_fee_rate")
            )

        _maker_fee_rate = _src_dict.pop("maker_fee_rate", UNSET)
        maker_fee_rate: Decimal | Unset
        if isinstance(_maker_fee_rate, Unset):
            maker_fee_rate = UNSET
        else:
            maker_fee_rate = (
                _maker_fee_rate
                if type(_maker_fee_rate) is Decimal
                else decimal_from_wire(_maker_fee_rate, "maker_fee_rate")
            )

        _taker_fee_rate = _src_dict.pop("taker_fee_rate", UNSET)
        taker_fee_rate: Decimal | Unset
        if isinstance(_taker_fee_rate, Unset):
            taker_fee_rate = UNSET
        else:
            taker_fee_rate = (
                _taker_fee_rate
                if type(_taker_fee_rate) is Decimal
                else decimal_from_wire(_taker_fee_rate, "taker_fee_rate")
            )

        _rwa_taker_fee_rate = _src_dict.pop("rwa_taker_fee_rate", UNSET)
        rwa_taker_fee_rate: Decimal | Unset
        if isinstance(_rwa_taker_fee_rate, Unset):
            rwa_taker_fee_rate = UNSET
        else:
            rwa_taker_fee_rate = (
                _rwa_taker_fee_rate
                if type(_rwa_taker_fee_rate) is Decimal
                else decimal_from_wire(_rwa_taker_fee_rate, "rwa_taker_fee_rate")
            )

        _rwa_maker_fee_rate = _src_dict.pop("rwa_maker_fee_rate", UNSET)
        rwa_maker_fee_rate: Decimal | Unset
        if isinstance(_rwa_maker_fee_rate, Unset):
            rwa_maker_fee_rate = UNSET
        else:
            rwa_maker_fee_rate = (
                _rwa_maker_fee_rate
                if type(_rwa_maker_fee_rate) is Decimal
                else decimal_from_wire(_rwa_maker_fee_rate, "rwa_maker_fee_rate")
            )

        _result = cls(
            account_id=account_id,
            address=address,
            is_default_fee_rate=is_default_fee_rate,
            maker_fee_rate=maker_fee_rate,
            taker_fee_rate=taker_fee_rate,
            rwa_taker_fee_rate=rwa_taker_fee_rate,
            rwa_maker_fee_rate=rwa_maker_fee_rate,
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
