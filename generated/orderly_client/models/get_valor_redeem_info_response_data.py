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
    from ..models.get_valor_redeem_info_response_data_chain_details_item import (
        GetValorRedeemInfoResponseDataChainDetailsItem,
    )


T = TypeVar("T", bound="GetValorRedeemInfoResponseData")


@_attrs_define(repr=False)
class GetValorRedeemInfoResponseData:
    """
    Attributes:
        redeeming_valor_amount (Decimal | Unset): Example: 1000.
        chain_details (list[GetValorRedeemInfoResponseDataChainDetailsItem] | Unset):
    """

    redeeming_valor_amount: Decimal | Unset = UNSET
    chain_details: list[GetValorRedeemInfoResponseDataChainDetailsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetValorRedeemInfoResponseDataChainDetailsItem = _models.GetValorRedeemInfoResponseDataChainDetailsItem
        redeeming_valor_amount = self.redeeming_valor_amount

        chain_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chain_details, Unset):
            chain_details = []
            for chain_details_item_data in self.chain_details:
                chain_details_item = chain_details_item_data.to_dict()
                chain_details.append(chain_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if redeeming_valor_amount is not UNSET:
            field_dict["redeeming_valor_amount"] = redeeming_valor_amount
        if chain_details is not UNSET:
            field_dict["chain_details"] = chain_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetValorRedeemInfoResponseDataChainDetailsItem = _models.GetValorRedeemInfoResponseDataChainDetailsItem
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

        _chain_details = _src_dict.pop("chain_details", UNSET)
        chain_details: list[GetValorRedeemInfoResponseDataChainDetailsItem] | Unset = UNSET
        if _chain_details is not UNSET:
            chain_details = []
            for chain_details_item_data in _chain_details:
                chain_details_item = GetValorRedeemInfoResponseDataChainDetailsItem.from_dict(chain_details_item_data)

                chain_details.append(chain_details_item)

        _result = cls(
            redeeming_valor_amount=redeeming_valor_amount,
            chain_details=chain_details,
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
