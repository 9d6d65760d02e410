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
    to_decimal,
    to_decimal_or_unset,
)

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__


T = TypeVar("T", bound="PostV1BrokerFeeRateSetBody")


@_attrs_define(repr=False)
class PostV1BrokerFeeRateSetBody:
    """
    Attributes:
        maker_fee_rate (Decimal):
        taker_fee_rate (Decimal):
        account_ids (list[str]):
        rwa_taker_fee_rate (Decimal | Unset):
        rwa_maker_fee_rate (Decimal | Unset):
    """

    maker_fee_rate: Decimal = _attrs_field(converter=to_decimal)
    taker_fee_rate: Decimal = _attrs_field(converter=to_decimal)
    account_ids: list[str]
    rwa_taker_fee_rate: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    rwa_maker_fee_rate: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        maker_fee_rate = self.maker_fee_rate

        taker_fee_rate = self.taker_fee_rate

        account_ids = self.account_ids

        rwa_taker_fee_rate = self.rwa_taker_fee_rate

        rwa_maker_fee_rate = self.rwa_maker_fee_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maker_fee_rate": maker_fee_rate,
                "taker_fee_rate": taker_fee_rate,
                "account_ids": account_ids,
            }
        )
        if rwa_taker_fee_rate is not UNSET:
            field_dict["rwa_taker_fee_rate"] = rwa_taker_fee_rate
        if rwa_maker_fee_rate is not UNSET:
            field_dict["rwa_maker_fee_rate"] = rwa_maker_fee_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _maker_fee_rate = _src_dict.pop("maker_fee_rate")
        maker_fee_rate = (
            _maker_fee_rate
            if type(_maker_fee_rate) is Decimal
            else decimal_from_wire(_maker_fee_rate, "maker_fee_rate")
        )

        _taker_fee_rate = _src_dict.pop("taker_fee_rate")
        taker_fee_rate = (
            _taker_fee_rate
            if type(_taker_fee_rate) is Decimal
            else decimal_from_wire(_taker_fee_rate, "taker_fee_rate")
        )

        account_ids = []
        _account_ids = _src_dict.pop("account_ids")
        for account_ids_item_data in _account_ids:
            _account_ids_item = account_ids_item_data
            account_ids_item = (
                _account_ids_item
                if type(_account_ids_item) is str
                else str_from_wire(_account_ids_item, "account_ids_item")
            )

            account_ids.append(account_ids_item)

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

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "maker_fee_rate", maker_fee_rate)
        _set(_result, "taker_fee_rate", taker_fee_rate)
        _set(_result, "account_ids", account_ids)
        _set(_result, "rwa_taker_fee_rate", rwa_taker_fee_rate)
        _set(_result, "rwa_maker_fee_rate", rwa_maker_fee_rate)

        _set(_result, "additional_properties", _src_dict)
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
