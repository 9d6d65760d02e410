"""The HTTP layer: keep-alive, raw targets, framing, quiet logs, shutdown, and the package boundary."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import httpx2
import pytest

from orderly_sandbox import Fault, Sandbox

if TYPE_CHECKING:
    from tests.sandbox.conftest import Api, Signer

ORDER = {"symbol": "PERP_ETH_USDC", "side": "BUY", "order_type": "LIMIT", "order_price": 2000, "order_quantity": 1}


def _exchange(sock: socket.socket, request: bytes) -> tuple[bytes, dict[str, str], bytes]:
    """Send one request on a raw socket; read the head and exactly Content-Length bytes of body."""
    sock.sendall(request)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, "connection closed"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status, *lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    while len(body) < int(headers["content-length"]):
        body += sock.recv(65536)
    return status.encode(), headers, body


def test_keep_alive_and_content_length(sandbox: Sandbox) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port)) as sock:
        for _ in range(3):
            status, headers, body = _exchange(sock, b"GET /v1/public/futures HTTP/1.1\r\nHost: x\r\n\r\n")
            assert status.startswith(b"HTTP/1.1 200")
            assert headers["content-type"] == "application/json"
            assert int(headers["content-length"]) == len(body)
            assert "connection" not in headers
            assert body.startswith(b'{"success":true,"data":{') and b'": ' not in body  # compact JSON
        status, headers, body = _exchange(sock, b"GET /v1/nothing HTTP/1.1\r\nHost: x\r\n\r\n")
        assert status.startswith(b"HTTP/1.1 404") and json.loads(body)["code"] == -1000


def test_head_has_no_body(sandbox: Sandbox) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port)) as sock:
        sock.sendall(b"HEAD /v1/public/futures HTTP/1.1\r\nHost: x\r\n\r\n")
        time.sleep(0.1)
        head = sock.recv(65536)
        assert head.startswith(b"HTTP/1.1 404") and head.endswith(b"\r\n\r\n")


def test_malformed_request_line(sandbox: Sandbox) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port)) as sock:
        status, headers, body = _exchange(sock, b"NONSENSE\r\n\r\n")
        assert status.startswith(b"HTTP/1.1 400")
        assert json.loads(body)["success"] is False and headers["connection"] == "close"


def test_raw_target_is_what_is_signed(api: Api, signer: Signer) -> None:
    """Percent-encoding the client chose is kept: the sandbox neither decodes nor re-encodes the target."""
    request = api.build("GET", "/v1/orders")
    request.url = request.url.copy_with(raw_path=b"/v1/orders?symbol=PERP%5FETH%5FUSDC")
    signer(request, api.sandbox.credentials)
    assert api.send(request).status_code == 200
    assert api.sandbox.requests.last.target == "/v1/orders?symbol=PERP%5FETH%5FUSDC"
    assert api.sandbox.requests.last.query == "symbol=PERP%5FETH%5FUSDC"


def test_chunked_body(api: Api) -> None:
    request = api.build("POST", "/v1/order", json_body=ORDER)
    body = request.content
    chunked = httpx2.Request(
        "POST",
        request.url,
        headers={k: v for k, v in request.headers.items() if k != "content-length"},
        content=iter([body[:10], body[10:]]),
    )
    assert chunked.headers["transfer-encoding"] == "chunked"
    response = api.send(chunked)
    assert response.status_code == 200, response.text
    assert api.sandbox.requests.last.body == body


def test_request_log_records_what_arrived(api: Api) -> None:
    api.call("POST", "/v1/order", json_body=ORDER)
    record = api.sandbox.requests.last
    assert (record.method, record.path, record.operation) == ("POST", "/v1/order", "POST /v1/order")
    assert json.loads(record.body) == ORDER
    assert record.headers["orderly-account-id"] == api.sandbox.credentials.account_id
    assert record.headers["content-type"] == "application/json"
    assert (record.status, record.code, record.verdict, record.processed) == (200, None, "accepted", True)
    assert len(api.sandbox.requests) == 1 and api.sandbox.requests[0] == record
    assert api.sandbox.requests.matching(operation="POST /v1/order") == [record]


def test_no_output_on_stderr(capfd: pytest.CaptureFixture[str]) -> None:
    with Sandbox() as sb, httpx2.Client(base_url=sb.base_url, verify=False) as client:
        sb.inject("GET", "/v1/public/futures", Fault.reset_before_read())
        with pytest.raises(httpx2.TransportError):
            client.get("/v1/public/futures")
        with socket.create_connection(("127.0.0.1", sb.port)) as sock:
            sock.sendall(b"GET /v1/public/futures HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc")
        with socket.create_connection(("127.0.0.1", sb.port)) as sock:
            sock.sendall(b"GARBAGE")
        client.get("/v1/nothing")
        time.sleep(0.1)
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""


def test_stop_closes_keep_alive_connections() -> None:
    sb = Sandbox().start()
    with httpx2.Client(base_url=sb.base_url, verify=False) as client:
        assert client.get("/v1/public/futures").status_code == 200
        sb.stop()
        assert not sb.running
        with pytest.raises(httpx2.TransportError):
            client.get("/v1/public/futures")
    sb.stop()  # idempotent
    with pytest.raises(RuntimeError):
        _ = sb.base_url


def test_fixed_port_and_restart() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with Sandbox(port=port) as sb:
        assert sb.base_url == f"http://127.0.0.1:{port}"
        assert httpx2.get(f"{sb.base_url}/v1/public/futures").status_code == 200


def test_importing_orderly_auth_does_not_load_the_sandbox() -> None:
    code = "import sys, orderly_auth; print('orderly_sandbox' in sys.modules, 'yaml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
