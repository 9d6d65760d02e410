"""Every refusal the sandbox's wallet operations give, each from a real request over HTTP.

Bodies are built with the pure builders and then spoiled one way at a time (a reused nonce, another
wallet's signature, the wrong domain...), so each test shows the server refusing exactly that.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx2
import pytest

from orderly_auth import (
    AuthenticationError,
    Credentials,
    DuplicateError,
    OrderlyAPIError,
    create_client,
    generate_key,
)
from orderly_auth.wallet import (
    MESSAGE_TYPES,
    LocalSigner,
    TypedData,
    WalletConfigError,
    add_orderly_key,
    delegate_add_orderly_key,
    delegate_withdraw,
    dex_request,
    domain,
    internal_transfer,
    registration,
    settle_pnl,
    withdraw,
)
from orderly_auth.wallet._values import now_ms
from orderly_sandbox import Sandbox
from tests.wallet.wallet_support import BROKER, CHAIN, Onboarded, held, post_raw

DAY = 86_400_000
VAULT = "0x" + "01" * 32


def signed(typed: TypedData, signer: LocalSigner, user_address: str | None = None) -> dict[str, Any]:
    return typed.body(signer.sign_typed_data(typed.eip712()), user_address or signer.address)


def send(sandbox: Sandbox, credentials: Credentials, path: str, body: Any) -> tuple[int | None, str]:
    """POST ``body`` signed with ``credentials``; the refusal's code and message (fails if accepted)."""
    with create_client(credentials, base_url=sandbox.base_url) as client, pytest.raises(OrderlyAPIError) as caught:
        client.get_httpx_client().post(path, json=body)
    return caught.value.code, caught.value.message


def get_data(sandbox: Sandbox, path: str) -> Any:
    return httpx2.get(sandbox.base_url + path, timeout=10).json()["data"]


def registration_nonce(sandbox: Sandbox) -> str:
    return str(get_data(sandbox, "/v1/registration_nonce")["registration_nonce"])


def _registration(sandbox: Sandbox, **changes: Any) -> TypedData:
    arguments = {"broker_id": BROKER, "chain_id": CHAIN, "registration_nonce": registration_nonce(sandbox)}
    return registration(**{**arguments, **changes})


def _withdraw(onboarded: Onboarded, sandbox: Sandbox, **changes: Any) -> TypedData:
    nonce = _nonce(sandbox, onboarded.credentials, "withdraw")
    arguments: dict[str, Any] = {
        "broker_id": BROKER,
        "chain_id": CHAIN,
        "receiver": onboarded.wallet.address,
        "token": "USDC",
        "amount": "10",
        "decimals": 6,
        "withdraw_nonce": nonce,
        "network": "testnet",
    }
    contract = changes.pop("verifying_contract", None)  # the builder refuses a mainnet contract on a testnet chain
    typed = withdraw(**{**arguments, **changes})
    if contract is None:
        return typed
    return TypedData(typed.kind, {**typed.domain, "verifyingContract": contract}, typed.message, typed.unsigned)


def _nonce(sandbox: Sandbox, credentials: Credentials, kind: str) -> int:
    with create_client(credentials, base_url=sandbox.base_url) as client:
        return int(client.get_httpx_client().get(f"/v1/{kind}_nonce").json()["data"][f"{kind}_nonce"])


# -- registration -------------------------------------------------------------------------------------


def test_registration_nonce_is_single_use(sandbox: Sandbox) -> None:
    nonce = registration_nonce(sandbox)
    first, second = LocalSigner.generate(), LocalSigner.generate()
    typed = registration(broker_id=BROKER, chain_id=CHAIN, registration_nonce=nonce)
    assert post_raw(sandbox, "/v1/register_account", signed(typed, first))[0] == 200
    status, code, message = post_raw(sandbox, "/v1/register_account", signed(typed, second))
    assert (status, code) == (400, -1005) and "registrationNonce" in message


