from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.archive_order_enum_response_data_status import (
    ArchiveOrderEnumResponseDataStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.archive_order_enum_response_data_pair_overrides import (
        ArchiveOrderEnumResponseDataPairOverrides,
    )


T = TypeVar("T", bound="ArchiveOrderEnumResponseData")


@_attrs_define
class ArchiveOrderEnumResponseData:
    """
    Attributes:
        enum_id (str | Unset): Example: GRID_PRO.
        name (str | Unset): Example: DCA Strategy.
        description (str | Unset): Example: Dollar Cost Averaging strategy orders.
        status (ArchiveOrderEnumResponseDataStatus | Unset): One of: archived. Example: archived.
        default_fee_rate (float | Unset): Example: 0.005.
        pair_overrides (ArchiveOrderEnumResponseDataPairOverrides | Unset): Example: {'PERP_BTC_USDC': 0.003}.
        created_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1710300000000.
        updated_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1710400000000.
    """

    enum_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: ArchiveOrderEnumResponseDataStatus | Unset = UNSET
    default_fee_rate: float | Unset = UNSET
    pair_overrides: ArchiveOrderEnumResponseDataPairOverrides | Unset = UNSET
    created_time: float | Unset = UNSET
    updated_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enum_id = self.enum_id

        name = self.name

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        default_fee_rate = self.default_fee_rate

        pair_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pair_overrides, Unset):
            pair_overrides = self.pair_overrides.to_dict()

        created_time = self.created_time

        updated_time = self.updated_time

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.archive_order_enum_response_data_pair_overrides import (
            ArchiveOrderEnumResponseDataPairOverrides,  # noqa: PLC0415
        )

        _src_dict = dict(src_dict)
        enum_id = _src_dict.pop("enum_id", UNSET)

        name = _src_dict.pop("name", UNSET)

        description = _src_dict.pop("description", UNSET)

        _status = _src_dict.pop("status", UNSET)
        status: ArchiveOrderEnumResponseDataStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ArchiveOrderEnumResponseDataStatus.from_wire(_status)

        default_fee_rate = _src_dict.pop("default_fee_rate", UNSET)

        _pair_overrides = _src_dict.pop("pair_overrides", UNSET)
        pair_overrides: ArchiveOrderEnumResponseDataPairOverrides | Unset
        if isinstance(_pair_overrides, Unset):
            pair_overrides = UNSET
        else:
            pair_overrides = ArchiveOrderEnumResponseDataPairOverrides.from_dict(_pair_overrides)

        created_time = _src_dict.pop("created_time", UNSET)

        updated_time = _src_dict.pop("updated_time", UNSET)

        archive_order_enum_response_data = cls(
            enum_id=enum_id,
            name=name,
            description=description,
            status=status,
            default_fee_rate=default_fee_rate,
            pair_overrides=pair_overrides,
            created_time=created_time,
            updated_time=updated_time,
        )

        archive_order_enum_response_data.additional_properties = _src_dict
        return archive_order_enum_response_data

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
