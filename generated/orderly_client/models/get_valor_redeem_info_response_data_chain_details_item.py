from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetValorRedeemInfoResponseDataChainDetailsItem")


@_attrs_define
class GetValorRedeemInfoResponseDataChainDetailsItem:
    """
    Attributes:
        chain_id (float | Unset): Example: 1.
        pending_usdc (float | Unset): Example: 5000.
        available_usdc (float | Unset): Example: 1500.
    """

    chain_id: float | Unset = UNSET
    pending_usdc: float | Unset = UNSET
    available_usdc: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        chain_id = _src_dict.pop("chain_id", UNSET)

        pending_usdc = _src_dict.pop("pending_usdc", UNSET)

        available_usdc = _src_dict.pop("available_usdc", UNSET)

        get_valor_redeem_info_response_data_chain_details_item = cls(
            chain_id=chain_id,
            pending_usdc=pending_usdc,
            available_usdc=available_usdc,
        )

        get_valor_redeem_info_response_data_chain_details_item.additional_properties = _src_dict
        return get_valor_redeem_info_response_data_chain_details_item

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
