from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.insurance_fund_response_data_rows_item import (
        InsuranceFundResponseDataRowsItem,
    )


T = TypeVar("T", bound="InsuranceFundResponseData")


@_attrs_define
class InsuranceFundResponseData:
    """
    Attributes:
        min_insurance_fund_initial_margin_ratio (float): Example: 0.3.
        min_insurance_fund_margin_ratio (float): Example: 0.25.
        margin_ratio (int): Example: 10.
        total_collateral_value (float): Example: 10008662.996861.
        balance (float): Example: 10001908.678983.
        free_collateral (float): Example: 10008662.996861.
        total_account_value (float): Example: 10008662.996861.
        total_pnl_24_h (int): Example: 0.
        rows (list[InsuranceFundResponseDataRowsItem]):
    """

    min_insurance_fund_initial_margin_ratio: float
    min_insurance_fund_margin_ratio: float
    margin_ratio: int
    total_collateral_value: float
    balance: float
    free_collateral: float
    total_account_value: float
    total_pnl_24_h: int
    rows: list[InsuranceFundResponseDataRowsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.insurance_fund_response_data_rows_item import (
            InsuranceFundResponseDataRowsItem,  # noqa: PLC0415
        )

        _src_dict = dict(src_dict)
        min_insurance_fund_initial_margin_ratio = _src_dict.pop("min_insurance_fund_initial_margin_ratio")

        min_insurance_fund_margin_ratio = _src_dict.pop("min_insurance_fund_margin_ratio")

        margin_ratio = _src_dict.pop("margin_ratio")

        total_collateral_value = _src_dict.pop("total_collateral_value")

        balance = _src_dict.pop("balance")

        free_collateral = _src_dict.pop("free_collateral")

        total_account_value = _src_dict.pop("total_account_value")

        total_pnl_24_h = _src_dict.pop("total_pnl_24_h")

        rows = []
        _rows = _src_dict.pop("rows")
        for rows_item_data in _rows:
            rows_item = InsuranceFundResponseDataRowsItem.from_dict(rows_item_data)

            rows.append(rows_item)

        insurance_fund_response_data = cls(
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

        insurance_fund_response_data.additional_properties = _src_dict
        return insurance_fund_response_data

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
