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
    from ..models.get_user_statistics_response_data_weekly_breakdown_last_week import (
        GetUserStatisticsResponseDataWeeklyBreakdownLastWeek,
    )
    from ..models.get_user_statistics_response_data_weekly_breakdown_this_week import (
        GetUserStatisticsResponseDataWeeklyBreakdownThisWeek,
    )


T = TypeVar("T", bound="GetUserStatisticsResponseDataWeeklyBreakdown")


@_attrs_define(repr=False)
class GetUserStatisticsResponseDataWeeklyBreakdown:
    """
    Attributes:
        this_week (GetUserStatisticsResponseDataWeeklyBreakdownThisWeek | Unset):
        last_week (GetUserStatisticsResponseDataWeeklyBreakdownLastWeek | Unset):
    """

    this_week: GetUserStatisticsResponseDataWeeklyBreakdownThisWeek | Unset = UNSET
    last_week: GetUserStatisticsResponseDataWeeklyBreakdownLastWeek | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetUserStatisticsResponseDataWeeklyBreakdownLastWeek = (
                _models.GetUserStatisticsResponseDataWeeklyBreakdownLastWeek
            )
            GetUserStatisticsResponseDataWeeklyBreakdownThisWeek = (
                _models.GetUserStatisticsResponseDataWeeklyBreakdownThisWeek
            )
        this_week: dict[str, Any] | Unset = UNSET
        if not isinstance(self.this_week, Unset):
            this_week = self.this_week.to_dict()

        last_week: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_week, Unset):
            last_week = self.last_week.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if this_week is not UNSET:
            field_dict["this_week"] = this_week
        if last_week is not UNSET:
            field_dict["last_week"] = last_week

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetUserStatisticsResponseDataWeeklyBreakdownLastWeek = (
                _models.GetUserStatisticsResponseDataWeeklyBreakdownLastWeek
            )
            GetUserStatisticsResponseDataWeeklyBreakdownThisWeek = (
                _models.GetUserStatisticsResponseDataWeeklyBreakdownThisWeek
            )
        _src_dict = dict(src_dict)
        _this_week = _src_dict.pop("this_week", UNSET)
        this_week: GetUserStatisticsResponseDataWeeklyBreakdownThisWeek | Unset
        if isinstance(_this_week, Unset):
            this_week = UNSET
        else:
            this_week = GetUserStatisticsResponseDataWeeklyBreakdownThisWeek.from_dict(_this_week)

        _last_week = _src_dict.pop("last_week", UNSET)
        last_week: GetUserStatisticsResponseDataWeeklyBreakdownLastWeek | Unset
        if isinstance(_last_week, Unset):
            last_week = UNSET
        else:
            last_week = GetUserStatisticsResponseDataWeeklyBreakdownLastWeek.from_dict(_last_week)

        _result = cls(
            this_week=this_week,
            last_week=last_week,
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
