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
    from ..models.vault_info_response_data_rows_item_supported_chains_item import (
        VaultInfoResponseDataRowsItemSupportedChainsItem,
    )


T = TypeVar("T", bound="VaultInfoResponseDataRowsItem")


@_attrs_define(repr=False)
class VaultInfoResponseDataRowsItem:
    """
    Attributes:
        vault_id (str | Unset):
        vault_address (str | Unset):
        vault_type (str | Unset): Example: protocol.
        vault_name (str | Unset): Example: Orderly OmniVault.
        description (str | Unset): Example: A vault run by a strategy provider..
        sp_address (str | Unset): Example: xxxxxxx.
        sp_name (str | Unset): Example: yyyy.
        asset (str | Unset): Example: USDC.
        vault_age (Decimal | Unset): Example: 180.
        status (str | Unset): Example: live.
        vault_start_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1702989203989.
        performance_fee_rate (Decimal | Unset): Example: 0.3.
        supported_chains (list[VaultInfoResponseDataRowsItemSupportedChainsItem] | Unset): Example: [{'chain_id': '1',
            'chain_name': 'Ethereum'}, {'chain_id': '42161', 'chain_name': 'Arbitrum'}, {'chain_id': '8453', 'chain_name':
            'Base'}, {'chain_id': '10', 'chain_name': 'Optimism'}, {'chain_id': '137', 'chain_name': 'Polygon'}].
        tvl (Decimal | Unset): Example: 123456789.0.
        valid_hpr (Decimal | Unset): Example: 30.
        field_30d_apy (Decimal | Unset): Example: 0.24.
        recovery_30d_apy (Decimal | Unset): Example: 0.
        vault_lifetime_net_pnl (Decimal | Unset): Example: 123456.0.
        lp_counts (Decimal | Unset): Example: 1204.
        total_main_shares (Decimal | Unset): Example: 123456789.0.
        lifetime_apy (Decimal | Unset): Example: 0.21.
        lock_duration (Decimal | Unset): Example: 48.
        min_deposit_amount (Decimal | Unset): Example: 10.
        min_withdrawal_amount (Decimal | Unset): Example: 10.
        gate_threshold_pct (Decimal | Unset): Example: 0.1.
        gate_triggered (bool | Unset): Example: False.
        broker_id (str | Unset): Example: orderly.
    """

    vault_id: str | Unset = UNSET
    vault_address: str | Unset = UNSET
    vault_type: str | Unset = UNSET
    vault_name: str | Unset = UNSET
    description: str | Unset = UNSET
    sp_address: str | Unset = UNSET
    sp_name: str | Unset = UNSET
    asset: str | Unset = UNSET
    vault_age: Decimal | Unset = UNSET
    status: str | Unset = UNSET
    vault_start_time: int | Unset = UNSET
    performance_fee_rate: Decimal | Unset = UNSET
    supported_chains: list[VaultInfoResponseDataRowsItemSupportedChainsItem] | Unset = UNSET
    tvl: Decimal | Unset = UNSET
    valid_hpr: Decimal | Unset = UNSET
    field_30d_apy: Decimal | Unset = UNSET
    recovery_30d_apy: Decimal | Unset = UNSET
    vault_lifetime_net_pnl: Decimal | Unset = UNSET
    lp_counts: Decimal | Unset = UNSET
    total_main_shares: Decimal | Unset = UNSET
    lifetime_apy: Decimal | Unset = UNSET
    lock_duration: Decimal | Unset = UNSET
    min_deposit_amount: Decimal | Unset = UNSET
    min_withdrawal_amount: Decimal | Unset = UNSET
    gate_threshold_pct: Decimal | Unset = UNSET
    gate_triggered: bool | Unset = UNSET
    broker_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            VaultInfoResponseDataRowsItemSupportedChainsItem = _models.VaultInfoResponseDataRowsItemSupportedChainsItem
        vault_id = self.vault_id

        vault_address = self.vault_address

        vault_type = self.vault_type

        vault_name = self.vault_name

        description = self.description

        sp_address = self.sp_address

        sp_name = self.sp_name

        asset = self.asset

        vault_age = self.vault_age

        status = self.status

        vault_start_time = self.vault_start_time

        performance_fee_rate = self.performance_fee_rate

        supported_chains: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supported_chains, Unset):
            supported_chains = []
            for supported_chains_item_data in self.supported_chains:
                supported_chains_item = supported_chains_item_data.to_dict()
                supported_chains.append(supported_chains_item)

        tvl = self.tvl

        valid_hpr = self.valid_hpr

        field_30d_apy = self.field_30d_apy

        recovery_30d_apy = self.recovery_30d_apy

        vault_lifetime_net_pnl = self.vault_lifetime_net_pnl

        lp_counts = self.lp_counts

        total_main_shares = self.total_main_shares

        lifetime_apy = self.lifetime_apy

        lock_duration = self.lock_duration

        min_deposit_amount = self.min_deposit_amount

        min_withdrawal_amount = self.min_withdrawal_amount

        gate_threshold_pct = self.gate_threshold_pct

        gate_triggered = self.gate_triggered

        broker_id = self.broker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vault_id is not UNSET:
            field_dict["vault_id"] = vault_id
        if vault_address is not UNSET:
            field_dict["vault_address"] = vault_address
        if vault_type is not UNSET:
            field_dict["vault_type"] = vault_type
        if vault_name is not UNSET:
            field_dict["vault_name"] = vault_name
        if description is not UNSET:
            field_dict["description"] = description
        if sp_address is not UNSET:
            field_dict["sp_address"] = sp_address
        if sp_name is not UNSET:
            field_dict["sp_name"] = sp_name
        if asset is not UNSET:
            field_dict["asset"] = asset
        if vault_age is not UNSET:
            field_dict["vault_age"] = vault_age
        if status is not UNSET:
            field_dict["status"] = status
        if vault_start_time is not UNSET:
            field_dict["vault_start_time"] = vault_start_time
        if performance_fee_rate is not UNSET:
            field_dict["performance_fee_rate"] = performance_fee_rate
        if supported_chains is not UNSET:
            field_dict["supported_chains"] = supported_chains
        if tvl is not UNSET:
            field_dict["tvl"] = tvl
        if valid_hpr is not UNSET:
            field_dict["valid_hpr"] = valid_hpr
        if field_30d_apy is not UNSET:
            field_dict["30d_apy"] = field_30d_apy
        if recovery_30d_apy is not UNSET:
            field_dict["recovery_30d_apy"] = recovery_30d_apy
        if vault_lifetime_net_pnl is not UNSET:
            field_dict["vault_lifetime_net_pnl"] = vault_lifetime_net_pnl
        if lp_counts is not UNSET:
            field_dict["lp_counts"] = lp_counts
        if total_main_shares is not UNSET:
            field_dict["total_main_shares"] = total_main_shares
        if lifetime_apy is not UNSET:
            field_dict["lifetime_apy"] = lifetime_apy
        if lock_duration is not UNSET:
            field_dict["lock_duration"] = lock_duration
        if min_deposit_amount is not UNSET:
            field_dict["min_deposit_amount"] = min_deposit_amount
        if min_withdrawal_amount is not UNSET:
            field_dict["min_withdrawal_amount"] = min_withdrawal_amount
        if gate_threshold_pct is not UNSET:
            field_dict["gate_threshold_pct"] = gate_threshold_pct
        if gate_triggered is not UNSET:
            field_dict["gate_triggered"] = gate_triggered
        if broker_id is not UNSET:
            field_dict["broker_id"] = broker_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            VaultInfoResponseDataRowsItemSupportedChainsItem = _models.VaultInfoResponseDataRowsItemSupportedChainsItem
        _src_dict = dict(src_dict)
        _vault_id = _src_dict.pop("vault_id", UNSET)
        vault_id: str | Unset
        if isinstance(_vault_id, Unset):
            vault_id = UNSET
        else:
            vault_id = _vault_id if type(_vault_id) is str else str_from_wire(_vault_id, "vault_id")

        _vault_address = _src_dict.pop("vault_address", UNSET)
        vault_address: str | Unset
        if isinstance(_vault_address, Unset):
            vault_address = UNSET
        else:
            vault_address = (
                _vault_address if type(_vault_address) is str else str_from_wire(_vault_address, "vault_address")
            )

        _vault_type = _src_dict.pop("vault_type", UNSET)
        vault_type: str | Unset
        if isinstance(_vault_type, Unset):
            vault_type = UNSET
        else:
            vault_type = _vault_type if type(_vault_type) is str else str_from_wire(_vault_type, "vault_type")

        _vault_name = _src_dict.pop("vault_name", UNSET)
        vault_name: str | Unset
        if isinstance(_vault_name, Unset):
            vault_name = UNSET
        else:
            vault_name = _vault_name if type(_vault_name) is str else str_from_wire(_vault_name, "vault_name")

        _description = _src_dict.pop("description", UNSET)
        description: str | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = _description if type(_description) is str else str_from_wire(_description, "description")

        _sp_address = _src_dict.pop("sp_address", UNSET)
        sp_address: str | Unset
        if isinstance(_sp_address, Unset):
            sp_address = UNSET
        else:
            sp_address = _sp_address if type(_sp_address) is str else str_from_wire(_sp_address, "sp_address")

        _sp_name = _src_dict.pop("sp_name", UNSET)
        sp_name: str | Unset
        if isinstance(_sp_name, Unset):
            sp_name = UNSET
        else:
            sp_name = _sp_name if type(_sp_name) is str else str_from_wire(_sp_name, "sp_name")

        _asset = _src_dict.pop("asset", UNSET)
        asset: str | Unset
        if isinstance(_asset, Unset):
            asset = UNSET
        else:
            asset = _asset if type(_asset) is str else str_from_wire(_asset, "asset")

        _vault_age = _src_dict.pop("vault_age", UNSET)
        vault_age: Decimal | Unset
        if isinstance(_vault_age, Unset):
            vault_age = UNSET
        else:
            vault_age = _vault_age if type(_vault_age) is Decimal else decimal_from_wire(_vault_age, "vault_age")

        _status = _src_dict.pop("status", UNSET)
        status: str | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _status if type(_status) is str else str_from_wire(_status, "status")

        _vault_start_time = _src_dict.pop("vault_start_time", UNSET)
        vault_start_time: int | Unset
        if isinstance(_vault_start_time, Unset):
            vault_start_time = UNSET
        else:
            vault_start_time = (
                _vault_start_time
                if type(_vault_start_time) is int
                else int_from_wire(_vault_start_time, "vault_start_time")
            )

        _performance_fee_rate = _src_dict.pop("performance_fee_rate", UNSET)
        performance_fee_rate: Decimal | Unset
        if isinstance(_performance_fee_rate, Unset):
            performance_fee_rate = UNSET
        else:
            performance_fee_rate = (
                _performance_fee_rate
                if type(_performance_fee_rate) is Decimal
                else decimal_from_wire(_performance_fee_rate, "performance_fee_rate")
            )

        _supported_chains = _src_dict.pop("supported_chains", UNSET)
        supported_chains: list[VaultInfoResponseDataRowsItemSupportedChainsItem] | Unset = UNSET
        if _supported_chains is not UNSET:
            supported_chains = []
            for supported_chains_item_data in _supported_chains:
                supported_chains_item = VaultInfoResponseDataRowsItemSupportedChainsItem.from_dict(
                    supported_chains_item_data
                )

                supported_chains.append(supported_chains_item)

        _tvl = _src_dict.pop("tvl", UNSET)
        tvl: Decimal | Unset
        if isinstance(_tvl, Unset):
            tvl = UNSET
        else:
            tvl = _tvl if type(_tvl) is Decimal else decimal_from_wire(_tvl, "tvl")

        _valid_hpr = _src_dict.pop("valid_hpr", UNSET)
        valid_hpr: Decimal | Unset
        if isinstance(_valid_hpr, Unset):
            valid_hpr = UNSET
        else:
            valid_hpr = _valid_hpr if type(_valid_hpr) is Decimal else decimal_from_wire(_valid_hpr, "valid_hpr")

        _field_30d_apy = _src_dict.pop("30d_apy", UNSET)
        field_30d_apy: Decimal | Unset
        if isinstance(_field_30d_apy, Unset):
            field_30d_apy = UNSET
        else:
            field_30d_apy = (
                _field_30d_apy if type(_field_30d_apy) is Decimal else decimal_from_wire(_field_30d_apy, "30d_apy")
            )

        _recovery_30d_apy = _src_dict.pop("recovery_30d_apy", UNSET)
        recovery_30d_apy: Decimal | Unset
        if isinstance(_recovery_30d_apy, Unset):
            recovery_30d_apy = UNSET
        else:
            recovery_30d_apy = (
                _recovery_30d_apy
                if type(_recovery_30d_apy) is Decimal
                else decimal_from_wire(_recovery_30d_apy, "recovery_30d_apy")
            )

        _vault_lifetime_net_pnl = _src_dict.pop("vault_lifetime_net_pnl", UNSET)
        vault_lifetime_net_pnl: Decimal | Unset
        if isinstance(_vault_lifetime_net_pnl, Unset):
            vault_lifetime_net_pnl = UNSET
        else:
            vault_lifetime_net_pnl = (
                _vault_lifetime_net_pnl
                if type(_vault_lifetime_net_pnl) is Decimal
                else decimal_from_wire(_vault_lifetime_net_pnl, "vault_lifetime_net_pnl")
            )

        _lp_counts = _src_dict.pop("lp_counts", UNSET)
        lp_counts: Decimal | Unset
        if isinstance(_lp_counts, Unset):
            lp_counts = UNSET
        else:
            lp_counts = _lp_counts if type(_lp_counts) is Decimal else decimal_from_wire(_lp_counts, "lp_counts")

        _total_main_shares = _src_dict.pop("total_main_shares", UNSET)
        total_main_shares: Decimal | Unset
        if isinstance(_total_main_shares, Unset):
            total_main_shares = UNSET
        else:
            total_main_shares = (
                _total_main_shares
                if type(_total_main_shares) is Decimal
                else decimal_from_wire(_total_main_shares, "total_main_shares")
            )

        _lifetime_apy = _src_dict.pop("lifetime_apy", UNSET)
        lifetime_apy: Decimal | Unset
        if isinstance(_lifetime_apy, Unset):
            lifetime_apy = UNSET
        else:
            lifetime_apy = (
                _lifetime_apy if type(_lifetime_apy) is Decimal else decimal_from_wire(_lifetime_apy, "lifetime_apy")
            )

        _lock_duration = _src_dict.pop("lock_duration", UNSET)
        lock_duration: Decimal | Unset
        if isinstance(_lock_duration, Unset):
            lock_duration = UNSET
        else:
            lock_duration = (
                _lock_duration
                if type(_lock_duration) is Decimal
                else decimal_from_wire(_lock_duration, "lock_duration")
            )

        _min_deposit_amount = _src_dict.pop("min_deposit_amount", UNSET)
        min_deposit_amount: Decimal | Unset
        if isinstance(_min_deposit_amount, Unset):
            min_deposit_amount = UNSET
        else:
            min_deposit_amount = (
                _min_deposit_amount
                if type(_min_deposit_amount) is Decimal
                else decimal_from_wire(_min_deposit_amount, "min_deposit_amount")
            )

        _min_withdrawal_amount = _src_dict.pop("min_withdrawal_amount", UNSET)
        min_withdrawal_amount: Decimal | Unset
        if isinstance(_min_withdrawal_amount, Unset):
            min_withdrawal_amount = UNSET
        else:
            min_withdrawal_amount = (
                _min_withdrawal_amount
                if type(_min_withdrawal_amount) is Decimal
                else decimal_from_wire(_min_withdrawal_amount, "min_withdrawal_amount")
            )

        _gate_threshold_pct = _src_dict.pop("gate_threshold_pct", UNSET)
        gate_threshold_pct: Decimal | Unset
        if isinstance(_gate_threshold_pct, Unset):
            gate_threshold_pct = UNSET
        else:
            gate_threshold_pct = (
                _gate_threshold_pct
                if type(_gate_threshold_pct) is Decimal
                else decimal_from_wire(_gate_threshold_pct, "gate_threshold_pct")
            )

        _gate_triggered = _src_dict.pop("gate_triggered", UNSET)
        gate_triggered: bool | Unset
        if isinstance(_gate_triggered, Unset):
            gate_triggered = UNSET
        else:
            gate_triggered = (
                _gate_triggered if type(_gate_triggered) is bool else bool_from_wire(_gate_triggered, "gate_triggered")
            )

        _broker_id = _src_dict.pop("broker_id", UNSET)
        broker_id: str | Unset
        if isinstance(_broker_id, Unset):
            broker_id = UNSET
        else:
            broker_id = _broker_id if type(_broker_id) is str else str_from_wire(_broker_id, "broker_id")

        _result = cls(
            vault_id=vault_id,
            vault_address=vault_address,
            vault_type=vault_type,
            vault_name=vault_name,
            description=description,
            sp_address=sp_address,
            sp_name=sp_name,
            asset=asset,
            vault_age=vault_age,
            status=status,
            vault_start_time=vault_start_time,
            performance_fee_rate=performance_fee_rate,
            supported_chains=supported_chains,
            tvl=tvl,
            valid_hpr=valid_hpr,
            field_30d_apy=field_30d_apy,
            recovery_30d_apy=recovery_30d_apy,
            vault_lifetime_net_pnl=vault_lifetime_net_pnl,
            lp_counts=lp_counts,
            total_main_shares=total_main_shares,
            lifetime_apy=lifetime_apy,
            lock_duration=lock_duration,
            min_deposit_amount=min_deposit_amount,
            min_withdrawal_amount=min_withdrawal_amount,
            gate_threshold_pct=gate_threshold_pct,
            gate_triggered=gate_triggered,
            broker_id=broker_id,
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
