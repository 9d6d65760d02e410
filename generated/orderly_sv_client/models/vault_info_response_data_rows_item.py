from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vault_info_response_data_rows_item_supported_chains_item import (
        VaultInfoResponseDataRowsItemSupportedChainsItem,
    )


T = TypeVar("T", bound="VaultInfoResponseDataRowsItem")


@_attrs_define
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
        vault_age (float | Unset): Example: 180.
        status (str | Unset): Example: live.
        vault_start_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1702989203989.
        performance_fee_rate (float | Unset): Example: 0.3.
        supported_chains (list[VaultInfoResponseDataRowsItemSupportedChainsItem] | Unset): Example: [{'chain_id': '1',
            'chain_name': 'Ethereum'}, {'chain_id': '42161', 'chain_name': 'Arbitrum'}, {'chain_id': '8453', 'chain_name':
            'Base'}, {'chain_id': '10', 'chain_name': 'Optimism'}, {'chain_id': '137', 'chain_name': 'Polygon'}].
        tvl (float | Unset): Example: 123456789.0.
        valid_hpr (float | Unset): Example: 30.
        field_30d_apy (float | Unset): Example: 0.24.
        recovery_30d_apy (float | Unset): Example: 0.
        vault_lifetime_net_pnl (float | Unset): Example: 123456.0.
        lp_counts (float | Unset): Example: 1204.
        total_main_shares (float | Unset): Example: 123456789.0.
        lifetime_apy (float | Unset): Example: 0.21.
        lock_duration (float | Unset): Example: 48.
        min_deposit_amount (float | Unset): Example: 10.
        min_withdrawal_amount (float | Unset): Example: 10.
        gate_threshold_pct (float | Unset): Example: 0.1.
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
    vault_age: float | Unset = UNSET
    status: str | Unset = UNSET
    vault_start_time: float | Unset = UNSET
    performance_fee_rate: float | Unset = UNSET
    supported_chains: list[VaultInfoResponseDataRowsItemSupportedChainsItem] | Unset = UNSET
    tvl: float | Unset = UNSET
    valid_hpr: float | Unset = UNSET
    field_30d_apy: float | Unset = UNSET
    recovery_30d_apy: float | Unset = UNSET
    vault_lifetime_net_pnl: float | Unset = UNSET
    lp_counts: float | Unset = UNSET
    total_main_shares: float | Unset = UNSET
    lifetime_apy: float | Unset = UNSET
    lock_duration: float | Unset = UNSET
    min_deposit_amount: float | Unset = UNSET
    min_withdrawal_amount: float | Unset = UNSET
    gate_threshold_pct: float | Unset = UNSET
    gate_triggered: bool | Unset = UNSET
    broker_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.vault_info_response_data_rows_item_supported_chains_item import (
            VaultInfoResponseDataRowsItemSupportedChainsItem,  # noqa: PLC0415
        )

        _src_dict = dict(src_dict)
        vault_id = _src_dict.pop("vault_id", UNSET)

        vault_address = _src_dict.pop("vault_address", UNSET)

        vault_type = _src_dict.pop("vault_type", UNSET)

        vault_name = _src_dict.pop("vault_name", UNSET)

        description = _src_dict.pop("description", UNSET)

        sp_address = _src_dict.pop("sp_address", UNSET)

        sp_name = _src_dict.pop("sp_name", UNSET)

        asset = _src_dict.pop("asset", UNSET)

        vault_age = _src_dict.pop("vault_age", UNSET)

        status = _src_dict.pop("status", UNSET)

        vault_start_time = _src_dict.pop("vault_start_time", UNSET)

        performance_fee_rate = _src_dict.pop("performance_fee_rate", UNSET)

        _supported_chains = _src_dict.pop("supported_chains", UNSET)
        supported_chains: list[VaultInfoResponseDataRowsItemSupportedChainsItem] | Unset = UNSET
        if _supported_chains is not UNSET:
            supported_chains = []
            for supported_chains_item_data in _supported_chains:
                supported_chains_item = VaultInfoResponseDataRowsItemSupportedChainsItem.from_dict(
                    supported_chains_item_data
                )

                supported_chains.append(supported_chains_item)

        tvl = _src_dict.pop("tvl", UNSET)

        valid_hpr = _src_dict.pop("valid_hpr", UNSET)

        field_30d_apy = _src_dict.pop("30d_apy", UNSET)

        recovery_30d_apy = _src_dict.pop("recovery_30d_apy", UNSET)

        vault_lifetime_net_pnl = _src_dict.pop("vault_lifetime_net_pnl", UNSET)

        lp_counts = _src_dict.pop("lp_counts", UNSET)

        total_main_shares = _src_dict.pop("total_main_shares", UNSET)

        lifetime_apy = _src_dict.pop("lifetime_apy", UNSET)

        lock_duration = _src_dict.pop("lock_duration", UNSET)

        min_deposit_amount = _src_dict.pop("min_deposit_amount", UNSET)

        min_withdrawal_amount = _src_dict.pop("min_withdrawal_amount", UNSET)

        gate_threshold_pct = _src_dict.pop("gate_threshold_pct", UNSET)

        gate_triggered = _src_dict.pop("gate_triggered", UNSET)

        broker_id = _src_dict.pop("broker_id", UNSET)

        vault_info_response_data_rows_item = cls(
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

        vault_info_response_data_rows_item.additional_properties = _src_dict
        return vault_info_response_data_rows_item

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
