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
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.create_internal_transfer_request_receiver_list_item import (
        CreateInternalTransferRequestReceiverListItem,
    )


T = TypeVar("T", bound="CreateInternalTransferRequest")


@_attrs_define(repr=False)
class CreateInternalTransferRequest:
    """
    Attributes:
        token (str | Unset): Example: USDC.
        receiver_list (list[CreateInternalTransferRequestReceiverListItem] | Unset):
    """

    token: str | Unset = UNSET
    receiver_list: list[CreateInternalTransferRequestReceiverListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            CreateInternalTransferRequestReceiverListItem = _models.CreateInternalTransferRequestReceiverListItem
        token = self.token

        receiver_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.receiver_list, Unset):
            receiver_list = []
            for receiver_list_item_data in self.receiver_list:
                receiver_list_item = receiver_list_item_data.to_dict()
                receiver_list.append(receiver_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if receiver_list is not UNSET:
            field_dict["receiver_list"] = receiver_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            CreateInternalTransferRequestReceiverListItem = _models.CreateInternalTransferRequestReceiverListItem
        _src_dict = dict(src_dict)
        _token = _src_dict.pop("token", UNSET)
        token: str | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = _token if type(_token) is str else str_from_wire(_token, "token")

        _receiver_list = _src_dict.pop("receiver_list", UNSET)
        receiver_list: list[CreateInternalTransferRequestReceiverListItem] | Unset = UNSET
        if _receiver_list is not UNSET:
            receiver_list = []
            for receiver_list_item_data in _receiver_list:
                receiver_list_item = CreateInternalTransferRequestReceiverListItem.from_dict(receiver_list_item_data)

                receiver_list.append(receiver_list_item)

        _result = cls(
            token=token,
            receiver_list=receiver_list,
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