def test_registration_nonce_expires_after_two_minutes(sandbox: Sandbox) -> None:
    typed = _registration(sandbox)
    sandbox.clock_offset_ms = 121_000  # the server's clock, two minutes and a second later
    status, code, message = post_raw(sandbox, "/v1/register_account", signed(typed, LocalSigner.generate()))
    assert (status, code) == (400, -1005) and "expired" in message
    sandbox.clock_offset_ms = 119_000
    typed = registration(broker_id=BROKER, chain_id=CHAIN, registration_nonce=registration_nonce(sandbox))
    sandbox.clock_offset_ms = 119_000 + 119_000
    assert post_raw(sandbox, "/v1/register_account", signed(typed, LocalSigner.generate()))[0] == 200


def test_registration_nonce_not_issued(sandbox: Sandbox) -> None:
    typed = registration(broker_id=BROKER, chain_id=CHAIN, registration_nonce=42)
    assert post_raw(sandbox, "/v1/register_account", signed(typed, LocalSigner.generate()))[1] == -1005


def test_registering_twice_is_a_duplicate(new_wallet: Any) -> None:
    wallet = new_wallet()
    wallet.register()
    with pytest.raises(DuplicateError) as caught:
        wallet.register()
    assert caught.value.code == -1007


def test_signature_of_another_wallet(sandbox: Sandbox) -> None:
    claimed = LocalSigner.generate().address
    status, code, message = post_raw(
        sandbox, "/v1/register_account", signed(_registration(sandbox), LocalSigner.generate(), claimed)
    )
    assert (status, code) == (400, -1005) and "does not match userAddress" in message


def test_tampered_message(sandbox: Sandbox) -> None:
    body = signed(_registration(sandbox), LocalSigner.generate())
    body["message"]["timestamp"] = str(int(body["message"]["timestamp"]) + 1)
    status, code, message = post_raw(sandbox, "/v1/register_account", body)
    assert (status, code) == (400, -1005) and "does not match userAddress" in message


def test_signed_on_another_domain(sandbox: Sandbox) -> None:
    typed = _registration(sandbox)
    elsewhere = TypedData(typed.kind, domain(typed.kind.domain, 1, "mainnet"), typed.message, typed.unsigned)
    body = typed.body(LocalSigner.generate().sign_typed_data(elsewhere.eip712()), LocalSigner.generate().address)
    assert post_raw(sandbox, "/v1/register_account", body)[1] == -1005


@pytest.mark.parametrize(
    ("changes", "words"),
    [({"broker_id": "nobody"}, "not a broker"), ({"chain_id": 999}, "not a supported chain")],
)
def test_broker_and_chain_must_be_listed(sandbox: Sandbox, changes: dict[str, Any], words: str) -> None:
    status, code, message = post_raw(
        sandbox, "/v1/register_account", signed(_registration(sandbox, **changes), LocalSigner.generate())
    )
    assert (status, code) == (400, -1005) and words in message


def test_stale_message_timestamp(sandbox: Sandbox) -> None:
    typed = _registration(sandbox, timestamp=now_ms() - 301_000)
    _, code, message = post_raw(sandbox, "/v1/register_account", signed(typed, LocalSigner.generate()))
    assert code == -1005 and "timestamp" in message


def test_missing_signed_field_and_bad_signature(sandbox: Sandbox) -> None:
    body = signed(_registration(sandbox), LocalSigner.generate())
    del body["message"]["registrationNonce"]
    assert post_raw(sandbox, "/v1/register_account", body)[1] == -1005
    body = signed(_registration(sandbox), LocalSigner.generate())
    body["signature"] = "0x1234"
    assert post_raw(sandbox, "/v1/register_account", body)[1] == -1005


def test_unregistered_wallet_has_no_account(sandbox: Sandbox) -> None:
    params = {"address": LocalSigner.generate().address, "broker_id": BROKER}
    response = httpx2.get(sandbox.base_url + "/v1/get_account", params=params, timeout=10)
    assert (response.status_code, response.json()["code"]) == (400, -1006)


# -- Orderly keys ------------------------------------------------------------------------------------


def _key_message() -> TypedData:
    stamp = now_ms()
    return add_orderly_key(
        broker_id=BROKER,
        chain_id=CHAIN,
        orderly_key=generate_key().orderly_key,
        scope="read",
        expiration=stamp + DAY,
        timestamp=stamp,
    )


