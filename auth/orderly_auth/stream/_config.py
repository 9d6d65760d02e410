"""Stream settings and endpoints: where to connect, how often to ping, how to back off."""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from .._config import ENV_BASE_URL, ENV_NETWORK, NETWORKS, resolve_base_url
from .._errors import ConfigurationError

# network -> (public stream base, private stream base); the id or account id is appended as a path segment.
STREAM_URLS: dict[str, tuple[str, str]] = {
    "mainnet": ("wss://ws-evm.orderly.org/ws/stream", "wss://ws-private-evm.orderly.org/v2/ws/private/stream"),
    "testnet": (
        "wss://testnet-ws-evm.orderly.org/ws/stream",
        "wss://testnet-ws-private-evm.orderly.org/v2/ws/private/stream",
    ),
}
# The public path's id may be any string; without credentials this one is used.
PUBLIC_PLACEHOLDER_ID = "orderly-client"


def _positive(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigurationError(f"{attribute.name} must be a positive number, got {value!r}")


def _non_negative(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise ConfigurationError(f"{attribute.name} must be a number >= 0, got {value!r}")


def _positive_int(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"{attribute.name} must be a positive integer, got {value!r}")


def _optional_count(_: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
        raise ConfigurationError(f"{attribute.name} must be None or a non-negative integer, got {value!r}")


@attrs.frozen(kw_only=True)
class StreamConfig:
    """How a stream keeps its connections alive (times in seconds).

    ``ping_interval``: how often we send our own ``{"event":"ping"}``. ``idle_timeout``: a connection
    on which nothing arrived for this long is dead (half-open sockets included) and is reconnected.
    Reconnects wait ``random() * min(backoff_max, backoff_initial * 2**attempt)`` (full jitter), for
    ever unless ``max_reconnects`` is set. ``auth_retries``: how many refused ``auth`` events are
    retried before :class:`StreamAuthError` is raised. ``buffer_size``: messages a subscription holds
    for its reader (state topics coalesce beyond it, event topics raise :class:`SlowConsumerError`).
    ``clock_sync_timeout``: before each private ``auth`` one ping is sent and its pong's ``ts`` corrects
    the clock the auth timestamp is signed with; this is how long to wait for it (0: do not ask).
    ``stable_after``: the backoff starts again from ``backoff_initial`` only after a session stayed up this
    long (a server that acknowledges and drops is not reconnected to ever faster). ``max_message_size``: a
    larger message closes the connection (code 1009) and reconnects. ``snapshot_timeout``: a book's
    snapshot request unanswered this long is asked again (after the backoff). ``reconcile``: False turns the
    REST reconcile after private reconnects off (no ``Reconciled`` events, no REST calls).
    """

    ping_interval: float = attrs.field(default=10.0, validator=_positive)
    idle_timeout: float = attrs.field(default=30.0, validator=_positive)
    open_timeout: float = attrs.field(default=10.0, validator=_positive)
    auth_timeout: float = attrs.field(default=10.0, validator=_positive)
    close_timeout: float = attrs.field(default=2.0, validator=_positive)
    backoff_initial: float = attrs.field(default=0.5, validator=_positive)
    backoff_max: float = attrs.field(default=30.0, validator=_positive)
    max_reconnects: int | None = attrs.field(default=None, validator=_optional_count)
    auth_retries: int = attrs.field(default=0, validator=_optional_count)
    buffer_size: int = attrs.field(default=10_000, validator=_positive_int)
    state_buffer_size: int = attrs.field(default=1, validator=_positive_int)
    stable_after: float = attrs.field(default=30.0, validator=_non_negative)
    max_message_size: int = attrs.field(default=4 * 1024 * 1024, validator=_positive_int)
    snapshot_timeout: float = attrs.field(default=10.0, validator=_positive)
    reconcile: bool = True
    clock_sync_timeout: float = attrs.field(default=2.0, validator=_non_negative)
    jitter: Callable[[], float] = attrs.field(default=random.random, repr=False)

    def backoff(self, attempt: int) -> float:
        """The wait before reconnect number ``attempt`` (0-based): full jitter over a capped exponential."""
        ceiling = min(self.backoff_max, self.backoff_initial * (1 << min(attempt, 32)))
        return float(self.jitter()) * ceiling


@attrs.frozen
class Endpoints:
    """The two stream base URLs and the REST base URL used to reconcile (None: none is known)."""

    public: str
    private: str
    rest: str | None


def _check_ws_url(name: str, url: str) -> str:
    if not isinstance(url, str) or not url.startswith(("ws://", "wss://")):
        raise ConfigurationError(f"{name} must be a ws:// or wss:// URL, got {url!r}")
    if "?" in url or "#" in url:
        raise ConfigurationError(f"{name} must not carry a query or fragment")
    return url.rstrip("/")


def resolve_endpoints(
    network: str | None,
    base_url: str | None,
    public_url: str | None,
    private_url: str | None,
    environ: Mapping[str, str] | None = None,
) -> Endpoints:
    """Stream URLs for a network (or the environment, as ``create_client`` reads it), or given explicitly.

    A custom ``base_url`` has no known stream URLs: then both ``public_url`` and ``private_url``
    must be given rather than guessed. The REST base URL (for the reconcile) follows the streams: the one
    given (``network``, ``base_url``, the environment), else the network whose stream URLs these are, else
    None (a local or test server's streams never reconcile against a real network's REST API).
    """
    env = os.environ if environ is None else environ
    explicit = network is not None or base_url is not None or env.get(ENV_NETWORK) or env.get(ENV_BASE_URL)
    if public_url is not None and private_url is not None and not explicit:
        public, private = _check_ws_url("public_url", public_url), _check_ws_url("private_url", private_url)
        named = [name for name, urls in STREAM_URLS.items() if public in urls or private in urls]
        return Endpoints(public, private, NETWORKS[named[0]] if named else None)
    rest = resolve_base_url(network, base_url, env)
    known = {url: name for name, url in NETWORKS.items()}
    if public_url is None or private_url is None:
        name = known.get(rest)
        if name is None:
            raise ConfigurationError(
                f"no stream URLs are known for {rest}: give public_url and private_url (ws:// or wss://)"
            )
        default_public, default_private = STREAM_URLS[name]
        public_url = public_url or default_public
        private_url = private_url or default_private
    return Endpoints(_check_ws_url("public_url", public_url), _check_ws_url("private_url", private_url), rest)
