from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tv_config_response_d import TvConfigResponseD


T = TypeVar("T", bound="TvConfigResponse")


@_attrs_define
class TvConfigResponse:
    """
    Attributes:
        s (str):
        d (TvConfigResponseD):
    """

    s: str
    d: TvConfigResponseD
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        s = self.s

        d = self.d.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "s": s,
                "d": d,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tv_config_response_d import TvConfigResponseD  # noqa: PLC0415

        _src_dict = dict(src_dict)
        s = _src_dict.pop("s")

        d = TvConfigResponseD.from_dict(_src_dict.pop("d"))

        tv_config_response = cls(
            s=s,
            d=d,
        )

        tv_config_response.additional_properties = _src_dict
        return tv_config_response

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
