from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_history_record_trans_status import AssetHistoryRecordTransStatus

T = TypeVar("T", bound="AssetHistoryRecord")


@_attrs_define
class AssetHistoryRecord:
    """
    Attributes:
        id (str): Example: 230707030600002.
        tx_id (str): Example: 0x4b0714c63cc7abae72bf68e84e25860b88ca651b7d27dad1e32bf4c027fa5326.
        side (str): Example: WITHDRAW.
        token (str): Example: USDC.
        amount (float): Example: 555.
        fee (float): Example: 0.
        trans_status (AssetHistoryRecordTransStatus): One of: PENDING, PENDING_REBALANCE, PROCESSING, COMPLETED, FAILED.
            Example: FAILED.
        created_time (float): Unit: milliseconds since the Unix epoch. Example: 1688699193034.
        updated_time (float): Unit: milliseconds since the Unix epoch. Example: 1688699193096.
        chain_id (str): Example: 986532.
    """

    id: str
    tx_id: str
    side: str
    token: str
    amount: float
    fee: float
    trans_status: AssetHistoryRecordTransStatus
    created_time: float
    updated_time: float
    chain_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tx_id = self.tx_id

        side = self.side

        token = self.token

        amount = self.amount

        fee = self.fee

        trans_status = self.trans_status.value

        created_time = self.created_time

        updated_time = self.updated_time

        chain_id = self.chain_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tx_id": tx_id,
                "side": side,
                "token": token,
                "amount": amount,
                "fee": fee,
                "trans_status": trans_status,
                "created_time": created_time,
                "updated_time": updated_time,
                "chain_id": chain_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        id = _src_dict.pop("id")

        tx_id = _src_dict.pop("tx_id")

        side = _src_dict.pop("side")

        token = _src_dict.pop("token")

        amount = _src_dict.pop("amount")

        fee = _src_dict.pop("fee")

        trans_status = AssetHistoryRecordTransStatus.from_wire(_src_dict.pop("trans_status"))

        created_time = _src_dict.pop("created_time")

        updated_time = _src_dict.pop("updated_time")

        chain_id = _src_dict.pop("chain_id")

        asset_history_record = cls(
            id=id,
            tx_id=tx_id,
            side=side,
            token=token,
            amount=amount,
            fee=fee,
            trans_status=trans_status,
            created_time=created_time,
            updated_time=updated_time,
            chain_id=chain_id,
        )

        asset_history_record.additional_properties = _src_dict
        return asset_history_record

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
