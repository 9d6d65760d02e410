"""Operation-level ``servers:`` are honoured: the testnet faucet goes to the operator host the spec names.

The client is pointed at a real loopback HTTP proxy that records where each request was headed
(the ``CONNECT`` target of an https request) and refuses to go further: nothing leaves the machine.
"""

from __future__ import annotations

import socketserver
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from orderly_auth import ConfigurationError, OrderlyError, RetryConfig, create_client
from orderly_client.api import OPERATIONS
from orderly_client.api.public import get_v1_public_system_info, post_v1_faucet_usdc
from orderly_client.models import PostV1FaucetUsdcBody
from orderly_sandbox import Sandbox

BODY = PostV1FaucetUsdcBody(user_address="0x" + "11" * 20, broker_id="woofi_pro", chain_id="421614")


@dataclass
class Proxy:
    url: str
    targets: list[str] = field(default_factory=list)


@pytest.fixture
def proxy() -> Iterator[Proxy]:
    recorded = Proxy("")

    class Handler(socketserver.StreamRequestHandler):
        def handle(self) -> None:
            line = self.rfile.readline(4096).decode("latin-1")
            while self.rfile.readline(4096) not in (b"\r\n", b"\n", b""):
                pass
            method, _, rest = line.partition(" ")
            recorded.targets.append(rest.split(" ")[0] if method == "CONNECT" else line.strip())
            self.wfile.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    recorded.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield recorded
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


def test_the_faucet_operation_names_its_servers() -> None:
    (faucet,) = [op for op in OPERATIONS if op.path == "/v1/faucet/usdc"]
    assert faucet.servers[0] == "https://testnet-operator-evm.orderly.org"
    assert all(not op.servers for op in OPERATIONS if op.path != "/v1/faucet/usdc")


def test_the_testnet_faucet_goes_to_the_operator_host(proxy: Proxy) -> None:
    with create_client(network="testnet", proxy=proxy.url, trust_env=False, retry=RetryConfig.off()) as client:
        with pytest.raises(OrderlyError):
            post_v1_faucet_usdc.sync(client=client, body=BODY)
        with pytest.raises(OrderlyError):
            get_v1_public_system_info.sync(client=client)
    assert proxy.targets == ["testnet-operator-evm.orderly.org:443", "testnet-api.orderly.org:443"]


def test_the_faucet_is_refused_on_mainnet_before_sending(proxy: Proxy) -> None:
    client = create_client(network="mainnet", proxy=proxy.url, trust_env=False, retry=RetryConfig.off())
    with client, pytest.raises(ConfigurationError, match="served only by https://testnet-operator-evm"):
        post_v1_faucet_usdc.sync(client=client, body=BODY)
    assert proxy.targets == []


def test_a_base_url_of_its_own_serves_every_operation(sandbox: Sandbox) -> None:
    """The sandbox (or a gateway) given as base_url keeps the faucet: its answer comes from there."""
    with create_client(base_url=sandbox.base_url, retry=RetryConfig.off()) as client:
        try:
            post_v1_faucet_usdc.sync(client=client, body=BODY)
        except OrderlyError as exc:
            assert exc.__class__.__name__ != "ConnectError", exc  # answered by the sandbox, not sent elsewhere


async def _async_faucet(proxy: Proxy) -> None:
    async with create_client(network="testnet", proxy=proxy.url, trust_env=False, retry=RetryConfig.off()) as client:
        with pytest.raises(OrderlyError):
            await post_v1_faucet_usdc.asyncio(client=client, body=BODY)


def test_the_async_faucet_goes_to_the_operator_host(proxy: Proxy) -> None:
    import asyncio

    asyncio.run(_async_faucet(proxy))
    assert proxy.targets == ["testnet-operator-evm.orderly.org:443"]
