from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_info_response_data_imr_factor import (
        ClientInfoResponseDataImrFactor,
    )
    from ..models.client_info_response_data_max_notional import (
        ClientInfoResponseDataMaxNotional,
    )


T = TypeVar("T", bound="ClientInfoResponseData")


@_attrs_define
class ClientInfoResponseData:
    """
    Attributes:
        account_id (str):
        email (str): Example: test@test.com.
        account_mode (str): Example: FUTURES.
        max_leverage (float): Example: 20.
        taker_fee_rate (float): Example: 0.
        maker_fee_rate (float): Example: 0.
        futures_taker_fee_rate (float): Example: 0.
        futures_maker_fee_rate (float): Example: 0.
        maintenance_cancel_orders (bool): Example: True.
        imr_factor (ClientInfoResponseDataImrFactor): Example: {'PERP_BTC_USDC': 9.1e-08, 'PERP_ETH_USDC': 1.2345e-06}.
        rwa_taker_fee_rate (float | Unset): Example: 0.
        rwa_maker_fee_rate (float | Unset): Example: 0.
        max_notional (ClientInfoResponseDataMaxNotional | Unset): Example: {'PERP_BTC_USDC': 10000000, 'PERP_ETH_USDC':
            2000000}.
    """

    account_id: str
    email: str
    account_mode: str
    max_leverage: float
    taker_fee_rate: float
    maker_fee_rate: float
    futures_taker_fee_rate: float
    futures_maker_fee_rate: float
    maintenance_cancel_orders: bool
    imr_factor: ClientInfoResponseDataImrFactor
    rwa_taker_fee_rate: float | Unset = UNSET
    rwa_maker_fee_rate: float | Unset = UNSET
    max_notional: ClientInfoResponseDataMaxNotional | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.client_info_response_data_imr_factor import (
            ClientInfoResponseDataImrFactor,  # noqa: PLC0415
        )
        from ..models.client_info_response_data_max_notional import (
            ClientInfoResponseDataMaxNotional,  # noqa: PLC0415
        )

        _src_dict = dict(src_dict)
        account_id = _src_dict.pop("account_id")

        email = _src_dict.pop("email")

        account_mode = _src_dict.pop("account_mode")

        max_leverage = _src_dict.pop("max_leverage")

        taker_fee_rate = _src_dict.pop("taker_fee_rate")

        maker_fee_rate = _src_dict.pop("maker_fee_rate")

        futures_taker_fee_rate = _src_dict.pop("futures_taker_fee_rate")

        futures_maker_fee_rate = _src_dict.pop("futures_maker_fee_rate")

        maintenance_cancel_orders = _src_dict.pop("maintenance_cancel_orders")

        imr_factor = ClientInfoResponseDataImrFactor.from_dict(_src_dict.pop("imr_factor"))

        rwa_taker_fee_rate = _src_dict.pop("rwa_taker_fee_rate", UNSET)

        rwa_maker_fee_rate = _src_dict.pop("rwa_maker_fee_rate", UNSET)

        _max_notional = _src_dict.pop("max_notional", UNSET)
        max_notional: ClientInfoResponseDataMaxNotional | Unset
        if isinstance(_max_notional, Unset):
            max_notional = UNSET
        else:
            max_notional = ClientInfoResponseDataMaxNotional.from_dict(_max_notional)

        client_info_response_data = cls(
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

        client_info_response_data.additional_properties = _src_dict
        return client_info_response_data

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
