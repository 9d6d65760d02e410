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
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.public_liquidation_position import PublicLiquidationPosition


T = TypeVar("T", bound="PublicLiquidation")


@_attrs_define(repr=False)
class PublicLiquidation:
    """
    Attributes:
        timestamp (int): Unit: milliseconds since the Unix epoch. Example: 1683802462092.
        liquidation_id (int): Example: 29.
        transfer_amount_to_insurance_fund (Decimal): Example: 0.
        positions_by_perp (list[PublicLiquidationPosition]):
        type_ (str | Unset): Example: liquidated.
    """

    timestamp: int
    liquidation_id: int
    transfer_amount_to_insurance_fund: Decimal
    positions_by_perp: list[PublicLiquidationPosition]
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            PublicLiquidationPosition = _models.PublicLiquidationPosition
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
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            PublicLiquidationPosition = _models.PublicLiquidationPosition
        _src_dict = dict(src_dict)
        _timestamp = _src_dict.pop("timestamp")
        timestamp = _timestamp if type(_timestamp) is int else int_from_wire(_timestamp, "timestamp")

        _liquidation_id = _src_dict.pop("liquidation_id")
        liquidation_id = (
            _liquidation_id if type(_liquidation_id) is int else int_from_wire(_liquidation_id, "liquidation_id")
        )

        _transfer_amount_to_insurance_fund = _src_dict.pop("transfer_amount_to_insurance_fund")
        transfer_amount_to_insurance_fund = (
            _transfer_amount_to_insurance_fund
            if type(_transfer_amount_to_insurance_fund) is Decimal
            else decimal_from_wire(_transfer_amount_to_insurance_fund, "transfer_amount_to_insurance_fund")
        )

        positions_by_perp = []
        _positions_by_perp = _src_dict.pop("positions_by_perp")
        for positions_by_perp_item_data in _positions_by_perp:
            positions_by_perp_item = PublicLiquidationPosition.from_dict(positions_by_perp_item_data)

            positions_by_perp.append(positions_by_perp_item)

        _type_ = _src_dict.pop("type", UNSET)
        type_: str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _type_ if type(_type_) is str else str_from_wire(_type_, "type")

        _result = cls(
            timestamp=timestamp,
            liquidation_id=liquidation_id,
            transfer_amount_to_insurance_fund=transfer_amount_to_insurance_fund,
            positions_by_perp=positions_by_perp,
            type_=type_,
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
