from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="SettlePnlBodyMessage")


@_attrs_define(repr=False)
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

    def __repr__(self) -> str:
        return model_repr(self)

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
        _broker_id = _src_dict.pop("brokerId")
        broker_id = _broker_id if type(_broker_id) is str else str_from_wire(_broker_id, "brokerId")

        _chain_id = _src_dict.pop("chainId")
        chain_id = _chain_id if type(_chain_id) is int else int_from_wire(_chain_id, "chainId")

        _settle_nonce = _src_dict.pop("settleNonce")
        settle_nonce = _settle_nonce if type(_settle_nonce) is int else int_from_wire(_settle_nonce, "settleNonce")

        _timestamp = _src_dict.pop("timestamp")
        timestamp = _timestamp if type(_timestamp) is int else int_from_wire(_timestamp, "timestamp")

        _chain_type = _src_dict.pop("chainType", UNSET)
        chain_type: str | Unset
        if isinstance(_chain_type, Unset):
            chain_type = UNSET
        else:
            chain_type = _chain_type if type(_chain_type) is str else str_from_wire(_chain_type, "chainType")

        _result = cls(
            broker_id=broker_id,
            chain_id=chain_id,
            settle_nonce=settle_nonce,
            timestamp=timestamp,
            chain_type=chain_type,
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
