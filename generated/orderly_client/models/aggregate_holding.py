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

T = TypeVar("T", bound="AggregateHolding")


@_attrs_define(repr=False)
class AggregateHolding:
    """
    Attributes:
        account_id (str | Unset):
        updated_time (int | Unset): Unit: milliseconds since the Unix epoch.
        token (str | Unset):
        holding (Decimal | Unset):
        frozen (Decimal | Unset):
        pending_short (Decimal | Unset):
        isolated_margin (Decimal | Unset):
        isolated_order_frozen (Decimal | Unset):
    """

    account_id: str | Unset = UNSET
    updated_time: int | Unset = UNSET
    token: str | Unset = UNSET
    holding: Decimal | Unset = UNSET
    frozen: Decimal | Unset = UNSET
    pending_short: Decimal | Unset = UNSET
    isolated_margin: Decimal | Unset = UNSET
    isolated_order_frozen: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        updated_time = self.updated_time

        token = self.token

        holding = self.holding

        frozen = self.frozen

        pending_short = self.pending_short

        isolated_margin = self.isolated_margin

        isolated_order_frozen = self.isolated_order_frozen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if token is not UNSET:
            field_dict["token"] = token
        if holding is not UNSET:
            field_dict["holding"] = holding
        if frozen is not UNSET:
            field_dict["frozen"] = frozen
        if pending_short is not UNSET:
            field_dict["pending_short"] = pending_short
        if isolated_margin is not UNSET:
            field_dict["isolated_margin"] = isolated_margin
        if isolated_order_frozen is not UNSET:
            field_dict["isolated_order_frozen"] = isolated_order_frozen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _account_id = _src_dict.pop("account_id", UNSET)
        account_id: str | Unset
        if isinstance(_account_id, Unset):
            account_id = UNSET
        else:
            account_id = _account_id if type(_account_id) is str else str_from_wire(_account_id, "account_id")

        _updated_time = _src_dict.pop("updated_time", UNSET)
        updated_time: int | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = _updated_time if type(_updated_time) is int else int_from_wire(_updated_time, "updated_time")

        _token = _src_dict.pop("token", UNSET)
        token: str | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = _token if type(_token) is str else str_from_wire(_token, "token")

        _holding = _src_dict.pop("holding", UNSET)
        holding: Decimal | Unset
        if isinstance(_holding, Unset):
            holding = UNSET
        else:
            holding = _holding if type(_holding) is Decimal else decimal_from_wire(_holding, "holding")

        _frozen = _src_dict.pop("frozen", UNSET)
        frozen: Decimal | Unset
        if isinstance(_frozen, Unset):
            frozen = UNSET
        else:
            frozen = _frozen if type(_frozen) is Decimal else decimal_from_wire(_frozen, "frozen")

        _pending_short = _src_dict.pop("pending_short", UNSET)
        pending_short: Decimal | Unset
        if isinstance(_pending_short, Unset):
            pending_short = UNSET
        else:
            pending_short = (
                _pending_short
                if type(_pending_short) is Decimal
                else decimal_from_wire(_pending_short, "pending_short")
            )

        _isolated_margin = _src_dict.pop("isolated_margin", UNSET)
        isolated_margin: Decimal | Unset
        if isinstance(_isolated_margin, Unset):
            isolated_margin = UNSET
        else:
            isolated_margin = (
                _isolated_margin
                if type(_isolated_margin) is Decimal
                else decimal_from_wire(_isolated_margin, "isolated_margin")
            )

        _isolated_order_frozen = _src_dict.pop("isolated_order_frozen", UNSET)
        isolated_order_frozen: Decimal | Unset
        if isinstance(_isolated_order_frozen, Unset):
            isolated_order_frozen = UNSET
        else:
            isolated_order_frozen = (
                _isolated_order_frozen
                if type(_isolated_order_frozen) is Decimal
                else decimal_from_wire(_isolated_order_frozen, "isolated_order_frozen")
            )

        _result = cls(
            account_id=account_id,
            updated_time=updated_time,
            token=token,
            holding=holding,
            frozen=frozen,
            pending_short=pending_short,
            isolated_margin=isolated_margin,
            isolated_order_frozen=isolated_order_frozen,
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
