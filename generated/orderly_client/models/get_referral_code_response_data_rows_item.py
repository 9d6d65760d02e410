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
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.get_referral_code_response_data_rows_item_referral_codes_item import (
        GetReferralCodeResponseDataRowsItemReferralCodesItem,
    )


T = TypeVar("T", bound="GetReferralCodeResponseDataRowsItem")


@_attrs_define(repr=False)
class GetReferralCodeResponseDataRowsItem:
    """
    Attributes:
        account_id (str | Unset): Example: 0x114f583aea808c5812e16109b6c087660285a26f0a31dcc0f9b54f1a6a0fefbd.
        user_address (str | Unset): Example: 0xa8ec6970fec8842dd229eef170f624c3d77dab45.
        number_of_codes (int | Unset): Example: 1.
        total_invites (int | Unset):
        total_traded (Decimal | Unset): Example: 0.01.
        referee_volume (Decimal | Unset): Example: 0.01.
        referee_fee (Decimal | Unset): Example: 0.01.
        orderly_fee (Decimal | Unset): Example: 1111.
        referral_codes (list[GetReferralCodeResponseDataRowsItemReferralCodesItem] | Unset):
    """

    account_id: str | Unset = UNSET
    user_address: str | Unset = UNSET
    number_of_codes: int | Unset = UNSET
    total_invites: int | Unset = UNSET
    total_traded: Decimal | Unset = UNSET
    referee_volume: Decimal | Unset = UNSET
    referee_fee: Decimal | Unset = UNSET
    orderly_fee: Decimal | Unset = UNSET
    referral_codes: list[GetReferralCodeResponseDataRowsItemReferralCodesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetReferralCodeResponseDataRowsItemReferralCodesItem = (
                _models.GetReferralCodeResponseDataRowsItemReferralCodesItem
            )
        account_id = self.account_id

        user_address = self.user_address

        number_of_codes = self.number_of_codes

        total_invites = self.total_invites

        total_traded = self.total_traded

        referee_volume = self.referee_volume

        referee_fee = self.referee_fee

        orderly_fee = self.orderly_fee

        referral_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.referral_codes, Unset):
            referral_codes = []
            for referral_codes_item_data in self.referral_codes:
                referral_codes_item = referral_codes_item_data.to_dict()
                referral_codes.append(referral_codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if user_address is not UNSET:
            field_dict["user_address"] = user_address
        if number_of_codes is not UNSET:
            field_dict["number_of_codes"] = number_of_codes
        if total_invites is not UNSET:
            field_dict["total_invites"] = total_invites
        if total_traded is not UNSET:
            field_dict["total_traded"] = total_traded
        if referee_volume is not UNSET:
            field_dict["referee_volume"] = referee_volume
        if referee_fee is not UNSET:
            field_dict["referee_fee"] = referee_fee
        if orderly_fee is not UNSET:
            field_dict["orderly_fee"] = orderly_fee
        if referral_codes is not UNSET:
            field_dict["referral_codes"] = referral_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetReferralCodeResponseDataRowsItemReferralCodesItem = (
                _models.GetReferralCodeResponseDataRowsItemReferralCodesItem
            )
        _src_dict = dict(src_dict)
        _account_id = _src_dict.pop("account_id", UNSET)
        account_id: str | Unset
        if isinstance(_account_id, Unset):
            account_id = UNSET
        else:
            account_id = _account_id if type(_account_id) is str else str_from_wire(_account_id, "account_id")

        _user_address = _src_dict.pop("user_address", UNSET)
        user_address: str | Unset
        if isinstance(_user_address, Unset):
            user_address = UNSET
        else:
            user_address = _user_address if type(_user_address) is str else str_from_wire(_user_address, "user_address")

        _number_of_codes = _src_dict.pop("number_of_codes", UNSET)
        number_of_codes: int | Unset
        if isinstance(_number_of_codes, Unset):
            number_of_codes = UNSET
        else:
            number_of_codes = (
                _number_of_codes
                if type(_number_of_codes) is int
                else int_from_wire(_number_of_codes, "number_of_codes")
            )

        _total_invites = _src_dict.pop("total_invites", UNSET)
        total_invites: int | Unset
        if isinstance(_total_invites, Unset):
            total_invites = UNSET
        else:
            total_invites = (
                _total_invites if type(_total_invites) is int else int_from_wire(_total_invites, "total_invites")
            )

        _total_traded = _src_dict.pop("total_traded", UNSET)
        total_traded: Decimal | Unset
        if isinstance(_total_traded, Unset):
            total_traded = UNSET
        else:
            total_traded = (
                _total_traded if type(_total_traded) is Decimal else decimal_from_wire(_total_traded, "total_traded")
            )

        _referee_volume = _src_dict.pop("referee_volume", UNSET)
        referee_volume: Decimal | Unset
        if isinstance(_referee_volume, Unset):
            referee_volume = UNSET
        else:
            referee_volume = (
                _referee_volume
                if type(_referee_volume) is Decimal
                else decimal_from_wire(_referee_volume, "referee_volume")
            )

        _referee_fee = _src_dict.pop("referee_fee", UNSET)
        referee_fee: Decimal | Unset
        if isinstance(_referee_fee, Unset):
            referee_fee = UNSET
        else:
            referee_fee = (
                _referee_fee if type(_referee_fee) is Decimal else decimal_from_wire(_referee_fee, "referee_fee")
            )

        _orderly_fee = _src_dict.pop("orderly_fee", UNSET)
        orderly_fee: Decimal | Unset
        if isinstance(_orderly_fee, Unset):
            orderly_fee = UNSET
        else:
            orderly_fee = (
                _orderly_fee if type(_orderly_fee) is Decimal else decimal_from_wire(_orderly_fee, "orderly_fee")
            )

        _referral_codes = _src_dict.pop("referral_codes", UNSET)
        referral_codes: list[GetReferralCodeResponseDataRowsItemReferralCodesItem] | Unset = UNSET
        if _referral_codes is not UNSET:
            referral_codes = []
            for referral_codes_item_data in _referral_codes:
                referral_codes_item = GetReferralCodeResponseDataRowsItemReferralCodesItem.from_dict(
                    referral_codes_item_data
                )

                referral_codes.append(referral_codes_item)

        _result = cls(
            account_id=account_id,
            user_address=user_address,
            number_of_codes=number_of_codes,
            total_invites=total_invites,
            total_traded=total_traded,
            referee_volume=referee_volume,
            referee_fee=referee_fee,
            orderly_fee=orderly_fee,
            referral_codes=referral_codes,
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
