"""The client object's resources: ``Resources`` (sync) and ``AsyncResources``, each resource loaded on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .funds import AsyncFunds, Funds
    from .liquidity_providers import AsyncLiquidityProviders, LiquidityProviders
    from .strategy_providers import AsyncStrategyProviders, StrategyProviders
    from .users import AsyncUsers, Users
    from .vaults import AsyncVaults, Vaults

__all__ = ["RESOURCES", "AsyncResources", "Resources"]

RESOURCES: tuple[str, ...] = (
    "funds",
    "liquidity_providers",
    "strategy_providers",
    "users",
    "vaults",
)
"""The names of the resources, as attributes of ``Resources`` and ``AsyncResources``."""


class Resources:
    """Every operation as ``<resource>.<verb>(...)`` on a generated client, sync."""

    def __init__(self, client: Any) -> None:
        self._api_client = client

    @cached_property
    def funds(self) -> Funds:
        """The funds operations."""
        from .funds import Funds

        return Funds(self._api_client)

    @cached_property
    def liquidity_providers(self) -> LiquidityProviders:
        """The liquidity providers operations."""
        from .liquidity_providers import LiquidityProviders

        return LiquidityProviders(self._api_client)

    @cached_property
    def strategy_providers(self) -> StrategyProviders:
        """The strategy providers operations."""
        from .strategy_providers import StrategyProviders

        return StrategyProviders(self._api_client)

    @cached_property
    def users(self) -> Users:
        """The users operations."""
        from .users import Users

        return Users(self._api_client)

    @cached_property
    def vaults(self) -> Vaults:
        """The vaults operations."""
        from .vaults import Vaults

        return Vaults(self._api_client)


class AsyncResources:
    """Every operation as ``await <resource>.<verb>(...)`` on a generated client, for asyncio."""

    def __init__(self, client: Any) -> None:
        self._api_client = client

    @cached_property
    def funds(self) -> AsyncFunds:
        """The funds operations."""
        from .funds import AsyncFunds

        return AsyncFunds(self._api_client)

    @cached_property
    def liquidity_providers(self) -> AsyncLiquidityProviders:
        """The liquidity providers operations."""
        from .liquidity_providers import AsyncLiquidityProviders

        return AsyncLiquidityProviders(self._api_client)

    @cached_property
    def strategy_providers(self) -> AsyncStrategyProviders:
        """The strategy providers operations."""
        from .strategy_providers import AsyncStrategyProviders

        return AsyncStrategyProviders(self._api_client)

    @cached_property
    def users(self) -> AsyncUsers:
        """The users operations."""
        from .users import AsyncUsers

        return AsyncUsers(self._api_client)

    @cached_property
    def vaults(self) -> AsyncVaults:
        """The vaults operations."""
        from .vaults import AsyncVaults

        return AsyncVaults(self._api_client)
