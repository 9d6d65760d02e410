from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..models.order_enum_status import OrderEnumStatus
from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.order_enum_pair_overrides import OrderEnumPairOverrides
    from ..models.order_enum_with_stats_usage_stats import OrderEnumWithStatsUsageStats


T = TypeVar("T", bound="OrderEnumWithStats")


@_attrs_define(repr=False)
class OrderEnumWithStats:
    """
    Attributes:
        enum_id (str | Unset): Example: GRID_PRO.
        name (str | Unset): Example: Grid Pro.
        description (str | Unset): Example: Grid strategy orders.
        status (OrderEnumStatus | Unset): One of: active, archived. Example: active.
        default_fee_rate (Decimal | Unset): Example: 0.005.
        pair_overrides (OrderEnumPairOverrides | Unset): Example: {'PERP_BTC_USDC': 0.003}.
        created_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1710300000000.
        updated_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1710300000000.
        usage_stats (OrderEnumWithStatsUsageStats | Unset):
    """

    enum_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: OrderEnumStatus | Unset = UNSET
    default_fee_rate: Decimal | Unset = UNSET
    pair_overrides: OrderEnumPairOverrides | Unset = UNSET
    created_time: int | Unset = UNSET
    updated_time: int | Unset = UNSET
    usage_stats: OrderEnumWithStatsUsageStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            OrderEnumPairOverrides = _models.OrderEnumPairOverrides
            OrderEnumWithStatsUsageStats = _models.OrderEnumWithStatsUsageStats
        enum_id = self.enum_id

        name = self.name

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = str(self.status)

        default_fee_rate = self.default_fee_rate

        pair_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pair_overrides, Unset):
            pair_overrides = self.pair_overrides.to_dict()

        created_time = self.created_time

        updated_time = self.updated_time

        usage_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage_stats, Unset):
            usage_stats = self.usage_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enum_id is not UNSET:
            field_dict["enum_id"] = enum_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if default_fee_rate is not UNSET:
            field_dict["default_fee_rate"] = default_fee_rate
        if pair_overrides is not UNSET:
            field_dict["pair_overrides"] = pair_overrides
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if usage_stats is not UNSET:
            field_dict["usage_stats"] = usage_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            OrderEnumPairOverrides = _models.OrderEnumPairOverrides
            OrderEnumWithStatsUsageStats = _models.OrderEnumWithStatsUsageStats
        _src_dict = dict(src_dict)
        _enum_id = _src_dict.pop("enum_id", UNSET)
        enum_id: str | Unset
        if isinstance(_enum_id, Unset):
            enum_id = UNSET
        else:
            enum_id = _enum_id if type(_enum_id) is str else str_from_wire(_enum_id, "enum_id")

        _name = _src_dict.pop("name", UNSET)
        name: str | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = _name if type(_name) is str else str_from_wire(_name, "name")

        _description = _src_dict.pop("description", UNSET)
        description: str | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = _description if type(_description) is str else str_from_wire(_description, "description")

        _status = _src_dict.pop("status", UNSET)
        status: OrderEnumStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderEnumStatus.from_wire(_status)

        _default_fee_rate = _src_dict.pop("default_fee_rate", UNSET)
        default_fee_rate: Decimal | Unset
        if isinstance(_default_fee_rate, Unset):
            default_fee_rate = UNSET
        else:
            default_fee_rate = (
                _default_fee_rate
                if type(_default_fee_rate) is Decimal
                else decimal_from_wire(_default_fee_rate, "default_fee_rate")
            )

        _pair_overrides = _src_dict.pop("pair_overrides", UNSET)
        pair_overrides: OrderEnumPairOverrides | Unset
        if isinstance(_pair_overrides, Unset):
            pair_overrides = UNSET
        else:
            pair_overrides = OrderEnumPairOverrides.from_dict(_pair_overrides)

        _created_time = _src_dict.pop("created_time", UNSET)
        created_time: int | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = _created_time if type(_created_time) is int else int_from_wire(_created_time, "created_time")

        _updated_time = _src_dict.pop("updated_time", UNSET)
        updated_time: int | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = _updated_time if type(_updated_time) is int else int_from_wire(_updated_time, "updated_time")

        _usage_stats = _src_dict.pop("usage_stats", UNSET)
        usage_stats: OrderEnumWithStatsUsageStats | Unset
        if isinstance(_usage_stats, Unset):
            usage_stats = UNSET
        else:
            usage_stats = OrderEnumWithStatsUsageStats.from_dict(_usage_stats)

        _result = cls(
            enum_id=enum_id,
            name=name,
            description=description,
            status=status,
            default_fee_rate=default_fee_rate,
            pair_overrides=pair_overrides,
            created_time=created_time,
            updated_time=updated_time,
            usage_stats=usage_stats,
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
