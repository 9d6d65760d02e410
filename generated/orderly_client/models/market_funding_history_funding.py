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
)

if TYPE_CHECKING:
    from ..models.market_funding_history_funding_1d import MarketFundingHistoryFunding1D
    from ..models.market_funding_history_funding_3d import MarketFundingHistoryFunding3D
    from ..models.market_funding_history_funding_7d import MarketFundingHistoryFunding7D
    from ..models.market_funding_history_funding_14d import MarketFundingHistoryFunding14D
    from ..models.market_funding_history_funding_30d import MarketFundingHistoryFunding30D
    from ..models.market_funding_history_funding_90d import MarketFundingHistoryFunding90D
    from ..models.market_funding_history_funding_180d import (
        MarketFundingHistoryFunding180D,
    )
    from ..models.market_funding_history_funding_last import (
        MarketFundingHistoryFundingLast,
    )


T = TypeVar("T", bound="MarketFundingHistoryFunding")


@_attrs_define(repr=False)
class MarketFundingHistoryFunding:
    """
    Attributes:
        last (MarketFundingHistoryFundingLast | Unset):
        field_1d (MarketFundingHistoryFunding1D | Unset):
        field_3d (MarketFundingHistoryFunding3D | Unset):
        field_7d (MarketFundingHistoryFunding7D | Unset):
        field_14d (MarketFundingHistoryFunding14D | Unset):
        field_30d (MarketFundingHistoryFunding30D | Unset):
        field_90d (MarketFundingHistoryFunding90D | Unset):
        field_180d (MarketFundingHistoryFunding180D | Unset):
    """

    last: MarketFundingHistoryFundingLast | Unset = UNSET
    field_1d: MarketFundingHistoryFunding1D | Unset = UNSET
    field_3d: MarketFundingHistoryFunding3D | Unset = UNSET
    field_7d: MarketFundingHistoryFunding7D | Unset = UNSET
    field_14d: MarketFundingHistoryFunding14D | Unset = UNSET
    field_30d: MarketFundingHistoryFunding30D | Unset = UNSET
    field_90d: MarketFundingHistoryFunding90D | Unset = UNSET
    field_180d: MarketFundingHistoryFunding180D | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            MarketFundingHistoryFunding14D = _models.MarketFundingHistoryFunding14D
            MarketFundingHistoryFunding180D = _models.MarketFundingHistoryFunding180D
            MarketFundingHistoryFunding1D = _models.MarketFundingHistoryFunding1D
            MarketFundingHistoryFunding30D = _models.MarketFundingHistoryFunding30D
            MarketFundingHistoryFunding3D = _models.MarketFundingHistoryFunding3D
            MarketFundingHistoryFunding7D = _models.MarketFundingHistoryFunding7D
            MarketFundingHistoryFunding90D = _models.MarketFundingHistoryFunding90D
            MarketFundingHistoryFundingLast = _models.MarketFundingHistoryFundingLast
        last: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last, Unset):
            last = self.last.to_dict()

        field_1d: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_1d, Unset):
            field_1d = self.field_1d.to_dict()

        field_3d: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_3d, Unset):
            field_3d = self.field_3d.to_dict()

        field_7d: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_7d, Unset):
            field_7d = self.field_7d.to_dict()

        field_14d: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_14d, Unset):
            field_14d = self.field_14d.to_dict()

        field_30d: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_30d, Unset):
            field_30d = self.field_30d.to_dict()

        field_90d: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_90d, Unset):
            field_90d = self.field_90d.to_dict()

        field_180d: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_180d, Unset):
            field_180d = self.field_180d.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last is not UNSET:
            field_dict["last"] = last
        if field_1d is not UNSET:
            field_dict["1d"] = field_1d
        if field_3d is not UNSET:
            field_dict["3d"] = field_3d
        if field_7d is not UNSET:
            field_dict["7d"] = field_7d
        if field_14d is not UNSET:
            field_dict["14d"] = field_14d
        if field_30d is not UNSET:
            field_dict["30d"] = field_30d
        if field_90d is not UNSET:
            field_dict["90d"] = field_90d
        if field_180d is not UNSET:
            field_dict["180d"] = field_180d

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            MarketFundingHistoryFunding14D = _models.MarketFundingHistoryFunding14D
            MarketFundingHistoryFunding180D = _models.MarketFundingHistoryFunding180D
            MarketFundingHistoryFunding1D = _models.MarketFundingHistoryFunding1D
            MarketFundingHistoryFunding30D = _models.MarketFundingHistoryFunding30D
            MarketFundingHistoryFunding3D = _models.MarketFundingHistoryFunding3D
            MarketFundingHistoryFunding7D = _models.MarketFundingHistoryFunding7D
            MarketFundingHistoryFunding90D = _models.MarketFundingHistoryFunding90D
            MarketFundingHistoryFundingLast = _models.MarketFundingHistoryFundingLast
        _src_dict = dict(src_dict)
        _last = _src_dict.pop("last", UNSET)
        last: MarketFundingHistoryFundingLast | Unset
        if isinstance(_last, Unset):
            last = UNSET
        else:
            last = MarketFundingHistoryFundingLast.from_dict(_last)

        _field_1d = _src_dict.pop("1d", UNSET)
        field_1d: MarketFundingHistoryFunding1D | Unset
        if isinstance(_field_1d, Unset):
            field_1d = UNSET
        else:
            field_1d = MarketFundingHistoryFunding1D.from_dict(_field_1d)

        _field_3d = _src_dict.pop("3d", UNSET)
        field_3d: MarketFundingHistoryFunding3D | Unset
        if isinstance(_field_3d, Unset):
            field_3d = UNSET
        else:
            field_3d = MarketFundingHistoryFunding3D.from_dict(_field_3d)

        _field_7d = _src_dict.pop("7d", UNSET)
        field_7d: MarketFundingHistoryFunding7D | Unset
        if isinstance(_field_7d, Unset):
            field_7d = UNSET
        else:
            field_7d = MarketFundingHistoryFunding7D.from_dict(_field_7d)

        _field_14d = _src_dict.pop("14d", UNSET)
        field_14d: MarketFundingHistoryFunding14D | Unset
        if isinstance(_field_14d, Unset):
            field_14d = UNSET
        else:
            field_14d = MarketFundingHistoryFunding14D.from_dict(_field_14d)

        _field_30d = _src_dict.pop("30d", UNSET)
        field_30d: MarketFundingHistoryFunding30D | Unset
        if isinstance(_field_30d, Unset):
            field_30d = UNSET
        else:
            field_30d = MarketFundingHistoryFunding30D.from_dict(_field_30d)

        _field_90d = _src_dict.pop("90d", UNSET)
        field_90d: MarketFundingHistoryFunding90D | Unset
        if isinstance(_field_90d, Unset):
            field_90d = UNSET
        else:
            field_90d = MarketFundingHistoryFunding90D.from_dict(_field_90d)

        _field_180d = _src_dict.pop("180d", UNSET)
        field_180d: MarketFundingHistoryFunding180D | Unset
        if isinstance(_field_180d, Unset):
            field_180d = UNSET
        else:
            field_180d = MarketFundingHistoryFunding180D.from_dict(_field_180d)

        _result = cls(
            last=last,
            field_1d=field_1d,
            field_3d=field_3d,
            field_7d=field_7d,
            field_14d=field_14d,
            field_30d=field_30d,
            field_90d=field_90d,
            field_180d=field_180d,
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
