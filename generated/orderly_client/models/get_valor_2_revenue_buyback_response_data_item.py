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

T = TypeVar("T", bound="GetValor2RevenueBuybackResponseDataItem")


@_attrs_define(repr=False)
class GetValor2RevenueBuybackResponseDataItem:
    """
    Attributes:
        batch_id (int | Unset): Example: 13.
        usdc_revenue (Decimal | Unset): Example: 19090.
        esorder_amount (Decimal | Unset): Example: 90000000.
    """

    batch_id: int | Unset = UNSET
    usdc_revenue: Decimal | Unset = UNSET
    esorder_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        usdc_revenue = self.usdc_revenue

        esorder_amount = self.esorder_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if usdc_revenue is not UNSET:
            field_dict["usdc_revenue"] = usdc_revenue
        if esorder_amount is not UNSET:
            field_dict["esorder_amount"] = esorder_amount

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

        _usdc_revenue = _src_dict.pop("usdc_revenue", UNSET)
        usdc_revenue: Decimal | Unset
        if isinstance(_usdc_revenue, Unset):
            usdc_revenue = UNSET
        else:
            usdc_revenue = (
                _usdc_revenue if type(_usdc_revenue) is Decimal else decimal_from_wire(_usdc_revenue, "usdc_revenue")
            )

        _esorder_amount = _src_dict.pop("esorder_amount", UNSET)
        esorder_amount: Decimal | Unset
        if isinstance(_esorder_amount, Unset):
            esorder_amount = UNSET
        else:
            esorder_amount = (
                _esorder_amount
                if type(_esorder_amount) is Decimal
                else decimal_from_wire(_esorder_amount, "esorder_amount")
            )

        _result = cls(
            batch_id=batch_id,
            usdc_revenue=usdc_revenue,
            esorder_amount=esorder_amount,
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
