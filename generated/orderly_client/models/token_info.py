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
    bool_from_wire,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.token_chain import TokenChain


T = TypeVar("T", bound="TokenInfo")


@_attrs_define(repr=False)
class TokenInfo:
    """
    Attributes:
        token (str | Unset): Example: ETH.
        base_weight (Decimal | Unset): Example: 0.8.
        discount_factor (Decimal | Unset): Example: 0.02.
        haircut (Decimal | Unset): Example: 0.95.
        user_max_qty (Decimal | Unset): Example: 111.
        is_collateral (bool | Unset): Example: True.
        decimals (int | Unset): Example: 6.
        minimum_withdraw_amount (Decimal | Unset): Example: 1e-06.
        on_chain_swap (bool | Unset): Example: True.
        token_hash (str | Unset): Example: 0xd6aca1be9729c13d677335161321649cccae6a591554772516700f986f942eaa.
        chain_details (list[TokenChain] | Unset):
    """

    token: str | Unset = UNSET
    base_weight: Decimal | Unset = UNSET
    discount_factor: Decimal | Unset = UNSET
    haircut: Decimal | Unset = UNSET
    user_max_qty: Decimal | Unset = UNSET
    is_collateral: bool | Unset = UNSET
    decimals: int | Unset = UNSET
    minimum_withdraw_amount: Decimal | Unset = UNSET
    on_chain_swap: bool | Unset = UNSET
    token_hash: str | Unset = UNSET
    chain_details: list[TokenChain] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            TokenChain = _models.TokenChain
        token = self.token

        base_weight = self.base_weight

        discount_factor = self.discount_factor

        haircut = self.haircut

        user_max_qty = self.user_max_qty

        is_collateral = self.is_collateral

        decimals = self.decimals

        minimum_withdraw_amount = self.minimum_withdraw_amount

        on_chain_swap = self.on_chain_swap

        token_hash = self.token_hash

        chain_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chain_details, Unset):
            chain_details = []
            for chain_details_item_data in self.chain_details:
                chain_details_item = chain_details_item_data.to_dict()
                chain_details.append(chain_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if base_weight is not UNSET:
            field_dict["base_weight"] = base_weight
        if discount_factor is not UNSET:
            field_dict["discount_factor"] = discount_factor
        if haircut is not UNSET:
            field_dict["haircut"] = haircut
        if user_max_qty is not UNSET:
            field_dict["user_max_qty"] = user_max_qty
        if is_collateral is not UNSET:
            field_dict["is_collateral"] = is_collateral
        if decimals is not UNSET:
            field_dict["decimals"] = decimals
        if minimum_withdraw_amount is not UNSET:
            field_dict["minimum_withdraw_amount"] = minimum_withdraw_amount
        if on_chain_swap is not UNSET:
            field_dict["on_chain_swap"] = on_chain_swap
        if token_hash is not UNSET:
            field_dict["token_hash"] = token_hash
        if chain_details is not UNSET:
            field_dict["chain_details"] = chain_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            TokenChain = _models.TokenChain
        _src_dict = dict(src_dict)
        _token = _src_dict.pop("token", UNSET)
        token: str | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = _token if type(_token) is str else str_from_wire(_token, "token")

        _base_weight = _src_dict.pop("base_weight", UNSET)
        base_weight: Decimal | Unset
        if isinstance(_base_weight, Unset):
            base_weight = UNSET
        else:
            base_weight = (
                _base_weight if type(_base_weight) is Decimal else decimal_from_wire(_base_weight, "base_weight")
            )

        _discount_factor = _src_dict.pop("discount_factor", UNSET)
        discount_factor: Decimal | Unset
        if isinstance(_discount_factor, Unset):
            discount_factor = UNSET
        else:
            discount_factor = (
                _discount_factor
                if type(_discount_factor) is Decimal
                else decimal_from_wire(_discount_factor, "discount_factor")
            )

        _haircut = _src_dict.pop("haircut", UNSET)
        haircut: Decimal | Unset
        if isinstance(_haircut, Unset):
            haircut = UNSET
        else:
            haircut = _haircut if type(_haircut) is Decimal else decimal_from_wire(_haircut, "haircut")

        _user_max_qty = _src_dict.pop("user_max_qty", UNSET)
        user_max_qty: Decimal | Unset
        if isinstance(_user_max_qty, Unset):
            user_max_qty = UNSET
        else:
            user_max_qty = (
                _user_max_qty if type(_user_max_qty) is Decimal else decimal_from_wire(_user_max_qty, "user_max_qty")
            )

        _is_collateral = _src_dict.pop("is_collateral", UNSET)
        is_collateral: bool | Unset
        if isinstance(_is_collateral, Unset):
            is_collateral = UNSET
        else:
            is_collateral = (
                _is_collateral if type(_is_collateral) is bool else bool_from_wire(_is_collateral, "is_collateral")
            )

        _decimals = _src_dict.pop("decimals", UNSET)
        decimals: int | Unset
        if isinstance(_decimals, Unset):
            decimals = UNSET
        else:
            decimals = _decimals if type(_decimals) is int else int_from_wire(_decimals, "decimals")

        _minimum_withdraw_amount = _src_dict.pop("minimum_withdraw_amount", UNSET)
        minimum_withdraw_amount: Decimal | Unset
        if isinstance(_minimum_withdraw_amount, Unset):
            minimum_withdraw_amount = UNSET
        else:
            minimum_withdraw_amount = (
                _minimum_withdraw_amount
                if type(_minimum_withdraw_amount) is Decimal
                else decimal_from_wire(_minimum_withdraw_amount, "minimum_withdraw_amount")
            )

        _on_chain_swap = _src_dict.pop("on_chain_swap", UNSET)
        on_chain_swap: bool | Unset
        if isinstance(_on_chain_swap, Unset):
            on_chain_swap = UNSET
        else:
            on_chain_swap = (
                _on_chain_swap if type(_on_chain_swap) is bool else bool_from_wire(_on_chain_swap, "on_chain_swap")
            )

        _token_hash = _src_dict.pop("token_hash", UNSET)
        token_hash: str | Unset
        if isinstance(_token_hash, Unset):
            token_hash = UNSET
        else:
            token_hash = _token_hash if type(_token_hash) is str else str_from_wire(_token_hash, "token_hash")

        _chain_details = _src_dict.pop("chain_details", UNSET)
        chain_details: list[TokenChain] | Unset = UNSET
        if _chain_details is not UNSET:
            chain_details = []
            for chain_details_item_data in _chain_details:
                chain_details_item = TokenChain.from_dict(chain_details_item_data)

                chain_details.append(chain_details_item)

        _result = cls(
            token=token,
            base_weight=base_weight,
            discount_factor=discount_factor,
            haircut=haircut,
            user_max_qty=user_max_qty,
            is_collateral=is_collateral,
            decimals=decimals,
            minimum_withdraw_amount=minimum_withdraw_amount,
            on_chain_swap=on_chain_swap,
            token_hash=token_hash,
            chain_details=chain_details,
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
