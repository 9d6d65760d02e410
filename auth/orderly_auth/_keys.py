"""Orderly credentials: an account id and an ed25519 key, parsed once and never shown.

Any argument may hold the secret (arguments get swapped), so no error message quotes a value
that parses as a key (:func:`describe_value`), and a failed construction is raised afresh from
a frame that no longer holds the arguments (:func:`_bare`): ``traceback`` with locals shows none.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Mapping

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ._base58 import b58decode, b58encode
from ._errors import AccountIdError, KeyFormatError, KeyMismatchError, MissingCredentialsError

__all__ = [
    "ENV_ACCOUNT_ID",
    "ENV_KEY",
    "ENV_SECRET",
    "KEY_PREFIX",
    "Credentials",
    "KeyPair",
    "contains_secret",
    "describe_value",
    "format_key",
    "generate_key",
    "parses_as_secret",
    "validate_account_id",
]

KEY_PREFIX = "ed25519:"
_ACCOUNT_ID = re.compile(r"0x[0-9a-fA-F]{64}")
_HEX_KEY = re.compile(r"(?:0x)?(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{128})")

ENV_ACCOUNT_ID = "ORDERLY_ACCOUNT_ID"
ENV_SECRET = "ORDERLY_SECRET"  # noqa: S105 (a variable name, not a secret)
ENV_KEY = "ORDERLY_KEY"


def _public_bytes(private_key: Ed25519PrivateKey) -> bytes:
    return private_key.public_key().public_bytes_raw()


def format_key(public_key: bytes) -> str:
    """An Orderly key as the API writes it: ``ed25519:`` + base58 of the 32-byte public key."""
    return KEY_PREFIX + b58encode(public_key)


def _decode_secret(secret: str | bytes) -> bytes:
    """Raw bytes of a secret given as ``ed25519:``+base58, bare base58, hex or raw bytes."""
    if isinstance(secret, bytes | bytearray):
        return bytes(secret)
    if not isinstance(secret, str):
        raise KeyFormatError(f"secret must be str or bytes, not {type(secret).__name__}")
    text = secret.strip()
    if not text:
        raise KeyFormatError("secret is empty")
    if text.startswith(KEY_PREFIX):
        text = text[len(KEY_PREFIX) :]
    elif _HEX_KEY.fullmatch(text):
        return bytes.fromhex(text.removeprefix("0x"))
    try:
        return b58decode(text)
    except ValueError as exc:
        raise KeyFormatError(f"secret is neither base58 nor hex: {exc}") from None


def _parse_private_key(secret: str | bytes) -> Ed25519PrivateKey:
    raw = _decode_secret(secret)
    if len(raw) not in (32, 64):
        raise KeyFormatError(
            f"secret decodes to {len(raw)} bytes; expected a 32-byte ed25519 seed or a 64-byte seed + public key"
        )
    private_key = Ed25519PrivateKey.from_private_bytes(raw[:32])
    matches = len(raw) == 32 or raw[32:] == _public_bytes(private_key)
    del raw  # the seed must not wait in this frame for a traceback to show it
    if not matches:
        raise KeyMismatchError("the last 32 bytes of the 64-byte secret are not the public key of its seed")
    return private_key


def parses_as_secret(value: object) -> bool:
    """Whether ``value`` decodes as a secret key would (32 or 64 bytes): such a value is never quoted."""
    try:
        return len(_decode_secret(value)) in (32, 64)  # type: ignore[arg-type]
    except (KeyFormatError, ValueError, TypeError):
        return False


# Runs of base58 / hex characters long enough to be a key, with an optional prefix.
_KEYLIKE = re.compile(r"(?:ed25519:|0x)?[0-9A-Za-z]{32,}")


def contains_secret(text: str) -> bool:
    """Whether some run of key characters in ``text`` parses as a secret key (e.g. in a URL)."""
    return any(parses_as_secret(match.group()) for match in _KEYLIKE.finditer(text))


def describe_value(value: object) -> str:
    """What an error message may say about a bad argument: never a value that may be a secret.

    Numbers and short text (12 characters or fewer: too short for any key format) are quoted;
    longer text is described by its length and whether it is or holds a key; anything else by
    its type.
    """
    if value is None or isinstance(value, bool | int | float):
        return repr(value)
    if not isinstance(value, str):
        return f"a {type(value).__name__}"
    if parses_as_secret(value):
        return f"a {len(value)}-character value that parses as a secret key (not shown)"
    if contains_secret(value):
        return f"a {len(value)}-character value with a secret key in it (not shown)"
    if len(value) <= 12:
        return repr(value)
    body = value[2:] if value.startswith("0x") else value
    shape = f", '0x' and {len(body)} hex digits" if value.startswith("0x") and _is_hex(body) else ""
    return f"{len(value)} characters{shape} (not shown)"


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdefABCDEF" for c in text)


def validate_account_id(account_id: object) -> str:
    """Return ``account_id`` if it is ``0x`` + 64 hex digits, else raise :class:`AccountIdError`."""
    if isinstance(account_id, str) and _ACCOUNT_ID.fullmatch(account_id):
        return account_id
    hint = ": is it the secret? check the order of the arguments" if parses_as_secret(account_id) else ""
    message = f"account id must be 0x followed by 64 hex digits, got {describe_value(account_id)}{hint}"
    del account_id  # it may be the secret: not in this frame's locals
    raise AccountIdError(message)


def _bare(error: BaseException) -> BaseException:
    """``error`` without its traceback and chain: frames below (and their locals) are dropped."""
    error.__traceback__ = None
    error.__cause__ = None
    error.__context__ = None
    error.__suppress_context__ = True
    return error


def _unset(obj: object, names: tuple[str, ...]) -> None:
    """Remove the attributes a failed ``__init__`` had set: the half-built object may be in a traceback."""
    for name in names:
        if hasattr(obj, name):
            delattr(obj, name)


def _check_key(orderly_key: object, derived: str) -> None:
    """Raise if ``orderly_key`` is given and is not ``derived`` (the public key of the secret)."""
    if orderly_key is None:
        return
    if not isinstance(orderly_key, str) or not orderly_key.startswith(KEY_PREFIX):
        raise KeyFormatError("orderly_key must be 'ed25519:' followed by the base58 public key")
    if orderly_key.strip() != derived:
        # The key given is not quoted: it parses like a secret, and may be one (swapped arguments).
        raise KeyMismatchError(
            f"orderly_key is not the public key of the secret (that is {derived}); "
            "check that secret and orderly_key are not swapped"
        )


class Credentials:
    """An Orderly account id with the ed25519 key that signs its requests.

    ``secret`` is the 32-byte private seed as ``ed25519:``+base58, bare base58 or hex (or a
    64-byte export, seed then public key). ``orderly_key``, when given, must match the secret.
    The secret is parsed once, kept only as a key object, and never appears in a repr.
    """

    __slots__ = ("_private_key", "account_id", "orderly_key")

    account_id: str
    orderly_key: str
    _private_key: Ed25519PrivateKey

    def __init__(self, account_id: str, secret: str | bytes, orderly_key: str | None = None) -> None:
        try:
            self.account_id = validate_account_id(account_id)
            if isinstance(secret, str) and _ACCOUNT_ID.fullmatch(secret.strip()):
                # Both would be 0x + 64 hex digits: a swap could not be told apart, and would send
                # the secret as the account id header.
                raise KeyFormatError(
                    "secret has the form of an account id (0x + 64 hex digits); give it as ed25519:base58, "
                    "or as hex without 0x, and check that account id and secret are not swapped"
                )
            self._private_key = _parse_private_key(secret)
            derived = format_key(_public_bytes(self._private_key))
            _check_key(orderly_key, derived)
            self.orderly_key = derived
            return
        except Exception as exc:  # re-raised below, without the arguments
            error = exc
        # Any of the three arguments may be the secret: none stays in this frame's locals, or on self.
        del account_id, secret, orderly_key
        _unset(self, Credentials.__slots__)
        raise _bare(error)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Credentials:
        """Read ``ORDERLY_ACCOUNT_ID``, ``ORDERLY_SECRET`` and the optional ``ORDERLY_KEY``."""
        env = os.environ if environ is None else environ
        del environ  # its repr (or os.environ's) would show every variable, the secret too
        account_id, secret, key = env.get(ENV_ACCOUNT_ID), env.get(ENV_SECRET), env.get(ENV_KEY) or None
        del env
        missing = [name for name, value in ((ENV_ACCOUNT_ID, account_id), (ENV_SECRET, secret)) if not value]
        if not missing:
            try:
                return cls(account_id, secret, key)  # type: ignore[arg-type]
            except Exception as exc:  # re-raised below, without the values
                error: BaseException = exc
        else:
            error = MissingCredentialsError(f"environment variable(s) not set: {', '.join(missing)}")
        del account_id, secret, key
        raise _bare(error)

    def sign(self, message: bytes) -> str:
        """URL-safe base64 (padded) of the ed25519 signature of ``message``."""
        return base64.urlsafe_b64encode(self._private_key.sign(message)).decode("ascii")

    def __repr__(self) -> str:
        # Total: a half-built object (seen in a traceback's locals) has no orderly_key yet.
        account_id = getattr(self, "account_id", None)
        orderly_key = getattr(self, "orderly_key", None)
        return f"Credentials(account_id={account_id!r}, orderly_key={orderly_key!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Credentials):
            return NotImplemented
        return (self.account_id, self.orderly_key) == (other.account_id, other.orderly_key)

    def __hash__(self) -> int:
        return hash((self.account_id, self.orderly_key))

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("Credentials cannot be pickled: that would write the secret out")


class KeyPair:
    """A new ed25519 key in Orderly's formats: register ``orderly_key``, keep ``secret`` private.

    Not a tuple, and nothing serialises it by accident: ``json.dumps``, ``pickle``, ``copy``,
    ``vars`` and ``attrs``/``dataclasses`` ``asdict`` all refuse it, and its repr hides the
    secret. Read ``pair.secret`` where you mean to.
    """

    __slots__ = ("__secret", "orderly_key")

    orderly_key: str

    def __init__(self, orderly_key: str, secret: str) -> None:
        try:
            _check_key(orderly_key, format_key(_public_bytes(_parse_private_key(secret))))
            if not isinstance(secret, str):
                raise KeyFormatError("secret must be text: 'ed25519:' followed by the base58 seed")
            self.orderly_key = orderly_key.strip()
            self.__secret = secret
            return
        except Exception as exc:  # re-raised below, without the arguments
            error = exc
        del orderly_key, secret
        _unset(self, ("orderly_key",))
        raise _bare(error)

    @property
    def secret(self) -> str:
        """The private seed, ``ed25519:``+base58: what :class:`Credentials` takes as ``secret``."""
        return self.__secret

    def __repr__(self) -> str:
        return f"KeyPair(orderly_key={getattr(self, 'orderly_key', None)!r}, secret=<hidden>)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KeyPair):
            return NotImplemented
        return self.orderly_key == other.orderly_key  # the public key determines the secret

    def __hash__(self) -> int:
        return hash(self.orderly_key)

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("KeyPair cannot be pickled or copied: that would write the secret out")

    def __reduce_ex__(self, protocol: object) -> tuple[object, ...]:
        return self.__reduce__()

    def __getstate__(self) -> object:
        raise TypeError("KeyPair has no state to export: that would write the secret out")


def generate_key() -> KeyPair:
    """Create a new ed25519 key pair (``ed25519:``+base58 for both halves)."""
    private_key = Ed25519PrivateKey.generate()
    return KeyPair(format_key(_public_bytes(private_key)), KEY_PREFIX + b58encode(private_key.private_bytes_raw()))
