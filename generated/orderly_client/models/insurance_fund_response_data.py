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
    decimal_from_wire,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.insurance_fund import InsuranceFund


T = TypeVar("T", bound="InsuranceFundResponseData")


@_attrs_define(repr=False)
class InsuranceFundResponseData:
    """
    Attributes:
        min_insurance_fund_initial_margin_ratio (Decimal): Example: 0.3.
        min_insurance_fund_margin_ratio (Decimal): Example: 0.25.
        margin_ratio (Decimal): Example: 10.
        total_collateral_value (Decimal): Example: 10008662.996861.
        balance (Decimal): Example: 10001908.678983.
        free_collateral (Decimal): Example: 10008662.996861.
        total_account_value (Decimal): Example: 10008662.996861.
        total_pnl_24_h (Decimal): Example: 0.
        rows (list[InsuranceFund]):
    """

    min_insurance_fund_initial_margin_ratio: Decimal
    min_insurance_fund_margin_ratio: Decimal
    margin_ratio: Decimal
    total_collateral_value: Decimal
    balance: Decimal
    free_collateral: Decimal
    total_account_value: Decimal
    total_pnl_24_h: Decimal
    rows: list[InsuranceFund]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            InsuranceFund = _models.InsuranceFund
        min_insurance_fund_initial_margin_ratio = self.min_insurance_fund_initial_margin_ratio

        min_insurance_fund_margin_ratio = self.min_insurance_fund_margin_ratio

        margin_ratio = self.margin_ratio

        total_collateral_value = self.total_collateral_value

        balance = self.balance

        free_collateral = self.free_collateral

        total_account_value = self.total_account_value

        total_pnl_24_h = self.total_pnl_24_h

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min_insurance_fund_initial_margin_ratio": min_insurance_fund_initial_margin_ratio,
                "min_insurance_fund_margin_ratio": min_insurance_fund_margin_ratio,
                "margin_ratio": margin_ratio,
                "total_collateral_value": total_collateral_value,
                "balance": balance,
                "free_collateral": free_collateral,
                "total_account_value": total_account_value,
                "total_pnl_24_h": total_pnl_24_h,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            InsuranceFund = _models.InsuranceFund
        _src_dict = dict(src_dict)
        _min_insurance_fund_initial_margin_ratio = _src_dict.pop("min_insurance_fund_initial_margin_ratio")
        min_insurance_fund_initial_margin_ratio = (
            _min_insurance_fund_initial_margin_ratio
            if type(_min_insurance_fund_initial_margin_ratio) is Decimal
            else decimal_from_wire(_min_insurance_fund_initial_margin_ratio, "min_insurance_fund_initial_margin_ratio")
        )

        _min_insurance_fund_margin_ratio = _src_dict.pop("min_insurance_fund_margin_ratio")
        min_insurance_fund_margin_ratio = (
            _min_insurance_fund_margin_ratio
            if type(_min_insurance_fund_margin_ratio) is Decimal
            else decimal_from_wire(_min_insurance_fund_margin_ratio, "min_insurance_fund_margin_ratio")
        )

        _margin_ratio = _src_dict.pop("margin_ratio")
        margin_ratio = (
            _margin_ratio if type(_margin_ratio) is Decimal else decimal_from_wire(_margin_ratio, "margin_ratio")
        )

        _total_collateral_value = _src_dict.pop("total_collateral_value")
        total_collateral_value = (
            _total_collateral_value
            if type(_total_collateral_value) is Decimal
            else decimal_from_wire(_total_collateral_value, "total_collateral_value")
        )

        _balance = _src_dict.pop("balance")
        balance = _balance if type(_balance) is Decimal else decimal_from_wire(_balance, "balance")

        _free_collateral = _src_dict.pop("free_collateral")
        free_collateral = (
            _free_collateral
            if type(_free_collateral) is Decimal
            else decimal_from_wire(_free_collateral, "free_collateral")
        )

        _total_account_value = _src_dict.pop("total_account_value")
        total_account_value = (
            _total_account_value
            if type(_total_account_value) is Decimal
            else decimal_from_wire(_total_account_value, "total_account_value")
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
            rows_item = InsuranceFund.from_dict(rows_item_data)

            rows.append(rows_item)

        _result = cls(
            min_insurance_fund_initial_margin_ratio=min_insurance_fund_initial_margin_ratio,
            min_insurance_fund_margin_ratio=min_insurance_fund_margin_ratio,
            margin_ratio=margin_ratio,
            total_collateral_value=total_collateral_value,
            balance=balance,
            free_collateral=free_collateral,
            total_account_value=total_account_value,
            total_pnl_24_h=total_pnl_24_h,
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
