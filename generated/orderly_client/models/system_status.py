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
    int_from_wire,
    model_repr,
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.scheduled_maintenance import ScheduledMaintenance


T = TypeVar("T", bound="SystemStatus")


@_attrs_define(repr=False)
class SystemStatus:
    """
    Attributes:
        status (int): Example: 0.
        msg (str):
        scheduled_maintenance (ScheduledMaintenance | Unset):
    """

    status: int
    msg: str
    scheduled_maintenance: ScheduledMaintenance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            ScheduledMaintenance = _models.ScheduledMaintenance
        status = self.status

        msg = self.msg

        scheduled_maintenance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_maintenance, Unset):
            scheduled_maintenance = self.scheduled_maintenance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "msg": msg,
            }
        )
        if scheduled_maintenance is not UNSET:
            field_dict["scheduled_maintenance"] = scheduled_maintenance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            ScheduledMaintenance = _models.ScheduledMaintenance
        _src_dict = dict(src_dict)
        _status = _src_dict.pop("status")
        status = _status if type(_status) is int else int_from_wire(_status, "status")

        _msg = _src_dict.pop("msg")
        msg = _msg if type(_msg) is str else str_from_wire(_msg, "msg")

        _scheduled_maintenance = _src_dict.pop("scheduled_maintenance", UNSET)
        scheduled_maintenance: ScheduledMaintenance | Unset
        if isinstance(_scheduled_maintenance, Unset):
            scheduled_maintenance = UNSET
        else:
            scheduled_maintenance = ScheduledMaintenance.from_dict(_scheduled_maintenance)

        _result = cls(
            status=status,
            msg=msg,
            scheduled_maintenance=scheduled_maintenance,
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
