"""``client.users``: ``overall``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import Response, Unset

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.user_overall_info_response import UserOverallInfoResponse
    from ..models.user_overall_info_response_data import UserOverallInfoResponseData
    from ..types import Unset

    pass

__all__ = ["AsyncUsers", "AsyncUsersWithRawResponse", "Users", "UsersWithRawResponse"]


class Users:
    """``client.users``: the users operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return UsersWithRawResponse(self._client)

    def overall(
        self,
        *,
        wallet_address: str,
    ) -> UserOverallInfoResponseData | Unset:
        """Get User Overall Statistics across Strategy Vaults: ``GET /v1/public/strategy_vault/user/overall_info``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/user-overall-statistics
        """
        from ..api.public import get_v1_public_strategy_vault_user_overall_info

        answer = get_v1_public_strategy_vault_user_overall_info.sync(
            client=self._client,
            wallet_address=wallet_address,
        )
        return answer.data


class AsyncUsers:
    """``aclient.users``: the users operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncUsersWithRawResponse(self._client)

    async def overall(
        self,
        *,
        wallet_address: str,
    ) -> UserOverallInfoResponseData | Unset:
        """Get User Overall Statistics across Strategy Vaults: ``GET /v1/public/strategy_vault/user/overall_info``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/user-overall-statistics
        """
        from ..api.public import get_v1_public_strategy_vault_user_overall_info

        answer = await get_v1_public_strategy_vault_user_overall_info.asyncio(
            client=self._client,
            wallet_address=wallet_address,
        )
        return answer.data


class UsersWithRawResponse:
    """``client.users.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def overall(
        self,
        *,
        wallet_address: str,
    ) -> Response[UserOverallInfoResponse]:
        """Get User Overall Statistics across Strategy Vaults: ``GET /v1/public/strategy_vault/user/overall_info``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/user-overall-statistics
        """
        from ..api.public import get_v1_public_strategy_vault_user_overall_info

        return get_v1_public_strategy_vault_user_overall_info.sync_detailed(
            client=self._client,
            wallet_address=wallet_address,
        )


class AsyncUsersWithRawResponse:
    """``aclient.users.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def overall(
        self,
        *,
        wallet_address: str,
    ) -> Response[UserOverallInfoResponse]:
        """Get User Overall Statistics across Strategy Vaults: ``GET /v1/public/strategy_vault/user/overall_info``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/user-overall-statistics
        """
        from ..api.public import get_v1_public_strategy_vault_user_overall_info

        return await get_v1_public_strategy_vault_user_overall_info.asyncio_detailed(
            client=self._client,
            wallet_address=wallet_address,
        )
