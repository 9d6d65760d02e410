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
    model_repr,
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.account_info_imr_factor import AccountInfoImrFactor
    from ..models.account_info_max_notional import AccountInfoMaxNotional


T = TypeVar("T", bound="AccountInfo")


@_attrs_define(repr=False)
class AccountInfo:
    """
    Attributes:
        account_id (str):
        email (str): Example: test@test.com.
        account_mode (str): Example: FUTURES.
        max_leverage (Decimal): Example: 20.
        taker_fee_rate (Decimal): Example: 0.
        maker_fee_rate (Decimal): Example: 0.
        futures_taker_fee_rate (Decimal): Example: 0.
        futures_maker_fee_rate (Decimal): Example: 0.
        maintenance_cancel_orders (bool): Example: True.
        imr_factor (AccountInfoImrFactor): Example: {'PERP_BTC_USDC': 9.1e-08, 'PERP_ETH_USDC': 1.2345e-06}.
        rwa_taker_fee_rate (Decimal | Unset): Example: 0.
        rwa_maker_fee_rate (Decimal | Unset): Example: 0.
        max_notional (AccountInfoMaxNotional | Unset): Example: {'PERP_BTC_USDC': 10000000, 'PERP_ETH_USDC': 2000000}.
    """

    account_id: str
    email: str
    account_mode: str
    max_leverage: Decimal
    taker_fee_rate: Decimal
    maker_fee_rate: Decimal
    futures_taker_fee_rate: Decimal
    futures_maker_fee_rate: Decimal
    maintenance_cancel_orders: bool
    imr_factor: AccountInfoImrFactor
    rwa_taker_fee_rate: Decimal | Unset = UNSET
    rwa_maker_fee_rate: Decimal | Unset = UNSET
    max_notional: AccountInfoMaxNotional | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            AccountInfoImrFactor = _models.AccountInfoImrFactor
            AccountInfoMaxNotional = _models.AccountInfoMaxNotional
        account_id = self.account_id

        email = self.email

        account_mode = self.account_mode

        max_leverage = self.max_leverage

        taker_fee_rate = self.taker_fee_rate

        maker_fee_rate = self.maker_fee_rate

        futures_taker_fee_rate = self.futures_taker_fee_rate

        futures_maker_fee_rate = self.futures_maker_fee_rate

        maintenance_cancel_orders = self.maintenance_cancel_orders

        imr_factor = self.imr_factor.to_dict()

        rwa_taker_fee_rate = self.rwa_taker_fee_rate

        rwa_maker_fee_rate = self.rwa_maker_fee_rate

        max_notional: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_notional, Unset):
            max_notional = self.max_notional.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "email": email,
                "account_mode": account_mode,
                "max_leverage": max_leverage,
                "taker_fee_rate": taker_fee_rate,
                "maker_fee_rate": maker_fee_rate,
                "futures_taker_fee_rate": futures_taker_fee_rate,
                "futures_maker_fee_rate": futures_maker_fee_rate,
                "maintenance_cancel_orders": maintenance_cancel_orders,
                "imr_factor": imr_factor,
            }
        )
        if rwa_taker_fee_rate is not UNSET:
            field_dict["rwa_taker_fee_rate"] = rwa_taker_fee_rate
        if rwa_maker_fee_rate is not UNSET:
            field_dict["rwa_maker_fee_rate"] = rwa_maker_fee_rate
        if max_notional is not UNSET:
            field_dict["max_notional"] = max_notional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            AccountInfoImrFactor = _models.AccountInfoImrFactor
            AccountInfoMaxNotional = _models.AccountInfoMaxNotional
        _src_dict = dict(src_dict)
        _account_id = _src_dict.pop("account_id")
        account_id = _account_id if type(_account_id) is str else str_from_wire(_account_id, "account_id")

        _email = _src_dict.pop("email")
        email = _email if type(_email) is str else str_from_wire(_email, "email")

        _account_mode = _src_dict.pop("account_mode")
        account_mode = _account_mode if type(_account_mode) is str else str_from_wire(_account_mode, "account_mode")

        _max_leverage = _src_dict.pop("max_leverage")
        max_leverage = (
            _max_leverage if type(_max_leverage) is Decimal else decimal_from_wire(_max_leverage, "max_leverage")
        )

        _taker_fee_rate = _src_dict.pop("taker_fee_rate")
        taker_fee_rate = (
            _taker_fee_rate
            if type(_taker_fee_rate) is Decimal
            else decimal_from_wire(_taker_fee_rate, "taker_fee_rate")
        )

        _maker_fee_rate = _src_dict.pop("maker_fee_rate")
        maker_fee_rate = (
            _maker_fee_rate
            if type(_maker_fee_rate) is Decimal
            else decimal_from_wire(_maker_fee_rate, "maker_fee_rate")
        )

        _futures_taker_fee_rate = _src_dict.pop("futures_taker_fee_rate")
        futures_taker_fee_rate = (
            _futures_taker_fee_rate
            if type(_futures_taker_fee_rate) is Decimal
            else decimal_from_wire(_futures_taker_fee_rate, "futures_taker_fee_rate")
        )

        _futures_maker_fee_rate = _src_dict.pop("futures_maker_fee_rate")
        futures_maker_fee_rate = (
            _futures_maker_fee_rate
            if type(_futures_maker_fee_rate) is Decimal
            else decimal_from_wire(_futures_maker_fee_rate, "futures_maker_fee_rate")
        )

        _maintenance_cancel_orders = _src_dict.pop("maintenance_cancel_orders")
        maintenance_cancel_orders = (
            _maintenance_cancel_orders
            if type(_maintenance_cancel_orders) is bool
            else bool_from_wire(_maintenance_cancel_orders, "maintenance_cancel_orders")
        )

        imr_factor = AccountInfoImrFactor.from_dict(_src_dict.pop("imr_factor"))

        _rwa_taker_fee_rate = _src_dict.pop("rwa_taker_fee_rate", UNSET)
        rwa_taker_fee_rate: Decimal | Unset
        if isinstance(_rwa_taker_fee_rate, Unset):
            rwa_taker_fee_rate = UNSET
        else:
            rwa_taker_fee_rate = (
                _rwa_taker_fee_rate
                if type(_rwa_taker_fee_rate) is Decimal
                else decimal_from_wire(_rwa_taker_fee_rate, "rwa_taker_fee_rate")
            )

        _rwa_maker_fee_rate = _src_dict.pop("rwa_maker_fee_rate", UNSET)
        rwa_maker_fee_rate: Decimal | Unset
        if isinstance(_rwa_maker_fee_rate, Unset):
            rwa_maker_fee_rate = UNSET
        else:
            rwa_maker_fee_rate = (
                _rwa_maker_fee_rate
                if type(_rwa_maker_fee_rate) is Decimal
                else decimal_from_wire(_rwa_maker_fee_rate, "rwa_maker_fee_rate")
            )

        _max_notional = _src_dict.pop("max_notional", UNSET)
        max_notional: AccountInfoMaxNotional | Unset
        if isinstance(_max_notional, Unset):
            max_notional = UNSET
        else:
            max_notional = AccountInfoMaxNotional.from_dict(_max_notional)

        _result = cls(
            account_id=account_id,
            email=email,
            account_mode=account_mode,
            max_leverage=max_leverage,
            taker_fee_rate=taker_fee_rate,
            maker_fee_rate=maker_fee_rate,
            futures_taker_fee_rate=futures_taker_fee_rate,
            futures_maker_fee_rate=futures_maker_fee_rate,
            maintenance_cancel_orders=maintenance_cancel_orders,
            imr_factor=imr_factor,
            rwa_taker_fee_rate=rwa_taker_fee_rate,
            rwa_maker_fee_rate=rwa_maker_fee_rate,
            max_notional=max_notional,
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
