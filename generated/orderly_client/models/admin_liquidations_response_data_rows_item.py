from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.admin_liquidations_response_data_rows_item_margin_mode import (
    AdminLiquidationsResponseDataRowsItemMarginMode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.admin_liquidations_response_data_rows_item_positions_by_perp_item import (
        AdminLiquidationsResponseDataRowsItemPositionsByPerpItem,
    )


T = TypeVar("T", bound="AdminLiquidationsResponseDataRowsItem")


@_attrs_define
class AdminLiquidationsResponseDataRowsItem:
    """
    Attributes:
        liquidation_id (float | Unset): Example: 101.
        account_id (str | Unset): Example: 0x114f583aea808c5812e16109b6c087660285a26f0a31dcc0f9b54f1a6a0fefbd.
        type_ (str | Unset): Example: liquidated.
        assigned (float | Unset): Example: 1.
        margin_mode (AdminLiquidationsResponseDataRowsItemMarginMode | Unset): One of: CROSS, ISOLATED. Example: CROSS.
        timestamp (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1663313562090.
        transfer_amount_to_insurance_fund (float | Unset): Example: 0.
        margin_ratio (float | Unset): Example: 0.10436069.
        account_mmr (float | Unset): Example: 0.012.
        position_notional (float | Unset): Example: 28.415534.
        collateral_value (float | Unset): Example: 2.965465.
        positions_by_perp (list[AdminLiquidationsResponseDataRowsItemPositionsByPerpItem] | Unset):
    """

    liquidation_id: float | Unset = UNSET
    account_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    assigned: float | Unset = UNSET
    margin_mode: AdminLiquidationsResponseDataRowsItemMarginMode | Unset = UNSET
    timestamp: float | Unset = UNSET
    transfer_amount_to_insurance_fund: float | Unset = UNSET
    margin_ratio: float | Unset = UNSET
    account_mmr: float | Unset = UNSET
    position_notional: float | Unset = UNSET
    collateral_value: float | Unset = UNSET
    positions_by_perp: list[AdminLiquidationsResponseDataRowsItemPositionsByPerpItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        liquidation_id = self.liquidation_id

        account_id = self.account_id

        type_ = self.type_

        assigned = self.assigned

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = self.margin_mode.value

        timestamp = self.timestamp

        transfer_amount_to_insurance_fund = self.transfer_amount_to_insurance_fund

        margin_ratio = self.margin_ratio

        account_mmr = self.account_mmr

        position_notional = self.position_notional

        collateral_value = self.collateral_value

        positions_by_perp: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions_by_perp, Unset):
            positions_by_perp = []
            for positions_by_perp_item_data in self.positions_by_perp:
                positions_by_perp_item = positions_by_perp_item_data.to_dict()
                positions_by_perp.append(positions_by_perp_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if liquidation_id is not UNSET:
            field_dict["liquidation_id"] = liquidation_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if assigned is not UNSET:
            field_dict["assigned"] = assigned
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if transfer_amount_to_insurance_fund is not UNSET:
            field_dict["transfer_amount_to_insurance_fund"] = transfer_amount_to_insurance_fund
        if margin_ratio is not UNSET:
            field_dict["margin_ratio"] = margin_ratio
        if account_mmr is not UNSET:
            field_dict["account_mmr"] = account_mmr
        if position_notional is not UNSET:
            field_dict["position_notional"] = position_notional
        if collateral_value is not UNSET:
            field_dict["collateral_value"] = collateral_value
        if positions_by_perp is not UNSET:
            field_dict["positions_by_perp"] = positions_by_perp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.admin_liquidations_response_data_rows_item_positions_by_perp_item import (
            AdminLiquidationsResponseDataRowsItemPositionsByPerpItem,  # noqa: PLC0415
        )

        _src_dict = dict(src_dict)
        liquidation_id = _src_dict.pop("liquidation_id", UNSET)

        account_id = _src_dict.pop("account_id", UNSET)

        type_ = _src_dict.pop("type", UNSET)

        assigned = _src_dict.pop("assigned", UNSET)

        _margin_mode = _src_dict.pop("margin_mode", UNSET)
        margin_mode: AdminLiquidationsResponseDataRowsItemMarginMode | Unset
        if isinstance(_margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = AdminLiquidationsResponseDataRowsItemMarginMode.from_wire(_margin_mode)

        timestamp = _src_dict.pop("timestamp", UNSET)

        transfer_amount_to_insurance_fund = _src_dict.pop("transfer_amount_to_insurance_fund", UNSET)

        margin_ratio = _src_dict.pop("margin_ratio", UNSET)

        account_mmr = _src_dict.pop("account_mmr", UNSET)

        position_notional = _src_dict.pop("position_notional", UNSET)

        collateral_value = _src_dict.pop("collateral_value", UNSET)

        _positions_by_perp = _src_dict.pop("positions_by_perp", UNSET)
        positions_by_perp: list[AdminLiquidationsResponseDataRowsItemPositionsByPerpItem] | Unset = UNSET
        if _positions_by_perp is not UNSET:
            positions_by_perp = []
            for positions_by_perp_item_data in _positions_by_perp:
                positions_by_perp_item = AdminLiquidationsResponseDataRowsItemPositionsByPerpItem.from_dict(
                    positions_by_perp_item_data
                )

                positions_by_perp.append(positions_by_perp_item)

        admin_liquidations_response_data_rows_item = cls(
            liquidation_id=liquidation_id,
            account_id=account_id,
            type_=type_,
            assigned=assigned,
            margin_mode=margin_mode,
            timestamp=timestamp,
            transfer_amount_to_insurance_fund=transfer_amount_to_insurance_fund,
            margin_ratio=margin_ratio,
            account_mmr=account_mmr,
            position_notional=position_notional,
            collateral_value=collateral_value,
            positions_by_perp=positions_by_perp,
        )

        admin_liquidations_response_data_rows_item.additional_properties = _src_dict
        return admin_liquidations_response_data_rows_item

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
