from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="AdminAssetConvertHistoryDetail")


@_attrs_define(repr=False)
class AdminAssetConvertHistoryDetail:
    """
    Attributes:
        transaction_id (int): Example: 560847.
        venue (str): Example: on_chain.
        converted_asset (str): Example: USDT.
        received_asset (str): Example: USDC.
        converted_qty (Decimal): Example: 50.0.
        received_qty (Decimal): Example: 49.61831.
        chain_id (int): Example: 56.
        tx_id (str): Example: 0xeeab245a9981eb0adbbb8561762cfffc350978a7b70ebc29809a148834da66a6.
        haircut (Decimal): Example: 0.0.
        result (str): Example: succeeded.
    """

    transaction_id: int
    venue: str
    converted_asset: str
    received_asset: str
    converted_qty: Decimal
    received_qty: Decimal
    chain_id: int
    tx_id: str
    haircut: Decimal
    result: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _transaction_id = _src_dict.pop("transaction_id")
        transaction_id = (
            _transaction_id if type(_transaction_id) is int else int_from_wire(_transaction_id, "transaction_id")
        )

        _venue = _src_dict.pop("venue")
        venue = _venue if type(_venue) is str else str_from_wire(_venue, "venue")

        _converted_asset = _src_dict.pop("converted_asset")
        converted_asset = (
            _converted_asset if type(_converted_asset) is str else str_from_wire(_converted_asset, "converted_asset")
        )

        _received_asset = _src_dict.pop("received_asset")
        received_asset = (
            _received_asset if type(_received_asset) is str else str_from_wire(_received_asset, "received_asset")
        )

        _converted_qty = _src_dict.pop("converted_qty")
        converted_qty = (
            _converted_qty if type(_converted_qty) is Decimal else decimal_from_wire(_converted_qty, "converted_qty")
        )

        _received_qty = _src_dict.pop("received_qty")
        received_qty = (
            _received_qty if type(_received_qty) is Decimal else decimal_from_wire(_received_qty, "received_qty")
        )

        _chain_id = _src_dict.pop("chain_id")
        chain_id = _chain_id if type(_chain_id) is int else int_from_wire(_chain_id, "chain_id")

        _tx_id = _src_dict.pop("tx_id")
        tx_id = _tx_id if type(_tx_id) is str else str_from_wire(_tx_id, "tx_id")

        _haircut = _src_dict.pop("haircut")
        haircut = _haircut if type(_haircut) is Decimal else decimal_from_wire(_haircut, "haircut")

        _result = _src_dict.pop("result")
        result = _result if type(_result) is str else str_from_wire(_result, "result")

        _result = cls(
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
