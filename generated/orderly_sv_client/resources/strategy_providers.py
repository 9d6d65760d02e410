"""``client.strategy_providers``: ``claimable``, ``fee_history``, ``info``, ``transactions``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.claim_info_response import ClaimInfoResponse
    from ..models.claim_info_response_data import ClaimInfoResponseData
    from ..models.sp_fees_history_response import SpFeesHistoryResponse
    from ..models.sp_fees_history_response_data import SpFeesHistoryResponseData
    from ..models.sp_info_response import SpInfoResponse
    from ..models.sp_info_response_data import SpInfoResponseData
    from ..models.transaction_history_response import TransactionHistoryResponse
    from ..models.transaction_history_response_data import (
        TransactionHistoryResponseData,
    )
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncStrategyProviders",
    "AsyncStrategyProvidersWithRawResponse",
    "StrategyProviders",
    "StrategyProvidersWithRawResponse",
]


class StrategyProviders:
    """``client.strategy_providers``: the strategy providers operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> StrategyProvidersWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return StrategyProvidersWithRawResponse(self._client)

    def claimable(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        chain_id: str,
    ) -> ClaimInfoResponseData | Unset:
        """Get Strategy Provider Claimable Amount: ``GET /v1/public/strategy_vault/sp/claim_info``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-provider/public/sp-claim-info
        """
        from ..api.public import get_v1_public_strategy_vault_sp_claim_info

        answer = get_v1_public_strategy_vault_sp_claim_info.sync(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            chain_id=chain_id,
        )
        return answer.data

    def fee_history(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> SpFeesHistoryResponseData | Unset:
        """Get Strategy Provider Fee History: ``GET /v1/public/strategy_vault/sp/fees_history``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-provider/public/sp-fees-history
        """
        from ..api.public import get_v1_public_strategy_vault_sp_fees_history

        answer = get_v1_public_strategy_vault_sp_fees_history.sync(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            page=page,
            size=size,
        )
        return answer.data

    def info(
        self,
        *,
        vault_id: str,
        wallet_address: str,
    ) -> SpInfoResponseData | Unset:
        """Get Strategy Provider’s Info: ``GET /v1/public/strategy_vault/sp/info``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-provider/public/get-strategy-providers-info
        """
        from ..api.public import get_v1_public_strategy_vault_sp_info

        answer = get_v1_public_strategy_vault_sp_info.sync(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
        )
        return answer.data

    def transactions(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        type_: str | Unset = UNSET,
        chain_id: str | Unset = UNSET,
        source: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> TransactionHistoryResponseData | Unset:
        """Get Strategy Provider Transaction History: ``GET /v1/public/strategy_vault/sp/transaction_history``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-provider/public/sp-transaction-history
        """
        from ..api.public import get_v1_public_strategy_vault_sp_transaction_history

        answer = get_v1_public_strategy_vault_sp_transaction_history.sync(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            type_=type_,
            chain_id=chain_id,
            source=source,
            page=page,
            size=size,
        )
        return answer.data


class AsyncStrategyProviders:
    """``aclient.strategy_providers``: the strategy providers operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncStrategyProvidersWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncStrategyProvidersWithRawResponse(self._client)

    async def claimable(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        chain_id: str,
    ) -> ClaimInfoResponseData | Unset:
        """Get Strategy Provider Claimable Amount: ``GET /v1/public/strategy_vault/sp/claim_info``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-provider/public/sp-claim-info
        """
        from ..api.public import get_v1_public_strategy_vault_sp_claim_info

        answer = await get_v1_public_strategy_vault_sp_claim_info.asyncio(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            chain_id=chain_id,
        )
        return answer.data

    async def fee_history(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> SpFeesHistoryResponseData | Unset:
        """Get Strategy Provider Fee History: ``GET /v1/public/strategy_vault/sp/fees_history``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-provider/public/sp-fees-history
        """
        from ..api.public import get_v1_public_strategy_vault_sp_fees_history

        answer = await get_v1_public_strategy_vault_sp_fees_history.asyncio(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            page=page,
            size=size,
        )
        return answer.data

    async def info(
        self,
        *,
        vault_id: str,
        wallet_address: str,
    ) -> SpInfoResponseData | Unset:
        """Get Strategy Provider’s Info: ``GET /v1/public/strategy_vault/sp/info``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-provider/public/get-strategy-providers-info
        """
        from ..api.public import get_v1_public_strategy_vault_sp_info

        answer = await get_v1_public_strategy_vault_sp_info.asyncio(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
        )
        return answer.data

    async def transactions(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        type_: str | Unset = UNSET,
        chain_id: str | Unset = UNSET,
        source: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> TransactionHistoryResponseData | Unset:
        """Get Strategy Provider Transaction History: ``GET /v1/public/strategy_vault/sp/transaction_history``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-provider/public/sp-transaction-history
        """
        from ..api.public import get_v1_public_strategy_vault_sp_transaction_history

        answer = await get_v1_public_strategy_vault_sp_transaction_history.asyncio(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            type_=type_,
            chain_id=chain_id,
            source=source,
            page=page,
            size=size,
        )
        return answer.data


class StrategyProvidersWithRawResponse:
    """``client.strategy_providers.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def claimable(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        chain_id: str,
    ) -> Response[ClaimInfoResponse]:
        """Get Strategy Provider Claimable Amount: ``GET /v1/public/strategy_vault/sp/claim_info``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-provider/public/sp-claim-info
        """
        from ..api.public import get_v1_public_strategy_vault_sp_claim_info

        return get_v1_public_strategy_vault_sp_claim_info.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            chain_id=chain_id,
        )

    def fee_history(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[SpFeesHistoryResponse]:
        """Get Strategy Provider Fee History: ``GET /v1/public/strategy_vault/sp/fees_history``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-provider/public/sp-fees-history
        """
        from ..api.public import get_v1_public_strategy_vault_sp_fees_history

        return get_v1_public_strategy_vault_sp_fees_history.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            page=page,
            size=size,
        )

    def info(
        self,
        *,
        vault_id: str,
        wallet_address: str,
    ) -> Response[SpInfoResponse]:
        """Get Strategy Provider’s Info: ``GET /v1/public/strategy_vault/sp/info``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-provider/public/get-strategy-providers-info
        """
        from ..api.public import get_v1_public_strategy_vault_sp_info

        return get_v1_public_strategy_vault_sp_info.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
        )

    def transactions(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        type_: str | Unset = UNSET,
        chain_id: str | Unset = UNSET,
        source: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[TransactionHistoryResponse]:
        """Get Strategy Provider Transaction History: ``GET /v1/public/strategy_vault/sp/transaction_history``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-provider/public/sp-transaction-history
        """
        from ..api.public import get_v1_public_strategy_vault_sp_transaction_history

        return get_v1_public_strategy_vault_sp_transaction_history.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            type_=type_,
            chain_id=chain_id,
            source=source,
            page=page,
            size=size,
        )


