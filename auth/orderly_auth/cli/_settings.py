"""Where a command's network and credentials come from: flags, then ``ORDERLY_*`` variables, then the profile."""

from __future__ import annotations

import os
from typing import Any

import attrs

from .._config import ENV_BASE_URL, ENV_NETWORK, resolve_base_url
from .._errors import MissingCredentialsError
from .._keys import ENV_ACCOUNT_ID, ENV_SECRET, Credentials
from . import _profiles

__all__ = ["SANDBOX_URL", "SANDBOX_WS_PORT_OFFSET", "Settings"]

#: ``--sandbox``: where ``orderly sandbox`` listens by default (REST; streams on the next port).
SANDBOX_URL = "http://127.0.0.1:8090"
SANDBOX_WS_PORT_OFFSET = 1
ENV_WS_PUBLIC_URL = "ORDERLY_WS_PUBLIC_URL"
ENV_WS_PRIVATE_URL = "ORDERLY_WS_PRIVATE_URL"


@attrs.define
class Settings:
    """The root options, resolved lazily (a command that needs no server never needs a network)."""

    profile: str
    network: str | None
    base_url: str | None
    sandbox: bool
    ws_public_url: str | None
    ws_private_url: str | None
    as_json: bool
    yes: bool
    _profile_values: dict[str, Any] | None = None

    @property
    def stored(self) -> dict[str, Any]:
        """The profile's saved settings."""
        if self._profile_values is None:
            self._profile_values = _profiles.load_profile(self.profile)
        return self._profile_values

    def server(self) -> str:
        """The REST base URL: --sandbox / --base-url / --network, else the environment, the profile, mainnet."""
        if self.sandbox:
            return resolve_base_url(None, self.base_url or SANDBOX_URL)
        if self.base_url is not None:  # --network then only names the wallet network (its contracts)
            return resolve_base_url(None, self.base_url)
        if self.network is not None:
            return resolve_base_url(self.network, None)
        if os.environ.get(ENV_BASE_URL) or os.environ.get(ENV_NETWORK):
            return resolve_base_url(None, None)
        stored = self.stored
        if stored.get("base_url"):
            return resolve_base_url(None, str(stored["base_url"]))
        return resolve_base_url(stored.get("network"), None)

    def network_name(self) -> str:
        """mainnet or testnet: which contracts wallet messages name (the sandbox plays testnet)."""
        if self.sandbox:
            return "testnet"
        server = self.server()
        if server == "https://api.orderly.org":
            return "mainnet"
        if server == "https://testnet-api.orderly.org":
            return "testnet"
        return str(self.network or os.environ.get(ENV_NETWORK) or self.stored.get("network") or "testnet")

    def stream_urls(self) -> tuple[str | None, str | None]:
        """The WebSocket URLs for a server that has no known ones (the sandbox); None: the network's own."""
        public = self.ws_public_url or os.environ.get(ENV_WS_PUBLIC_URL) or self.stored.get("ws_public_url")
        private = self.ws_private_url or os.environ.get(ENV_WS_PRIVATE_URL) or self.stored.get("ws_private_url")
        if self.sandbox and (public is None or private is None):
            host, _, port = self.server().removeprefix("http://").rpartition(":")
            ws = f"ws://{host}:{int(port) + SANDBOX_WS_PORT_OFFSET}"
            public = public or f"{ws}/ws/stream"
            private = private or f"{ws}/v2/ws/private/stream"
        return public, private

    def secret(self) -> str:
        """The secret in use (``ORDERLY_SECRET``, else the profile's stored one), shown only when asked for."""
        if os.environ.get(ENV_SECRET) or os.environ.get(ENV_ACCOUNT_ID):
            return os.environ.get(ENV_SECRET, "")
        return self._stored_secret()[1]

    def credentials(self) -> Credentials:
        """``ORDERLY_ACCOUNT_ID`` / ``ORDERLY_SECRET`` when set, else the profile's account and stored secret."""
        if os.environ.get(ENV_SECRET) or os.environ.get(ENV_ACCOUNT_ID):
            return Credentials.from_env()
        account_id, secret = self._stored_secret()
        return Credentials(account_id=account_id, secret=secret, orderly_key=self.stored.get("orderly_key"))

    def _stored_secret(self) -> tuple[str, str]:
        """The profile's account id and stored secret, or MissingCredentialsError."""
        stored = self.stored
        account_id = stored.get("account_id")
        if not account_id:
            raise MissingCredentialsError(
                f"no credentials: set {ENV_ACCOUNT_ID} and {ENV_SECRET}, or run `orderly keys onboard` "
                f"(profile {self.profile!r})"
            )
        secret = _profiles.load_secret(self.profile, str(account_id), stored.get("secret_store"))
        if secret is None:
            raise MissingCredentialsError(f"profile {self.profile!r} has no stored secret for {account_id}")
        return str(account_id), secret
