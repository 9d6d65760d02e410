from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.orderly_key_body_message import OrderlyKeyBodyMessage


T = TypeVar("T", bound="OrderlyKeyBody")


@_attrs_define
class OrderlyKeyBody:
    """
    Attributes:
        message (OrderlyKeyBodyMessage):
        signature (str):
        user_address (str):
    """

    message: OrderlyKeyBodyMessage
    signature: str
    user_address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message.to_dict()

        signature = self.signature

        user_address = self.user_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "signature": signature,
                "userAddress": user_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.orderly_key_body_message import OrderlyKeyBodyMessage  # noqa: PLC0415

        _src_dict = dict(src_dict)
        message = OrderlyKeyBodyMessage.from_dict(_src_dict.pop("message"))

        signature = _src_dict.pop("signature")

        user_address = _src_dict.pop("userAddress")

        orderly_key_body = cls(
            message=message,
            signature=signature,
            user_address=user_address,
        )

        orderly_key_body.additional_properties = _src_dict
        return orderly_key_body

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
