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
    from ..models.aggregate_position import AggregatePosition


T = TypeVar("T", bound="AggregatePositionsResponseData")


@_attrs_define(repr=False)
class AggregatePositionsResponseData:
    """
    Attributes:
        rows (list[AggregatePosition] | Unset): Example: [{'account_id': '0x11111', 'IMR_withdraw_orders': 0.1,
            'MMR_with_orders': 0.05, 'average_open_price': 27908.14386047, 'cost_position': -139329.358492, 'est_liq_price':
            117335.92899428, 'fee_24_h': 0, 'imr': 0.1, 'last_sum_unitary_funding': 70.38, 'mark_price': 27794.9, 'mmr':
            0.05, 'pending_long_qty': 0, 'pending_short_qty': 0, 'pnl_24_h': 0, 'position_qty': -5, 'settle_price':
            27865.8716984, 'symbol': 'PERP_BTC_USDC', 'seq': 1730181536341943600, 'timestamp': 1685429350571,
            'updated_time': 1685429350571, 'unsettled_pnl': 354.858492, 'leverage': 10}, {'account_id': '0x22222',
            'IMR_withdraw_orders': 0.12, 'MMR_with_orders': 0.06, 'average_open_price': 28000.123456, 'cost_position':
            -100000.56789, 'est_liq_price': 120000.654321, 'fee_24_h': 5.5, 'imr': 0.12, 'last_sum_unitary_funding': 50.12,
            'mark_price': 27794.9, 'mmr': 0.06, 'pending_long_qty': 1, 'pending_short_qty': 0, 'pnl_24_h': 150.75,
            'position_qty': -3, 'settle_price': 27950.6789, 'symbol': 'PERP_BTC_USDC', 'seq': 1730181536341943601,
            'timestamp': 1685429350572, 'updated_time': 1685429350571, 'unsettled_pnl': 354.858492, 'leverage': 10}].
    """

    rows: list[AggregatePosition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            AggregatePosition = _models.AggregatePosition
        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rows is not UNSET:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            AggregatePosition = _models.AggregatePosition
        _src_dict = dict(src_dict)
        _rows = _src_dict.pop("rows", UNSET)
        rows: list[AggregatePosition] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = AggregatePosition.from_dict(rows_item_data)

                rows.append(rows_item)

        _result = cls(
            rows=rows,
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