def test_key_for_an_unregistered_wallet(sandbox: Sandbox) -> None:
    signer = LocalSigner.generate()
    status, code, _ = post_raw(sandbox, "/v1/orderly_key", signed(_key_message(), signer))
    assert (status, code) == (400, -1006)


def _spoil(typed: TypedData, **fields: Any) -> TypedData:
    return TypedData(typed.kind, typed.domain, {**typed.message, **fields}, typed.unsigned)


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (lambda t: {"expiration": t["timestamp"] + 365 * DAY + 1}, "365 days"),
        (lambda t: {"expiration": t["timestamp"] - 1}, "in the past"),
        (lambda t: {"scope": "read,admin"}, "scope"),
        (lambda t: {"orderlyKey": "ed25519:abc"}, "orderlyKey"),
    ],
)
def test_bad_key_messages(onboarded: Onboarded, sandbox: Sandbox, spoil: Any, words: str) -> None:
    signer = onboarded.wallet.signer
    assert isinstance(signer, LocalSigner)
    typed = _key_message()
    typed = _spoil(typed, **spoil(typed.message))  # signed as spoiled: only the server's rule refuses it
    status, code, message = post_raw(sandbox, "/v1/orderly_key", signed(typed, signer))
    assert (status, code) == (400, -1005) and words in message


def test_same_key_twice(onboarded: Onboarded, sandbox: Sandbox) -> None:
    signer = onboarded.wallet.signer
    assert isinstance(signer, LocalSigner)
    typed = _key_message()
    assert post_raw(sandbox, "/v1/orderly_key", signed(typed, signer))[0] == 200
    assert post_raw(sandbox, "/v1/orderly_key", signed(typed, signer))[:2] == (409, -1007)


def test_requests_with_unknown_expired_revoked_or_out_of_scope_keys(onboarded: Onboarded, sandbox: Sandbox) -> None:
    account = onboarded.account_id
    unknown = Credentials(account, generate_key().secret)
    expired = sandbox.add_key(account, ["read", "trading"], expiration_ms=sandbox.server_time_ms() - 1)
    read_only = onboarded.wallet.add_orderly_key("read")
    revoked = onboarded.wallet.add_orderly_key("read,trading")
    assert sandbox.remove_key(revoked)
    for credentials, words in [
        (unknown, "not registered"),
        (expired, "expired"),
        (revoked, "not registered"),
        (read_only, "'trading' scope"),
    ]:
        with pytest.raises(AuthenticationError) as caught:
            onboarded.wallet.withdraw(credentials, "USDC", "1")
        assert caught.value.code == -1002 and caught.value.status_code == 401
        assert words in caught.value.message
    assert held(sandbox, account) == {"USDC": Decimal(1000)}


def test_a_key_works_until_it_expires(onboarded: Onboarded, sandbox: Sandbox) -> None:
    credentials = onboarded.wallet.add_orderly_key("read,trading", valid_for_days=1)
    onboarded.wallet.settle_pnl(credentials)
    sandbox.timestamp_window = 3 * 86_400
    sandbox.clock_offset_ms = DAY + 1_000
    with pytest.raises(AuthenticationError, match="expired"):
        onboarded.wallet.settle_pnl(credentials)


# -- withdrawals, settlement, transfers --------------------------------------------------------------


def test_withdraw_nonce_is_single_use(onboarded: Onboarded, sandbox: Sandbox) -> None:
    signer = onboarded.wallet.signer
    assert isinstance(signer, LocalSigner)
    body = signed(_withdraw(onboarded, sandbox), signer)
    with create_client(onboarded.credentials, base_url=sandbox.base_url) as client:
        assert client.get_httpx_client().post("/v1/withdraw_request", json=body).status_code == 200
    assert send(sandbox, onboarded.credentials, "/v1/withdraw_request", body)[0] == -1007
    ahead = _withdraw(onboarded, sandbox)
    ahead = _spoil(ahead, withdrawNonce=ahead.message["withdrawNonce"] + 5)
    assert send(sandbox, onboarded.credentials, "/v1/withdraw_request", signed(ahead, signer))[0] == -1005
    assert held(sandbox, onboarded.account_id) == {"USDC": Decimal(990)}


