"""An answer that does not fit the spec's model raises a clear error that says the request was processed."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from orderly_auth import UnparsableResponse, create_client
from orderly_client.api.private import post_v1_order
from orderly_client.api.public import get_v1_public_system_info
from orderly_client.models import PostOrderBody
from orderly_sandbox import Sandbox
from tests.live_support import NO_LIMITS

# A success without the `data` the spec requires.
ODD_ORDER = {"success": True, "timestamp": 1}


class _Odd(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        body = json.dumps(ODD_ORDER if self.command == "POST" else {"success": True, "data": []}).encode()
        self.send_response(200)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer  # noqa: N815 (http.server names)


@pytest.fixture
def odd_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Odd)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_a_success_that_does_not_fit_its_model_says_the_order_was_placed(odd_server: str) -> None:
    creds = Sandbox().add_account()
    client = create_client(creds, base_url=odd_server, rate_limit=NO_LIMITS)
    body = PostOrderBody(symbol="PERP_ETH_USDC", order_type="LIMIT", side="BUY", order_price=1.0, order_quantity=1)
    with pytest.raises(UnparsableResponse) as info:
        post_v1_order.sync(client=client, body=body)
    assert info.value.status_code == 200
    assert json.loads(info.value.content) == ODD_ORDER
    assert "the request was processed" in str(info.value)
    assert isinstance(info.value.__cause__, KeyError)


def test_a_wrong_shape_is_reported_the_same_way(odd_server: str) -> None:
    client = create_client(base_url=odd_server, rate_limit=NO_LIMITS)
    with pytest.raises(UnparsableResponse):
        get_v1_public_system_info.sync(client=client)
