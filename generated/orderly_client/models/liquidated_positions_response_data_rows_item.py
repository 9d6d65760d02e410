from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.liquidated_positions_response_data_rows_item_positions_by_perp_item import (
        LiquidatedPositionsResponseDataRowsItemPositionsByPerpItem,
    )


T = TypeVar("T", bound="LiquidatedPositionsResponseDataRowsItem")


@_attrs_define
class LiquidatedPositionsResponseDataRowsItem:
    """
    Attributes:
        timestamp (int): Unit: milliseconds since the Unix epoch. Example: 1683802462092.
        liquidation_id (int): Example: 29.
        transfer_amount_to_insurance_fund (int): Example: 0.
        positions_by_perp (list[LiquidatedPositionsResponseDataRowsItemPositionsByPerpItem]):
        type_ (str | Unset): Example: liquidated.
    """

    timestamp: int
    liquidation_id: int
    transfer_amount_to_insurance_fund: int
    positions_by_perp: list[LiquidatedPositionsResponseDataRowsItemPositionsByPerpItem]
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        liquidation_id = self.liquidation_id

        transfer_amount_to_insurance_fund = self.transfer_amount_to_insurance_fund

        positions_by_perp = []
        for positions_by_perp_item_data in self.positions_by_perp:
            positions_by_perp_item = positions_by_perp_item_data.to_dict()
            positions_by_perp.append(positions_by_perp_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "liquidation_id": liquidation_id,
                "transfer_amount_to_insurance_fund": transfer_amount_to_insurance_fund,
                "positions_by_perp": positions_by_perp,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liquidated_positions_response_data_rows_item_positions_by_perp_item import (
            LiquidatedPositionsResponseDataRowsItemPositionsByPerpItem,  # noqa: PLC0415
        )

        _src_dict = dict(src_dict)
        timestamp = _src_dict.pop("timestamp")

        liquidation_id = _src_dict.pop("liquidation_id")

        transfer_amount_to_insurance_fund = _src_dict.pop("transfer_amount_to_insurance_fund")

        positions_by_perp = []
        _positions_by_perp = _src_dict.pop("positions_by_perp")
        for positions_by_perp_item_data in _positions_by_perp:
            positions_by_perp_item = LiquidatedPositionsResponseDataRowsItemPositionsByPerpItem.from_dict(
                positions_by_perp_item_data
            )

            positions_by_perp.append(positions_by_perp_item)

        type_ = _src_dict.pop("type", UNSET)

        liquidated_positions_response_data_rows_item = cls(
            timestamp=timestamp,
            liquidation_id=liquidation_id,
            transfer_amount_to_insurance_fund=transfer_amount_to_insurance_fund,
            positions_by_perp=positions_by_perp,
            type_=type_,
        )

        liquidated_positions_response_data_rows_item.additional_properties = _src_dict
        return liquidated_positions_response_data_rows_item

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