@pytest.mark.parametrize(
    ("changes", "code", "words"),
    [
        ({"amount": "1000.000001"}, -1101, "insufficient"),
        ({"receiver": "0x" + "12" * 20}, -1005, "own address"),
        ({"token": "DOGE"}, -1005, "not listed"),
        ({"verifying_contract": "0x6F7a338F2aA472838dEFD3283eB360d4Dff5D203"}, -1005, "verifyingContract"),
        ({"chain_id": 999}, -1005, "not a supported chain"),
    ],
)
def test_withdraw_refusals(
    onboarded: Onboarded, sandbox: Sandbox, changes: dict[str, Any], code: int, words: str
) -> None:
    signer = onboarded.wallet.signer
    assert isinstance(signer, LocalSigner)
    body = signed(_withdraw(onboarded, sandbox, **changes), signer)
    got, message = send(sandbox, onboarded.credentials, "/v1/withdraw_request", body)
    assert got == code and words in message
    assert held(sandbox, onboarded.account_id) == {"USDC": Decimal(1000)}


def test_verifying_contract_in_body_must_match(onboarded: Onboarded, sandbox: Sandbox) -> None:
    signer = onboarded.wallet.signer
    assert isinstance(signer, LocalSigner)
    body = signed(_withdraw(onboarded, sandbox), signer)
    body["verifyingContract"] = "0x6F7a338F2aA472838dEFD3283eB360d4Dff5D203"
    assert send(sandbox, onboarded.credentials, "/v1/withdraw_request", body)[0] == -1005


def test_wallet_must_own_the_keys_account(onboarded: Onboarded, sandbox: Sandbox, new_wallet: Any) -> None:
    other = new_wallet()
    other.register()
    other_signer = other.signer
    assert isinstance(other_signer, LocalSigner)
    typed = settle_pnl(
        broker_id=BROKER,
        chain_id=CHAIN,
        settle_nonce=_nonce(sandbox, onboarded.credentials, "settle"),
        network="testnet",
    )
    code, message = send(sandbox, onboarded.credentials, "/v1/settle_pnl", signed(typed, other_signer))
    assert code == -1005 and "is not the orderly key's" in message


def test_transfer_refusals(onboarded: Onboarded, sandbox: Sandbox, new_wallet: Any) -> None:
    signer = onboarded.wallet.signer
    assert isinstance(signer, LocalSigner)

    def body(receiver: str, amount: str = "1", who: LocalSigner = signer) -> dict[str, Any]:
        typed = internal_transfer(
            chain_id=CHAIN,
            receiver=receiver,
            token="USDC",
            amount=amount,
            decimals=6,
            transfer_nonce=_nonce(sandbox, onboarded.credentials, "transfer"),
            network="testnet",
        )
        return signed(typed, who)

    other = new_wallet()
    other.register()
    stranger = LocalSigner.generate()
    assert send(sandbox, onboarded.credentials, "/v2/internal_transfer", body("0x" + "99" * 32))[0] == -1006
    assert send(sandbox, onboarded.credentials, "/v2/internal_transfer", body(onboarded.account_id))[0] == -1005
    assert send(sandbox, onboarded.credentials, "/v2/internal_transfer", body(other.account_id, "5000"))[0] == -1101
    code, message = send(sandbox, onboarded.credentials, "/v2/internal_transfer", body(other.account_id, "1", stranger))
    assert code == -1005 and "not owned" in message
    assert held(sandbox, other.account_id) == {}


# -- delegate signer and Strategy Vault ---------------------------------------------------------------


