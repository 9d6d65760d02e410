"""create_client: networks, environment, and clear errors for bad configuration; raw answers when asked."""

from __future__ import annotations

import httpx2
import pytest

from orderly_auth import ConfigurationError, Credentials, OrderlyTransport, create_client, generate_key
from orderly_auth._config import resolve_base_url
from orderly_client.api.private import delete_v1_client_order
from orderly_client.client import AuthenticatedClient
from orderly_sandbox import Sandbox

ACCOUNT = "0x" + "ab" * 32


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ORDERLY_NETWORK", raising=False)
    monkeypatch.delenv("ORDERLY_BASE_URL", raising=False)


def test_default_is_mainnet() -> None:
    client = create_client()
    assert isinstance(client, AuthenticatedClient)
    assert str(client.get_httpx_client().base_url) == "https://api.orderly.org"
    assert str(client.get_async_httpx_client().base_url) == "https://api.orderly.org"


def test_network_and_base_url() -> None:
    assert str(create_client(network="testnet").get_httpx_client().base_url) == "https://testnet-api.orderly.org"
    local = create_client(base_url="http://127.0.0.1:8080/")
    assert str(local.get_httpx_client().base_url) == "http://127.0.0.1:8080"


def test_environment_is_honoured_when_arguments_are_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORDERLY_NETWORK", "testnet")
    assert resolve_base_url(None, None) == "https://testnet-api.orderly.org"
    assert resolve_base_url("mainnet", None) == "https://api.orderly.org"
    monkeypatch.delenv("ORDERLY_NETWORK")
    monkeypatch.setenv("ORDERLY_BASE_URL", "http://localhost:9000")
    assert resolve_base_url(None, None) == "http://localhost:9000"
    monkeypatch.setenv("ORDERLY_NETWORK", "testnet")
    with pytest.raises(ConfigurationError, match="unset one"):
        resolve_base_url(None, None)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"network": "devnet"}, "unknown network"),
        ({"network": "testnet", "base_url": "http://x"}, "not both"),
        ({"base_url": "ftp://x"}, "http"),
        ({"base_url": "http://x?a=1"}, "query"),
        ({"base_url": "not a url"}, "http"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": -1.0}, "timeout"),
        ({"timeout": "10"}, "timeout"),
        ({"recv_window": 0}, "recv_window"),
        ({"recv_window": 1.5}, "recv_window"),
        ({"transport": httpx2.MockTransport(lambda r: httpx2.Response(200)), "proxy": "http://p"}, "proxy"),
        ({"credentials": "0xabc"}, "Credentials"),
    ],
)
def test_bad_configuration_is_a_clear_error(kwargs: dict[str, object], words: str) -> None:
    with pytest.raises(ConfigurationError, match=words):
        create_client(**kwargs)  # type: ignore[arg-type]


def test_transport_is_shared_by_sync_and_async_and_repr_hides_the_secret() -> None:
    pair = generate_key()
    client = create_client(Credentials(ACCOUNT, pair.secret), network="testnet")
    sync_transport = client.get_httpx_client()._transport
    assert isinstance(sync_transport, OrderlyTransport)
    assert client.get_async_httpx_client()._transport is sync_transport
    text = repr(sync_transport) + repr(client)
    assert pair.secret not in text
    assert pair.secret.removeprefix("ed25519:") not in text


def test_raw_answers_instead_of_exceptions_when_asked() -> None:
    with Sandbox(enforce_rate_limits=False) as sandbox:
        client = create_client(sandbox.credentials, base_url=sandbox.base_url, raise_on_error=False)
        answer = delete_v1_client_order.sync_detailed(client=client, symbol="PERP_ETH_USDC", client_order_id="none")
    assert answer.status_code == 400
    assert answer.parsed is None
    assert b'"code":-1006' in answer.content
