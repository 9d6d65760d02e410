"""``client.account``: ``add_sub_account``, ``check_address``, ``check_wallet``, ``daily_statistics``, ``daily_volume``, ``delegate_signer``, ``exists``, ``info``, ``list_for_address``, ``overview``, ``register``, ``registration_nonce``, ``statistics``, ``sub_accounts``, ``update_sub_account``, ``volume_stats``."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Response, Unset, next_page

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.account_info import AccountInfo
    from ..models.account_info_response import AccountInfoResponse
    from ..models.account_overview import AccountOverview
    from ..models.add_sub_account_response import AddSubAccountResponse
    from ..models.add_sub_account_response_data import AddSubAccountResponseData
    from ..models.basic_response import BasicResponse
    from ..models.client_info_response import ClientInfoResponse
    from ..models.client_statistics_response import ClientStatisticsResponse
    from ..models.client_statistics_response_data import ClientStatisticsResponseData
    from ..models.daily_stats import DailyStats
    from ..models.daily_volume import DailyVolume
    from ..models.daily_volume_response import DailyVolumeResponse
    from ..models.delegate_signer_body_message import DelegateSignerBodyMessage
    from ..models.delegate_signer_response import DelegateSignerResponse
    from ..models.delegate_signer_response_data import DelegateSignerResponseData
    from ..models.get_account_details_response import GetAccountDetailsResponse
    from ..models.get_account_details_response_data import GetAccountDetailsResponseData
    from ..models.get_account_response import GetAccountResponse
    from ..models.get_account_response_data import GetAccountResponseData
    from ..models.get_all_accounts_response import GetAllAccountsResponse
    from ..models.get_all_accounts_response_data import GetAllAccountsResponseData
    from ..models.get_broker_response import GetBrokerResponse
    from ..models.get_broker_response_data import GetBrokerResponseData
    from ..models.get_user_daily_stats_response import GetUserDailyStatsResponse
    from ..models.register_account_body_message import RegisterAccountBodyMessage
    from ..models.register_account_response import RegisterAccountResponse
    from ..models.register_account_response_data import RegisterAccountResponseData
    from ..models.registration_nonce_response import RegistrationNonceResponse
    from ..models.registration_nonce_response_data import RegistrationNonceResponseData
    from ..models.sub_account_response import SubAccountResponse
    from ..models.sub_account_response_data import SubAccountResponseData
    from ..models.volume_stats_response import VolumeStatsResponse
    from ..models.volume_stats_response_data import VolumeStatsResponseData
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncAccount", "AsyncAccountWithRawResponse", "Account", "AccountWithRawResponse"]


class Account:
    """``client.account``: the account operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AccountWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AccountWithRawResponse(self._client)

    def add_sub_account(
        self,
        *,
        description: str | Unset = UNSET,
    ) -> AddSubAccountResponseData:
        """Add sub account: ``POST /v1/client/add_sub_account`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/add-sub-account
        """
        from ..api.private import post_v1_client_add_sub_account
        from ..models.post_v1_client_add_sub_account_body import (
            PostV1ClientAddSubAccountBody,
        )

        answer = post_v1_client_add_sub_account.sync(
            client=self._client,
            body=PostV1ClientAddSubAccountBody(
                description=description,
            ),
        )
        return answer.data

    def check_address(
        self,
        *,
        address: str,
        chain_type: str | Unset = UNSET,
    ) -> GetBrokerResponseData:
        """Check if address is registered: ``GET /v1/get_broker``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-if-address-is-registered
        """
        from ..api.public import get_v1_get_broker

        answer = get_v1_get_broker.sync(
            client=self._client,
            address=address,
            chain_type=chain_type,
        )
        return answer.data

    def check_wallet(
        self,
        *,
        address: str,
        broker_id: str,
        chain_type: str | Unset = UNSET,
    ) -> GetAccountResponseData:
        """Check if wallet is registered: ``GET /v1/get_account``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-if-wallet-is-registered
        """
        from ..api.public import get_v1_get_account

        answer = get_v1_get_account.sync(
            client=self._client,
            address=address,
            broker_id=broker_id,
            chain_type=chain_type,
        )
        return answer.data

    def daily_statistics(
        self,
        *,
        start_date: str,
        end_date: str,
        size: int | Unset = UNSET,
        include_historical_data: bool | Unset = UNSET,
    ) -> Iterator[DailyStats]:
        """Get user daily statistics: ``GET /v1/client/statistics/daily`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-daily-statistics
        """
        from ..api.private import get_v1_client_statistics_daily

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_client_statistics_daily.sync(
                    client=self._client,
                    start_date=start_date,
                    end_date=end_date,
                    page=page,
                    size=size,
                    include_historical_data=include_historical_data,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def daily_volume(
        self,
        *,
        start_date: str,
        end_date: str,
    ) -> builtins.list[DailyVolume]:
        """Get user daily volume: ``GET /v1/volume/user/daily`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-daily-volume
        """
        from ..api.private import get_v1_volume_user_daily

        answer = get_v1_volume_user_daily.sync(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return answer.data

    def delegate_signer(
        self,
        *,
        message: DelegateSignerBodyMessage,
        signature: str,
        user_address: str,
    ) -> DelegateSignerResponseData | Unset:
        """Delegate signer: ``POST /v1/delegate_signer``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/delegate-signer
        """
        from ..api.public import post_v1_delegate_signer
        from ..models.delegate_signer_body import DelegateSignerBody

        answer = post_v1_delegate_signer.sync(
            client=self._client,
            body=DelegateSignerBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )
        return answer.data

    def exists(
        self,
        *,
        account_id: str | Unset = UNSET,
    ) -> GetAccountDetailsResponseData:
        """Check if account exists: ``GET /v1/public/account``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-if-account-exists
        """
        from ..api.public import get_v1_public_account

        answer = get_v1_public_account.sync(
            client=self._client,
            account_id=account_id,
        )
        return answer.data

    def info(
        self,
    ) -> AccountInfo:
        """Get account information: ``GET /v1/client/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-account-information
        """
        from ..api.private import get_v1_client_info

        answer = get_v1_client_info.sync(
            client=self._client,
        )
        return answer.data

    def list_for_address(
        self,
        *,
        address: str,
        broker_id: str,
        chain_type: str | Unset = UNSET,
    ) -> GetAllAccountsResponseData:
        """Check account details of an address: ``GET /v1/get_all_accounts``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-account-details-of-an-address
        """
        from ..api.public import get_v1_get_all_accounts

        answer = get_v1_get_all_accounts.sync(
            client=self._client,
            address=address,
            broker_id=broker_id,
            chain_type=chain_type,
        )
        return answer.data

    def overview(
        self,
    ) -> AccountOverview:
        """Get account overview info: ``GET /v1/account_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-account-overview-info
        """
        from ..api.private import get_v1_account_info

        answer = get_v1_account_info.sync(
            client=self._client,
        )
        return answer.data

    def register(
        self,
        *,
        message: RegisterAccountBodyMessage,
        signature: str,
        user_address: str,
    ) -> RegisterAccountResponseData:
        """Register account: ``POST /v1/register_account``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/register-account
        """
        from ..api.public import post_v1_register_account
        from ..models.register_account_body import RegisterAccountBody

        answer = post_v1_register_account.sync(
            client=self._client,
            body=RegisterAccountBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )
        return answer.data

    def registration_nonce(
        self,
    ) -> RegistrationNonceResponseData:
        """Get registration nonce: ``GET /v1/registration_nonce``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-registration-nonce
        """
        from ..api.public import get_v1_registration_nonce

        answer = get_v1_registration_nonce.sync(
            client=self._client,
        )
        return answer.data

    def statistics(
        self,
    ) -> ClientStatisticsResponseData:
        """Get user statistics: ``GET /v1/client/statistics`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-statistics
        """
        from ..api.private import get_v1_client_statistics

        answer = get_v1_client_statistics.sync(
            client=self._client,
        )
        return answer.data

    def sub_accounts(
        self,
    ) -> SubAccountResponseData:
        """Get sub account list: ``GET /v1/client/sub_account`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-sub-account-list
        """
        from ..api.private import get_v1_client_sub_account

        answer = get_v1_client_sub_account.sync(
            client=self._client,
        )
        return answer.data

    def update_sub_account(
        self,
        *,
        sub_account_id: str,
        description: str | Unset = UNSET,
    ) -> None:
        """Update sub account: ``POST /v1/client/update_sub_account`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-sub-account
        """
        from ..api.private import post_v1_client_update_sub_account
        from ..models.post_v1_client_update_sub_account_body import (
            PostV1ClientUpdateSubAccountBody,
        )

        answer = post_v1_client_update_sub_account.sync(
            client=self._client,
            body=PostV1ClientUpdateSubAccountBody(
                sub_account_id=sub_account_id,
                description=description,
            ),
        )
        del answer  # success only: an error answer raised

    def volume_stats(
        self,
    ) -> VolumeStatsResponseData:
        """Get user volume statistics: ``GET /v1/volume/user/stats`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-volume-statistics
        """
        from ..api.private import get_v1_volume_user_stats

        answer = get_v1_volume_user_stats.sync(
            client=self._client,
        )
        return answer.data


class AsyncAccount:
    """``aclient.account``: the account operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncAccountWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncAccountWithRawResponse(self._client)

    async def add_sub_account(
        self,
        *,
        description: str | Unset = UNSET,
    ) -> AddSubAccountResponseData:
        """Add sub account: ``POST /v1/client/add_sub_account`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/add-sub-account
        """
        from ..api.private import post_v1_client_add_sub_account
        from ..models.post_v1_client_add_sub_account_body import (
            PostV1ClientAddSubAccountBody,
        )

        answer = await post_v1_client_add_sub_account.asyncio(
            client=self._client,
            body=PostV1ClientAddSubAccountBody(
                description=description,
            ),
        )
        return answer.data

    async def check_address(
        self,
        *,
        address: str,
        chain_type: str | Unset = UNSET,
    ) -> GetBrokerResponseData:
        """Check if address is registered: ``GET /v1/get_broker``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-if-address-is-registered
        """
        from ..api.public import get_v1_get_broker

        answer = await get_v1_get_broker.asyncio(
            client=self._client,
            address=address,
            chain_type=chain_type,
        )
        return answer.data

    async def check_wallet(
        self,
        *,
        address: str,
        broker_id: str,
        chain_type: str | Unset = UNSET,
    ) -> GetAccountResponseData:
        """Check if wallet is registered: ``GET /v1/get_account``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-if-wallet-is-registered
        """
        from ..api.public import get_v1_get_account

        answer = await get_v1_get_account.asyncio(
            client=self._client,
            address=address,
            broker_id=broker_id,
            chain_type=chain_type,
        )
        return answer.data

    async def daily_statistics(
        self,
        *,
        start_date: str,
        end_date: str,
        size: int | Unset = UNSET,
        include_historical_data: bool | Unset = UNSET,
    ) -> AsyncIterator[DailyStats]:
        """Get user daily statistics: ``GET /v1/client/statistics/daily`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-daily-statistics
        """
        from ..api.private import get_v1_client_statistics_daily

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_client_statistics_daily.asyncio(
                    client=self._client,
                    start_date=start_date,
                    end_date=end_date,
                    page=page,
                    size=size,
                    include_historical_data=include_historical_data,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def daily_volume(
        self,
        *,
        start_date: str,
        end_date: str,
    ) -> builtins.list[DailyVolume]:
        """Get user daily volume: ``GET /v1/volume/user/daily`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-daily-volume
        """
        from ..api.private import get_v1_volume_user_daily

        answer = await get_v1_volume_user_daily.asyncio(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return answer.data

    async def delegate_signer(
        self,
        *,
        message: DelegateSignerBodyMessage,
        signature: str,
        user_address: str,
    ) -> DelegateSignerResponseData | Unset:
        """Delegate signer: ``POST /v1/delegate_signer``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/delegate-signer
        """
        from ..api.public import post_v1_delegate_signer
        from ..models.delegate_signer_body import DelegateSignerBody

        answer = await post_v1_delegate_signer.asyncio(
            client=self._client,
            body=DelegateSignerBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )
        return answer.data

    async def exists(
        self,
        *,
        account_id: str | Unset = UNSET,
    ) -> GetAccountDetailsResponseData:
        """Check if account exists: ``GET /v1/public/account``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-if-account-exists
        """
        from ..api.public import get_v1_public_account

        answer = await get_v1_public_account.asyncio(
            client=self._client,
            account_id=account_id,
        )
        return answer.data

    async def info(
        self,
    ) -> AccountInfo:
        """Get account information: ``GET /v1/client/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-account-information
        """
        from ..api.private import get_v1_client_info

        answer = await get_v1_client_info.asyncio(
            client=self._client,
        )
        return answer.data

    async def list_for_address(
        self,
        *,
        address: str,
        broker_id: str,
        chain_type: str | Unset = UNSET,
    ) -> GetAllAccountsResponseData:
        """Check account details of an address: ``GET /v1/get_all_accounts``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-account-details-of-an-address
        """
        from ..api.public import get_v1_get_all_accounts

        answer = await get_v1_get_all_accounts.asyncio(
            client=self._client,
            address=address,
            broker_id=broker_id,
            chain_type=chain_type,
        )
        return answer.data

    async def overview(
        self,
    ) -> AccountOverview:
        """Get account overview info: ``GET /v1/account_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-account-overview-info
        """
        from ..api.private import get_v1_account_info

        answer = await get_v1_account_info.asyncio(
            client=self._client,
        )
        return answer.data

    async def register(
        self,
        *,
        message: RegisterAccountBodyMessage,
        signature: str,
        user_address: str,
    ) -> RegisterAccountResponseData:
        """Register account: ``POST /v1/register_account``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/register-account
        """
        from ..api.public import post_v1_register_account
        from ..models.register_account_body import RegisterAccountBody

        answer = await post_v1_register_account.asyncio(
            client=self._client,
            body=RegisterAccountBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )
        return answer.data

    async def registration_nonce(
        self,
    ) -> RegistrationNonceResponseData:
        """Get registration nonce: ``GET /v1/registration_nonce``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-registration-nonce
        """
        from ..api.public import get_v1_registration_nonce

        answer = await get_v1_registration_nonce.asyncio(
            client=self._client,
        )
        return answer.data

    async def statistics(
        self,
    ) -> ClientStatisticsResponseData:
        """Get user statistics: ``GET /v1/client/statistics`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-statistics
        """
        from ..api.private import get_v1_client_statistics

        answer = await get_v1_client_statistics.asyncio(
            client=self._client,
        )
        return answer.data

    async def sub_accounts(
        self,
    ) -> SubAccountResponseData:
        """Get sub account list: ``GET /v1/client/sub_account`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-sub-account-list
        """
        from ..api.private import get_v1_client_sub_account

        answer = await get_v1_client_sub_account.asyncio(
            client=self._client,
        )
        return answer.data

    async def update_sub_account(
        self,
        *,
        sub_account_id: str,
        description: str | Unset = UNSET,
    ) -> None:
        """Update sub account: ``POST /v1/client/update_sub_account`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-sub-account
        """
        from ..api.private import post_v1_client_update_sub_account
        from ..models.post_v1_client_update_sub_account_body import (
            PostV1ClientUpdateSubAccountBody,
        )

        answer = await post_v1_client_update_sub_account.asyncio(
            client=self._client,
            body=PostV1ClientUpdateSubAccountBody(
                sub_account_id=sub_account_id,
                description=description,
            ),
        )
        del answer  # success only: an error answer raised

    async def volume_stats(
        self,
    ) -> VolumeStatsResponseData:
        """Get user volume statistics: ``GET /v1/volume/user/stats`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-volume-statistics
        """
        from ..api.private import get_v1_volume_user_stats

        answer = await get_v1_volume_user_stats.asyncio(
            client=self._client,
        )
        return answer.data


class AccountWithRawResponse:
    """``client.account.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def add_sub_account(
        self,
        *,
        description: str | Unset = UNSET,
    ) -> Response[AddSubAccountResponse]:
        """Add sub account: ``POST /v1/client/add_sub_account`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/add-sub-account
        """
        from ..api.private import post_v1_client_add_sub_account
        from ..models.post_v1_client_add_sub_account_body import (
            PostV1ClientAddSubAccountBody,
        )

        return post_v1_client_add_sub_account.sync_detailed(
            client=self._client,
            body=PostV1ClientAddSubAccountBody(
                description=description,
            ),
        )

    def check_address(
        self,
        *,
        address: str,
        chain_type: str | Unset = UNSET,
    ) -> Response[GetBrokerResponse]:
        """Check if address is registered: ``GET /v1/get_broker``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-if-address-is-registered
        """
        from ..api.public import get_v1_get_broker

        return get_v1_get_broker.sync_detailed(
            client=self._client,
            address=address,
            chain_type=chain_type,
        )

    def check_wallet(
        self,
        *,
        address: str,
        broker_id: str,
        chain_type: str | Unset = UNSET,
    ) -> Response[GetAccountResponse]:
        """Check if wallet is registered: ``GET /v1/get_account``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-if-wallet-is-registered
        """
        from ..api.public import get_v1_get_account

        return get_v1_get_account.sync_detailed(
            client=self._client,
            address=address,
            broker_id=broker_id,
            chain_type=chain_type,
        )

    def daily_statistics(
        self,
        *,
        start_date: str,
        end_date: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        include_historical_data: bool | Unset = UNSET,
    ) -> Response[GetUserDailyStatsResponse]:
        """Get user daily statistics: ``GET /v1/client/statistics/daily`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-daily-statistics
        """
        from ..api.private import get_v1_client_statistics_daily

        return get_v1_client_statistics_daily.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
            include_historical_data=include_historical_data,
        )

    def daily_volume(
        self,
        *,
        start_date: str,
        end_date: str,
    ) -> Response[DailyVolumeResponse]:
        """Get user daily volume: ``GET /v1/volume/user/daily`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-daily-volume
        """
        from ..api.private import get_v1_volume_user_daily

        return get_v1_volume_user_daily.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )

    def delegate_signer(
        self,
        *,
        message: DelegateSignerBodyMessage,
        signature: str,
        user_address: str,
    ) -> Response[DelegateSignerResponse]:
        """Delegate signer: ``POST /v1/delegate_signer``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/delegate-signer
        """
        from ..api.public import post_v1_delegate_signer
        from ..models.delegate_signer_body import DelegateSignerBody

        return post_v1_delegate_signer.sync_detailed(
            client=self._client,
            body=DelegateSignerBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )

    def exists(
        self,
        *,
        account_id: str | Unset = UNSET,
    ) -> Response[GetAccountDetailsResponse]:
        """Check if account exists: ``GET /v1/public/account``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-if-account-exists
        """
        from ..api.public import get_v1_public_account

        return get_v1_public_account.sync_detailed(
            client=self._client,
            account_id=account_id,
        )

    def info(
        self,
    ) -> Response[ClientInfoResponse]:
        """Get account information: ``GET /v1/client/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-account-information
        """
        from ..api.private import get_v1_client_info

        return get_v1_client_info.sync_detailed(
            client=self._client,
        )

    def list_for_address(
        self,
        *,
        address: str,
        broker_id: str,
        chain_type: str | Unset = UNSET,
    ) -> Response[GetAllAccountsResponse]:
        """Check account details of an address: ``GET /v1/get_all_accounts``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-account-details-of-an-address
        """
        from ..api.public import get_v1_get_all_accounts

        return get_v1_get_all_accounts.sync_detailed(
            client=self._client,
            address=address,
            broker_id=broker_id,
            chain_type=chain_type,
        )

    def overview(
        self,
    ) -> Response[AccountInfoResponse]:
        """Get account overview info: ``GET /v1/account_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-account-overview-info
        """
        from ..api.private import get_v1_account_info

        return get_v1_account_info.sync_detailed(
            client=self._client,
        )

    def register(
        self,
        *,
        message: RegisterAccountBodyMessage,
        signature: str,
        user_address: str,
    ) -> Response[RegisterAccountResponse]:
        """Register account: ``POST /v1/register_account``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/register-account
        """
        from ..api.public import post_v1_register_account
        from ..models.register_account_body import RegisterAccountBody

        return post_v1_register_account.sync_detailed(
            client=self._client,
            body=RegisterAccountBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )

    def registration_nonce(
        self,
    ) -> Response[RegistrationNonceResponse]:
        """Get registration nonce: ``GET /v1/registration_nonce``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-registration-nonce
        """
        from ..api.public import get_v1_registration_nonce

        return get_v1_registration_nonce.sync_detailed(
            client=self._client,
        )

    def statistics(
        self,
    ) -> Response[ClientStatisticsResponse]:
        """Get user statistics: ``GET /v1/client/statistics`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-statistics
        """
        from ..api.private import get_v1_client_statistics

        return get_v1_client_statistics.sync_detailed(
            client=self._client,
        )

    def sub_accounts(
        self,
    ) -> Response[SubAccountResponse]:
        """Get sub account list: ``GET /v1/client/sub_account`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-sub-account-list
        """
        from ..api.private import get_v1_client_sub_account

        return get_v1_client_sub_account.sync_detailed(
            client=self._client,
        )

    def update_sub_account(
        self,
        *,
        sub_account_id: str,
        description: str | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Update sub account: ``POST /v1/client/update_sub_account`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-sub-account
        """
        from ..api.private import post_v1_client_update_sub_account
        from ..models.post_v1_client_update_sub_account_body import (
            PostV1ClientUpdateSubAccountBody,
        )

        return post_v1_client_update_sub_account.sync_detailed(
            client=self._client,
            body=PostV1ClientUpdateSubAccountBody(
                sub_account_id=sub_account_id,
                description=description,
            ),
        )

    def volume_stats(
        self,
    ) -> Response[VolumeStatsResponse]:
        """Get user volume statistics: ``GET /v1/volume/user/stats`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-volume-statistics
        """
        from ..api.private import get_v1_volume_user_stats

        return get_v1_volume_user_stats.sync_detailed(
            client=self._client,
        )


class AsyncAccountWithRawResponse:
    """``aclient.account.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def add_sub_account(
        self,
        *,
        description: str | Unset = UNSET,
    ) -> Response[AddSubAccountResponse]:
        """Add sub account: ``POST /v1/client/add_sub_account`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/add-sub-account
        """
        from ..api.private import post_v1_client_add_sub_account
        from ..models.post_v1_client_add_sub_account_body import (
            PostV1ClientAddSubAccountBody,
        )

        return await post_v1_client_add_sub_account.asyncio_detailed(
            client=self._client,
            body=PostV1ClientAddSubAccountBody(
                description=description,
            ),
        )

    async def check_address(
        self,
        *,
        address: str,
        chain_type: str | Unset = UNSET,
    ) -> Response[GetBrokerResponse]:
        """Check if address is registered: ``GET /v1/get_broker``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-if-address-is-registered
        """
        from ..api.public import get_v1_get_broker

        return await get_v1_get_broker.asyncio_detailed(
            client=self._client,
            address=address,
            chain_type=chain_type,
        )

    async def check_wallet(
        self,
        *,
        address: str,
        broker_id: str,
        chain_type: str | Unset = UNSET,
    ) -> Response[GetAccountResponse]:
        """Check if wallet is registered: ``GET /v1/get_account``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-if-wallet-is-registered
        """
        from ..api.public import get_v1_get_account

        return await get_v1_get_account.asyncio_detailed(
            client=self._client,
            address=address,
            broker_id=broker_id,
            chain_type=chain_type,
        )

    async def daily_statistics(
        self,
        *,
        start_date: str,
        end_date: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        include_historical_data: bool | Unset = UNSET,
    ) -> Response[GetUserDailyStatsResponse]:
        """Get user daily statistics: ``GET /v1/client/statistics/daily`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-daily-statistics
        """
        from ..api.private import get_v1_client_statistics_daily

        return await get_v1_client_statistics_daily.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
            include_historical_data=include_historical_data,
        )

    async def daily_volume(
        self,
        *,
        start_date: str,
        end_date: str,
    ) -> Response[DailyVolumeResponse]:
        """Get user daily volume: ``GET /v1/volume/user/daily`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-daily-volume
        """
        from ..api.private import get_v1_volume_user_daily

        return await get_v1_volume_user_daily.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )

    async def delegate_signer(
        self,
        *,
        message: DelegateSignerBodyMessage,
        signature: str,
        user_address: str,
    ) -> Response[DelegateSignerResponse]:
        """Delegate signer: ``POST /v1/delegate_signer``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/delegate-signer
        """
        from ..api.public import post_v1_delegate_signer
        from ..models.delegate_signer_body import DelegateSignerBody

        return await post_v1_delegate_signer.asyncio_detailed(
            client=self._client,
            body=DelegateSignerBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )

    async def exists(
        self,
        *,
        account_id: str | Unset = UNSET,
    ) -> Response[GetAccountDetailsResponse]:
        """Check if account exists: ``GET /v1/public/account``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-if-account-exists
        """
        from ..api.public import get_v1_public_account

        return await get_v1_public_account.asyncio_detailed(
            client=self._client,
            account_id=account_id,
        )

    async def info(
        self,
    ) -> Response[ClientInfoResponse]:
        """Get account information: ``GET /v1/client/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-account-information
        """
        from ..api.private import get_v1_client_info

        return await get_v1_client_info.asyncio_detailed(
            client=self._client,
        )

    async def list_for_address(
        self,
        *,
        address: str,
        broker_id: str,
        chain_type: str | Unset = UNSET,
    ) -> Response[GetAllAccountsResponse]:
        """Check account details of an address: ``GET /v1/get_all_accounts``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-account-details-of-an-address
        """
        from ..api.public import get_v1_get_all_accounts

        return await get_v1_get_all_accounts.asyncio_detailed(
            client=self._client,
            address=address,
            broker_id=broker_id,
            chain_type=chain_type,
        )

    async def overview(
        self,
    ) -> Response[AccountInfoResponse]:
        """Get account overview info: ``GET /v1/account_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-account-overview-info
        """
        from ..api.private import get_v1_account_info

        return await get_v1_account_info.asyncio_detailed(
            client=self._client,
        )

    async def register(
        self,
        *,
        message: RegisterAccountBodyMessage,
        signature: str,
        user_address: str,
    ) -> Response[RegisterAccountResponse]:
        """Register account: ``POST /v1/register_account``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/register-account
        """
        from ..api.public import post_v1_register_account
        from ..models.register_account_body import RegisterAccountBody

        return await post_v1_register_account.asyncio_detailed(
            client=self._client,
            body=RegisterAccountBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )

    async def registration_nonce(
        self,
    ) -> Response[RegistrationNonceResponse]:
        """Get registration nonce: ``GET /v1/registration_nonce``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-registration-nonce
        """
        from ..api.public import get_v1_registration_nonce

        return await get_v1_registration_nonce.asyncio_detailed(
            client=self._client,
        )

    async def statistics(
        self,
    ) -> Response[ClientStatisticsResponse]:
        """Get user statistics: ``GET /v1/client/statistics`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-statistics
        """
        from ..api.private import get_v1_client_statistics

        return await get_v1_client_statistics.asyncio_detailed(
            client=self._client,
        )

    async def sub_accounts(
        self,
    ) -> Response[SubAccountResponse]:
        """Get sub account list: ``GET /v1/client/sub_account`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-sub-account-list
        """
        from ..api.private import get_v1_client_sub_account

        return await get_v1_client_sub_account.asyncio_detailed(
            client=self._client,
        )

    async def update_sub_account(
        self,
        *,
        sub_account_id: str,
        description: str | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Update sub account: ``POST /v1/client/update_sub_account`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-sub-account
        """
        from ..api.private import post_v1_client_update_sub_account
        from ..models.post_v1_client_update_sub_account_body import (
            PostV1ClientUpdateSubAccountBody,
        )

        return await post_v1_client_update_sub_account.asyncio_detailed(
            client=self._client,
            body=PostV1ClientUpdateSubAccountBody(
                sub_account_id=sub_account_id,
                description=description,
            ),
        )

    async def volume_stats(
        self,
    ) -> Response[VolumeStatsResponse]:
        """Get user volume statistics: ``GET /v1/volume/user/stats`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-volume-statistics
        """
        from ..api.private import get_v1_volume_user_stats

        return await get_v1_volume_user_stats.asyncio_detailed(
            client=self._client,
        )
