from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetValor2RedeemInfoResponseDataRedeemingValorListItem")


@_attrs_define
class GetValor2RedeemInfoResponseDataRedeemingValorListItem:
    """
    Attributes:
        batch_id (float | Unset): Example: 13.
        redeem_amount (float | Unset): Example: 2000.
    """

    batch_id: float | Unset = UNSET
    redeem_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        batch_id = _src_dict.pop("batch_id", UNSET)

        redeem_amount = _src_dict.pop("redeem_amount", UNSET)

        get_valor_2_redeem_info_response_data_redeeming_valor_list_item = cls(
            batch_id=batch_id,
            redeem_amount=redeem_amount,
        )

        get_valor_2_redeem_info_response_data_redeeming_valor_list_item.additional_properties = _src_dict
        return get_valor_2_redeem_info_response_data_redeeming_valor_list_item

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
