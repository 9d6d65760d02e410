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
    model_repr,
)

if TYPE_CHECKING:
    from ..models.position import Position


T = TypeVar("T", bound="PositionsResponseData")


@_attrs_define(repr=False)
class PositionsResponseData:
    """
    Attributes:
        current_margin_ratio_with_orders (Decimal): Example: 1.2385.
        free_collateral (Decimal): Example: 450315.09115.
        initial_margin_ratio (Decimal): Example: 0.1.
        initial_margin_ratio_with_orders (Decimal): Example: 0.1.
        maintenance_margin_ratio (Decimal): Example: 0.05.
        maintenance_margin_ratio_with_orders (Decimal): Example: 0.05.
        margin_ratio (Decimal): Example: 1.2385.
        open_margin_ratio (Decimal): Example: 1.2102.
        total_collateral_value (Decimal): Example: 489865.71329.
        total_pnl_24_h (Decimal): Example: 0.
        rows (list[Position]):
        account_value (Decimal | Unset): Example: 40.63345663.
    """

    current_margin_ratio_with_orders: Decimal
    free_collateral: Decimal
    initial_margin_ratio: Decimal
    initial_margin_ratio_with_orders: Decimal
    maintenance_margin_ratio: Decimal
    maintenance_margin_ratio_with_orders: Decimal
    margin_ratio: Decimal
    open_margin_ratio: Decimal
    total_collateral_value: Decimal
    total_pnl_24_h: Decimal
    rows: list[Position]
    account_value: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            Position = _models.Position
        current_margin_ratio_with_orders = self.current_margin_ratio_with_orders

        free_collateral = self.free_collateral

        initial_margin_ratio = self.initial_margin_ratio

        initial_margin_ratio_with_orders = self.initial_margin_ratio_with_orders

        maintenance_margin_ratio = self.maintenance_margin_ratio

        maintenance_margin_ratio_with_orders = self.maintenance_margin_ratio_with_orders

        margin_ratio = self.margin_ratio

        open_margin_ratio = self.open_margin_ratio

        total_collateral_value = self.total_collateral_value

        total_pnl_24_h = self.total_pnl_24_h

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        account_value = self.account_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_margin_ratio_with_orders": current_margin_ratio_with_orders,
                "free_collateral": free_collateral,
                "initial_margin_ratio": initial_margin_ratio,
                "initial_margin_ratio_with_orders": initial_margin_ratio_with_orders,
                "maintenance_margin_ratio": maintenance_margin_ratio,
                "maintenance_margin_ratio_with_orders": maintenance_margin_ratio_with_orders,
                "margin_ratio": margin_ratio,
                "open_margin_ratio": open_margin_ratio,
                "total_collateral_value": total_collateral_value,
                "total_pnl_24_h": total_pnl_24_h,
                "rows": rows,
            }
        )
        if account_value is not UNSET:
            field_dict["account_value"] = account_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            Position = _models.Position
        _src_dict = dict(src_dict)
        _current_margin_ratio_with_orders = _src_dict.pop("current_margin_ratio_with_orders")
        current_margin_ratio_with_orders = (
            _current_margin_ratio_with_orders
            if type(_current_margin_ratio_with_orders) is Decimal
            else decimal_from_wire(_current_margin_ratio_with_orders, "current_margin_ratio_with_orders")
        )

        _free_collateral = _src_dict.pop("free_collateral")
        free_collateral = (
            _free_collateral
            if type(_free_collateral) is Decimal
            else decimal_from_wire(_free_collateral, "free_collateral")
        )

        _initial_margin_ratio = _src_dict.pop("initial_margin_ratio")
        initial_margin_ratio = (
            _initial_margin_ratio
            if type(_initial_margin_ratio) is Decimal
            else decimal_from_wire(_initial_margin_ratio, "initial_margin_ratio")
        )

        _initial_margin_ratio_with_orders = _src_dict.pop("initial_margin_ratio_with_orders")
        initial_margin_ratio_with_orders = (
            _initial_margin_ratio_with_orders
            if type(_initial_margin_ratio_with_orders) is Decimal
            else decimal_from_wire(_initial_margin_ratio_with_orders, "initial_margin_ratio_with_orders")
        )

        _maintenance_margin_ratio = _src_dict.pop("maintenance_margin_ratio")
        maintenance_margin_ratio = (
            _maintenance_margin_ratio
            if type(_maintenance_margin_ratio) is Decimal
            else decimal_from_wire(_maintenance_margin_ratio, "maintenance_margin_ratio")
        )

        _maintenance_margin_ratio_with_orders = _src_dict.pop("maintenance_margin_ratio_with_orders")
        maintenance_margin_ratio_with_orders = (
            _maintenance_margin_ratio_with_orders
            if type(_maintenance_margin_ratio_with_orders) is Decimal
            else decimal_from_wire(_maintenance_margin_ratio_with_orders, "maintenance_margin_ratio_with_orders")
        )

        _margin_ratio = _src_dict.pop("margin_ratio")
        margin_ratio = (
            _margin_ratio if type(_margin_ratio) is Decimal else decimal_from_wire(_margin_ratio, "margin_ratio")
        )

        _open_margin_ratio = _src_dict.pop("open_margin_ratio")
        open_margin_ratio = (
            _open_margin_ratio
            if type(_open_margin_ratio) is Decimal
            else decimal_from_wire(_open_margin_ratio, "open_margin_ratio")
        )

        _total_collateral_value = _src_dict.pop("total_collateral_value")
        total_collateral_value = (
            _total_collateral_value
            if type(_total_collateral_value) is Decimal
            else decimal_from_wire(_total_collateral_value, "total_collateral_value")
        )

        _total_pnl_24_h = _src_dict.pop("total_pnl_24_h")
        total_pnl_24_h = (
            _total_pnl_24_h
            if type(_total_pnl_24_h) is Decimal
            else decimal_from_wire(_total_pnl_24_h, "total_pnl_24_h")
        )

        rows = []
        _rows = _src_dict.pop("rows")
        for rows_item_data in _rows:
            rows_item = Position.from_dict(rows_item_data)

            rows.append(rows_item)

        _account_value = _src_dict.pop("account_value", UNSET)
        account_value: Decimal | Unset
        if isinstance(_account_value, Unset):
            account_value = UNSET
        else:
            account_value = (
                _account_value
                if type(_account_value) is Decimal
                else decimal_from_wire(_account_value, "account_value")
            )

        _result = cls(
            current_margin_ratio_with_orders=current_margin_ratio_with_orders,
            free_collateral=free_collateral,
            initial_margin_ratio=initial_margin_ratio,
            initial_margin_ratio_with_orders=initial_margin_ratio_with_orders,
            maintenance_margin_ratio=maintenance_margin_ratio,
            maintenance_margin_ratio_with_orders=maintenance_margin_ratio_with_orders,
            margin_ratio=margin_ratio,
            open_margin_ratio=open_margin_ratio,
            total_collateral_value=total_collateral_value,
            total_pnl_24_h=total_pnl_24_h,
            rows=rows,
            account_value=account_value,
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
