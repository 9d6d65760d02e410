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
    to_decimal,
)

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models

if TYPE_CHECKING:
    from ..models.liquidation_body_limit_price import LiquidationBodyLimitPrice
    from ..models.liquidation_body_symbols import LiquidationBodySymbols


T = TypeVar("T", bound="LiquidationBody")


@_attrs_define(repr=False)
class LiquidationBody:
    """
    Attributes:
        liquidation_id (int):
        ratio_qty_request (Decimal):
        extra_liquidation_ratio (int | Unset):
        limit_price (LiquidationBodyLimitPrice | Unset):
        symbols (LiquidationBodySymbols | Unset):
    """

    liquidation_id: int
    ratio_qty_request: Decimal = _attrs_field(converter=to_decimal)
    extra_liquidation_ratio: int | Unset = UNSET
    limit_price: LiquidationBodyLimitPrice | Unset = UNSET
    symbols: LiquidationBodySymbols | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            LiquidationBodyLimitPrice = _models.LiquidationBodyLimitPrice
            LiquidationBodySymbols = _models.LiquidationBodySymbols
        liquidation_id = self.liquidation_id

        ratio_qty_request = self.ratio_qty_request

        extra_liquidation_ratio = self.extra_liquidation_ratio

        limit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limit_price, Unset):
            limit_price = self.limit_price.to_dict()

        symbols: dict[str, Any] | Unset = UNSET
        if not isinstance(self.symbols, Unset):
            symbols = self.symbols.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "liquidation_id": liquidation_id,
                "ratio_qty_request": ratio_qty_request,
            }
        )
        if extra_liquidation_ratio is not UNSET:
            field_dict["extra_liquidation_ratio"] = extra_liquidation_ratio
        if limit_price is not UNSET:
            field_dict["limit_price"] = limit_price
        if symbols is not UNSET:
            field_dict["symbols"] = symbols

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            LiquidationBodyLimitPrice = _models.LiquidationBodyLimitPrice
            LiquidationBodySymbols = _models.LiquidationBodySymbols
        _src_dict = dict(src_dict)
        _liquidation_id = _src_dict.pop("liquidation_id")
        liquidation_id = (
            _liquidation_id if type(_liquidation_id) is int else int_from_wire(_liquidation_id, "liquidation_id")
        )

        _ratio_qty_request = _src_dict.pop("ratio_qty_request")
        ratio_qty_request = (
            _ratio_qty_request
            if type(_ratio_qty_request) is Decimal
            else decimal_from_wire(_ratio_qty_request, "ratio_qty_request")
        )

        _extra_liquidation_ratio = _src_dict.pop("extra_liquidation_ratio", UNSET)
        extra_liquidation_ratio: int | Unset
        if isinstance(_extra_liquidation_ratio, Unset):
            extra_liquidation_ratio = UNSET
        else:
            extra_liquidation_ratio = (
                _extra_liquidation_ratio
                if type(_extra_liquidation_ratio) is int
                else int_from_wire(_extra_liquidation_ratio, "extra_liquidation_ratio")
            )

        _limit_price = _src_dict.pop("limit_price", UNSET)
        limit_price: LiquidationBodyLimitPrice | Unset
        if isinstance(_limit_price, Unset):
            limit_price = UNSET
        else:
            limit_price = LiquidationBodyLimitPrice.from_dict(_limit_price)

        _symbols = _src_dict.pop("symbols", UNSET)
        symbols: LiquidationBodySymbols | Unset
        if isinstance(_symbols, Unset):
            symbols = UNSET
        else:
            symbols = LiquidationBodySymbols.from_dict(_symbols)

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "liquidation_id", liquidation_id)
        _set(_result, "ratio_qty_request", ratio_qty_request)
        _set(_result, "extra_liquidation_ratio", extra_liquidation_ratio)
        _set(_result, "limit_price", limit_price)
        _set(_result, "symbols", symbols)

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