class AsyncStrategyProvidersWithRawResponse:
    """``aclient.strategy_providers.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def claimable(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        chain_id: str,
    ) -> Response[ClaimInfoResponse]:
        """Get Strategy Provider Claimable Amount: ``GET /v1/public/strategy_vault/sp/claim_info``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-provider/public/sp-claim-info
        """
        from ..api.public import get_v1_public_strategy_vault_sp_claim_info

        return await get_v1_public_strategy_vault_sp_claim_info.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            chain_id=chain_id,
        )

    async def fee_history(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[SpFeesHistoryResponse]:
        """Get Strategy Provider Fee History: ``GET /v1/public/strategy_vault/sp/fees_history``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-provider/public/sp-fees-history
        """
        from ..api.public import get_v1_public_strategy_vault_sp_fees_history

        return await get_v1_public_strategy_vault_sp_fees_history.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            page=page,
            size=size,
        )

    async def info(
        self,
        *,
        vault_id: str,
        wallet_address: str,
    ) -> Response[SpInfoResponse]:
        """Get Strategy Provider’s Info: ``GET /v1/public/strategy_vault/sp/info``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-provider/public/get-strategy-providers-info
        """
        from ..api.public import get_v1_public_strategy_vault_sp_info

        return await get_v1_public_strategy_vault_sp_info.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
        )

    async def transactions(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        type_: str | Unset = UNSET,
        chain_id: str | Unset = UNSET,
        source: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[TransactionHistoryResponse]:
        """Get Strategy Provider Transaction History: ``GET /v1/public/strategy_vault/sp/transaction_history``.

        Docs: https://orderly.network/docs/strategy-vault/strategy-provider/public/sp-transaction-history
        """
        from ..api.public import get_v1_public_strategy_vault_sp_transaction_history

        return await get_v1_public_strategy_vault_sp_transaction_history.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            type_=type_,
            chain_id=chain_id,
            source=source,
            page=page,
            size=size,
        )
