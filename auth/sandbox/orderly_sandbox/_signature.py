"""Checks a signed request the way Orderly does, with the registered public key only.

The signed message is ``orderly-timestamp + METHOD + target + body``: ``target`` is the raw
request target from the request line (path, then ``?query`` when there is one) and ``body`` the
raw body bytes, neither decoded nor re-encoded. Checks run in this order, each with its own answer:

1. one of the four ``orderly-*`` headers missing or sent twice        -1001 (401)
2. ``orderly-timestamp`` not decimal milliseconds                     -1001
3. ``orderly-account-id`` not ``0x`` + 64 hex digits                  -1001
4. ``orderly-key`` not ``ed25519:`` + base58 of 32 bytes              -1001
5. ``orderly-signature`` not base64 (URL-safe or standard) of 64 bytes -1001
6. timestamp further than the window (300 s) from the server clock   -1002 (401)
7. key not registered to that account (or revoked)                    -1002
8. key past its expiration                                            -1002
9. signature does not verify                                          -1002
10. key lacks the operation's scope                                   -1002
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Mapping

from cryptography.exceptions import InvalidSignature

from ._accounts import ACCOUNT_ID, RegisteredKey, parse_orderly_key
from ._errors import BAD_KEY_FORMAT, UNAUTHORIZED, ApiError

HEADERS = ("orderly-timestamp", "orderly-account-id", "orderly-key", "orderly-signature")
_TIMESTAMP = re.compile(r"\d{1,16}")
_SIGNATURE = re.compile(r"[A-Za-z0-9_+/-]{86}(?:==)?")

KeyLookup = Callable[[str, bytes], RegisteredKey | None]


def decode_signature(text: str) -> bytes:
    """The 64 bytes of a signature in base64url or standard base64, padded or not; ``ValueError`` otherwise.

    The docs and this SDK send URL-safe base64; the official Python connector and orderly-sdk send
    standard padded base64, and the live server takes both (REST and WebSocket alike).
    """
    if not _SIGNATURE.fullmatch(text):
        raise ValueError("not base64 (URL-safe or standard) of 64 bytes")
    try:
        raw = base64.b64decode(text.rstrip("=").replace("-", "+").replace("_", "/") + "==", validate=True)
    except binascii.Error as exc:
        raise ValueError(str(exc)) from None
    if len(raw) != 64:
        raise ValueError(f"decodes to {len(raw)} bytes, not 64")
    return raw


def verify(
    *,
    method: str,
    target: bytes,
    body: bytes,
    headers: Mapping[str, list[str]],
    now_ms: int,
    window_ms: int,
    lookup: KeyLookup,
    scope: str | None,
) -> RegisteredKey:
    """The registered key that signed this request; :class:`ApiError` (-1001/-1002) when it is not right.

    ``headers`` maps lower-case header names to every value received for them.
    """
    values: dict[str, str] = {}
    missing = [name for name in HEADERS if not headers.get(name)]
    if missing:
        raise ApiError(BAD_KEY_FORMAT, f"missing header(s): {', '.join(missing)}")
    for name in HEADERS:
        sent = headers[name]
        if len(sent) > 1:
            raise ApiError(BAD_KEY_FORMAT, f"header {name} sent {len(sent)} times")
        values[name] = sent[0].strip()

    timestamp = values["orderly-timestamp"]
    if not _TIMESTAMP.fullmatch(timestamp):
        raise ApiError(BAD_KEY_FORMAT, "orderly-timestamp must be milliseconds since the epoch, in decimal digits")
    account_id = values["orderly-account-id"]
    if not ACCOUNT_ID.fullmatch(account_id):
        raise ApiError(BAD_KEY_FORMAT, "orderly-account-id must be 0x followed by 64 hex digits")
    try:
        raw_key = parse_orderly_key(values["orderly-key"])
    except ValueError as exc:
        raise ApiError(BAD_KEY_FORMAT, f"orderly-key is not 'ed25519:' + base58 of a 32-byte key: {exc}") from None
    try:
        signature = decode_signature(values["orderly-signature"])
    except ValueError as exc:
        raise ApiError(BAD_KEY_FORMAT, f"orderly-signature: {exc}") from None

    skew = int(timestamp) - now_ms
    if abs(skew) > window_ms:
        raise ApiError(
            UNAUTHORIZED,
            f"orderly-timestamp is {skew / 1000:+.3f} s from the server clock ({now_ms}); "
            f"at most {window_ms / 1000:g} s is accepted",
        )
    key = lookup(account_id, raw_key)
    if key is None:
        raise ApiError(UNAUTHORIZED, "orderly key is not registered to this account (unknown, or removed)")
    if key.expired(now_ms):
        raise ApiError(UNAUTHORIZED, f"orderly key expired at {key.expiration_ms} (server time {now_ms})")
    message = timestamp.encode("ascii") + method.encode("ascii") + target + body
    try:
        key.public_key.verify(signature, message)
    except InvalidSignature:
        raise ApiError(
            UNAUTHORIZED,
            "signature does not verify: it must sign orderly-timestamp + METHOD + path[?query] + body as sent",
        ) from None
    if scope is not None and scope not in key.scopes:
        raise ApiError(UNAUTHORIZED, f"orderly key lacks the {scope!r} scope this operation needs")
    return key
