from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="InternalTransferHistoryResponseDataRowsItem")


@_attrs_define(repr=False)
class InternalTransferHistoryResponseDataRowsItem:
    """
    Attributes:
        executed_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1734652800000.
        from_account (str | Unset):
        amount (Decimal | Unset): Example: 13633.532389.
    """

    executed_time: int | Unset = UNSET
    from_account: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        executed_time = self.executed_time

        from_account = self.from_account

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if executed_time is not UNSET:
            field_dict["executed_time"] = executed_time
        if from_account is not UNSET:
            field_dict["from_account"] = from_account
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _executed_time = _src_dict.pop("executed_time", UNSET)
        executed_time: int | Unset
        if isinstance(_executed_time, Unset):
            executed_time = UNSET
        else:
            executed_time = (
                _executed_time if type(_executed_time) is int else int_from_wire(_executed_time, "executed_time")
            )

        _from_account = _src_dict.pop("from_account", UNSET)
        from_account: str | Unset
        if isinstance(_from_account, Unset):
            from_account = UNSET
        else:
            from_account = _from_account if type(_from_account) is str else str_from_wire(_from_account, "from_account")

        _amount = _src_dict.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = _amount if type(_amount) is Decimal else decimal_from_wire(_amount, "amount")

        _result = cls(
            executed_time=executed_time,
            from_account=from_account,
            amount=amount,
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
