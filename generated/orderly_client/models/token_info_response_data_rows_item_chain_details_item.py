from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenInfoResponseDataRowsItemChainDetailsItem")


@_attrs_define
class TokenInfoResponseDataRowsItemChainDetailsItem:
    """
    Attributes:
        chain_id (int | Unset): Example: 43113.
        contract_address (str | Unset): Example: 0x5d64c9cfb0197775b4b3ad9be4d3c7976e0d8dc3.
        cross_chain_withdrawal_fee (int | Unset): Example: 0.
        decimals (int | Unset): Example: 18.
        withdraw_fee (float | Unset): Example: 2.
        display_name (str | Unset): Example: ETH.
        exclusive_deposit_supported (bool | Unset): Example: False.
    """

    chain_id: int | Unset = UNSET
    contract_address: str | Unset = UNSET
    cross_chain_withdrawal_fee: int | Unset = UNSET
    decimals: int | Unset = UNSET
    withdraw_fee: float | Unset = UNSET
    display_name: str | Unset = UNSET
    exclusive_deposit_supported: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        chain_id = _src_dict.pop("chain_id", UNSET)

        contract_address = _src_dict.pop("contract_address", UNSET)

        cross_chain_withdrawal_fee = _src_dict.pop("cross_chain_withdrawal_fee", UNSET)

        decimals = _src_dict.pop("decimals", UNSET)

        withdraw_fee = _src_dict.pop("withdraw_fee", UNSET)

        display_name = _src_dict.pop("display_name", UNSET)

        exclusive_deposit_supported = _src_dict.pop("exclusive_deposit_supported", UNSET)

        token_info_response_data_rows_item_chain_details_item = cls(
            chain_id=chain_id,
            contract_address=contract_address,
            cross_chain_withdrawal_fee=cross_chain_withdrawal_fee,
            decimals=decimals,
            withdraw_fee=withdraw_fee,
            display_name=display_name,
            exclusive_deposit_supported=exclusive_deposit_supported,
        )

        token_info_response_data_rows_item_chain_details_item.additional_properties = _src_dict
        return token_info_response_data_rows_item_chain_details_item

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
