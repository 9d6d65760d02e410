from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..types import (
    UNSET,
    Unset,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.get_referral_info_response_data_referee_info import (
        GetReferralInfoResponseDataRefereeInfo,
    )
    from ..models.get_referral_info_response_data_referrer_info import (
        GetReferralInfoResponseDataReferrerInfo,
    )


T = TypeVar("T", bound="GetReferralInfoResponseData")


@_attrs_define(repr=False)
class GetReferralInfoResponseData:
    """
    Attributes:
        referrer_info (GetReferralInfoResponseDataReferrerInfo | Unset):
        referee_info (GetReferralInfoResponseDataRefereeInfo | Unset):
    """

    referrer_info: GetReferralInfoResponseDataReferrerInfo | Unset = UNSET
    referee_info: GetReferralInfoResponseDataRefereeInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetReferralInfoResponseDataRefereeInfo = _models.GetReferralInfoResponseDataRefereeInfo
            GetReferralInfoResponseDataReferrerInfo = _models.GetReferralInfoResponseDataReferrerInfo
        referrer_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referrer_info, Unset):
            referrer_info = self.referrer_info.to_dict()

        referee_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referee_info, Unset):
            referee_info = self.referee_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if referrer_info is not UNSET:
            field_dict["referrer_info"] = referrer_info
        if referee_info is not UNSET:
            field_dict["referee_info"] = referee_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetReferralInfoResponseDataRefereeInfo = _models.GetReferralInfoResponseDataRefereeInfo
            GetReferralInfoResponseDataReferrerInfo = _models.GetReferralInfoResponseDataReferrerInfo
        _src_dict = dict(src_dict)
        _referrer_info = _src_dict.pop("referrer_info", UNSET)
        referrer_info: GetReferralInfoResponseDataReferrerInfo | Unset
        if isinstance(_referrer_info, Unset):
            referrer_info = UNSET
        else:
            referrer_info = GetReferralInfoResponseDataReferrerInfo.from_dict(_referrer_info)

        _referee_info = _src_dict.pop("referee_info", UNSET)
        referee_info: GetReferralInfoResponseDataRefereeInfo | Unset
        if isinstance(_referee_info, Unset):
            referee_info = UNSET
        else:
            referee_info = GetReferralInfoResponseDataRefereeInfo.from_dict(_referee_info)

        _result = cls(
            referrer_info=referrer_info,
            referee_info=referee_info,
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
