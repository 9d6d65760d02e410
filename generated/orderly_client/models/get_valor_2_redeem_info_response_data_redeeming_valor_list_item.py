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
    int_from_wire,
    model_repr,
)

T = TypeVar("T", bound="GetValor2RedeemInfoResponseDataRedeemingValorListItem")


@_attrs_define(repr=False)
class GetValor2RedeemInfoResponseDataRedeemingValorListItem:
    """
    Attributes:
        batch_id (int | Unset): Example: 13.
        redeem_amount (Decimal | Unset): Example: 2000.
    """

    batch_id: int | Unset = UNSET
    redeem_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        redeem_amount = self.redeem_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if redeem_amount is not UNSET:
            field_dict["redeem_amount"] = redeem_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _batch_id = _src_dict.pop("batch_id", UNSET)
        batch_id: int | Unset
        if isinstance(_batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = _batch_id if type(_batch_id) is int else int_from_wire(_batch_id, "batch_id")

        _redeem_amount = _src_dict.pop("redeem_amount", UNSET)
        redeem_amount: Decimal | Unset
        if isinstance(_redeem_amount, Unset):
            redeem_amount = UNSET
        else:
            redeem_amount = (
                _redeem_amount
                if type(_redeem_amount) is Decimal
                else decimal_from_wire(_redeem_amount, "redeem_amount")
            )

        _result = cls(
            batch_id=batch_id,
            redeem_amount=redeem_amount,
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
