from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    bool_from_wire,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="TokenChain")


@_attrs_define(repr=False)
class TokenChain:
    """
    Attributes:
        chain_id (int | Unset): Example: 43113.
        contract_address (str | Unset): Example: 0x5d64c9cfb0197775b4b3ad9be4d3c7976e0d8dc3.
        cross_chain_withdrawal_fee (Decimal | Unset): Example: 0.
        decimals (int | Unset): Example: 18.
        withdraw_fee (Decimal | Unset): Example: 2.
        display_name (str | Unset): Example: ETH.
        exclusive_deposit_supported (bool | Unset): Example: False.
    """

    chain_id: int | Unset = UNSET
    contract_address: str | Unset = UNSET
    cross_chain_withdrawal_fee: Decimal | Unset = UNSET
    decimals: int | Unset = UNSET
    withdraw_fee: Decimal | Unset = UNSET
    display_name: str | Unset = UNSET
    exclusive_deposit_supported: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        chain_id = self.chain_id

        contract_address = self.contract_address

        cross_chain_withdrawal_fee = self.cross_chain_withdrawal_fee

        decimals = self.decimals

        withdraw_fee = self.withdraw_fee

        display_name = self.display_name

        exclusive_deposit_supported = self.exclusive_deposit_supported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if contract_address is not UNSET:
            field_dict["contract_address"] = contract_address
        if cross_chain_withdrawal_fee is not UNSET:
            field_dict["cross_chain_withdrawal_fee"] = cross_chain_withdrawal_fee
        if decimals is not UNSET:
            field_dict["decimals"] = decimals
        if withdraw_fee is not UNSET:
            field_dict["withdraw_fee"] = withdraw_fee
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if exclusive_deposit_supported is not UNSET:
            field_dict["exclusive_deposit_supported"] = exclusive_deposit_supported

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

        _contract_address = _src_dict.pop("contract_address", UNSET)
        contract_address: str | Unset
        if isinstance(_contract_address, Unset):
            contract_address = UNSET
        else:
            contract_address = (
                _contract_address
                if type(_contract_address) is str
                else str_from_wire(_contract_address, "contract_address")
            )

        _cross_chain_withdrawal_fee = _src_dict.pop("cross_chain_withdrawal_fee", UNSET)
        cross_chain_withdrawal_fee: Decimal | Unset
        if isinstance(_cross_chain_withdrawal_fee, Unset):
            cross_chain_withdrawal_fee = UNSET
        else:
            cross_chain_withdrawal_fee = (
                _cross_chain_withdrawal_fee
                if type(_cross_chain_withdrawal_fee) is Decimal
                else decimal_from_wire(_cross_chain_withdrawal_fee, "cross_chain_withdrawal_fee")
            )

        _decimals = _src_dict.pop("decimals", UNSET)
        decimals: int | Unset
        if isinstance(_decimals, Unset):
            decimals = UNSET
        else:
            decimals = _decimals if type(_decimals) is int else int_from_wire(_decimals, "decimals")

        _withdraw_fee = _src_dict.pop("withdraw_fee", UNSET)
        withdraw_fee: Decimal | Unset
        if isinstance(_withdraw_fee, Unset):
            withdraw_fee = UNSET
        else:
            withdraw_fee = (
                _withdraw_fee if type(_withdraw_fee) is Decimal else decimal_from_wire(_withdraw_fee, "withdraw_fee")
            )

        _display_name = _src_dict.pop("display_name", UNSET)
        display_name: str | Unset
        if isinstance(_display_name, Unset):
            display_name = UNSET
        else:
            display_name = _display_name if type(_display_name) is str else str_from_wire(_display_name, "display_name")

        _exclusive_deposit_supported = _src_dict.pop("exclusive_deposit_supported", UNSET)
        exclusive_deposit_supported: bool | Unset
        if isinstance(_exclusive_deposit_supported, Unset):
            exclusive_deposit_supported = UNSET
        else:
            exclusive_deposit_supported = (
                _exclusive_deposit_supported
                if type(_exclusive_deposit_supported) is bool
                else bool_from_wire(_exclusive_deposit_supported, "exclusive_deposit_supported")
            )

        _result = cls(
            chain_id=chain_id,
            contract_address=contract_address,
            cross_chain_withdrawal_fee=cross_chain_withdrawal_fee,
            decimals=decimals,
            withdraw_fee=withdraw_fee,
            display_name=display_name,
            exclusive_deposit_supported=exclusive_deposit_supported,
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
