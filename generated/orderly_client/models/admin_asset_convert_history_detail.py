from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AdminAssetConvertHistoryDetail")


@_attrs_define
class AdminAssetConvertHistoryDetail:
    """
    Attributes:
        transaction_id (int): Example: 560847.
        venue (str): Example: on_chain.
        converted_asset (str): Example: USDT.
        received_asset (str): Example: USDC.
        converted_qty (float): Example: 50.0.
        received_qty (float): Example: 49.61831.
        chain_id (int): Example: 56.
        tx_id (str): Example: 0xeeab245a9981eb0adbbb8561762cfffc350978a7b70ebc29809a148834da66a6.
        haircut (float): Example: 0.0.
        result (str): Example: succeeded.
    """

    transaction_id: int
    venue: str
    converted_asset: str
    received_asset: str
    converted_qty: float
    received_qty: float
    chain_id: int
    tx_id: str
    haircut: float
    result: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        venue = self.venue

        converted_asset = self.converted_asset

        received_asset = self.received_asset

        converted_qty = self.converted_qty

        received_qty = self.received_qty

        chain_id = self.chain_id

        tx_id = self.tx_id

        haircut = self.haircut

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "venue": venue,
                "converted_asset": converted_asset,
                "received_asset": received_asset,
                "converted_qty": converted_qty,
                "received_qty": received_qty,
                "chain_id": chain_id,
                "tx_id": tx_id,
                "haircut": haircut,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        transaction_id = _src_dict.pop("transaction_id")

        venue = _src_dict.pop("venue")

        converted_asset = _src_dict.pop("converted_asset")

        received_asset = _src_dict.pop("received_asset")

        converted_qty = _src_dict.pop("converted_qty")

        received_qty = _src_dict.pop("received_qty")

        chain_id = _src_dict.pop("chain_id")

        tx_id = _src_dict.pop("tx_id")

        haircut = _src_dict.pop("haircut")

        result = _src_dict.pop("result")

        admin_asset_convert_history_detail = cls(
            transaction_id=transaction_id,
            venue=venue,
            converted_asset=converted_asset,
            received_asset=received_asset,
            converted_qty=converted_qty,
            received_qty=received_qty,
            chain_id=chain_id,
            tx_id=tx_id,
            haircut=haircut,
            result=result,
        )

        admin_asset_convert_history_detail.additional_properties = _src_dict
        return admin_asset_convert_history_detail

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
