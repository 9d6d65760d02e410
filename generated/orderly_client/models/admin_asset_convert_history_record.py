from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.admin_asset_convert_history_detail import AdminAssetConvertHistoryDetail
    from ..models.admin_asset_convert_history_record_converted_asset import (
        AdminAssetConvertHistoryRecordConvertedAsset,
    )


T = TypeVar("T", bound="AdminAssetConvertHistoryRecord")


@_attrs_define
class AdminAssetConvertHistoryRecord:
    """
    Attributes:
        convert_id (int): Example: 617575.
        account_id (str): Example: 0x94e0bc419e3eecdba0d15e67f04cd62a5ee685a9190464cea4afb6e3c0b66e2b.
        user_address (str): Example: 0xa772873e31f088A88C3Fc77E624AE5f4fd1E296B.
        converted_asset (AdminAssetConvertHistoryRecordConvertedAsset): Example: {'USDT': 50.0}.
        received_asset (str): Example: USDC.
        received_qty (float): Example: 49.61831.
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
    received_qty: float
    type_: str
    status: str
    details: list[AdminAssetConvertHistoryDetail]
    created_time: int
    updated_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.admin_asset_convert_history_detail import (
            AdminAssetConvertHistoryDetail,  # noqa: PLC0415
        )
        from ..models.admin_asset_convert_history_record_converted_asset import (
            AdminAssetConvertHistoryRecordConvertedAsset,  # noqa: PLC0415
        )

        _src_dict = dict(src_dict)
        convert_id = _src_dict.pop("convert_id")

        account_id = _src_dict.pop("account_id")

        user_address = _src_dict.pop("user_address")

        converted_asset = AdminAssetConvertHistoryRecordConvertedAsset.from_dict(_src_dict.pop("converted_asset"))

        received_asset = _src_dict.pop("received_asset")

        received_qty = _src_dict.pop("received_qty")

        type_ = _src_dict.pop("type")

        status = _src_dict.pop("status")

        details = []
        _details = _src_dict.pop("details")
        for details_item_data in _details:
            details_item = AdminAssetConvertHistoryDetail.from_dict(details_item_data)

            details.append(details_item)

        created_time = _src_dict.pop("created_time")

        updated_time = _src_dict.pop("updated_time")

        admin_asset_convert_history_record = cls(
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

        admin_asset_convert_history_record.additional_properties = _src_dict
        return admin_asset_convert_history_record

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
