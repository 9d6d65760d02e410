from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1SvSpSettlePnlBodyMessage")


@_attrs_define
class PostV1SvSpSettlePnlBodyMessage:
    """
    Attributes:
        contract (str | Unset):
        broker_id (str | Unset):
        chain_id (float | Unset):
        settle_nonce (str | Unset):
        timestamp (float | Unset): Unit: milliseconds since the Unix epoch.
    """

    contract: str | Unset = UNSET
    broker_id: str | Unset = UNSET
    chain_id: float | Unset = UNSET
    settle_nonce: str | Unset = UNSET
    timestamp: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract = self.contract

        broker_id = self.broker_id

        chain_id = self.chain_id

        settle_nonce = self.settle_nonce

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contract is not UNSET:
            field_dict["contract"] = contract
        if broker_id is not UNSET:
            field_dict["brokerId"] = broker_id
        if chain_id is not UNSET:
            field_dict["chainId"] = chain_id
        if settle_nonce is not UNSET:
            field_dict["settleNonce"] = settle_nonce
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        contract = _src_dict.pop("contract", UNSET)

        broker_id = _src_dict.pop("brokerId", UNSET)

        chain_id = _src_dict.pop("chainId", UNSET)

        settle_nonce = _src_dict.pop("settleNonce", UNSET)

        timestamp = _src_dict.pop("timestamp", UNSET)

        post_v1_sv_sp_settle_pnl_body_message = cls(
            contract=contract,
            broker_id=broker_id,
            chain_id=chain_id,
            settle_nonce=settle_nonce,
            timestamp=timestamp,
        )

        post_v1_sv_sp_settle_pnl_body_message.additional_properties = _src_dict
        return post_v1_sv_sp_settle_pnl_body_message

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
