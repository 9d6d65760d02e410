"""The client object's resources: ``Resources`` (sync) and ``AsyncResources``, each resource loaded on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account, AsyncAccount
    from .admin import Admin, AsyncAdmin
    from .algo_orders import AlgoOrders, AsyncAlgoOrders
    from .assets import Assets, AsyncAssets
    from .broker import AsyncBroker, Broker
    from .campaigns import AsyncCampaigns, Campaigns
    from .funding import AsyncFunding, Funding
    from .keys import AsyncKeys, Keys
    from .liquidations import AsyncLiquidations, Liquidations
    from .market import AsyncMarket, Market
    from .multi_level_referral import AsyncMultiLevelReferral, MultiLevelReferral
    from .notifications import AsyncNotifications, Notifications
    from .orders import AsyncOrders, Orders
    from .positions import AsyncPositions, Positions
    from .referral import AsyncReferral, Referral
    from .rewards import AsyncRewards, Rewards
    from .staking import AsyncStaking, Staking
    from .system import AsyncSystem, System
    from .trades import AsyncTrades, Trades
    from .vaults import AsyncVaults, Vaults

__all__ = ["RESOURCES", "AsyncResources", "Resources"]

RESOURCES: tuple[str, ...] = (
    "account",
    "admin",
    "algo_orders",
    "assets",
    "broker",
    "campaigns",
    "funding",
    "keys",
    "liquidations",
    "market",
    "multi_level_referral",
    "notifications",
    "orders",
    "positions",
    "referral",
    "rewards",
    "staking",
    "system",
    "trades",
    "vaults",
)
"""The names of the resources, as attributes of ``Resources`` and ``AsyncResources``."""


class Resources:
    """Every operation as ``<resource>.<verb>(...)`` on a generated client, sync."""

    def __init__(self, client: Any) -> None:
        self._api_client = client

    @cached_property
    def account(self) -> Account:
        """The account operations."""
        from .account import Account

        return Account(self._api_client)

    @cached_property
    def admin(self) -> Admin:
        """The admin operations."""
        from .admin import Admin

        return Admin(self._api_client)

    @cached_property
    def algo_orders(self) -> AlgoOrders:
        """The algo orders operations."""
        from .algo_orders import AlgoOrders

        return AlgoOrders(self._api_client)

    @cached_property
    def assets(self) -> Assets:
        """The assets operations."""
        from .assets import Assets

        return Assets(self._api_client)

    @cached_property
    def broker(self) -> Broker:
        """The broker operations."""
        from .broker import Broker

        return Broker(self._api_client)

    @cached_property
    def campaigns(self) -> Campaigns:
        """The campaigns operations."""
        from .campaigns import Campaigns

        return Campaigns(self._api_client)

    @cached_property
    def funding(self) -> Funding:
        """The funding operations."""
        from .funding import Funding

        return Funding(self._api_client)

    @cached_property
    def keys(self) -> Keys:
        """The keys operations."""
        from .keys import Keys

        return Keys(self._api_client)

    @cached_property
    def liquidations(self) -> Liquidations:
        """The liquidations operations."""
        from .liquidations import Liquidations

        return Liquidations(self._api_client)

    @cached_property
    def market(self) -> Market:
        """The market operations."""
        from .market import Market

        return Market(self._api_client)

    @cached_property
    def multi_level_referral(self) -> MultiLevelReferral:
        """The multi level referral operations."""
        from .multi_level_referral import MultiLevelReferral

        return MultiLevelReferral(self._api_client)

    @cached_property
    def notifications(self) -> Notifications:
        """The notifications operations."""
        from .notifications import Notifications

        return Notifications(self._api_client)

    @cached_property
    def orders(self) -> Orders:
        """The orders operations."""
        from .orders import Orders

        return Orders(self._api_client)

    @cached_property
    def positions(self) -> Positions:
        """The positions operations."""
        from .positions import Positions

        return Positions(self._api_client)

    @cached_property
    def referral(self) -> Referral:
        """The referral operations."""
        from .referral import Referral

        return Referral(self._api_client)

    @cached_property
    def rewards(self) -> Rewards:
        """The rewards operations."""
        from .rewards import Rewards

        return Rewards(self._api_client)

    @cached_property
    def staking(self) -> Staking:
        """The staking operations."""
        from .staking import Staking

        return Staking(self._api_client)

    @cached_property
    def system(self) -> System:
        """The system operations."""
        from .system import System

        return System(self._api_client)

    @cached_property
    def trades(self) -> Trades:
        """The trades operations."""
        from .trades import Trades

        return Trades(self._api_client)

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
    def account(self) -> AsyncAccount:
        """The account operations."""
        from .account import AsyncAccount

        return AsyncAccount(self._api_client)

    @cached_property
    def admin(self) -> AsyncAdmin:
        """The admin operations."""
        from .admin import AsyncAdmin

        return AsyncAdmin(self._api_client)

    @cached_property
    def algo_orders(self) -> AsyncAlgoOrders:
        """The algo orders operations."""
        from .algo_orders import AsyncAlgoOrders

        return AsyncAlgoOrders(self._api_client)

    @cached_property
    def assets(self) -> AsyncAssets:
        """The assets operations."""
        from .assets import AsyncAssets

        return AsyncAssets(self._api_client)

    @cached_property
    def broker(self) -> AsyncBroker:
        """The broker operations."""
        from .broker import AsyncBroker

        return AsyncBroker(self._api_client)

    @cached_property
    def campaigns(self) -> AsyncCampaigns:
        """The campaigns operations."""
        from .campaigns import AsyncCampaigns

        return AsyncCampaigns(self._api_client)

    @cached_property
    def funding(self) -> AsyncFunding:
        """The funding operations."""
        from .funding import AsyncFunding

        return AsyncFunding(self._api_client)

    @cached_property
    def keys(self) -> AsyncKeys:
        """The keys operations."""
        from .keys import AsyncKeys

        return AsyncKeys(self._api_client)

    @cached_property
    def liquidations(self) -> AsyncLiquidations:
        """The liquidations operations."""
        from .liquidations import AsyncLiquidations

        return AsyncLiquidations(self._api_client)

    @cached_property
    def market(self) -> AsyncMarket:
        """The market operations."""
        from .market import AsyncMarket

        return AsyncMarket(self._api_client)

    @cached_property
    def multi_level_referral(self) -> AsyncMultiLevelReferral:
        """The multi level referral operations."""
        from .multi_level_referral import AsyncMultiLevelReferral

        return AsyncMultiLevelReferral(self._api_client)

    @cached_property
    def notifications(self) -> AsyncNotifications:
        """The notifications operations."""
        from .notifications import AsyncNotifications

        return AsyncNotifications(self._api_client)

    @cached_property
    def orders(self) -> AsyncOrders:
        """The orders operations."""
        from .orders import AsyncOrders

        return AsyncOrders(self._api_client)

    @cached_property
    def positions(self) -> AsyncPositions:
        """The positions operations."""
        from .positions import AsyncPositions

        return AsyncPositions(self._api_client)

    @cached_property
    def referral(self) -> AsyncReferral:
        """The referral operations."""
        from .referral import AsyncReferral

        return AsyncReferral(self._api_client)

    @cached_property
    def rewards(self) -> AsyncRewards:
        """The rewards operations."""
        from .rewards import AsyncRewards

        return AsyncRewards(self._api_client)

    @cached_property
    def staking(self) -> AsyncStaking:
        """The staking operations."""
        from .staking import AsyncStaking

        return AsyncStaking(self._api_client)

    @cached_property
    def system(self) -> AsyncSystem:
        """The system operations."""
        from .system import AsyncSystem

        return AsyncSystem(self._api_client)

    @cached_property
    def trades(self) -> AsyncTrades:
        """The trades operations."""
        from .trades import AsyncTrades

        return AsyncTrades(self._api_client)

    @cached_property
    def vaults(self) -> AsyncVaults:
        """The vaults operations."""
        from .vaults import AsyncVaults

        return AsyncVaults(self._api_client)
