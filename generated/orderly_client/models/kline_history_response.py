from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="KlineHistoryResponse")


@_attrs_define
class KlineHistoryResponse:
    """
    Attributes:
        s (str): Example: ok.
        o (list[float]): Example: [2.105, 2.155, 2.105, 2.0285, 1.8, 2.55, 2.55].
        c (list[float]): Example: [2.1, 2.155, 2.057, 1.86, 1.8, 2.55, 2.48].
        h (list[float]): Example: [2.155, 2.155, 2.105, 2.0285, 1.8, 2.55, 3.175].
        l (list[float]): Example: [2.1, 2.155, 2.02, 1.85, 1.8, 2.55, 2.48].
        v (list[float]): Example: [22.0, 0.0, 2.0, 3000.0, 26.0, 0.0, 2.0].
        a (list[float]): Example: [46.2, 0.0, 4.114, 5635.0, 46.8, 0.0, 6.1].
        t (list[int]): Example: [1761955200, 1762041600, 1762128000, 1762214400, 1762300800, 1762646400, 1762732800].
    """

    s: str
    o: list[float]
    c: list[float]
    h: list[float]
    l: list[float]
    v: list[float]
    a: list[float]
    t: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        s = self.s

        o = self.o

        c = self.c

        h = self.h

        l = self.l

        v = self.v

        a = self.a

        t = self.t

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "s": s,
                "o": o,
                "c": c,
                "h": h,
                "l": l,
                "v": v,
                "a": a,
                "t": t,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        s = _src_dict.pop("s")

        o = cast(list[float], _src_dict.pop("o"))

        c = cast(list[float], _src_dict.pop("c"))

        h = cast(list[float], _src_dict.pop("h"))

        l = cast(list[float], _src_dict.pop("l"))

        v = cast(list[float], _src_dict.pop("v"))

        a = cast(list[float], _src_dict.pop("a"))

        t = cast(list[int], _src_dict.pop("t"))

        kline_history_response = cls(
            s=s,
            o=o,
            c=c,
            h=h,
            l=l,
            v=v,
            a=a,
            t=t,
        )

        kline_history_response.additional_properties = _src_dict
        return kline_history_response

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
