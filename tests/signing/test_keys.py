"""Credentials: every secret format Orderly tools produce, and a clear error for everything else."""

from __future__ import annotations

import logging
import pickle

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from hypothesis import given
from hypothesis import strategies as st

from orderly_auth import (
    AccountIdError,
    Credentials,
    KeyFormatError,
    KeyMismatchError,
    MissingCredentialsError,
    generate_key,
)
from orderly_auth._base58 import b58decode, b58encode

SEED = bytes(range(32))
PUBLIC = Ed25519PrivateKey.from_private_bytes(SEED).public_key().public_bytes_raw()
ACCOUNT = "0x" + "5a" * 32
ORDERLY_KEY = "ed25519:" + b58encode(PUBLIC)

SECRET_FORMS = {
    "prefixed base58": "ed25519:" + b58encode(SEED),
    "bare base58": b58encode(SEED),
    "hex": SEED.hex(),
    "upper hex": SEED.hex().upper(),
    "64-byte base58": "ed25519:" + b58encode(SEED + PUBLIC),
    "64-byte hex": (SEED + PUBLIC).hex(),
    "raw bytes": SEED,
    "raw 64 bytes": SEED + PUBLIC,
    "surrounding whitespace": "  " + b58encode(SEED) + "\n",
}


@pytest.mark.parametrize("secret", SECRET_FORMS.values(), ids=SECRET_FORMS.keys())
def test_every_secret_format_gives_the_same_key(secret: str | bytes) -> None:
    creds = Credentials(ACCOUNT, secret)
    assert creds.orderly_key == ORDERLY_KEY
    signature = creds.sign(b"message")
    Ed25519PublicKey.from_public_bytes(PUBLIC).verify(_b64(signature), b"message")


def _b64(text: str) -> bytes:
    import base64

    return base64.urlsafe_b64decode(text)


def test_matching_orderly_key_is_accepted() -> None:
    assert Credentials(ACCOUNT, SEED.hex(), ORDERLY_KEY).orderly_key == ORDERLY_KEY


BAD_SECRETS = {
    "empty": ("", KeyFormatError, "empty"),
    "not base58": ("ed25519:0OIl", KeyFormatError, "base58"),
    "31 bytes": (b58encode(SEED[:31]), KeyFormatError, "31 bytes"),
    "33 bytes": (b58encode(SEED + b"x"), KeyFormatError, "33 bytes"),
    "64 bytes with wrong public half": (b58encode(SEED + bytes(32)), KeyMismatchError, "public key"),
    "not a string": (12345, KeyFormatError, "str or bytes"),
    # The form of an account id: a swap of the two could not be told apart.
    "0x hex": ("0x" + SEED.hex(), KeyFormatError, "form of an account id"),
}


@pytest.mark.parametrize(("secret", "error", "words"), BAD_SECRETS.values(), ids=BAD_SECRETS.keys())
def test_bad_secret_is_a_clear_error_without_the_secret(secret: object, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words) as info:
        Credentials(ACCOUNT, secret)  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)
    if isinstance(secret, str) and len(secret) > 8:
        assert secret not in str(info.value)
        assert secret.removeprefix("ed25519:") not in str(info.value)


def test_orderly_key_of_another_secret_is_a_mismatch() -> None:
    other = generate_key()
    with pytest.raises(KeyMismatchError) as info:
        Credentials(ACCOUNT, SEED.hex(), other.orderly_key)
    assert SEED.hex() not in str(info.value)
    assert b58encode(SEED) not in str(info.value)


@pytest.mark.parametrize("key", ["8tm7dnKYkSc3Fzg", "", "ed25519"])
def test_orderly_key_without_prefix_is_a_format_error(key: str) -> None:
    with pytest.raises(KeyFormatError, match="ed25519:"):
        Credentials(ACCOUNT, SEED.hex(), key)


@pytest.mark.parametrize(
    "account",
    ["", "0x", "5a" * 32, "0x" + "5a" * 31, "0x" + "5a" * 33, "0x" + "zz" * 32, " 0x" + "5a" * 32, None, 123],
)
def test_bad_account_id(account: object) -> None:
    with pytest.raises(AccountIdError, match="0x followed by 64 hex digits"):
        Credentials(account, SEED.hex())  # type: ignore[arg-type]


def test_repr_str_and_pickle_never_show_the_secret() -> None:
    secret = "ed25519:" + b58encode(SEED)
    creds = Credentials(ACCOUNT, secret)
    for text in (repr(creds), str(creds), f"{creds}", repr([creds])):
        assert b58encode(SEED) not in text
        assert SEED.hex() not in text
        assert ACCOUNT in text
    with pytest.raises(TypeError, match="pickled"):
        pickle.dumps(creds)
    assert not hasattr(creds, "__dict__")


def test_from_env() -> None:
    env = {"ORDERLY_ACCOUNT_ID": ACCOUNT, "ORDERLY_SECRET": b58encode(SEED), "ORDERLY_KEY": ORDERLY_KEY}
    assert Credentials.from_env(env) == Credentials(ACCOUNT, SEED)
    with pytest.raises(MissingCredentialsError, match="ORDERLY_SECRET"):
        Credentials.from_env({"ORDERLY_ACCOUNT_ID": ACCOUNT})
    with pytest.raises(KeyMismatchError):
        Credentials.from_env({**env, "ORDERLY_KEY": generate_key().orderly_key})


def test_from_env_reads_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORDERLY_ACCOUNT_ID", ACCOUNT)
    monkeypatch.setenv("ORDERLY_SECRET", SEED.hex())
    monkeypatch.delenv("ORDERLY_KEY", raising=False)
    assert Credentials.from_env().orderly_key == ORDERLY_KEY


def test_generate_key_gives_a_working_pair() -> None:
    pair = generate_key()
    assert pair.secret.startswith("ed25519:")
    assert pair.orderly_key.startswith("ed25519:")
    assert len(b58decode(pair.secret.removeprefix("ed25519:"))) == 32
    assert pair.secret not in repr(pair)
    creds = Credentials(ACCOUNT, pair.secret, pair.orderly_key)
    public = Ed25519PublicKey.from_public_bytes(b58decode(pair.orderly_key.removeprefix("ed25519:")))
    public.verify(_b64(creds.sign(b"x")), b"x")
    assert generate_key().secret != pair.secret


def test_errors_do_not_log_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secret = b58encode(SEED)
    for bad in (secret[:-3], secret + "zz", "ed25519:" + secret + "0"):
        with pytest.raises(KeyFormatError):
            Credentials(ACCOUNT, bad)
    for record in caplog.records:
        assert secret[:20] not in record.getMessage()


@given(st.binary(max_size=70))
def test_base58_roundtrip(data: bytes) -> None:
    assert b58decode(b58encode(data)) == data


def test_base58_refuses_foreign_characters() -> None:
    with pytest.raises(ValueError, match="position 0"):
        b58decode("0OIl")


def test_base58_known_vector() -> None:
    assert b58encode(b"hello world") == "StV1DL6CwTryKyV"
    assert b58encode(b"\0\0\x01") == "112"
