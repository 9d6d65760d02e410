from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientHoldingResponseDataHoldingItem")


@_attrs_define
class ClientHoldingResponseDataHoldingItem:
    """
    Attributes:
        updated_time (float): Unit: milliseconds since the Unix epoch. Example: 1580794149000.
        token (str): Example: USDT.
        holding (float): Example: 282485.071904.
        frozen (float): Example: 0.
        pending_short (float): Example: -2000.
        isolated_margin (float | Unset): Example: 0.
        isolated_order_frozen (float | Unset): Example: 0.
    """

    updated_time: float
    token: str
    holding: float
    frozen: float
    pending_short: float
    isolated_margin: float | Unset = UNSET
    isolated_order_frozen: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        updated_time = _src_dict.pop("updated_time")

        token = _src_dict.pop("token")

        holding = _src_dict.pop("holding")

        frozen = _src_dict.pop("frozen")

        pending_short = _src_dict.pop("pending_short")

        isolated_margin = _src_dict.pop("isolated_margin", UNSET)

        isolated_order_frozen = _src_dict.pop("isolated_order_frozen", UNSET)

        client_holding_response_data_holding_item = cls(
            updated_time=updated_time,
            token=token,
            holding=holding,
            frozen=frozen,
            pending_short=pending_short,
            isolated_margin=isolated_margin,
            isolated_order_frozen=isolated_order_frozen,
        )

        client_holding_response_data_holding_item.additional_properties = _src_dict
        return client_holding_response_data_holding_item

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
