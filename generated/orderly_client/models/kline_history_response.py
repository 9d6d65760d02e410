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

T = TypeVar("T", bound="KlineHistoryResponse")


@_attrs_define(repr=False)
class KlineHistoryResponse:
    """
    Attributes:
        s (str): Example: ok.
        o (list[Decimal]): Example: [2.105, 2.155, 2.105, 2.0285, 1.8, 2.55, 2.55].
        c (list[Decimal]): Example: [2.1, 2.155, 2.057, 1.86, 1.8, 2.55, 2.48].
        h (list[Decimal]): Example: [2.155, 2.155, 2.105, 2.0285, 1.8, 2.55, 3.175].
        l (list[Decimal]): Example: [2.1, 2.155, 2.02, 1.85, 1.8, 2.55, 2.48].
        v (list[Decimal]): Example: [22.0, 0.0, 2.0, 3000.0, 26.0, 0.0, 2.0].
        a (list[Decimal]): Example: [46.2, 0.0, 4.114, 5635.0, 46.8, 0.0, 6.1].
        t (list[int]): Example: [1761955200, 1762041600, 1762128000, 1762214400, 1762300800, 1762646400, 1762732800].
    """

    s: str
    o: list[Decimal]
    c: list[Decimal]
    h: list[Decimal]
    l: list[Decimal]
    v: list[Decimal]
    a: list[Decimal]
    t: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _s = _src_dict.pop("s")
        s = _s if type(_s) is str else str_from_wire(_s, "s")

        o = []
        _o = _src_dict.pop("o")
        for o_item_data in _o:
            _o_item = o_item_data
            o_item = _o_item if type(_o_item) is Decimal else decimal_from_wire(_o_item, "o_item")

            o.append(o_item)

        c = []
        _c = _src_dict.pop("c")
        for c_item_data in _c:
            _c_item = c_item_data
            c_item = _c_item if type(_c_item) is Decimal else decimal_from_wire(_c_item, "c_item")

            c.append(c_item)

        h = []
        _h = _src_dict.pop("h")
        for h_item_data in _h:
            _h_item = h_item_data
            h_item = _h_item if type(_h_item) is Decimal else decimal_from_wire(_h_item, "h_item")

            h.append(h_item)

        l = []
        _l = _src_dict.pop("l")
        for l_item_data in _l:
            _l_item = l_item_data
            l_item = _l_item if type(_l_item) is Decimal else decimal_from_wire(_l_item, "l_item")

            l.append(l_item)

        v = []
        _v = _src_dict.pop("v")
        for v_item_data in _v:
            _v_item = v_item_data
            v_item = _v_item if type(_v_item) is Decimal else decimal_from_wire(_v_item, "v_item")

            v.append(v_item)

        a = []
        _a = _src_dict.pop("a")
        for a_item_data in _a:
            _a_item = a_item_data
            a_item = _a_item if type(_a_item) is Decimal else decimal_from_wire(_a_item, "a_item")

            a.append(a_item)

        t = []
        _t = _src_dict.pop("t")
        for t_item_data in _t:
            _t_item = t_item_data
            t_item = _t_item if type(_t_item) is int else int_from_wire(_t_item, "t_item")

            t.append(t_item)

        _result = cls(
            s=s,
            o=o,
            c=c,
            h=h,
            l=l,
            v=v,
            a=a,
            t=t,
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
