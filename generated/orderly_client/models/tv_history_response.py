from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TvHistoryResponse")


@_attrs_define
class TvHistoryResponse:
    """
    Attributes:
        s (str):
        t (list[int]):
        o (list[float | int]):
        h (list[float]):
        l (list[float]):
        c (list[float]):
        v (list[float]):
    """

    s: str
    t: list[int]
    o: list[float | int]
    h: list[float]
    l: list[float]
    c: list[float]
    v: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        s = self.s

        t = self.t

        o = []
        for o_item_data in self.o:
            o_item: float | int
            o_item = o_item_data
            o.append(o_item)

        h = self.h

        l = self.l

        c = self.c

        v = self.v

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "s": s,
                "t": t,
                "o": o,
                "h": h,
                "l": l,
                "c": c,
                "v": v,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        s = _src_dict.pop("s")

        t = cast(list[int], _src_dict.pop("t"))

        o = []
        _o = _src_dict.pop("o")
        for o_item_data in _o:

            def _parse_o_item(data: object) -> float | int:
                return cast(float | int, data)

            o_item = _parse_o_item(o_item_data)

            o.append(o_item)

        h = cast(list[float], _src_dict.pop("h"))

        l = cast(list[float], _src_dict.pop("l"))

        c = cast(list[float], _src_dict.pop("c"))

        v = cast(list[float], _src_dict.pop("v"))

        tv_history_response = cls(
            s=s,
            t=t,
            o=o,
            h=h,
            l=l,
            c=c,
            v=v,
        )

        tv_history_response.additional_properties = _src_dict
        return tv_history_response

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
