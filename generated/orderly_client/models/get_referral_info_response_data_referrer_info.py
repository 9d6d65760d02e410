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
)

if TYPE_CHECKING:
    from ..models.get_referral_info_response_data_referrer_info_referral_codes_item import (
        GetReferralInfoResponseDataReferrerInfoReferralCodesItem,
    )


T = TypeVar("T", bound="GetReferralInfoResponseDataReferrerInfo")


@_attrs_define(repr=False)
class GetReferralInfoResponseDataReferrerInfo:
    """
    Attributes:
        field_1d_invites (int | Unset): Example: 5.
        field_7d_invites (int | Unset): Example: 5.
        field_30d_invites (int | Unset): Example: 5.
        total_invites (int | Unset): Example: 30.
        field_1d_traded (int | Unset): Example: 5.
        field_7d_traded (int | Unset): Example: 10.
        field_30d_traded (int | Unset): Example: 20.
        total_traded (Decimal | Unset): Example: 25.
        field_1d_referee_volume (Decimal | Unset): Example: 5.
        field_7d_referee_volume (Decimal | Unset): Example: 10.
        field_30d_referee_volume (Decimal | Unset): Example: 20.
        total_referee_volume (Decimal | Unset): Example: 30.
        field_1d_referrer_rebate (Decimal | Unset): Example: 5.
        field_7d_referrer_rebate (Decimal | Unset): Example: 10.
        field_30d_referrer_rebate (Decimal | Unset): Example: 20.
        total_referrer_rebate (Decimal | Unset): Example: 30.
        referral_codes (list[GetReferralInfoResponseDataReferrerInfoReferralCodesItem] | Unset):
    """

    field_1d_invites: int | Unset = UNSET
    field_7d_invites: int | Unset = UNSET
    field_30d_invites: int | Unset = UNSET
    total_invites: int | Unset = UNSET
    field_1d_traded: int | Unset = UNSET
    field_7d_traded: int | Unset = UNSET
    field_30d_traded: int | Unset = UNSET
    total_traded: Decimal | Unset = UNSET
    field_1d_referee_volume: Decimal | Unset = UNSET
    field_7d_referee_volume: Decimal | Unset = UNSET
    field_30d_referee_volume: Decimal | Unset = UNSET
    total_referee_volume: Decimal | Unset = UNSET
    field_1d_referrer_rebate: Decimal | Unset = UNSET
    field_7d_referrer_rebate: Decimal | Unset = UNSET
    field_30d_referrer_rebate: Decimal | Unset = UNSET
    total_referrer_rebate: Decimal | Unset = UNSET
    referral_codes: list[GetReferralInfoResponseDataReferrerInfoReferralCodesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetReferralInfoResponseDataReferrerInfoReferralCodesItem = (
                _models.GetReferralInfoResponseDataReferrerInfoReferralCodesItem
            )
        field_1d_invites = self.field_1d_invites

        field_7d_invites = self.field_7d_invites

        field_30d_invites = self.field_30d_invites

        total_invites = self.total_invites

        field_1d_traded = self.field_1d_traded

        field_7d_traded = self.field_7d_traded

        field_30d_traded = self.field_30d_traded

        total_traded = self.total_traded

        field_1d_referee_volume = self.field_1d_referee_volume

        field_7d_referee_volume = self.field_7d_referee_volume

        field_30d_referee_volume = self.field_30d_referee_volume

        total_referee_volume = self.total_referee_volume

        field_1d_referrer_rebate = self.field_1d_referrer_rebate

        field_7d_referrer_rebate = self.field_7d_referrer_rebate

        field_30d_referrer_rebate = self.field_30d_referrer_rebate

        total_referrer_rebate = self.total_referrer_rebate

        referral_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.referral_codes, Unset):
            referral_codes = []
            for referral_codes_item_data in self.referral_codes:
                referral_codes_item = referral_codes_item_data.to_dict()
                referral_codes.append(referral_codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_1d_invites is not UNSET:
            field_dict["1d_invites"] = field_1d_invites
        if field_7d_invites is not UNSET:
            field_dict["7d_invites"] = field_7d_invites
        if field_30d_invites is not UNSET:
            field_dict["30d_invites"] = field_30d_invites
        if total_invites is not UNSET:
            field_dict["total_invites"] = total_invites
        if field_1d_traded is not UNSET:
            field_dict["1d_traded"] = field_1d_traded
        if field_7d_traded is not UNSET:
            field_dict["7d_traded"] = field_7d_traded
        if field_30d_traded is not UNSET:
            field_dict["30d_traded"] = field_30d_traded
        if total_traded is not UNSET:
            field_dict["total_traded"] = total_traded
        if field_1d_referee_volume is not UNSET:
            field_dict["1d_referee_volume"] = field_1d_referee_volume
        if field_7d_referee_volume is not UNSET:
            field_dict["7d_referee_volume"] = field_7d_referee_volume
        if field_30d_referee_volume is not UNSET:
            field_dict["30d_referee_volume"] = field_30d_referee_volume
        if total_referee_volume is not UNSET:
            field_dict["total_referee_volume"] = total_referee_volume
        if field_1d_referrer_rebate is not UNSET:
            field_dict["1d_referrer_rebate"] = field_1d_referrer_rebate
        if field_7d_referrer_rebate is not UNSET:
            field_dict["7d_referrer_rebate"] = field_7d_referrer_rebate
        if field_30d_referrer_rebate is not UNSET:
            field_dict["30d_referrer_rebate"] = field_30d_referrer_rebate
        if total_referrer_rebate is not UNSET:
            field_dict["total_referrer_rebate"] = total_referrer_rebate
        if referral_codes is not UNSET:
            field_dict["referral_codes"] = referral_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetReferralInfoResponseDataReferrerInfoReferralCodesItem = (
                _models.GetReferralInfoResponseDataReferrerInfoReferralCodesItem
            )
        _src_dict = dict(src_dict)
        _field_1d_invites = _src_dict.pop("1d_invites", UNSET)
        field_1d_invites: int | Unset
        if isinstance(_field_1d_invites, Unset):
            field_1d_invites = UNSET
        else:
            field_1d_invites = (
                _field_1d_invites if type(_field_1d_invites) is int else int_from_wire(_field_1d_invites, "1d_invites")
            )

        _field_7d_invites = _src_dict.pop("7d_invites", UNSET)
        field_7d_invites: int | Unset
        if isinstance(_field_7d_invites, Unset):
            field_7d_invites = UNSET
        else:
            field_7d_invites = (
                _field_7d_invites if type(_field_7d_invites) is int else int_from_wire(_field_7d_invites, "7d_invites")
            )

        _field_30d_invites = _src_dict.pop("30d_invites", UNSET)
        field_30d_invites: int | Unset
        if isinstance(_field_30d_invites, Unset):
            field_30d_invites = UNSET
        else:
            field_30d_invites = (
                _field_30d_invites
                if type(_field_30d_invites) is int
                else int_from_wire(_field_30d_invites, "30d_invites")
            )

        _total_invites = _src_dict.pop("total_invites", UNSET)
        total_invites: int | Unset
        if isinstance(_total_invites, Unset):
            total_invites = UNSET
        else:
            total_invites = (
                _total_invites if type(_total_invites) is int else int_from_wire(_total_invites, "total_invites")
            )

        _field_1d_traded = _src_dict.pop("1d_traded", UNSET)
        field_1d_traded: int | Unset
        if isinstance(_field_1d_traded, Unset):
            field_1d_traded = UNSET
        else:
            field_1d_traded = (
                _field_1d_traded if type(_field_1d_traded) is int else int_from_wire(_field_1d_traded, "1d_traded")
            )

        _field_7d_traded = _src_dict.pop("7d_traded", UNSET)
        field_7d_traded: int | Unset
        if isinstance(_field_7d_traded, Unset):
            field_7d_traded = UNSET
        else:
            field_7d_traded = (
                _field_7d_traded if type(_field_7d_traded) is int else int_from_wire(_field_7d_traded, "7d_traded")
            )

        _field_30d_traded = _src_dict.pop("30d_traded", UNSET)
        field_30d_traded: int | Unset
        if isinstance(_field_30d_traded, Unset):
            field_30d_traded = UNSET
        else:
            field_30d_traded = (
                _field_30d_traded if type(_field_30d_traded) is int else int_from_wire(_field_30d_traded, "30d_traded")
            )

        _total_traded = _src_dict.pop("total_traded", UNSET)
        total_traded: Decimal | Unset
        if isinstance(_total_traded, Unset):
            total_traded = UNSET
        else:
            total_traded = (
                _total_traded if type(_total_traded) is Decimal else decimal_from_wire(_total_traded, "total_traded")
            )

        _field_1d_referee_volume = _src_dict.pop("1d_referee_volume", UNSET)
        field_1d_referee_volume: Decimal | Unset
        if isinstance(_field_1d_referee_volume, Unset):
            field_1d_referee_volume = UNSET
        else:
            field_1d_referee_volume = (
                _field_1d_referee_volume
                if type(_field_1d_referee_volume) is Decimal
                else decimal_from_wire(_field_1d_referee_volume, "1d_referee_volume")
            )

        _field_7d_referee_volume = _src_dict.pop("7d_referee_volume", UNSET)
        field_7d_referee_volume: Decimal | Unset
        if isinstance(_field_7d_referee_volume, Unset):
            field_7d_referee_volume = UNSET
        else:
            field_7d_referee_volume = (
                _field_7d_referee_volume
                if type(_field_7d_referee_volume) is Decimal
                else decimal_from_wire(_field_7d_referee_volume, "7d_referee_volume")
            )

        _field_30d_referee_volume = _src_dict.pop("30d_referee_volume", UNSET)
        field_30d_referee_volume: Decimal | Unset
        if isinstance(_field_30d_referee_volume, Unset):
            field_30d_referee_volume = UNSET
        else:
            field_30d_referee_volume = (
                _field_30d_referee_volume
                if type(_field_30d_referee_volume) is Decimal
                else decimal_from_wire(_field_30d_referee_volume, "30d_referee_volume")
            )

        _total_referee_volume = _src_dict.pop("total_referee_volume", UNSET)
        total_referee_volume: Decimal | Unset
        if isinstance(_total_referee_volume, Unset):
            total_referee_volume = UNSET
        else:
            total_referee_volume = (
                _total_referee_volume
                if type(_total_referee_volume) is Decimal
                else decimal_from_wire(_total_referee_volume, "total_referee_volume")
            )

        _field_1d_referrer_rebate = _src_dict.pop("1d_referrer_rebate", UNSET)
        field_1d_referrer_rebate: Decimal | Unset
        if isinstance(_field_1d_referrer_rebate, Unset):
            field_1d_referrer_rebate = UNSET
        else:
            field_1d_referrer_rebate = (
                _field_1d_referrer_rebate
                if type(_field_1d_referrer_rebate) is Decimal
                else decimal_from_wire(_field_1d_referrer_rebate, "1d_referrer_rebate")
            )

        _field_7d_referrer_rebate = _src_dict.pop("7d_referrer_rebate", UNSET)
        field_7d_referrer_rebate: Decimal | Unset
        if isinstance(_field_7d_referrer_rebate, Unset):
            field_7d_referrer_rebate = UNSET
        else:
            field_7d_referrer_rebate = (
                _field_7d_referrer_rebate
                if type(_field_7d_referrer_rebate) is Decimal
                else decimal_from_wire(_field_7d_referrer_rebate, "7d_referrer_rebate")
            )

        _field_30d_referrer_rebate = _src_dict.pop("30d_referrer_rebate", UNSET)
        field_30d_referrer_rebate: Decimal | Unset
        if isinstance(_field_30d_referrer_rebate, Unset):
            field_30d_referrer_rebate = UNSET
        else:
            field_30d_referrer_rebate = (
                _field_30d_referrer_rebate
                if type(_field_30d_referrer_rebate) is Decimal
                else decimal_from_wire(_field_30d_referrer_rebate, "30d_referrer_rebate")
            )

        _total_referrer_rebate = _src_dict.pop("total_referrer_rebate", UNSET)
        total_referrer_rebate: Decimal | Unset
        if isinstance(_total_referrer_rebate, Unset):
            total_referrer_rebate = UNSET
        else:
            total_referrer_rebate = (
                _total_referrer_rebate
                if type(_total_referrer_rebate) is Decimal
                else decimal_from_wire(_total_referrer_rebate, "total_referrer_rebate")
            )

        _referral_codes = _src_dict.pop("referral_codes", UNSET)
        referral_codes: list[GetReferralInfoResponseDataReferrerInfoReferralCodesItem] | Unset = UNSET
        if _referral_codes is not UNSET:
            referral_codes = []
            for referral_codes_item_data in _referral_codes:
                referral_codes_item = GetReferralInfoResponseDataReferrerInfoReferralCodesItem.from_dict(
                    referral_codes_item_data
                )

                referral_codes.append(referral_codes_item)

        _result = cls(
            field_1d_invites=field_1d_invites,
            field_7d_invites=field_7d_invites,
            field_30d_invites=field_30d_invites,
            total_invites=total_invites,
            field_1d_traded=field_1d_traded,
            field_7d_traded=field_7d_traded,
            field_30d_traded=field_30d_traded,
            total_traded=total_traded,
            field_1d_referee_volume=field_1d_referee_volume,
            field_7d_referee_volume=field_7d_referee_volume,
            field_30d_referee_volume=field_30d_referee_volume,
            total_referee_volume=total_referee_volume,
            field_1d_referrer_rebate=field_1d_referrer_rebate,
            field_7d_referrer_rebate=field_7d_referrer_rebate,
            field_30d_referrer_rebate=field_30d_referrer_rebate,
            total_referrer_rebate=total_referrer_rebate,
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
