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
    from ..models.account_summary import AccountSummary


T = TypeVar("T", bound="TvConfigResponseDAccountManagerItem")


@_attrs_define(repr=False)
class TvConfigResponseDAccountManagerItem:
    """
    Attributes:
        id (str | Unset):
        title (str | Unset):
        columns (list[AccountSummary] | Unset):
    """

    id: str | Unset = UNSET
    title: str | Unset = UNSET
    columns: list[AccountSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            AccountSummary = _models.AccountSummary
        id = self.id

        title = self.title

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if columns is not UNSET:
            field_dict["columns"] = columns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            AccountSummary = _models.AccountSummary
        _src_dict = dict(src_dict)
        _id = _src_dict.pop("id", UNSET)
        id: str | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = _id if type(_id) is str else str_from_wire(_id, "id")

        _title = _src_dict.pop("title", UNSET)
        title: str | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = _title if type(_title) is str else str_from_wire(_title, "title")

        _columns = _src_dict.pop("columns", UNSET)
        columns: list[AccountSummary] | Unset = UNSET
        if _columns is not UNSET:
            columns = []
            for columns_item_data in _columns:
                columns_item = AccountSummary.from_dict(columns_item_data)

                columns.append(columns_item)

        _result = cls(
            id=id,
            title=title,
            columns=columns,
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
