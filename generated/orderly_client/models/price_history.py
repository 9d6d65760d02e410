from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..types import (
    UNSET,
    Unset,
    model_repr,
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.price_history_price_list_item import PriceHistoryPriceListItem


T = TypeVar("T", bound="PriceHistory")


@_attrs_define(repr=False)
class PriceHistory:
    """
    Attributes:
        symbol (str | Unset): Example: PERP_BTC_USDC.
        price_list (list[PriceHistoryPriceListItem] | Unset):
    """

    symbol: str | Unset = UNSET
    price_list: list[PriceHistoryPriceListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            PriceHistoryPriceListItem = _models.PriceHistoryPriceListItem
        symbol = self.symbol

        price_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_list, Unset):
            price_list = []
            for price_list_item_data in self.price_list:
                price_list_item = price_list_item_data.to_dict()
                price_list.append(price_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if price_list is not UNSET:
            field_dict["price_list"] = price_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            PriceHistoryPriceListItem = _models.PriceHistoryPriceListItem
        _src_dict = dict(src_dict)
        _symbol = _src_dict.pop("symbol", UNSET)
        symbol: str | Unset
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _price_list = _src_dict.pop("price_list", UNSET)
        price_list: list[PriceHistoryPriceListItem] | Unset = UNSET
        if _price_list is not UNSET:
            price_list = []
            for price_list_item_data in _price_list:
                price_list_item = PriceHistoryPriceListItem.from_dict(price_list_item_data)

                price_list.append(price_list_item)

        _result = cls(
            symbol=symbol,
            price_list=price_list,
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
