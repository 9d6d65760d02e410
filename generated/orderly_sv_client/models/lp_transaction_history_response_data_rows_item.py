from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="LpTransactionHistoryResponseDataRowsItem")


@_attrs_define(repr=False)
class LpTransactionHistoryResponseDataRowsItem:
    """
    Example:
        [{'created_time': 1734652800000, 'period_number': 4, 'type': 'withdrawal', 'source': 'wallet', 'status':
            'claimable', 'est_assign_period_time': None, 'unlock_time': None, 'est_claim_time': None, 'chain_id': '1',
            'txn_hash': '0x4dbc4b0cc722d2f401e9a32fe5be7a52c6834785e2084ac78447e94735b8274d', 'txn_hash_claim': None,
            'shares_change': 60.0, 'amount_change': 88.009, 'transaction_nonce': None}, {'created_time': 1734566400000,
            'period_number': 2, 'type': 'withdrawal', 'source': 'wallet', 'status': 'claimable', 'est_assign_period_time':
            None, 'unlock_time': None, 'est_claim_time': None, 'chain_id': '1', 'txn_hash':
            '0x14a8248f38c2530011ba4c826eb1f1db8dad05025be24461bb42f1bc540ac42e', 'txn_hash_claim':
            '0x14a8248f38c2530011ba4c826eb1f1db8dad05025be24461bb42f1bc540ac42e', 'shares_change': 400.0, 'amount_change':
            572.001, 'transaction_nonce': None}, {'created_time': 1734480000000, 'period_number': 1, 'type': 'deposit',
            'source': 'WOOFi Pro', 'status': 'available', 'est_assign_period_time': None, 'unlock_time': None,
            'est_claim_time': None, 'chain_id': '1', 'txn_hash': None, 'txn_hash_claim': None, 'shares_change': 465.83,
            'amount_change': 2800.004, 'transaction_nonce': None}]

    Attributes:
        created_time (int | Unset): Unit: milliseconds since the Unix epoch.
        period_number (int | Unset):
        type_ (str | Unset):
        source (str | Unset):
        status (str | Unset):
        est_assign_period_time (int | Unset):
        unlock_time (int | Unset):
        est_claim_time (int | Unset):
        chain_id (str | Unset):
        txn_hash (str | Unset):
        txn_hash_claim (str | Unset):
        shares_change (Decimal | Unset):
        amount_change (Decimal | Unset):
        transaction_nonce (str | Unset):
    """

    created_time: int | Unset = UNSET
    period_number: int | Unset = UNSET
    type_: str | Unset = UNSET
    source: str | Unset = UNSET
    status: str | Unset = UNSET
    est_assign_period_time: int | Unset = UNSET
    unlock_time: int | Unset = UNSET
    est_claim_time: int | Unset = UNSET
    chain_id: str | Unset = UNSET
    txn_hash: str | Unset = UNSET
    txn_hash_claim: str | Unset = UNSET
    shares_change: Decimal | Unset = UNSET
    amount_change: Decimal | Unset = UNSET
    transaction_nonce: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time

        period_number = self.period_number

        type_ = self.type_

        source = self.source

        status = self.status

        est_assign_period_time = self.est_assign_period_time

        unlock_time = self.unlock_time

        est_claim_time = self.est_claim_time

        chain_id = self.chain_id

        txn_hash = self.txn_hash

        txn_hash_claim = self.txn_hash_claim

        shares_change = self.shares_change

        amount_change = self.amount_change

        transaction_nonce = self.transaction_nonce

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if period_number is not UNSET:
            field_dict["period_number"] = period_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if status is not UNSET:
            field_dict["status"] = status
        if est_assign_period_time is not UNSET:
            field_dict["est_assign_period_time"] = est_assign_period_time
        if unlock_time is not UNSET:
            field_dict["unlock_time"] = unlock_time
        if est_claim_time is not UNSET:
            field_dict["est_claim_time"] = est_claim_time
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if txn_hash is not UNSET:
            field_dict["txn_hash"] = txn_hash
        if txn_hash_claim is not UNSET:
            field_dict["txn_hash_claim"] = txn_hash_claim
        if shares_change is not UNSET:
            field_dict["shares_change"] = shares_change
        if amount_change is not UNSET:
            field_dict["amount_change"] = amount_change
        if transaction_nonce is not UNSET:
            field_dict["transaction_nonce"] = transaction_nonce

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _created_time = _src_dict.pop("created_time", UNSET)
        created_time: int | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = _created_time if type(_created_time) is int else int_from_wire(_created_time, "created_time")

        _period_number = _src_dict.pop("period_number", UNSET)
        period_number: int | Unset
        if isinstance(_period_number, Unset):
            period_number = UNSET
        else:
            period_number = (
                _period_number if type(_period_number) is int else int_from_wire(_period_number, "period_number")
            )

        _type_ = _src_dict.pop("type", UNSET)
        type_: str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _type_ if type(_type_) is str else str_from_wire(_type_, "type")

        _source = _src_dict.pop("source", UNSET)
        source: str | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = _source if type(_source) is str else str_from_wire(_source, "source")

        _status = _src_dict.pop("status", UNSET)
        status: str | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _status if type(_status) is str else str_from_wire(_status, "status")

        _est_assign_period_time = _src_dict.pop("est_assign_period_time", UNSET)
        est_assign_period_time: int | Unset
        if isinstance(_est_assign_period_time, Unset):
            est_assign_period_time = UNSET
        else:
            est_assign_period_time = (
                _est_assign_period_time
                if type(_est_assign_period_time) is int
                else int_from_wire(_est_assign_period_time, "est_assign_period_time")
            )

        _unlock_time = _src_dict.pop("unlock_time", UNSET)
        unlock_time: int | Unset
        if isinstance(_unlock_time, Unset):
            unlock_time = UNSET
        else:
            unlock_time = _unlock_time if type(_unlock_time) is int else int_from_wire(_unlock_time, "unlock_time")

        _est_claim_time = _src_dict.pop("est_claim_time", UNSET)
        est_claim_time: int | Unset
        if isinstance(_est_claim_time, Unset):
            est_claim_time = UNSET
        else:
            est_claim_time = (
                _est_claim_time if type(_est_claim_time) is int else int_from_wire(_est_claim_time, "est_claim_time")
            )

        _chain_id = _src_dict.pop("chain_id", UNSET)
        chain_id: str | Unset
        if isinstance(_chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = _chain_id if type(_chain_id) is str else str_from_wire(_chain_id, "chain_id")

        _txn_hash = _src_dict.pop("txn_hash", UNSET)
        txn_hash: str | Unset
        if isinstance(_txn_hash, Unset):
            txn_hash = UNSET
        else:
            txn_hash = _txn_hash if type(_txn_hash) is str else str_from_wire(_txn_hash, "txn_hash")

        _txn_hash_claim = _src_dict.pop("txn_hash_claim", UNSET)
        txn_hash_claim: str | Unset
        if isinstance(_txn_hash_claim, Unset):
            txn_hash_claim = UNSET
        else:
            txn_hash_claim = (
                _txn_hash_claim if type(_txn_hash_claim) is str else str_from_wire(_txn_hash_claim, "txn_hash_claim")
            )

        _shares_change = _src_dict.pop("shares_change", UNSET)
        shares_change: Decimal | Unset
        if isinstance(_shares_change, Unset):
            shares_change = UNSET
        else:
            shares_change = (
                _shares_change
                if type(_shares_change) is Decimal
                else decimal_from_wire(_shares_change, "shares_change")
            )

        _amount_change = _src_dict.pop("amount_change", UNSET)
        amount_change: Decimal | Unset
        if isinstance(_amount_change, Unset):
            amount_change = UNSET
        else:
            amount_change = (
                _amount_change
                if type(_amount_change) is Decimal
                else decimal_from_wire(_amount_change, "amount_change")
            )

        _transaction_nonce = _src_dict.pop("transaction_nonce", UNSET)
        transaction_nonce: str | Unset
        if isinstance(_transaction_nonce, Unset):
            transaction_nonce = UNSET
        else:
            transaction_nonce = (
                _transaction_nonce
                if type(_transaction_nonce) is str
                else str_from_wire(_transaction_nonce, "transaction_nonce")
            )

        _result = cls(
            created_time=created_time,
            period_number=period_number,
            type_=type_,
            source=source,
            status=status,
            est_assign_period_time=est_assign_period_time,
            unlock_time=unlock_time,
            est_claim_time=est_claim_time,
            chain_id=chain_id,
            txn_hash=txn_hash,
            txn_hash_claim=txn_hash_claim,
            shares_change=shares_change,
            amount_change=amount_change,
            transaction_nonce=transaction_nonce,
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
