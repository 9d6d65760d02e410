"""Settings: one value for a client's options, checked on creation, with a short readable repr."""

from __future__ import annotations

import httpx2
import pytest

from orderly_network import ConfigurationError, Credentials, Orderly, RetryConfig, Settings, generate_key


def test_repr_shows_what_differs_from_the_defaults_and_no_secret() -> None:
    assert repr(Settings()) == "Settings()"
    settings = Settings(timeout=5, retry=RetryConfig(attempts=2), headers={"X-Token": "hunter2"}, proxy="http://u:pw@p")
    text = repr(settings)
    assert text.startswith("Settings(timeout=5, retry=RetryConfig(attempts=2")
    assert "X-Token" in text and "hunter2" not in text and "pw" not in text


@pytest.mark.parametrize(
    ("field", "value"),
    [("timeout", -1), ("recv_window", 0), ("recv_window", True), ("max_response_size", 0), ("headers", {"Host": "x"})],
)
def test_bad_values_are_refused_on_creation(field: str, value: object) -> None:
    with pytest.raises(ConfigurationError):
        Settings(**{field: value})  # type: ignore[arg-type]


def test_create_client_keywords_change_the_given_settings_only() -> None:
    from orderly_auth import create_client

    base = Settings(recv_window=5000, headers={"X-App": "bot"})
    client = create_client(settings=base, base_url="http://127.0.0.1:9", timeout=3)
    assert client.pipeline.recv_window == 5000  # kept: the keyword was not given
    assert client._headers["X-App"] == "bot"
    assert client._timeout == httpx2.Timeout(3.0)
    client.close()


def test_client_object_carries_its_settings() -> None:
    creds = Credentials(account_id="0x" + "ab" * 32, secret=generate_key().secret)
    with Orderly(creds, base_url="http://127.0.0.1:9", settings=Settings(recv_window=7000)) as client:
        assert client.api_client.pipeline.recv_window == 7000
        assert "Settings(recv_window=7000)" in repr(client)
        assert creds.account_id in repr(client)