def test_delegate_refusals(sandbox: Sandbox, new_wallet: Any) -> None:
    contract = "0x000000000000000000000000000000000000dEaD"
    delegate = new_wallet()
    delegate.register_delegate(contract, "0x" + "ab" * 32)
    with pytest.raises(DuplicateError):
        delegate.register_delegate(contract, "0x" + "ab" * 32)
    outsider = LocalSigner.generate()
    stamp = now_ms()
    typed = delegate_add_orderly_key(
        delegate_contract=contract,
        broker_id=BROKER,
        chain_id=CHAIN,
        orderly_key=generate_key().orderly_key,
        scope="read",
        expiration=stamp + DAY,
        timestamp=stamp,
    )
    status, code, message = post_raw(sandbox, "/v1/delegate_orderly_key", signed(typed, outsider))
    assert (status, code) == (400, -1005) and "not a delegate signer" in message
    with pytest.raises(OrderlyAPIError) as caught:
        new_wallet().add_delegate_orderly_key("0x" + "34" * 20)
    assert caught.value.code == -1006  # no such delegate account


def test_vault_refusals(onboarded: Onboarded, sandbox: Sandbox) -> None:
    signer = onboarded.wallet.signer
    assert isinstance(signer, LocalSigner)

    def body(amount: str, nonce: int | None = None, payload: int = 0) -> dict[str, Any]:
        fresh = get_data(sandbox, "/v1/public/sv_nonce")["nonce"]
        typed = dex_request(
            payload_type=payload,
            nonce=fresh if nonce is None else nonce,
            receiver=signer.address,
            amount=amount,
            decimals=6,
            vault_id=VAULT,
            token="USDC",
            dex_broker_id=BROKER,
            chain_id=CHAIN,
            network="testnet",
        )
        return signed(typed, signer)

    deposit = body("10")
    assert post_raw(sandbox, "/v1/sv_operation_request", deposit)[0] == 200
    assert post_raw(sandbox, "/v1/sv_operation_request", deposit)[1] == -1005  # nonce used
    assert post_raw(sandbox, "/v1/sv_operation_request", body("5000"))[1] == -1101
    stranger_body = body("1")
    stranger_body["userAddress"] = LocalSigner.generate().address
    assert post_raw(sandbox, "/v1/sv_operation_request", stranger_body)[1] == -1005
    assert held(sandbox, onboarded.account_id) == {"USDC": Decimal(990)}


def test_every_wallet_operation_has_a_refusal_test() -> None:
    covered = {
        "POST /v1/register_account",
        "POST /v1/orderly_key",
        "POST /v1/withdraw_request",
        "POST /v1/settle_pnl",
        "POST /v2/internal_transfer",
        "POST /v1/delegate_signer",
        "POST /v1/delegate_orderly_key",
        "POST /v1/sv_operation_request",
    }
    # delegate settlement shares every check with the direct one and DelegateWithdraw's delegate checks
    assert covered | {"POST /v1/delegate_withdraw_request", "POST /v1/delegate_settle_pnl"} == set(MESSAGE_TYPES)


def test_delegate_fund_refusals(sandbox: Sandbox, new_wallet: Any) -> None:
    contract = "0x000000000000000000000000000000000000c0De"
    delegate = new_wallet()
    contract_account = delegate.register_delegate(contract, "0x" + "ef" * 32)
    credentials = delegate.add_delegate_orderly_key(contract, "read,trading")
    sandbox.faucet(contract_account, "50")
    outsider = LocalSigner.generate()

    def withdrawal(signer: LocalSigner, receiver: str) -> dict[str, Any]:
        typed = delegate_withdraw(
            delegate_contract=contract,
            broker_id=BROKER,
            chain_id=CHAIN,
            receiver=receiver,
            token="USDC",
            amount="5",
            decimals=6,
            withdraw_nonce=_nonce(sandbox, credentials, "withdraw"),
            network="testnet",
        )
        return signed(typed, signer)

    delegate_signer = delegate.signer
    assert isinstance(delegate_signer, LocalSigner)
    code, message = send(sandbox, credentials, "/v1/delegate_withdraw_request", withdrawal(outsider, contract))
    assert code == -1005 and "no delegate signer" in message
    code, message = send(
        sandbox, credentials, "/v1/delegate_withdraw_request", withdrawal(delegate_signer, outsider.address)
    )
    assert code == -1005 and "own address" in message
    with pytest.raises(WalletConfigError):  # the delegate's own key is not the contract's
        delegate.delegate_settle_pnl(Credentials(delegate.account_id, generate_key().secret), contract)
    assert held(sandbox, contract_account) == {"USDC": Decimal(50)}
