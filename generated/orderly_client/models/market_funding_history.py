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
    from ..models.market_funding_history_funding import MarketFundingHistoryFunding


T = TypeVar("T", bound="MarketFundingHistory")


@_attrs_define(repr=False)
class MarketFundingHistory:
    """
    Attributes:
        symbol (str | Unset): Example: PERP_BTC_USDC.
        data_start_time (str | Unset): Example: 2022-01-01 00:00:00.
        funding (MarketFundingHistoryFunding | Unset):
    """

    symbol: str | Unset = UNSET
    data_start_time: str | Unset = UNSET
    funding: MarketFundingHistoryFunding | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            MarketFundingHistoryFunding = _models.MarketFundingHistoryFunding
        symbol = self.symbol

        data_start_time = self.data_start_time

        funding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.funding, Unset):
            funding = self.funding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if data_start_time is not UNSET:
            field_dict["data_start_time"] = data_start_time
        if funding is not UNSET:
            field_dict["funding"] = funding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            MarketFundingHistoryFunding = _models.MarketFundingHistoryFunding
        _src_dict = dict(src_dict)
        _symbol = _src_dict.pop("symbol", UNSET)
        symbol: str | Unset
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _data_start_time = _src_dict.pop("data_start_time", UNSET)
        data_start_time: str | Unset
        if isinstance(_data_start_time, Unset):
            data_start_time = UNSET
        else:
            data_start_time = (
                _data_start_time
                if type(_data_start_time) is str
                else str_from_wire(_data_start_time, "data_start_time")
            )

        _funding = _src_dict.pop("funding", UNSET)
        funding: MarketFundingHistoryFunding | Unset
        if isinstance(_funding, Unset):
            funding = UNSET
        else:
            funding = MarketFundingHistoryFunding.from_dict(_funding)

        _result = cls(
            symbol=symbol,
            data_start_time=data_start_time,
            funding=funding,
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
