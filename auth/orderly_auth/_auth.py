"""``OrderlyAuth``: request signing as an ``httpx2.Auth``, for any httpx2 client."""

from __future__ import annotations

from collections.abc import Generator

import httpx2

from ._keys import Credentials
from ._signing import Clock, sign_request


class OrderlyAuth(httpx2.Auth):
    """Signs every request it is given with the credentials' ed25519 key.

    ``requires_request_body`` makes httpx2 hand over the final body, so the signature covers
    exactly the bytes sent. Headers go on the request itself, never on shared client state,
    so threads and tasks can share one instance. ``create_client`` signs inside its transport
    instead (only signed operations, and afresh on every retry) with the same function.
    """

    requires_request_body = True

    def __init__(self, credentials: Credentials, *, clock: Clock | None = None) -> None:
        self.credentials = credentials
        self.clock = clock or Clock()

    def auth_flow(self, request: httpx2.Request) -> Generator[httpx2.Request, httpx2.Response, None]:
        sign_request(request, self.credentials, self.clock.now_ms())
        yield request

    def __repr__(self) -> str:
        return f"OrderlyAuth({getattr(self, 'credentials', None)!r})"  # total: a half-built one has none yet
