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

T = TypeVar("T", bound="TvHistoryResponse")


@_attrs_define(repr=False)
class TvHistoryResponse:
    """
    Attributes:
        s (str):
        t (list[int]):
        o (list[Decimal | int]):
        h (list[Decimal]):
        l (list[Decimal]):
        c (list[Decimal]):
        v (list[Decimal]):
    """

    s: str
    t: list[int]
    o: list[Decimal | int]
    h: list[Decimal]
    l: list[Decimal]
    c: list[Decimal]
    v: list[Decimal]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        s = self.s

        t = self.t

        o = []
        for o_item_data in self.o:
            o_item: Decimal | int
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
        _s = _src_dict.pop("s")
        s = _s if type(_s) is str else str_from_wire(_s, "s")

        t = []
        _t = _src_dict.pop("t")
        for t_item_data in _t:
            _t_item = t_item_data
            t_item = _t_item if type(_t_item) is int else int_from_wire(_t_item, "t_item")

            t.append(t_item)

        o = []
        _o = _src_dict.pop("o")
        for o_item_data in _o:
            _o_item = o_item_data
            o_item: Decimal | int
            if type(_o_item) is int:
                o_item = _o_item
            else:

                def _parse_o_item(data: object) -> Decimal | int:
                    try:
                        if not (isinstance(data, (int, str)) and not isinstance(data, bool)):
                            raise TypeError()  # tried, not the last: the next type is tried (no message to build)
                        _o_item_type_0 = data
                        o_item_type_0 = (
                            _o_item_type_0 if type(_o_item_type_0) is int else int_from_wire(_o_item_type_0, "o_item")
                        )

                        return o_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not (isinstance(data, (Decimal, int, float, str)) and not isinstance(data, bool)):
                        raise TypeError("o_item: expected Decimal | int, got " + repr(data)[:60])
                    _o_item_type_1 = data
                    o_item_type_1 = (
                        _o_item_type_1
                        if type(_o_item_type_1) is Decimal
                        else decimal_from_wire(_o_item_type_1, "o_item")
                    )

                    return o_item_type_1

                o_item = _parse_o_item(_o_item)

            o.append(o_item)

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

        c = []
        _c = _src_dict.pop("c")
        for c_item_data in _c:
            _c_item = c_item_data
            c_item = _c_item if type(_c_item) is Decimal else decimal_from_wire(_c_item, "c_item")

            c.append(c_item)

        v = []
        _v = _src_dict.pop("v")
        for v_item_data in _v:
            _v_item = v_item_data
            v_item = _v_item if type(_v_item) is Decimal else decimal_from_wire(_v_item, "v_item")

            v.append(v_item)

        _result = cls(
            s=s,
            t=t,
            o=o,
            h=h,
            l=l,
            c=c,
            v=v,
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
