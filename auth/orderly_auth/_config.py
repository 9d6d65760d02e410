"""Networks and the environment variables that choose one."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

import httpx2

from ._errors import ConfigurationError
from ._keys import contains_secret, describe_value

NETWORKS: dict[str, str] = {
    "mainnet": "https://api.orderly.org",
    "testnet": "https://testnet-api.orderly.org",
}
# The Strategy Vault API has a host of its own per network (spec: generated/orderly_sv.openapi.yaml).
SV_NETWORKS: dict[str, str] = {
    "mainnet": "https://api-sv.orderly.org",
    "testnet": "https://testnet-api-sv.orderly.org",
}
ENV_NETWORK = "ORDERLY_NETWORK"
ENV_BASE_URL = "ORDERLY_BASE_URL"
ENV_SV_BASE_URL = "ORDERLY_SV_BASE_URL"


def network_of(url: str) -> str | None:
    """``mainnet`` or ``testnet`` when ``url`` is one of Orderly's public API hosts, else None (a sandbox, a proxy)."""
    base = url.rstrip("/")
    for hosts in (NETWORKS, SV_NETWORKS):
        for network, host in hosts.items():
            if base == host:
                return network
    return None


def operation_server(servers: tuple[str, ...], client_server: str, operation: str) -> str | None:
    """Where an operation with its own ``servers`` goes from a client on ``client_server`` (None: the client's).

    On Orderly's public hosts it goes to the first of its servers on the client's network (a
    ``testnet-`` host for testnet), and an operation no server of that network has is refused before
    anything is sent. Any other base URL (the sandbox, a gateway) serves every operation itself.
    """
    network = network_of(client_server)
    if not servers or network is None:
        return None
    for server in servers:
        if (network == "testnet") == httpx2.URL(server).host.startswith("testnet-"):
            return server
    raise ConfigurationError(f"{operation} is served only by {', '.join(servers)}, not on {network}; nothing was sent")


def resolve_base_url(
    network: str | None,
    base_url: str | None,
    environ: Mapping[str, str] | None = None,
    *,
    networks: Mapping[str, str] = NETWORKS,
    env_base_url: str = ENV_BASE_URL,
) -> str:
    """The REST base URL from the arguments, else the environment, else mainnet.

    Giving both a network and a base URL is an error rather than a silent choice. ``networks`` and
    ``env_base_url``: the hosts and variable of another API (the Strategy Vault's).
    """
    env = os.environ if environ is None else environ
    if network is not None and base_url is not None:
        raise ConfigurationError("give either network or base_url, not both")
    if network is None and base_url is None:
        base_url = env.get(env_base_url) or None
        network = env.get(ENV_NETWORK) or None
        if network is not None and base_url is not None:
            raise ConfigurationError(f"both {ENV_NETWORK} and {env_base_url} are set; unset one")
    if base_url is not None:
        return _check_url(base_url)
    name = (network or "mainnet").strip().lower()
    if name not in networks:
        raise ConfigurationError(f"unknown network {describe_value(network)}; expected one of {', '.join(networks)}")
    return networks[name]


def _check_url(base_url: str) -> str:
    if isinstance(base_url, str) and contains_secret(base_url):  # it would go out in DNS queries and headers
        raise ConfigurationError(f"base_url must be the server's URL, got {describe_value(base_url)}")
    try:
        url = httpx2.URL(base_url)
    except (httpx2.InvalidURL, TypeError) as exc:
        # httpx2 quotes parts of the URL: not when one of them may be a secret.
        why = "" if not isinstance(base_url, str) or contains_secret(base_url) else f": {exc}"
        raise ConfigurationError(f"base_url is not a valid URL ({describe_value(base_url)}){why}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an http(s) URL with a host, got {describe_value(base_url)}")
    if url.query or url.fragment:
        raise ConfigurationError("base_url must not carry a query or fragment")
    return str(url).rstrip("/")


# RFC 9110 token characters: what a header name may hold (h11 checks the same).
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# A field value: visible characters, spaces and tabs inside, never CR, LF or NUL.
_FIELD_VALUE = re.compile(r"(?:[\x21-\x7e\x80-\xff]+(?:[ \t]+[\x21-\x7e\x80-\xff]+)*)?")
# The transport frames the message; a header that says otherwise would desynchronise the connection.
FRAMING_HEADERS = frozenset({"content-length", "transfer-encoding", "host", "connection", "upgrade", "te", "trailer"})


def check_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers a user gives for every request, checked: valid names and values, none that frame the message."""
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError(f"header names and values must be str, got {type(name).__name__} for {name!r}")
        if not _TOKEN.fullmatch(name):
            raise ConfigurationError(f"invalid header name {name[:60]!r}: letters, digits and !#$%&'*+-.^_`|~ only")
        if name.lower() in FRAMING_HEADERS:
            raise ConfigurationError(f"the {name} header is set by the transport from the request, not by the caller")
        if not _FIELD_VALUE.fullmatch(value):
            raise ConfigurationError(f"invalid value for header {name}: no CR, LF, NUL or control characters")
        checked[name] = value
    return checked
