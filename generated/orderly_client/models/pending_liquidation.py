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
    int_from_wire,
    model_repr,
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.pending_liquidation_position import PendingLiquidationPosition


T = TypeVar("T", bound="PendingLiquidation")


@_attrs_define(repr=False)
class PendingLiquidation:
    """
    Attributes:
        timestamp (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1685298157704.
        type_ (str | Unset): Example: liquidated.
        liquidation_id (int | Unset): Example: 1730.
        positions_by_perp (list[PendingLiquidationPosition] | Unset):
    """

    timestamp: int | Unset = UNSET
    type_: str | Unset = UNSET
    liquidation_id: int | Unset = UNSET
    positions_by_perp: list[PendingLiquidationPosition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            PendingLiquidationPosition = _models.PendingLiquidationPosition
        timestamp = self.timestamp

        type_ = self.type_

        liquidation_id = self.liquidation_id

        positions_by_perp: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions_by_perp, Unset):
            positions_by_perp = []
            for positions_by_perp_item_data in self.positions_by_perp:
                positions_by_perp_item = positions_by_perp_item_data.to_dict()
                positions_by_perp.append(positions_by_perp_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if type_ is not UNSET:
            field_dict["type"] = type_
        if liquidation_id is not UNSET:
            field_dict["liquidation_id"] = liquidation_id
        if positions_by_perp is not UNSET:
            field_dict["positions_by_perp"] = positions_by_perp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            PendingLiquidationPosition = _models.PendingLiquidationPosition
        _src_dict = dict(src_dict)
        _timestamp = _src_dict.pop("timestamp", UNSET)
        timestamp: int | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = _timestamp if type(_timestamp) is int else int_from_wire(_timestamp, "timestamp")

        _type_ = _src_dict.pop("type", UNSET)
        type_: str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _type_ if type(_type_) is str else str_from_wire(_type_, "type")

        _liquidation_id = _src_dict.pop("liquidation_id", UNSET)
        liquidation_id: int | Unset
        if isinstance(_liquidation_id, Unset):
            liquidation_id = UNSET
        else:
            liquidation_id = (
                _liquidation_id if type(_liquidation_id) is int else int_from_wire(_liquidation_id, "liquidation_id")
            )

        _positions_by_perp = _src_dict.pop("positions_by_perp", UNSET)
        positions_by_perp: list[PendingLiquidationPosition] | Unset = UNSET
        if _positions_by_perp is not UNSET:
            positions_by_perp = []
            for positions_by_perp_item_data in _positions_by_perp:
                positions_by_perp_item = PendingLiquidationPosition.from_dict(positions_by_perp_item_data)

                positions_by_perp.append(positions_by_perp_item)

        _result = cls(
            timestamp=timestamp,
            type_=type_,
            liquidation_id=liquidation_id,
            positions_by_perp=positions_by_perp,
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
