"""``client.funds``: ``info``, ``pending_requests``, ``periods``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.fund_info_response import FundInfoResponse
    from ..models.fund_info_response_data import FundInfoResponseData
    from ..models.pending_transactions_response import PendingTransactionsResponse
    from ..models.pending_transactions_response_data import (
        PendingTransactionsResponseData,
    )
    from ..models.period_info_response import PeriodInfoResponse
    from ..models.period_info_response_data import PeriodInfoResponseData
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncFunds", "AsyncFundsWithRawResponse", "Funds", "FundsWithRawResponse"]


class Funds:
    """``client.funds``: the funds operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> FundsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return FundsWithRawResponse(self._client)

    def info(
        self,
        *,
        vault_id: str,
        wallet_address: str,
    ) -> FundInfoResponseData | Unset:
        """Get Strategy Fund Details: ``GET /v1/public/strategy_vault/fund/info``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-strategy-fund-details
        """
        from ..api.public import get_v1_public_strategy_vault_fund_info

        answer = get_v1_public_strategy_vault_fund_info.sync(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
        )
        return answer.data

    def pending_requests(
        self,
        *,
        vault_id: str,
        wallet_address: str,
    ) -> PendingTransactionsResponseData | Unset:
        """Get Preview Users Pending Requests: ``GET /v1/public/strategy_vault/fund/pending_transactions``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-preview-users-pending-requests
        """
        from ..api.public import get_v1_public_strategy_vault_fund_pending_transactions

        answer = get_v1_public_strategy_vault_fund_pending_transactions.sync(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
        )
        return answer.data

    def periods(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        period_number: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> PeriodInfoResponseData | Unset:
        """Get Period History and Fund Period Instructions: ``GET /v1/public/strategy_vault/fund/period_info``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-period-history-and-fund-period-instructions
        """
        from ..api.public import get_v1_public_strategy_vault_fund_period_info

        answer = get_v1_public_strategy_vault_fund_period_info.sync(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            period_number=period_number,
            page=page,
            size=size,
        )
        return answer.data


class AsyncFunds:
    """``aclient.funds``: the funds operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncFundsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncFundsWithRawResponse(self._client)

    async def info(
        self,
        *,
        vault_id: str,
        wallet_address: str,
    ) -> FundInfoResponseData | Unset:
        """Get Strategy Fund Details: ``GET /v1/public/strategy_vault/fund/info``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-strategy-fund-details
        """
        from ..api.public import get_v1_public_strategy_vault_fund_info

        answer = await get_v1_public_strategy_vault_fund_info.asyncio(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
        )
        return answer.data

    async def pending_requests(
        self,
        *,
        vault_id: str,
        wallet_address: str,
    ) -> PendingTransactionsResponseData | Unset:
        """Get Preview Users Pending Requests: ``GET /v1/public/strategy_vault/fund/pending_transactions``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-preview-users-pending-requests
        """
        from ..api.public import get_v1_public_strategy_vault_fund_pending_transactions

        answer = await get_v1_public_strategy_vault_fund_pending_transactions.asyncio(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
        )
        return answer.data

    async def periods(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        period_number: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> PeriodInfoResponseData | Unset:
        """Get Period History and Fund Period Instructions: ``GET /v1/public/strategy_vault/fund/period_info``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-period-history-and-fund-period-instructions
        """
        from ..api.public import get_v1_public_strategy_vault_fund_period_info

        answer = await get_v1_public_strategy_vault_fund_period_info.asyncio(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            period_number=period_number,
            page=page,
            size=size,
        )
        return answer.data


class FundsWithRawResponse:
    """``client.funds.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def info(
        self,
        *,
        vault_id: str,
        wallet_address: str,
    ) -> Response[FundInfoResponse]:
        """Get Strategy Fund Details: ``GET /v1/public/strategy_vault/fund/info``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-strategy-fund-details
        """
        from ..api.public import get_v1_public_strategy_vault_fund_info

        return get_v1_public_strategy_vault_fund_info.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
        )

    def pending_requests(
        self,
        *,
        vault_id: str,
        wallet_address: str,
    ) -> Response[PendingTransactionsResponse]:
        """Get Preview Users Pending Requests: ``GET /v1/public/strategy_vault/fund/pending_transactions``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-preview-users-pending-requests
        """
        from ..api.public import get_v1_public_strategy_vault_fund_pending_transactions

        return get_v1_public_strategy_vault_fund_pending_transactions.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
        )

    def periods(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        period_number: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[PeriodInfoResponse]:
        """Get Period History and Fund Period Instructions: ``GET /v1/public/strategy_vault/fund/period_info``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-period-history-and-fund-period-instructions
        """
        from ..api.public import get_v1_public_strategy_vault_fund_period_info

        return get_v1_public_strategy_vault_fund_period_info.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            period_number=period_number,
            page=page,
            size=size,
        )


class AsyncFundsWithRawResponse:
    """``aclient.funds.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def info(
        self,
        *,
        vault_id: str,
        wallet_address: str,
    ) -> Response[FundInfoResponse]:
        """Get Strategy Fund Details: ``GET /v1/public/strategy_vault/fund/info``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-strategy-fund-details
        """
        from ..api.public import get_v1_public_strategy_vault_fund_info

        return await get_v1_public_strategy_vault_fund_info.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
        )

    async def pending_requests(
        self,
        *,
        vault_id: str,
        wallet_address: str,
    ) -> Response[PendingTransactionsResponse]:
        """Get Preview Users Pending Requests: ``GET /v1/public/strategy_vault/fund/pending_transactions``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-preview-users-pending-requests
        """
        from ..api.public import get_v1_public_strategy_vault_fund_pending_transactions

        return await get_v1_public_strategy_vault_fund_pending_transactions.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
        )

    async def periods(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        period_number: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[PeriodInfoResponse]:
        """Get Period History and Fund Period Instructions: ``GET /v1/public/strategy_vault/fund/period_info``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-period-history-and-fund-period-instructions
        """
        from ..api.public import get_v1_public_strategy_vault_fund_period_info

        return await get_v1_public_strategy_vault_fund_period_info.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            period_number=period_number,
            page=page,
            size=size,
        )
