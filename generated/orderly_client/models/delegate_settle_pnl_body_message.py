from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DelegateSettlePnlBodyMessage")


@_attrs_define
class DelegateSettlePnlBodyMessage:
    """
    Attributes:
        delegate_contract (str):
        broker_id (str):
        chain_id (int):
        settle_nonce (int):
        timestamp (int): Unit: milliseconds since the Unix epoch.
    """

    delegate_contract: str
    broker_id: str
    chain_id: int
    settle_nonce: int
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delegate_contract = self.delegate_contract

        broker_id = self.broker_id

        chain_id = self.chain_id

        settle_nonce = self.settle_nonce

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delegateContract": delegate_contract,
                "brokerId": broker_id,
                "chainId": chain_id,
                "settleNonce": settle_nonce,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        delegate_contract = _src_dict.pop("delegateContract")

        broker_id = _src_dict.pop("brokerId")

        chain_id = _src_dict.pop("chainId")

        settle_nonce = _src_dict.pop("settleNonce")

        timestamp = _src_dict.pop("timestamp")

        delegate_settle_pnl_body_message = cls(
            delegate_contract=delegate_contract,
            broker_id=broker_id,
            chain_id=chain_id,
            settle_nonce=settle_nonce,
            timestamp=timestamp,
        )

        delegate_settle_pnl_body_message.additional_properties = _src_dict
        return delegate_settle_pnl_body_message

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
