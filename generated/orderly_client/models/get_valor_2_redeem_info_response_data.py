from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.get_valor_2_redeem_info_response_data_redeeming_valor_list_item import (
        GetValor2RedeemInfoResponseDataRedeemingValorListItem,
    )


T = TypeVar("T", bound="GetValor2RedeemInfoResponseData")


@_attrs_define(repr=False)
class GetValor2RedeemInfoResponseData:
    """
    Attributes:
        redeeming_valor_amount (Decimal | Unset): Example: 1000.
        redeeming_valor_list (list[GetValor2RedeemInfoResponseDataRedeemingValorListItem] | Unset):
        pending_esorder (Decimal | Unset): Example: 5000.
        available_esorder (Decimal | Unset): Example: 1500.
    """

    redeeming_valor_amount: Decimal | Unset = UNSET
    redeeming_valor_list: list[GetValor2RedeemInfoResponseDataRedeemingValorListItem] | Unset = UNSET
    pending_esorder: Decimal | Unset = UNSET
    available_esorder: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetValor2RedeemInfoResponseDataRedeemingValorListItem = (
                _models.GetValor2RedeemInfoResponseDataRedeemingValorListItem
            )
        redeeming_valor_amount = self.redeeming_valor_amount

        redeeming_valor_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.redeeming_valor_list, Unset):
            redeeming_valor_list = []
            for redeeming_valor_list_item_data in self.redeeming_valor_list:
                redeeming_valor_list_item = redeeming_valor_list_item_data.to_dict()
                redeeming_valor_list.append(redeeming_valor_list_item)

        pending_esorder = self.pending_esorder

        available_esorder = self.available_esorder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if redeeming_valor_amount is not UNSET:
            field_dict["redeeming_valor_amount"] = redeeming_valor_amount
        if redeeming_valor_list is not UNSET:
            field_dict["redeeming_valor_list"] = redeeming_valor_list
        if pending_esorder is not UNSET:
            field_dict["pending_esorder"] = pending_esorder
        if available_esorder is not UNSET:
            field_dict["available_esorder"] = available_esorder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetValor2RedeemInfoResponseDataRedeemingValorListItem = (
                _models.GetValor2RedeemInfoResponseDataRedeemingValorListItem
            )
        _src_dict = dict(src_dict)
        _redeeming_valor_amount = _src_dict.pop("redeeming_valor_amount", UNSET)
        redeeming_valor_amount: Decimal | Unset
        if isinstance(_redeeming_valor_amount, Unset):
            redeeming_valor_amount = UNSET
        else:
            redeeming_valor_amount = (
                _redeeming_valor_amount
                if type(_redeeming_valor_amount) is Decimal
                else decimal_from_wire(_redeeming_valor_amount, "redeeming_valor_amount")
            )

        _redeeming_valor_list = _src_dict.pop("redeeming_valor_list", UNSET)
        redeeming_valor_list: list[GetValor2RedeemInfoResponseDataRedeemingValorListItem] | Unset = UNSET
        if _redeeming_valor_list is not UNSET:
            redeeming_valor_list = []
            for redeeming_valor_list_item_data in _redeeming_valor_list:
                redeeming_valor_list_item = GetValor2RedeemInfoResponseDataRedeemingValorListItem.from_dict(
                    redeeming_valor_list_item_data
                )

                redeeming_valor_list.append(redeeming_valor_list_item)

        _pending_esorder = _src_dict.pop("pending_esorder", UNSET)
        pending_esorder: Decimal | Unset
        if isinstance(_pending_esorder, Unset):
            pending_esorder = UNSET
        else:
            pending_esorder = (
                _pending_esorder
                if type(_pending_esorder) is Decimal
                else decimal_from_wire(_pending_esorder, "pending_esorder")
            )

        _available_esorder = _src_dict.pop("available_esorder", UNSET)
        available_esorder: Decimal | Unset
        if isinstance(_available_esorder, Unset):
            available_esorder = UNSET
        else:
            available_esorder = (
                _available_esorder
                if type(_available_esorder) is Decimal
                else decimal_from_wire(_available_esorder, "available_esorder")
            )

        _result = cls(
            redeeming_valor_amount=redeeming_valor_amount,
            redeeming_valor_list=redeeming_valor_list,
            pending_esorder=pending_esorder,
            available_esorder=available_esorder,
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
