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

T = TypeVar("T", bound="GetValorRedeemInfoResponseDataChainDetailsItem")


@_attrs_define(repr=False)
class GetValorRedeemInfoResponseDataChainDetailsItem:
    """
    Attributes:
        chain_id (int | Unset): Example: 1.
        pending_usdc (Decimal | Unset): Example: 5000.
        available_usdc (Decimal | Unset): Example: 1500.
    """

    chain_id: int | Unset = UNSET
    pending_usdc: Decimal | Unset = UNSET
    available_usdc: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        chain_id = self.chain_id

        pending_usdc = self.pending_usdc

        available_usdc = self.available_usdc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if pending_usdc is not UNSET:
            field_dict["pending_usdc"] = pending_usdc
        if available_usdc is not UNSET:
            field_dict["available_usdc"] = available_usdc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _chain_id = _src_dict.pop("chain_id", UNSET)
        chain_id: int | Unset
        if isinstance(_chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = _chain_id if type(_chain_id) is int else int_from_wire(_chain_id, "chain_id")

        _pending_usdc = _src_dict.pop("pending_usdc", UNSET)
        pending_usdc: Decimal | Unset
        if isinstance(_pending_usdc, Unset):
            pending_usdc = UNSET
        else:
            pending_usdc = (
                _pending_usdc if type(_pending_usdc) is Decimal else decimal_from_wire(_pending_usdc, "pending_usdc")
            )

        _available_usdc = _src_dict.pop("available_usdc", UNSET)
        available_usdc: Decimal | Unset
        if isinstance(_available_usdc, Unset):
            available_usdc = UNSET
        else:
            available_usdc = (
                _available_usdc
                if type(_available_usdc) is Decimal
                else decimal_from_wire(_available_usdc, "available_usdc")
            )

        _result = cls(
            chain_id=chain_id,
            pending_usdc=pending_usdc,
            available_usdc=available_usdc,
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
