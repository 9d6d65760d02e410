"""A real secret in every argument slot: no error message quotes it, and no traceback's locals show it.

Arguments get mixed up (``Credentials(secret, account_id)``, swapped environment variables,
the secret given as ``orderly_key``, as a URL, as a timeout...). Every validation error is run
with a real secret in each slot, and its message, repr and (for the credential paths) its
traceback formatted with ``capture_locals=True`` are searched for any 16-character piece of
any spelling of the secret.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import traceback
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from orderly_auth import (
    Credentials,
    KeyFormatError,
    KeyMismatchError,
    KeyPair,
    OrderlyError,
    RateLimitConfig,
    RetryConfig,
    create_client,
    generate_key,
)
from orderly_auth._base58 import b58encode
from orderly_auth._config import resolve_base_url
from orderly_auth._keys import describe_value, validate_account_id
from orderly_auth._ratelimit import RateLimit

SEED = bytes(range(100, 132))
PUBLIC = Ed25519PrivateKey.from_private_bytes(SEED).public_key().public_bytes_raw()
ACCOUNT = "0x" + "5a" * 32
OTHER = generate_key()  # a valid pair that is not this secret's

SPELLINGS = {
    "prefixed base58": "ed25519:" + b58encode(SEED),
    "bare base58": b58encode(SEED),
    "hex": SEED.hex(),
    "0x hex": "0x" + SEED.hex(),
    "64-byte base58": "ed25519:" + b58encode(SEED + PUBLIC),
    "64-byte hex": (SEED + PUBLIC).hex(),
}
# What must never appear: any spelling of the seed, and any 16-character piece of one.
_FORMS = [b58encode(SEED), SEED.hex(), SEED.hex().upper(), b58encode(SEED + PUBLIC), (SEED + PUBLIC).hex()]
PIECES = frozenset(form[i : i + 16] for form in _FORMS for i in range(len(form) - 15))


def leaked(text: str) -> list[str]:
    return sorted(piece for piece in PIECES if piece in text)


class Call:
    """A call and its arguments, behind a repr that shows none of them (this frame's locals are formatted too)."""

    def __init__(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self._function, self._args, self._kwargs = function, args, kwargs

    def run(self) -> Any:
        return self._function(*self._args, **self._kwargs)

    def __repr__(self) -> str:
        return "Call()"


def _raised(call: Call) -> BaseException:
    try:
        call.run()
    except Exception as exc:  # every case must raise; which error is checked by the caller
        return exc
    raise AssertionError("no error raised")


def _formatted(exc: BaseException) -> str:
    return "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())


def credential_cases(secret: str) -> dict[str, Call]:
    """Every way to build credentials or a key pair with ``secret`` in a wrong slot (or a broken one)."""
    env = {"ORDERLY_ACCOUNT_ID": ACCOUNT, "ORDERLY_SECRET": OTHER.secret}
    return {
        "Credentials(secret, account_id)": Call(Credentials, secret, ACCOUNT),
        "Credentials(secret, secret)": Call(Credentials, secret, secret),
        "Credentials(account_id=secret)": Call(Credentials, account_id=secret, secret=OTHER.secret),
        "Credentials(orderly_key=secret)": Call(Credentials, ACCOUNT, OTHER.secret, orderly_key=secret),
        "Credentials(secret, orderly_key=secret)": Call(Credentials, secret, secret, secret),
        "Credentials(secret=secret+junk)": Call(Credentials, ACCOUNT, secret + "0OIl"),
        "Credentials(secret=secret minus 3)": Call(Credentials, ACCOUNT, secret[:-3]),
        "Credentials(secret=secret, orderly_key=other's)": Call(Credentials, ACCOUNT, secret, OTHER.orderly_key),
        "Credentials(account_id=secret, secret=account_id)": Call(Credentials, secret, ACCOUNT, OTHER.orderly_key),
        "from_env, swapped": Call(Credentials.from_env, {"ORDERLY_ACCOUNT_ID": secret, "ORDERLY_SECRET": ACCOUNT}),
        "from_env, secret as ORDERLY_KEY": Call(Credentials.from_env, {**env, "ORDERLY_KEY": secret}),
        "from_env, secret as ORDERLY_ACCOUNT_ID": Call(Credentials.from_env, {**env, "ORDERLY_ACCOUNT_ID": secret}),
        "from_env, no ORDERLY_SECRET": Call(Credentials.from_env, {"ORDERLY_ACCOUNT_ID": secret}),
        "from_env, broken secret": Call(Credentials.from_env, {**env, "ORDERLY_SECRET": secret + "0"}),
        "validate_account_id(secret)": Call(validate_account_id, secret),
        "KeyPair(secret, secret)": Call(KeyPair, secret, secret),
        "KeyPair(orderly_key=secret, secret=public)": Call(KeyPair, secret, OTHER.orderly_key),
        "KeyPair(other's key, secret)": Call(KeyPair, OTHER.orderly_key, secret),
    }


def config_cases(secret: str) -> dict[str, Call]:
    """The client's other arguments and config fields, each given the secret."""
    cases = {
        "create_client(credentials=secret)": Call(create_client, secret),
        "create_client(network=secret)": Call(create_client, network=secret),
        "create_client(base_url=secret)": Call(create_client, base_url=secret),
        "create_client(base_url=http://secret)": Call(create_client, base_url="http://" + secret),
        "create_client(base_url=http://host:secret)": Call(create_client, base_url="http://h:" + secret),
        "create_client(base_url=https://host/?secret)": Call(create_client, base_url="https://h/?k=" + secret),
        "create_client(timeout=secret)": Call(create_client, timeout=secret),
        "create_client(recv_window=secret)": Call(create_client, recv_window=secret),
        "create_client(proxy=secret)": Call(create_client, proxy=secret),
        "resolve_base_url(secret, None)": Call(resolve_base_url, secret, None),
        "resolve_base_url from the environment": Call(resolve_base_url, None, None, {"ORDERLY_NETWORK": secret}),
        "RateLimit(requests=secret)": Call(RateLimit, secret, 1),
        "RateLimit(period=secret)": Call(RateLimit, 1, secret),
    }
    for name in (f.name for f in attrs.fields(RetryConfig) if f.name != "enabled"):
        cases[f"RetryConfig({name}=secret)"] = Call(RetryConfig, **{name: secret})
    for name in (f.name for f in attrs.fields(RateLimitConfig) if f.name not in ("enabled", "fail_fast")):
        cases[f"RateLimitConfig({name}=secret)"] = Call(RateLimitConfig, **{name: secret})
    return cases


# "0x" + 64 hex digits is also exactly the form of an account id: in the account id slot it is
# accepted as one (nothing can tell them apart). In the secret slot that form is refused, so a
# swap with it is caught there.
ACCOUNT_ID_FORM = {
    "Credentials(account_id=secret)",
    "from_env, secret as ORDERLY_ACCOUNT_ID",
    "validate_account_id(secret)",
}
CASES = [
    (spelling, case, kind)
    for spelling, secret in SPELLINGS.items()
    for kind, cases in (("credentials", credential_cases(secret)), ("config", config_cases(secret)))
    for case in cases
    if not (spelling == "0x hex" and case in ACCOUNT_ID_FORM)
]


@pytest.mark.parametrize(("spelling", "case", "kind"), CASES)
def test_no_error_quotes_the_secret(spelling: str, case: str, kind: str) -> None:
    cases = credential_cases if kind == "credentials" else config_cases
    exc = _raised(cases(SPELLINGS[spelling])[case])
    assert isinstance(exc, ValueError | OrderlyError), repr(exc)
    assert leaked(str(exc)) == []
    assert leaked(repr(exc)) == []
    assert leaked(repr(exc.args)) == []
    if kind == "credentials":
        # Nothing in the frames the error carries (the SDK's own) shows the secret either.
        assert leaked(_formatted(exc)) == []


def test_the_swap_is_named_in_the_message() -> None:
    exc = _raised(Call(Credentials, SPELLINGS["prefixed base58"], ACCOUNT))
    assert "parses as a secret key" in str(exc)
    assert "order of the arguments" in str(exc)
    mismatch = _raised(Call(Credentials, ACCOUNT, OTHER.secret, SPELLINGS["prefixed base58"]))
    assert isinstance(mismatch, KeyMismatchError)
    assert OTHER.orderly_key in str(mismatch)  # the derived public key is shown: it is public
    assert "swapped" in str(mismatch)


def test_the_account_id_as_secret_is_refused() -> None:
    exc = _raised(Call(Credentials, ACCOUNT, ACCOUNT))
    assert isinstance(exc, KeyFormatError)
    assert "account id" in str(exc)


def test_describe_value() -> None:
    assert describe_value("mainnet") == "'mainnet'"
    assert describe_value(12) == "12"
    assert describe_value(None) == "None"
    assert describe_value(b"x") == "a bytes"
    assert describe_value("0x" + "5a" * 31) == "64 characters, '0x' and 62 hex digits (not shown)"
    assert "parses as a secret key" in describe_value(SPELLINGS["hex"])
    assert "with a secret key in it" in describe_value("http://x/" + SPELLINGS["bare base58"])


# Tracebacks with locals ------------------------------------------------------------------------------


def test_a_bad_64_byte_export_leaves_no_seed_in_the_traceback() -> None:
    export = "ed25519:" + b58encode(SEED + bytes(32))  # the right seed, the wrong public half
    exc = _raised(Call(Credentials, ACCOUNT, export))
    assert isinstance(exc, KeyMismatchError)
    text = _formatted(exc)
    assert leaked(text) == []
    assert repr(SEED)[2:30] not in text  # not as raw bytes either
    assert exc.__traceback__ is not None
    assert all(
        "_keys.py" not in frame.filename or frame.name == "__init__"
        for frame in traceback.extract_tb(exc.__traceback__)
    )


def test_repr_of_a_half_built_credentials_is_total() -> None:
    half = Credentials.__new__(Credentials)
    assert repr(half) == "Credentials(account_id=None, orderly_key=None)"
    object.__setattr__(half, "account_id", ACCOUNT)
    assert repr(half) == f"Credentials(account_id={ACCOUNT!r}, orderly_key=None)"
    assert repr(KeyPair.__new__(KeyPair)) == "KeyPair(orderly_key=None, secret=<hidden>)"


def test_a_failed_construction_formats_with_locals() -> None:
    # A half-built `self` is among the locals: formatting must work and show no secret.
    exc = _raised(Call(Credentials, ACCOUNT, SPELLINGS["hex"], OTHER.orderly_key))
    text = _formatted(exc)
    assert "self = Credentials(account_id=" in text
    assert leaked(text) == []


# KeyPair ------------------------------------------------------------------------------------------


def test_a_key_pair_does_not_serialise_its_secret() -> None:
    pair = generate_key()
    secret = pair.secret
    assert tuple not in type(pair).__mro__
    for text in (repr(pair), str(pair), f"{pair}", repr([pair]), repr({"k": pair})):
        assert secret not in text
        assert secret.removeprefix("ed25519:") not in text
        assert pair.orderly_key in text
    with pytest.raises(TypeError):
        json.dumps(pair)
    with pytest.raises(TypeError):
        json.dumps({"key": pair})
    with pytest.raises(TypeError):
        pickle.dumps(pair)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        with pytest.raises(TypeError):
            pickle.dumps(pair, protocol=protocol)
    with pytest.raises(TypeError):
        copy.copy(pair)
    with pytest.raises(TypeError):
        copy.deepcopy(pair)
    with pytest.raises(attrs.exceptions.NotAnAttrsClassError):
        attrs.asdict(pair)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dataclasses.asdict(pair)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        vars(pair)
    with pytest.raises(TypeError):
        tuple(pair)  # type: ignore[arg-type]
    assert not hasattr(pair, "__dict__")


def test_a_key_pair_still_gives_its_secret_on_purpose() -> None:
    pair = generate_key()
    creds = Credentials(ACCOUNT, pair.secret, pair.orderly_key)
    assert creds.orderly_key == pair.orderly_key
    assert KeyPair(pair.orderly_key, pair.secret) == pair
    assert hash(KeyPair(pair.orderly_key, pair.secret)) == hash(pair)
    assert pair != generate_key()


def test_a_key_pair_checks_its_halves() -> None:
    with pytest.raises(KeyMismatchError):
        KeyPair(OTHER.orderly_key, SPELLINGS["prefixed base58"])
    with pytest.raises(KeyFormatError):
        KeyPair("not a key", SPELLINGS["prefixed base58"])
    with pytest.raises(KeyFormatError):
        KeyPair(OTHER.orderly_key, SEED)  # type: ignore[arg-type]
