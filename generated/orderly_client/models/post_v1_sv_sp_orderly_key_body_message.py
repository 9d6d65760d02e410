from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1SvSpOrderlyKeyBodyMessage")


@_attrs_define
class PostV1SvSpOrderlyKeyBodyMessage:
    """
    Attributes:
        contract (str):
        broker_id (str):
        chain_id (float):
        orderly_key (str):
        scope (str):
        timestamp (float): Unit: milliseconds since the Unix epoch.
        expiration (float):
        sub_account_id (str | Unset):
    """

    contract: str
    broker_id: str
    chain_id: float
    orderly_key: str
    scope: str
    timestamp: float
    expiration: float
    sub_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract = self.contract

        broker_id = self.broker_id

        chain_id = self.chain_id

        orderly_key = self.orderly_key

        scope = self.scope

        timestamp = self.timestamp

        expiration = self.expiration

        sub_account_id = self.sub_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contract": contract,
                "brokerId": broker_id,
                "chainId": chain_id,
                "orderlyKey": orderly_key,
                "scope": scope,
                "timestamp": timestamp,
                "expiration": expiration,
            }
        )
        if sub_account_id is not UNSET:
            field_dict["subAccountId"] = sub_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        contract = _src_dict.pop("contract")

        broker_id = _src_dict.pop("brokerId")

        chain_id = _src_dict.pop("chainId")

        orderly_key = _src_dict.pop("orderlyKey")

        scope = _src_dict.pop("scope")

        timestamp = _src_dict.pop("timestamp")

        expiration = _src_dict.pop("expiration")

        sub_account_id = _src_dict.pop("subAccountId", UNSET)

        post_v1_sv_sp_orderly_key_body_message = cls(
            contract=contract,
            broker_id=broker_id,
            chain_id=chain_id,
            orderly_key=orderly_key,
            scope=scope,
            timestamp=timestamp,
            expiration=expiration,
            sub_account_id=sub_account_id,
        )

        post_v1_sv_sp_orderly_key_body_message.additional_properties = _src_dict
        return post_v1_sv_sp_orderly_key_body_message

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
