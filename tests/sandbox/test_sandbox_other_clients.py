"""The sandbox accepts how other clients sign, as the live server does: a bot built on another client can test on it.

The official Python connector and orderly-sdk send REST signatures in standard padded base64
(``base64.b64encode``) and a registration's ``timestamp`` as a JSON number (../shared facts: the
live server accepts both).
"""

from __future__ import annotations

import time

import httpx2
import pytest

from orderly_auth._keys import Credentials
from orderly_auth.wallet import LocalSigner, account_id, registration
from orderly_sandbox import Sandbox


def _standard(credentials: Credentials, message: bytes) -> str:
    """The signature as the official connector writes it: standard, padded base64."""
    return credentials.sign(message).replace("-", "+").replace("_", "/")


def _signed_get(sandbox: Sandbox, credentials: Credentials, path: str, encode: str) -> httpx2.Response:
    """GET ``path`` signed with a signature that has a character only standard base64 uses (+ or /)."""
    now = int(time.time() * 1000)
    for timestamp in range(now, now + 500):
        signature = _standard(credentials, f"{timestamp}GET{path}".encode())
        if "+" in signature or "/" in signature:
            break
    else:  # pragma: no cover - 500 signatures without + or / does not happen
        pytest.fail("no signature with + or /")
    headers = {
        "orderly-timestamp": str(timestamp),
        "orderly-account-id": credentials.account_id,
        "orderly-key": credentials.orderly_key,
        "orderly-signature": signature if encode == "padded" else signature.rstrip("="),
        "Content-Type": "application/x-www-form-urlencoded",
    }
    return httpx2.get(sandbox.base_url + path, headers=headers, timeout=30)


@pytest.mark.parametrize("encode", ["padded", "unpadded"])
def test_rest_signatures_in_standard_base64_are_accepted(sandbox: Sandbox, encode: str) -> None:
    credentials = sandbox.add_account()
    answer = _signed_get(sandbox, credentials, "/v1/client/info", encode)
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"]["account_id"] == credentials.account_id


def test_a_wrong_standard_base64_signature_is_still_refused(sandbox: Sandbox) -> None:
    credentials, other = sandbox.add_account(), sandbox.add_account()
    timestamp = int(time.time() * 1000)
    headers = {
        "orderly-timestamp": str(timestamp),
        "orderly-account-id": credentials.account_id,
        "orderly-key": credentials.orderly_key,
        "orderly-signature": _standard(other, f"{timestamp}GET/v1/client/info".encode()),
        "Content-Type": "application/x-www-form-urlencoded",
    }
    answer = httpx2.get(sandbox.base_url + "/v1/client/info", headers=headers, timeout=30)
    assert answer.status_code == 401 and answer.json()["code"] == -1002


def test_registration_with_a_whole_number_timestamp_as_the_connector_sends(sandbox: Sandbox) -> None:
    signer = LocalSigner.generate()
    nonce = httpx2.get(sandbox.base_url + "/v1/registration_nonce", timeout=30).json()["data"]["registration_nonce"]
    typed = registration(broker_id="woofi_pro", chain_id=421614, registration_nonce=nonce)
    body = typed.body(signer.sign_typed_data(typed.eip712()), signer.address)
    body["message"]["timestamp"] = int(body["message"]["timestamp"])  # a JSON number, as the connector sends it
    answer = httpx2.post(sandbox.base_url + "/v1/register_account", json=body, timeout=30)
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"]["account_id"] == account_id(signer.address, "woofi_pro")


def test_a_fractional_number_for_a_text_field_is_still_refused(sandbox: Sandbox) -> None:
    signer = LocalSigner.generate()
    nonce = httpx2.get(sandbox.base_url + "/v1/registration_nonce", timeout=30).json()["data"]["registration_nonce"]
    typed = registration(broker_id="woofi_pro", chain_id=421614, registration_nonce=nonce)
    body = typed.body(signer.sign_typed_data(typed.eip712()), signer.address)
    body["message"]["timestamp"] = float(body["message"]["timestamp"]) + 0.5
    answer = httpx2.post(sandbox.base_url + "/v1/register_account", json=body, timeout=30)
    assert answer.status_code == 400 and answer.json()["code"] == -1005
