"""The operation travels with the request: generated functions mark it, the pipeline reads the mark.

Every generated endpoint module marks its request with ``"METHOD /path/{template}"`` in the
``orderly_operation`` request extension. The pipeline takes the route (signed or not, rate limit)
from that mark; only requests made by hand, without it, are matched by URL.
"""

from __future__ import annotations

import importlib
import inspect

import pytest

from orderly_auth import Credentials, OrderlyAPIError, create_client, generate_key
from orderly_auth._ratelimit import RateLimiterRegistry
from orderly_auth._transport import OPERATION_EXTENSION
from orderly_client.api import OPERATIONS, Operation
from tests.transport.scripted_server import ScriptedServer


@pytest.mark.parametrize("op", OPERATIONS, ids=[f"{op.method} {op.path}" for op in OPERATIONS])
def test_every_generated_function_marks_its_request(op: Operation) -> None:
    module = importlib.import_module(f"orderly_client.api.{op.module}")
    source = inspect.getsource(module._get_kwargs)
    assert f'"{OPERATION_EXTENSION}": "{op.method} {op.path}"' in source


def test_the_mark_decides_the_route_not_the_url(server: ScriptedServer) -> None:
    registry = RateLimiterRegistry()
    client = create_client(
        Credentials("0x" + "cd" * 32, generate_key().secret),
        base_url=f"http://127.0.0.1:{server.port}",
        rate_limiters=registry,
    )
    http = client.get_httpx_client()
    # marked as a public operation: not signed, though the URL is off the spec
    assert http.get("/length", extensions={OPERATION_EXTENSION: "GET /v1/public/futures"}).text == "hello"
    assert b"orderly-signature" not in server.requests[-1].headers
    assert len(registry) == 1  # and paced by that operation's limit
    # marked as a signed operation: signed
    http.get("/length", extensions={OPERATION_EXTENSION: "GET /v1/positions"})
    assert b"orderly-signature" in server.requests[-1].headers
    # no mark, a URL off the spec: signed (anything unknown is), and not limited
    http.get("/length")
    assert b"orderly-signature" in server.requests[-1].headers
    assert len(registry) == 2
    # an unknown mark falls back to the URL: the spec's public /v1/public/futures path stays unsigned
    with pytest.raises(OrderlyAPIError):  # the scripted server has no such path: 404
        http.get("/v1/public/futures", extensions={OPERATION_EXTENSION: "GET /nowhere"})
    assert b"orderly-signature" not in server.requests[-1].headers
    client.close()
