from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.perp_position import PerpPosition


T = TypeVar("T", bound="ClaimInsuranceFundResponseData")


@_attrs_define
class ClaimInsuranceFundResponseData:
    """
    Attributes:
        liquidation_id (int): Example: 101.
        timestamp (int): Unit: milliseconds since the Unix epoch. Example: 1663313562090.
        positions_by_perp (list[PerpPosition]):
    """

    liquidation_id: int
    timestamp: int
    positions_by_perp: list[PerpPosition]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        liquidation_id = self.liquidation_id

        timestamp = self.timestamp

        positions_by_perp = []
        for positions_by_perp_item_data in self.positions_by_perp:
            positions_by_perp_item = positions_by_perp_item_data.to_dict()
            positions_by_perp.append(positions_by_perp_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "liquidation_id": liquidation_id,
                "timestamp": timestamp,
                "positions_by_perp": positions_by_perp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.perp_position import PerpPosition  # noqa: PLC0415

        _src_dict = dict(src_dict)
        liquidation_id = _src_dict.pop("liquidation_id")

        timestamp = _src_dict.pop("timestamp")

        positions_by_perp = []
        _positions_by_perp = _src_dict.pop("positions_by_perp")
        for positions_by_perp_item_data in _positions_by_perp:
            positions_by_perp_item = PerpPosition.from_dict(positions_by_perp_item_data)

            positions_by_perp.append(positions_by_perp_item)

        claim_insurance_fund_response_data = cls(
            liquidation_id=liquidation_id,
            timestamp=timestamp,
            positions_by_perp=positions_by_perp,
        )

        claim_insurance_fund_response_data.additional_properties = _src_dict
        return claim_insurance_fund_response_data

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
