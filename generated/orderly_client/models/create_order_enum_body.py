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
    to_decimal,
)

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models

if TYPE_CHECKING:
    from ..models.create_order_enum_body_pair_overrides import (
        CreateOrderEnumBodyPairOverrides,
    )


T = TypeVar("T", bound="CreateOrderEnumBody")


@_attrs_define(repr=False)
class CreateOrderEnumBody:
    """
    Attributes:
        enum_id (str): Example: GRID_PRO.
        name (str): Example: Grid Pro.
        default_fee_rate (Decimal): Example: 0.005.
        description (str | Unset): Example: Grid strategy orders.
        pair_overrides (CreateOrderEnumBodyPairOverrides | Unset): Example: {'PERP_BTC_USDC': 0.003}.
    """

    enum_id: str
    name: str
    default_fee_rate: Decimal = _attrs_field(converter=to_decimal)
    description: str | Unset = UNSET
    pair_overrides: CreateOrderEnumBodyPairOverrides | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            CreateOrderEnumBodyPairOverrides = _models.CreateOrderEnumBodyPairOverrides
        enum_id = self.enum_id

        name = self.name

        default_fee_rate = self.default_fee_rate

        description = self.description

        pair_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pair_overrides, Unset):
            pair_overrides = self.pair_overrides.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enum_id": enum_id,
                "name": name,
                "default_fee_rate": default_fee_rate,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if pair_overrides is not UNSET:
            field_dict["pair_overrides"] = pair_overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            CreateOrderEnumBodyPairOverrides = _models.CreateOrderEnumBodyPairOverrides
        _src_dict = dict(src_dict)
        _enum_id = _src_dict.pop("enum_id")
        enum_id = _enum_id if type(_enum_id) is str else str_from_wire(_enum_id, "enum_id")

        _name = _src_dict.pop("name")
        name = _name if type(_name) is str else str_from_wire(_name, "name")

        _default_fee_rate = _src_dict.pop("default_fee_rate")
        default_fee_rate = (
            _default_fee_rate
            if type(_default_fee_rate) is Decimal
            else decimal_from_wire(_default_fee_rate, "default_fee_rate")
        )

        _description = _src_dict.pop("description", UNSET)
        description: str | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = _description if type(_description) is str else str_from_wire(_description, "description")

        _pair_overrides = _src_dict.pop("pair_overrides", UNSET)
        pair_overrides: CreateOrderEnumBodyPairOverrides | Unset
        if isinstance(_pair_overrides, Unset):
            pair_overrides = UNSET
        else:
            pair_overrides = CreateOrderEnumBodyPairOverrides.from_dict(_pair_overrides)

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "enum_id", enum_id)
        _set(_result, "name", name)
        _set(_result, "default_fee_rate", default_fee_rate)
        _set(_result, "description", description)
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
