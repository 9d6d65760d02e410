from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.liquidation_position import LiquidationPosition


T = TypeVar("T", bound="Liquidation")


@_attrs_define(repr=False)
class Liquidation:
    """
    Attributes:
        liquidation_id (int | Unset): Example: 101.
        timestamp (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1663313562090.
        transfer_amount_to_insurance_fund (Decimal | Unset): Example: 0.
        margin_ratio (Decimal | Unset): Example: 0.10436069.
        account_mmr (Decimal | Unset): Example: 0.012.
        position_notional (Decimal | Unset): Example: 28.415534.
        collateral_value (Decimal | Unset): Example: 2.965465.
        positions_by_perp (list[LiquidationPosition] | Unset):
    """

    liquidation_id: int | Unset = UNSET
    timestamp: int | Unset = UNSET
    transfer_amount_to_insurance_fund: Decimal | Unset = UNSET
    margin_ratio: Decimal | Unset = UNSET
    account_mmr: Decimal | Unset = UNSET
    position_notional: Decimal | Unset = UNSET
    collateral_value: Decimal | Unset = UNSET
    positions_by_perp: list[LiquidationPosition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            LiquidationPosition = _models.LiquidationPosition
        liquidation_id = self.liquidation_id

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
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            LiquidationPosition = _models.LiquidationPosition
        _src_dict = dict(src_dict)
        _liquidation_id = _src_dict.pop("liquidation_id", UNSET)
        liquidation_id: int | Unset
        if isinstance(_liquidation_id, Unset):
            liquidation_id = UNSET
        else:
            liquidation_id = (
                _liquidation_id if type(_liquidation_id) is int else int_from_wire(_liquidation_id, "liquidation_id")
            )

        _timestamp = _src_dict.pop("timestamp", UNSET)
        timestamp: int | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = _timestamp if type(_timestamp) is int else int_from_wire(_timestamp, "timestamp")

        _transfer_amount_to_insurance_fund = _src_dict.pop("transfer_amount_to_insurance_fund", UNSET)
        transfer_amount_to_insurance_fund: Decimal | Unset
        if isinstance(_transfer_amount_to_insurance_fund, Unset):
            transfer_amount_to_insurance_fund = UNSET
        else:
            transfer_amount_to_insurance_fund = (
                _transfer_amount_to_insurance_fund
                if type(_transfer_amount_to_insurance_fund) is Decimal
                else decimal_from_wire(_transfer_amount_to_insurance_fund, "transfer_amount_to_insurance_fund")
            )

        _margin_ratio = _src_dict.pop("margin_ratio", UNSET)
        margin_ratio: Decimal | Unset
        if isinstance(_margin_ratio, Unset):
            margin_ratio = UNSET
        else:
            margin_ratio = (
                _margin_ratio if type(_margin_ratio) is Decimal else decimal_from_wire(_margin_ratio, "margin_ratio")
            )

        _account_mmr = _src_dict.pop("account_mmr", UNSET)
        account_mmr: Decimal | Unset
        if isinstance(_account_mmr, Unset):
            account_mmr = UNSET
        else:
            account_mmr = (
                _account_mmr if type(_account_mmr) is Decimal else decimal_from_wire(_account_mmr, "account_mmr")
            )

        _position_notional = _src_dict.pop("position_notional", UNSET)
        position_notional: Decimal | Unset
        if isinstance(_position_notional, Unset):
            position_notional = UNSET
        else:
            position_notional = (
                _position_notional
                if type(_position_notional) is Decimal
                else decimal_from_wire(_position_notional, "position_notional")
            )

        _collateral_value = _src_dict.pop("collateral_value", UNSET)
        collateral_value: Decimal | Unset
        if isinstance(_collateral_value, Unset):
            collateral_value = UNSET
        else:
            collateral_value = (
                _collateral_value
                if type(_collateral_value) is Decimal
                else decimal_from_wire(_collateral_value, "collateral_value")
            )

        _positions_by_perp = _src_dict.pop("positions_by_perp", UNSET)
        positions_by_perp: list[LiquidationPosition] | Unset = UNSET
        if _positions_by_perp is not UNSET:
            positions_by_perp = []
            for positions_by_perp_item_data in _positions_by_perp:
                positions_by_perp_item = LiquidationPosition.from_dict(positions_by_perp_item_data)

                positions_by_perp.append(positions_by_perp_item)

        _result = cls(
            liquidation_id=liquidation_id,
            timestamp=timestamp,
            transfer_amount_to_insurance_fund=transfer_amount_to_insurance_fund,
            margin_ratio=margin_ratio,
            account_mmr=account_mmr,
            position_notional=position_notional,
            collateral_value=collateral_value,
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
