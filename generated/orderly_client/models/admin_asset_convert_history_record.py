from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..types import (
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.admin_asset_convert_history_detail import AdminAssetConvertHistoryDetail
    from ..models.admin_asset_convert_history_record_converted_asset import (
        AdminAssetConvertHistoryRecordConvertedAsset,
    )


T = TypeVar("T", bound="AdminAssetConvertHistoryRecord")


@_attrs_define(repr=False)
class AdminAssetConvertHistoryRecord:
    """
    Attributes:
        convert_id (int): Example: 617575.
        account_id (str): Example: 0x94e0bc419e3eecdba0d15e67f04cd62a5ee685a9190464cea4afb6e3c0b66e2b.
        user_address (str): Example: 0xa772873e31f088A88C3Fc77E624AE5f4fd1E296B.
        converted_asset (AdminAssetConvertHistoryRecordConvertedAsset): Example: {'USDT': 50.0}.
        received_asset (str): Example: USDC.
        received_qty (Decimal): Example: 49.61831.
        type_ (str): Example: manual.
        status (str): Example: completed.
        details (list[AdminAssetConvertHistoryDetail]):
        created_time (int): Unit: milliseconds since the Unix epoch. Example: 1772706491837.
        updated_time (int): Unit: milliseconds since the Unix epoch. Example: 1772706491837.
    """

    convert_id: int
    account_id: str
    user_address: str
    converted_asset: AdminAssetConvertHistoryRecordConvertedAsset
    received_asset: str
    received_qty: Decimal
    type_: str
    status: str
    details: list[AdminAssetConvertHistoryDetail]
    created_time: int
    updated_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            AdminAssetConvertHistoryDetail = _models.AdminAssetConvertHistoryDetail
            AdminAssetConvertHistoryRecordConvertedAsset = _models.AdminAssetConvertHistoryRecordConvertedAsset
        convert_id = self.convert_id

        account_id = self.account_id

        user_address = self.user_address

        converted_asset = self.converted_asset.to_dict()

        received_asset = self.received_asset

        received_qty = self.received_qty

        type_ = self.type_

        status = self.status

        details = []
        for details_item_data in self.details:
            details_item = details_item_data.to_dict()
            details.append(details_item)

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "convert_id": convert_id,
                "account_id": account_id,
                "user_address": user_address,
                "converted_asset": converted_asset,
                "received_asset": received_asset,
                "received_qty": received_qty,
                "type": type_,
                "status": status,
                "details": details,
                "created_time": created_time,
                "updated_time": updated_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            AdminAssetConvertHistoryDetail = _models.AdminAssetConvertHistoryDetail
            AdminAssetConvertHistoryRecordConvertedAsset = _models.AdminAssetConvertHistoryRecordConvertedAsset
        _src_dict = dict(src_dict)
        _convert_id = _src_dict.pop("convert_id")
        convert_id = _convert_id if type(_convert_id) is int else int_from_wire(_convert_id, "convert_id")

        _account_id = _src_dict.pop("account_id")
        account_id = _account_id if type(_account_id) is str else str_from_wire(_account_id, "account_id")

        _user_address = _src_dict.pop("user_address")
        user_address = _user_address if type(_user_address) is str else str_from_wire(_user_address, "user_address")

        converted_asset = AdminAssetConvertHistoryRecordConvertedAsset.from_dict(_src_dict.pop("converted_asset"))

        _received_asset = _src_dict.pop("received_asset")
        received_asset = (
            _received_asset if type(_received_asset) is str else str_from_wire(_received_asset, "received_asset")
        )

        _received_qty = _src_dict.pop("received_qty")
        received_qty = (
            _received_qty if type(_received_qty) is Decimal else decimal_from_wire(_received_qty, "received_qty")
        )

        _type_ = _src_dict.pop("type")
        type_ = _type_ if type(_type_) is str else str_from_wire(_type_, "type")

        _status = _src_dict.pop("status")
        status = _status if type(_status) is str else str_from_wire(_status, "status")

        details = []
        _details = _src_dict.pop("details")
        for details_item_data in _details:
            details_item = AdminAssetConvertHistoryDetail.from_dict(details_item_data)

            details.append(details_item)

        _created_time = _src_dict.pop("created_time")
        created_time = _created_time if type(_created_time) is int else int_from_wire(_created_time, "created_time")

        _updated_time = _src_dict.pop("updated_time")
        updated_time = _updated_time if type(_updated_time) is int else int_from_wire(_updated_time, "updated_time")

        _result = cls(
            convert_id=convert_id,
            account_id=account_id,
            user_address=user_address,
            converted_asset=converted_asset,
            received_asset=received_asset,
            received_qty=received_qty,
            type_=type_,
            status=status,
            details=details,
            created_time=created_time,
            updated_time=updated_time,
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
