"""``Orderly`` and ``AsyncOrderly``: one client object per mode, every operation as ``client.<resource>.<verb>(...)``.

Each owns an :class:`OrderlyClient` (the pipeline of ``create_client``: signing, rate limits, retries,
typed errors, clock); the resources are generated (``orderly_client.resources``) and loaded on first
use, so a program pays the import of the resources it uses. The hand-written helpers join it:
``symbols`` (symbol rules), ``find`` (the operation finder), ``stream()`` and ``strategy_vault``.
"""

from __future__ import annotations

import os
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from orderly_client.resources import AsyncResources, Resources

from ._client import OrderlyClient, client_from_settings
from ._config import ENV_SV_BASE_URL, SV_NETWORKS, resolve_base_url
from ._keys import Credentials
from ._settings import Settings

if TYPE_CHECKING:
    from orderly_sv_client.client import Client as SVClient
    from orderly_sv_client.resources import AsyncResources as SVAsyncResources
    from orderly_sv_client.resources import Resources as SVResources

    from ._find import FoundOperation
    from ._symbols import SymbolRulesCache
    from .stream import AsyncStream, Stream, StreamConfig

__all__ = ["AsyncOrderly", "Orderly"]


class _Base:
    """What both modes share: the settings, the pipeline's client, the helpers."""

    def __init__(
        self,
        credentials: Credentials | None = None,
        *,
        network: str | None = None,
        base_url: str | None = None,
        sv_base_url: str | None = None,
        settings: Settings | None = None,
    ) -> None:
        self.settings = settings if settings is not None else Settings()
        url = resolve_base_url(network, base_url)
        self._network, self._base_url, self._sv_base_url = network, base_url, sv_base_url
        self.api_client: OrderlyClient = client_from_settings(credentials, url, self.settings)
        """The generated functions' client (``post_v1_order.sync(client=client.api_client, ...)``)."""
        self._credentials = credentials

    @property
    def account_id(self) -> str | None:
        """The account requests are signed for, or None for public operations only."""
        return self.api_client.account_id

    @property
    def server(self) -> str:
        """The REST base URL."""
        return self.api_client.server

    @cached_property
    def symbols(self) -> SymbolRulesCache:
        """Symbol rules (tick, step, limits, minimum notional): ``client.symbols.get("PERP_ETH_USDC")``."""
        from ._symbols import symbol_rules

        return symbol_rules(self.api_client)

    @staticmethod
    def find(query: str = "", *, section: str | None = None, limit: int = 10) -> list[FoundOperation]:
        """The operations for plain words, best first; each names its method (``found.method``)."""
        from ._find import find_operations

        return find_operations(query, section=section, limit=limit)

    @cached_property
    def sv_client(self) -> SVClient:
        """The Strategy Vault API's generated client, on its own host with these settings (built on first use).

        Its host: ``sv_base_url``, else the network's Strategy Vault host; with a ``base_url`` and no
        ``sv_base_url``, ``ORDERLY_SV_BASE_URL`` or the same URL (the sandbox serves both APIs).
        """
        from ._sv_client import sv_client_from_settings

        if self._sv_base_url is not None:
            url = resolve_base_url(None, self._sv_base_url)
        elif self._base_url is not None:
            url = resolve_base_url(None, os.environ.get(ENV_SV_BASE_URL) or self._base_url)
        else:
            url = resolve_base_url(self._network, None, networks=SV_NETWORKS, env_base_url=ENV_SV_BASE_URL)
        return sv_client_from_settings(url, self.settings)

    def _stream_arguments(
        self, config: StreamConfig | None, public_url: str | None, private_url: str | None
    ) -> dict[str, Any]:
        return {
            "network": self._network,
            "base_url": self._base_url,
            "public_url": public_url,
            "private_url": private_url,
            "config": config,
            "client": self.api_client,
        }

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(server={self.server!r}, account_id={self.account_id!r}, settings={self.settings!r})"
        )


class Orderly(_Base, Resources):
    """The Orderly client, sync: ``client.orders.create(...)``, ``for row in client.orders.list(...)``.

    Created like ``create_client`` (``credentials``, ``network`` or ``base_url``) with its options as
    one :class:`Settings`; a context manager that closes its connections.
    """

    def __init__(
        self,
        credentials: Credentials | None = None,
        *,
        network: str | None = None,
        base_url: str | None = None,
        sv_base_url: str | None = None,
        settings: Settings | None = None,
    ) -> None:
        _Base.__init__(
            self, credentials, network=network, base_url=base_url, sv_base_url=sv_base_url, settings=settings
        )
        Resources.__init__(self, self.api_client)

    @cached_property
    def strategy_vault(self) -> SVResources:
        """The Strategy Vault operations: ``client.strategy_vault.vaults.info(...)``."""
        from orderly_sv_client.resources import Resources as SVResources

        return SVResources(self.sv_client)

    def stream(
        self, *, config: StreamConfig | None = None, public_url: str | None = None, private_url: str | None = None
    ) -> Stream:
        """A real-time stream of this account and network (the ``stream`` extra): ``with client.stream() as s``."""
        from .stream import Stream

        return Stream(self._credentials, **self._stream_arguments(config, public_url, private_url))

    def close(self) -> None:
        """Close the connections (later calls raise ClientClosedError)."""
        self.api_client.close()
        if "sv_client" in self.__dict__:
            self.sv_client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncOrderly(_Base, AsyncResources):
    """The Orderly client for asyncio: ``await client.orders.create(...)``, ``async for o in client.orders.list()``.

    Created like :class:`Orderly`; ``async with`` closes its connections.
    """

    def __init__(
        self,
        credentials: Credentials | None = None,
        *,
        network: str | None = None,
        base_url: str | None = None,
        sv_base_url: str | None = None,
        settings: Settings | None = None,
    ) -> None:
        _Base.__init__(
            self, credentials, network=network, base_url=base_url, sv_base_url=sv_base_url, settings=settings
        )
        AsyncResources.__init__(self, self.api_client)

    @cached_property
    def strategy_vault(self) -> SVAsyncResources:
        """The Strategy Vault operations: ``await client.strategy_vault.vaults.info(...)``."""
        from orderly_sv_client.resources import AsyncResources as SVAsyncResources

        return SVAsyncResources(self.sv_client)

    def stream(
        self, *, config: StreamConfig | None = None, public_url: str | None = None, private_url: str | None = None
    ) -> AsyncStream:
        """A real-time stream of this account and network (the ``stream`` extra): ``async with client.stream()``."""
        from .stream import AsyncStream

        return AsyncStream(self._credentials, **self._stream_arguments(config, public_url, private_url))

    async def aclose(self) -> None:
        """Close the connections (later calls raise ClientClosedError)."""
        await self.api_client.aclose()
        if "sv_client" in self.__dict__:
            await self.sv_client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
