"""What every generated function's docstring says it raises is what it really raises, for all 229 operations.

Each operation is called over loopback HTTP against the sandbox with a fault injected (an HTTP 500, a
connection reset after the request was read, an HTTP 429, a -1006 refusal), without credentials, and
against a closed port; the exception that comes out must be named in the function's ``Raises`` section.
"""

from __future__ import annotations

import importlib
import inspect
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from orderly_auth import MissingCredentialsError, RetryConfig, create_client
from orderly_client.api import OPERATIONS, Operation
from orderly_client.client import AuthenticatedClient
from orderly_sandbox import Fault, Sandbox
from tests.live_support import NO_LIMITS
from tests.signing.test_every_signed_operation import _arguments

FAULTS = {
    "http 500": Fault.http(500),
    "reset after read": Fault.reset_after_read(),
    "http 429": Fault.http(429),
    "not found (-1006)": Fault.http(400, -1006),
}


@pytest.fixture(scope="module")
def no_retry_client(sandbox: Sandbox) -> Iterator[AuthenticatedClient]:
    with create_client(
        sandbox.credentials, base_url=sandbox.base_url, rate_limit=NO_LIMITS, retry=RetryConfig.off()
    ) as client:
        yield client


def _raises(function: Any) -> str:
    doc = inspect.getdoc(function) or ""
    return doc.split("Raises:\n", 1)[1].split("\n\nReturns:", 1)[0]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: f"{op.method} {op.path}")
def test_what_is_raised_is_in_the_docstring(
    op: Operation, sandbox: Sandbox, no_retry_client: AuthenticatedClient
) -> None:
    module = importlib.import_module(op.import_path)
    function = module.sync_detailed
    raises = _raises(function)
    arguments = _arguments(op, function)
    seen: dict[str, str] = {}
    for name, fault in FAULTS.items():
        sandbox.inject(op.method, op.path, fault)
        with pytest.raises(Exception) as caught:
            function(client=no_retry_client, **arguments)
        seen[name] = type(caught.value).__name__
    expected_500 = "OutcomeUnknownError" if not op.resend_safe else "ServerError"
    expected_reset = "OutcomeUnknownError" if not op.resend_safe else "TransportError"
    assert seen == {
        "http 500": expected_500,
        "reset after read": expected_reset,
        "http 429": "RateLimitError",
        "not found (-1006)": "NotFoundError",
    }
    refused = f"http://127.0.0.1:{_closed_port()}"
    with create_client(sandbox.credentials, base_url=refused, retry=RetryConfig.off()) as client:
        with pytest.raises(Exception) as caught:
            function(client=client, **arguments)
        seen["closed port"] = type(caught.value).__name__
    assert seen["closed port"] == "ConnectError"
    if op.signed:
        anonymous = create_client(None, base_url=sandbox.base_url, rate_limit=NO_LIMITS)
        with anonymous, pytest.raises(MissingCredentialsError):
            function(client=anonymous, **arguments)
        seen["no credentials"] = "MissingCredentialsError"
    for name in set(seen.values()):
        assert f"orderly_auth.{name}:" in raises or f"{name} (" in raises, (name, raises)
    # The sync form says the same.
    if hasattr(module, "sync"):
        assert _raises(module.sync) == raises
