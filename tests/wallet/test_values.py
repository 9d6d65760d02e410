"""Account ids, raw token units, and the checks every builder makes before anything is signed."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from eth_abi.abi import encode
from eth_hash.auto import keccak
from hypothesis import given
from hypothesis import strategies as st

from orderly_auth import ConfigurationError
from orderly_auth.wallet import (
    MESSAGE_TYPES,
    AmountPrecisionError,
    LocalSigner,
    WalletConfigError,
    account_id,
    add_orderly_key,
    from_raw_units,
    internal_transfer,
    registration,
    to_raw_units,
    withdraw,
)
from orderly_sandbox._responses import schemas_for
from orderly_sandbox._spec import Spec
from tests.wallet.test_typed_data_vectors import CASES

ADDRESS = "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"
T = 1_700_000_000_000


@pytest.mark.parametrize("broker", ["woofi_pro", "orderly", "demo", "a-b_c9"])
@pytest.mark.parametrize("wallet", [ADDRESS, "0x" + "00" * 20, "0x" + "ff" * 20])
def test_account_id_is_keccak_of_abi_encoded_address_and_broker_hash(wallet: str, broker: str) -> None:
    expected = "0x" + keccak(encode(["address", "bytes32"], [wallet, keccak(broker.encode())])).hex()
    assert account_id(wallet, broker) == expected
    assert account_id(wallet.lower(), broker) == expected  # the address's case does not matter


def test_account_id_refuses_bad_input() -> None:
    with pytest.raises(WalletConfigError):
        account_id("0x1234", "woofi_pro")
    with pytest.raises(WalletConfigError):
        account_id(ADDRESS, "Woofi Pro")


@pytest.mark.parametrize(
    ("amount", "decimals", "raw"),
    [
        (Decimal("1"), 6, 1_000_000),
        (Decimal("0.000001"), 6, 1),
        ("123.4500", 6, 123_450_000),  # trailing zeros are not extra precision
        (5, 0, 5),
        (Decimal("1e-18"), 18, 1),
        (Decimal("123456789012345678901234567890.123456"), 6, 123456789012345678901234567890123456),
    ],
)
def test_raw_units_are_exact(amount: Any, decimals: int, raw: int) -> None:
    assert to_raw_units(amount, decimals) == raw
    assert from_raw_units(raw, decimals) == Decimal(amount)


@pytest.mark.parametrize("amount", [Decimal("0.0000001"), Decimal("1.0000005"), "0.1234567"])
def test_more_decimals_than_the_token_is_refused_not_rounded(amount: Any) -> None:
    with pytest.raises(AmountPrecisionError, match="more decimal places than USDC"):
        to_raw_units(amount, 6, token="USDC")


@pytest.mark.parametrize("amount", [1.5, True, Decimal("0"), Decimal("-1"), Decimal("NaN"), Decimal("Infinity"), "x"])
def test_bad_amounts_are_refused(amount: Any) -> None:
    with pytest.raises(WalletConfigError):
        to_raw_units(amount, 6)


def test_wallet_errors_are_configuration_errors() -> None:
    assert issubclass(AmountPrecisionError, ConfigurationError)
    assert issubclass(WalletConfigError, ValueError)


def _key(**changes: Any) -> Any:
    arguments: dict[str, Any] = {
        "broker_id": "woofi_pro",
        "chain_id": 421614,
        "orderly_key": "ed25519:8tm7ZzFRQ6yW5ZUaSEfEPCs2JPUymcUCyBz3Ej9LnmUz",
        "scope": "read",
        "expiration": T + 86_400_000,
        "timestamp": T,
    }
    return add_orderly_key(**{**arguments, **changes})


@pytest.mark.parametrize(
    "changes",
    [
        {"expiration": T + 365 * 86_400_000 + 1},  # more than 365 days
        {"expiration": T},  # not after the timestamp
        {"scope": "read,admin"},
        {"scope": ""},
        {"orderly_key": "8tm7ZzFRQ6yW5ZUaSEfEPCs2JPUymcUCyBz3Ej9LnmUz"},
        {"chain_id": 0},
        {"chain_id": -1},
        {"broker_id": "WOOFi"},
    ],
)
def test_add_key_refuses_bad_input(changes: dict[str, Any]) -> None:
    with pytest.raises(WalletConfigError):
        _key(**changes)


def test_add_key_accepts_exactly_365_days_and_orders_scopes() -> None:
    typed = _key(expiration=T + 365 * 86_400_000, scope=["asset", "read"])
    assert typed.message["scope"] == "read,asset"


def test_other_builders_refuse_bad_input() -> None:
    with pytest.raises(WalletConfigError):
        registration(broker_id="woofi_pro", chain_id=1, registration_nonce="12a")
    with pytest.raises(WalletConfigError):
        internal_transfer(
            chain_id=1, receiver=ADDRESS, token="USDC", amount="1", decimals=6, transfer_nonce=1, network="testnet"
        )  # an address is not an account id
    with pytest.raises(WalletConfigError):
        withdraw(
            broker_id="woofi_pro",
            chain_id=1,
            receiver=ADDRESS,
            token="USDC",
            amount="1",
            decimals=6,
            withdraw_nonce=2**64,  # does not fit uint64
            network="testnet",
        )
    with pytest.raises(WalletConfigError):
        withdraw(
            broker_id="woofi_pro",
            chain_id=1,
            receiver=ADDRESS,
            token="USDC",
            amount="1",
            decimals=6,
            withdraw_nonce=1,
            network="devnet",
        )


def test_signer_keeps_its_key_out_of_repr() -> None:
    signer = LocalSigner.generate()
    assert signer.private_key[2:] not in repr(signer)
    assert signer.address in repr(signer)
    with pytest.raises(WalletConfigError) as caught:
        LocalSigner("0x1234")
    assert "1234" not in str(caught.value)


SPEC = Spec.load()
SCHEMAS = schemas_for(SPEC)


@pytest.mark.parametrize("name", sorted(CASES))
def test_request_body_fits_the_spec(name: str) -> None:
    """Each body has the spec's shape: signed fields typed as the spec types them, unsigned ones added."""
    typed = CASES[name][0]()
    body = typed.body(b"\x01" * 65, ADDRESS)
    operation = SPEC.operation(*typed.kind.endpoint.split(" "))
    assert SCHEMAS.check(body, operation.body_schema or {}, "body") is None
    assert ("verifyingContract" in body) == typed.kind.onchain_body
    if typed.kind.onchain_body:
        assert body["verifyingContract"] == typed.domain["verifyingContract"]
    assert set(body["message"]) >= set(typed.kind.field_names)
    assert MESSAGE_TYPES[typed.kind.endpoint] is typed.kind


SIGNATURE = "0x" + "11" * 32 + "22" * 32 + "1b"  # r, s (low), v 27


def test_unsigned_body_fields() -> None:
    transfer = CASES["InternalTransfer"][0]()
    body = transfer.body(SIGNATURE, ADDRESS)
    assert body["message"]["chainId"] == "421614" and body["message"]["chainType"] == "EVM"
    assert "chainId" not in transfer.eip712()["message"]
    withdrawal = CASES["Withdraw"][0]().body(SIGNATURE, ADDRESS)
    assert withdrawal["message"]["allowCrossChainWithdraw"] is False
    assert withdrawal["message"]["amount"] == "123456789"  # raw units, as text in the body


@given(st.integers(min_value=1, max_value=10**40), st.integers(min_value=0, max_value=24))
def test_raw_units_round_trip(raw: int, decimals: int) -> None:
    amount = from_raw_units(raw, decimals)
    assert to_raw_units(amount, decimals) == raw
    assert to_raw_units(str(amount), decimals) == raw
    finer = Decimal(f"{raw * 10 + 1}E-{decimals + 1}")  # one decimal place more than the token has
    with pytest.raises(AmountPrecisionError):
        to_raw_units(finer, decimals)
