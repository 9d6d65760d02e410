from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SettlePnlBodyMessage")


@_attrs_define
class SettlePnlBodyMessage:
    """
    Attributes:
        broker_id (str):
        chain_id (int):
        settle_nonce (int):
        timestamp (int): Unit: milliseconds since the Unix epoch.
        chain_type (str | Unset):
    """

    broker_id: str
    chain_id: int
    settle_nonce: int
    timestamp: int
    chain_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broker_id = self.broker_id

        chain_id = self.chain_id

        settle_nonce = self.settle_nonce

        timestamp = self.timestamp

        chain_type = self.chain_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brokerId": broker_id,
                "chainId": chain_id,
                "settleNonce": settle_nonce,
                "timestamp": timestamp,
            }
        )
        if chain_type is not UNSET:
            field_dict["chainType"] = chain_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        broker_id = _src_dict.pop("brokerId")

        chain_id = _src_dict.pop("chainId")

        settle_nonce = _src_dict.pop("settleNonce")

        timestamp = _src_dict.pop("timestamp")

        chain_type = _src_dict.pop("chainType", UNSET)

        settle_pnl_body_message = cls(
            broker_id=broker_id,
            chain_id=chain_id,
            settle_nonce=settle_nonce,
            timestamp=timestamp,
            chain_type=chain_type,
        )

        settle_pnl_body_message.additional_properties = _src_dict
        return settle_pnl_body_message

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
