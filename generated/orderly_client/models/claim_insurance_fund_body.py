from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
    to_decimal,
)

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models

if TYPE_CHECKING:
    from ..models.claim_insurance_fund_body_limit_price import (
        ClaimInsuranceFundBodyLimitPrice,
    )


T = TypeVar("T", bound="ClaimInsuranceFundBody")


@_attrs_define(repr=False)
class ClaimInsuranceFundBody:
    """
    Attributes:
        claim_id (int):
        symbol (str):
        qty_request (Decimal):
        limit_price (ClaimInsuranceFundBodyLimitPrice | Unset):
    """

    claim_id: int
    symbol: str
    qty_request: Decimal = _attrs_field(converter=to_decimal)
    limit_price: ClaimInsuranceFundBodyLimitPrice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            ClaimInsuranceFundBodyLimitPrice = _models.ClaimInsuranceFundBodyLimitPrice
        claim_id = self.claim_id

        symbol = self.symbol

        qty_request = self.qty_request

        limit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limit_price, Unset):
            limit_price = self.limit_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "claim_id": claim_id,
                "symbol": symbol,
                "qty_request": qty_request,
            }
        )
        if limit_price is not UNSET:
            field_dict["limit_price"] = limit_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            ClaimInsuranceFundBodyLimitPrice = _models.ClaimInsuranceFundBodyLimitPrice
        _src_dict = dict(src_dict)
        _claim_id = _src_dict.pop("claim_id")
        claim_id = _claim_id if type(_claim_id) is int else int_from_wire(_claim_id, "claim_id")

        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _qty_request = _src_dict.pop("qty_request")
        qty_request = _qty_request if type(_qty_request) is Decimal else decimal_from_wire(_qty_request, "qty_request")

        _limit_price = _src_dict.pop("limit_price", UNSET)
        limit_price: ClaimInsuranceFundBodyLimitPrice | Unset
        if isinstance(_limit_price, Unset):
            limit_price = UNSET
        else:
            limit_price = ClaimInsuranceFundBodyLimitPrice.from_dict(_limit_price)

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "claim_id", claim_id)
        _set(_result, "symbol", symbol)
        _set(_result, "qty_request", qty_request)
        _set(_result, "limit_price", limit_price)

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
