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

T = TypeVar("T", bound="Holding")


@_attrs_define(repr=False)
class Holding:
    """
    Attributes:
        updated_time (int): Unit: milliseconds since the Unix epoch. Example: 1580794149000.
        token (str): Example: USDT.
        holding (Decimal): Example: 282485.071904.
        frozen (Decimal): Example: 0.
        pending_short (Decimal): Example: -2000.
        isolated_margin (Decimal | Unset): Example: 0.
        isolated_order_frozen (Decimal | Unset): Example: 0.
    """

    updated_time: int
    token: str
    holding: Decimal
    frozen: Decimal
    pending_short: Decimal
    isolated_margin: Decimal | Unset = UNSET
    isolated_order_frozen: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        updated_time = self.updated_time

        token = self.token

        holding = self.holding

        frozen = self.frozen

        pending_short = self.pending_short

        isolated_margin = self.isolated_margin

        isolated_order_frozen = self.isolated_order_frozen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updated_time": updated_time,
                "token": token,
                "holding": holding,
                "frozen": frozen,
                "pending_short": pending_short,
            }
        )
        if isolated_margin is not UNSET:
            field_dict["isolated_margin"] = isolated_margin
        if isolated_order_frozen is not UNSET:
            field_dict["isolated_order_frozen"] = isolated_order_frozen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _updated_time = _src_dict.pop("updated_time")
        updated_time = _updated_time if type(_updated_time) is int else int_from_wire(_updated_time, "updated_time")

        _token = _src_dict.pop("token")
        token = _token if type(_token) is str else str_from_wire(_token, "token")

        _holding = _src_dict.pop("holding")
        holding = _holding if type(_holding) is Decimal else decimal_from_wire(_holding, "holding")

        _frozen = _src_dict.pop("frozen")
        frozen = _frozen if type(_frozen) is Decimal else decimal_from_wire(_frozen, "frozen")

        _pending_short = _src_dict.pop("pending_short")
        pending_short = (
            _pending_short if type(_pending_short) is Decimal else decimal_from_wire(_pending_short, "pending_short")
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
