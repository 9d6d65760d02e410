"""Creating a stream: the same credentials and network settings as create_client; bad input refused early."""

from __future__ import annotations

import pytest

from orderly_auth import ConfigurationError, Credentials, generate_key
from orderly_auth.stream import AsyncStream, Stream, StreamConfig


def credentials() -> Credentials:
    return Credentials("0x" + "cd" * 32, generate_key().secret)


def test_network_and_environment_choose_the_endpoints(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ORDERLY_BASE_URL", raising=False)
    monkeypatch.setenv("ORDERLY_NETWORK", "testnet")
    stream = AsyncStream(credentials())
    assert stream.endpoints.public.startswith("wss://testnet-ws-evm.orderly.org/")
    assert stream.endpoints.rest == "https://testnet-api.orderly.org"
    monkeypatch.delenv("ORDERLY_NETWORK")
    assert AsyncStream().endpoints.private == "wss://ws-private-evm.orderly.org/v2/ws/private/stream"
    assert AsyncStream(network="mainnet").public is None  # nothing opens before a subscription


def test_bad_arguments_raise_before_connecting() -> None:
    with pytest.raises(ConfigurationError):
        AsyncStream("not credentials")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        AsyncStream(config={"ping_interval": 1})  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        AsyncStream(network="devnet")
    stream = AsyncStream(network="testnet")
    with pytest.raises(ConfigurationError):
        stream.subscribe("PERP_ETH_USDC@orderbok")
    with pytest.raises(ConfigurationError):
        stream.subscribe("PERP_ETH_USDC@trade", buffer=0)
    with pytest.raises(ConfigurationError):
        stream.book("eth")


def test_the_sync_stream_starts_and_stops_its_thread() -> None:
    with Stream(network="testnet", config=StreamConfig()) as stream:
        assert stream._runner.thread.is_alive()
    assert not stream._runner.thread.is_alive()


def test_reprs_never_show_the_secret() -> None:
    key = generate_key()
    creds = Credentials("0x" + "cd" * 32, key.secret)
    stream = AsyncStream(creds, network="testnet")
    text = repr(stream) + repr(stream.config) + repr(stream.endpoints)
    assert creds.account_id in text
    assert key.secret not in text and key.secret.removeprefix("ed25519:") not in text


def test_the_async_stream_outside_an_event_loop_says_what_to_use() -> None:
    from orderly_auth.stream import StreamError

    stream = AsyncStream(network="testnet")
    with pytest.raises(StreamError, match="use Stream"):
        stream.subscribe("PERP_ETH_USDC@trade")
    assert stream.public is not None and stream.public.topics == []
