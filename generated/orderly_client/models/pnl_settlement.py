from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.pnl_settlement_symbol import PnlSettlementSymbol


T = TypeVar("T", bound="PnlSettlement")


@_attrs_define(repr=False)
class PnlSettlement:
    """
    Attributes:
        id (int | Unset): Example: 10001.
        old_balance (Decimal | Unset): Example: 4050.
        new_balance (Decimal | Unset): Example: 3050.
        settled_amount (Decimal | Unset): Example: -500.
        requested_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1575014255089.
        settled_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1575014255910.
        symbols (list[PnlSettlementSymbol] | Unset):
    """

    id: int | Unset = UNSET
    old_balance: Decimal | Unset = UNSET
    new_balance: Decimal | Unset = UNSET
    settled_amount: Decimal | Unset = UNSET
    requested_time: int | Unset = UNSET
    settled_time: int | Unset = UNSET
    symbols: list[PnlSettlementSymbol] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            PnlSettlementSymbol = _models.PnlSettlementSymbol
        id = self.id

        old_balance = self.old_balance

        new_balance = self.new_balance

        settled_amount = self.settled_amount

        requested_time = self.requested_time

        settled_time = self.settled_time

        symbols: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.symbols, Unset):
            symbols = []
            for symbols_item_data in self.symbols:
                symbols_item = symbols_item_data.to_dict()
                symbols.append(symbols_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if old_balance is not UNSET:
            field_dict["old_balance"] = old_balance
        if new_balance is not UNSET:
            field_dict["new_balance"] = new_balance
        if settled_amount is not UNSET:
            field_dict["settled_amount"] = settled_amount
        if requested_time is not UNSET:
            field_dict["requested_time"] = requested_time
        if settled_time is not UNSET:
            field_dict["settled_time"] = settled_time
        if symbols is not UNSET:
            field_dict["symbols"] = symbols

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            PnlSettlementSymbol = _models.PnlSettlementSymbol
        _src_dict = dict(src_dict)
        _id = _src_dict.pop("id", UNSET)
        id: int | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = _id if type(_id) is int else int_from_wire(_id, "id")

        _old_balance = _src_dict.pop("old_balance", UNSET)
        old_balance: Decimal | Unset
        if isinstance(_old_balance, Unset):
            old_balance = UNSET
        else:
            old_balance = (
                _old_balance if type(_old_balance) is Decimal else decimal_from_wire(_old_balance, "old_balance")
            )

        _new_balance = _src_dict.pop("new_balance", UNSET)
        new_balance: Decimal | Unset
        if isinstance(_new_balance, Unset):
            new_balance = UNSET
        else:
            new_balance = (
                _new_balance if type(_new_balance) is Decimal else decimal_from_wire(_new_balance, "new_balance")
            )

        _settled_amount = _src_dict.pop("settled_amount", UNSET)
        settled_amount: Decimal | Unset
        if isinstance(_settled_amount, Unset):
            settled_amount = UNSET
        else:
            settled_amount = (
                _settled_amount
                if type(_settled_amount) is Decimal
                else decimal_from_wire(_settled_amount, "settled_amount")
            )

        _requested_time = _src_dict.pop("requested_time", UNSET)
        requested_time: int | Unset
        if isinstance(_requested_time, Unset):
            requested_time = UNSET
        else:
            requested_time = (
                _requested_time if type(_requested_time) is int else int_from_wire(_requested_time, "requested_time")
            )

        _settled_time = _src_dict.pop("settled_time", UNSET)
        settled_time: int | Unset
        if isinstance(_settled_time, Unset):
            settled_time = UNSET
        else:
            settled_time = _settled_time if type(_settled_time) is int else int_from_wire(_settled_time, "settled_time")

        _symbols = _src_dict.pop("symbols", UNSET)
        symbols: list[PnlSettlementSymbol] | Unset = UNSET
        if _symbols is not UNSET:
            symbols = []
            for symbols_item_data in _symbols:
                symbols_item = PnlSettlementSymbol.from_dict(symbols_item_data)

                symbols.append(symbols_item)

        _result = cls(
            id=id,
            old_balance=old_balance,
            new_balance=new_balance,
            settled_amount=settled_amount,
            requested_time=requested_time,
            settled_time=settled_time,
            symbols=symbols,
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
