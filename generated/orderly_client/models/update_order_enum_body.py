from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    model_repr,
    str_from_wire,
    to_decimal_or_unset,
)

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models

if TYPE_CHECKING:
    from ..models.update_order_enum_body_pair_overrides_type_0 import (
        UpdateOrderEnumBodyPairOverridesType0,
    )


T = TypeVar("T", bound="UpdateOrderEnumBody")


@_attrs_define(repr=False)
class UpdateOrderEnumBody:
    """
    Attributes:
        name (str | Unset): Example: Grid Pro.
        description (str | Unset): Example: Updated grid strategy orders.
        default_fee_rate (Decimal | Unset): Example: 0.005.
        pair_overrides (None | Unset | UpdateOrderEnumBodyPairOverridesType0): Example: {'PERP_BTC_USDC': 0.003}.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    default_fee_rate: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    pair_overrides: None | Unset | UpdateOrderEnumBodyPairOverridesType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            UpdateOrderEnumBodyPairOverridesType0 = _models.UpdateOrderEnumBodyPairOverridesType0
        name = self.name

        description = self.description

        default_fee_rate = self.default_fee_rate

        pair_overrides: dict[str, Any] | None | Unset
        if isinstance(self.pair_overrides, Unset):
            pair_overrides = UNSET
        elif isinstance(self.pair_overrides, UpdateOrderEnumBodyPairOverridesType0):
            pair_overrides = self.pair_overrides.to_dict()
        else:
            pair_overrides = self.pair_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if default_fee_rate is not UNSET:
            field_dict["default_fee_rate"] = default_fee_rate
        if pair_overrides is not UNSET:
            field_dict["pair_overrides"] = pair_overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            UpdateOrderEnumBodyPairOverridesType0 = _models.UpdateOrderEnumBodyPairOverridesType0
        _src_dict = dict(src_dict)
        _name = _src_dict.pop("name", UNSET)
        name: str | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = _name if type(_name) is str else str_from_wire(_name, "name")

        _description = _src_dict.pop("description", UNSET)
        description: str | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = _description if type(_description) is str else str_from_wire(_description, "description")

        _default_fee_rate = _src_dict.pop("default_fee_rate", UNSET)
        default_fee_rate: Decimal | Unset
        if isinstance(_default_fee_rate, Unset):
            default_fee_rate = UNSET
        else:
            default_fee_rate = (
                _default_fee_rate
                if type(_default_fee_rate) is Decimal
                else decimal_from_wire(_default_fee_rate, "default_fee_rate")
            )

        _pair_overrides = _src_dict.pop("pair_overrides", UNSET)
        pair_overrides: None | Unset | UpdateOrderEnumBodyPairOverridesType0
        if _pair_overrides is None or isinstance(_pair_overrides, Unset):
            pair_overrides = _pair_overrides
        else:

            def _parse_pair_overrides(data: object) -> None | Unset | UpdateOrderEnumBodyPairOverridesType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(
                        "pair_overrides: expected None | UpdateOrderEnumBodyPairOverridesType0, got " + repr(data)[:60]
                    )
                pair_overrides_type_0 = UpdateOrderEnumBodyPairOverridesType0.from_dict(data)

                return pair_overrides_type_0

            pair_overrides = _parse_pair_overrides(_pair_overrides)

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "name", name)
        _set(_result, "description", description)
        _set(_result, "default_fee_rate", default_fee_rate)
        _set(_result, "pair_overrides", pair_overrides)

        _set(_result, "additional_properties", _src_dict)
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
