"""``client.vaults``: ``account_transactions``, ``add_sp_key``, ``deliver_period``, ``inflow_allocation``, ``internal_transfer_history``, ``liquidation_fees_share_history``, ``nonce``, ``outflow_allocation``, ``protocol_revenue_share_history``, ``request``, ``settle_sp_pnl``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.basic_response import BasicResponse
    from ..models.get_account_strategy_vault_transaction_history import (
        GetAccountStrategyVaultTransactionHistory,
    )
    from ..models.get_account_strategy_vault_transaction_history_data import (
        GetAccountStrategyVaultTransactionHistoryData,
    )
    from ..models.internal_transfer_history_response import (
        InternalTransferHistoryResponse,
    )
    from ..models.internal_transfer_history_response_data import (
        InternalTransferHistoryResponseData,
    )
    from ..models.post_v1_sv_operation_request_body_message import (
        PostV1SvOperationRequestBodyMessage,
    )
    from ..models.post_v1_sv_sp_orderly_key_body_message import (
        PostV1SvSpOrderlyKeyBodyMessage,
    )
    from ..models.post_v1_sv_sp_settle_pnl_body_message import (
        PostV1SvSpSettlePnlBodyMessage,
    )
    from ..models.share_history_response import ShareHistoryResponse
    from ..models.share_history_response_data import ShareHistoryResponseData
    from ..models.sv_nonce_response import SvNonceResponse
    from ..models.sv_nonce_response_data import SvNonceResponseData
    from ..models.venue_transfer_history_response import VenueTransferHistoryResponse
    from ..models.venue_transfer_history_response_data import (
        VenueTransferHistoryResponseData,
    )
    from ..models.venue_withdrawal_history_response import (
        VenueWithdrawalHistoryResponse,
    )
    from ..models.venue_withdrawal_history_response_data import (
        VenueWithdrawalHistoryResponseData,
    )
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncVaults", "AsyncVaultsWithRawResponse", "Vaults", "VaultsWithRawResponse"]


class Vaults:
    """``client.vaults``: the vaults operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> VaultsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return VaultsWithRawResponse(self._client)

    def account_transactions(
        self,
        *,
        vault_id: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> GetAccountStrategyVaultTransactionHistoryData:
        """Get account’s strategy vault transaction history: ``GET /v1/account_sv_transaction_history`` (signed)."""
        from ..api.public import get_v1_account_sv_transaction_history

        answer = get_v1_account_sv_transaction_history.sync(
            client=self._client,
            vault_id=vault_id,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            type_=type_,
            status=status,
        )
        return answer.data

    def add_sp_key(
        self,
        *,
        message: PostV1SvSpOrderlyKeyBodyMessage | Unset = UNSET,
        signature: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> None:
        """Add SP Orderly key: ``POST /v1/sv/sp_orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/add-sp-orderly-key
        """
        from ..api.private import post_v1_sv_sp_orderly_key
        from ..models.post_v1_sv_sp_orderly_key_body import PostV1SvSpOrderlyKeyBody

        answer = post_v1_sv_sp_orderly_key.sync(
            client=self._client,
            body=PostV1SvSpOrderlyKeyBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )
        del answer  # success only: an error answer raised

    def deliver_period(
        self,
        *,
        plan_id: str,
    ) -> None:
        """Trigger manual period delivery: ``POST /v1/sv/manual_period_delivery`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/trigger-manual-period-delivery
        """
        from ..api.private import post_v1_sv_manual_period_delivery
        from ..models.post_v1_sv_manual_period_delivery_body import (
            PostV1SvManualPeriodDeliveryBody,
        )

        answer = post_v1_sv_manual_period_delivery.sync(
            client=self._client,
            body=PostV1SvManualPeriodDeliveryBody(
                plan_id=plan_id,
            ),
        )
        del answer  # success only: an error answer raised

    def inflow_allocation(
        self,
        *,
        period_number: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> VenueTransferHistoryResponseData | Unset:
        """Get fund inflow allocation: ``GET /v1/sv/venue_transfer_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-fund-inflow-allocation
        """
        from ..api.public import get_v1_sv_venue_transfer_history

        answer = get_v1_sv_venue_transfer_history.sync(
            client=self._client,
            period_number=period_number,
            page=page,
            size=size,
        )
        return answer.data

    def internal_transfer_history(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> InternalTransferHistoryResponseData | Unset:
        """Get internal transfer history: ``GET /v1/sv/internal_transfer_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-internal-transfer-history
        """
        from ..api.public import get_v1_sv_internal_transfer_history

        answer = get_v1_sv_internal_transfer_history.sync(
            client=self._client,
            page=page,
            size=size,
        )
        return answer.data

    def liquidation_fees_share_history(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> ShareHistoryResponseData | Unset:
        """Get liquidation fees sharing history: ``GET /v1/sv/liquidation_fees_share_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-liquidation-fees-sharing-history
        """
        from ..api.public import get_v1_sv_liquidation_fees_share_history

        answer = get_v1_sv_liquidation_fees_share_history.sync(
            client=self._client,
            page=page,
            size=size,
        )
        return answer.data

    def nonce(
        self,
    ) -> SvNonceResponseData:
        """Get strategy vault nonce for account transaction: ``GET /v1/public/sv_nonce``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-strategy-vault-nonce-for-account-transaction
        """
        from ..api.public import get_v1_public_sv_nonce

        answer = get_v1_public_sv_nonce.sync(
            client=self._client,
        )
        return answer.data

    def outflow_allocation(
        self,
        *,
        period_number: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> VenueWithdrawalHistoryResponseData | Unset:
        """Get fund outflow allocation: ``GET /v1/sv/venue_withdrawal_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-fund-outflow-allocation
        """
        from ..api.public import get_v1_sv_venue_withdrawal_history

        answer = get_v1_sv_venue_withdrawal_history.sync(
            client=self._client,
            period_number=period_number,
            page=page,
            size=size,
        )
        return answer.data

    def protocol_revenue_share_history(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> ShareHistoryResponseData | Unset:
        """Get Orderly protocol revenue sharing history: ``GET /v1/sv/protocol_revenue_share_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-orderly-protocol-revenue-sharing-history
        """
        from ..api.public import get_v1_sv_protocol_revenue_share_history

        answer = get_v1_sv_protocol_revenue_share_history.sync(
            client=self._client,
            page=page,
            size=size,
        )
        return answer.data

    def request(
        self,
        *,
        message: PostV1SvOperationRequestBodyMessage | Unset = UNSET,
        signature: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        verifying_contract: str | Unset = UNSET,
    ) -> None:
        """Create strategy vault deposit/withdrawal request with account: ``POST /v1/sv_operation_request``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/create-strategy-vault-depositwithdrawal-request-with-account
        """
        from ..api.public import post_v1_sv_operation_request
        from ..models.post_v1_sv_operation_request_body import (
            PostV1SvOperationRequestBody,
        )

        answer = post_v1_sv_operation_request.sync(
            client=self._client,
            body=PostV1SvOperationRequestBody(
                message=message,
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
            ),
        )
        del answer  # success only: an error answer raised

    def settle_sp_pnl(
        self,
        *,
        message: PostV1SvSpSettlePnlBodyMessage | Unset = UNSET,
        signature: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        verifying_contract: str | Unset = UNSET,
    ) -> None:
        """Request SP PnL settlement: ``POST /v1/sv/sp_settle_pnl``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/request-sp-pnl-settlement
        """
        from ..api.private import post_v1_sv_sp_settle_pnl
        from ..models.post_v1_sv_sp_settle_pnl_body import PostV1SvSpSettlePnlBody

        answer = post_v1_sv_sp_settle_pnl.sync(
            client=self._client,
            body=PostV1SvSpSettlePnlBody(
                message=message,
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
            ),
        )
        del answer  # success only: an error answer raised


class AsyncVaults:
    """``aclient.vaults``: the vaults operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncVaultsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncVaultsWithRawResponse(self._client)

    async def account_transactions(
        self,
        *,
        vault_id: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> GetAccountStrategyVaultTransactionHistoryData:
        """Get account’s strategy vault transaction history: ``GET /v1/account_sv_transaction_history`` (signed)."""
        from ..api.public import get_v1_account_sv_transaction_history

        answer = await get_v1_account_sv_transaction_history.asyncio(
            client=self._client,
            vault_id=vault_id,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            type_=type_,
            status=status,
        )
        return answer.data

    async def add_sp_key(
        self,
        *,
        message: PostV1SvSpOrderlyKeyBodyMessage | Unset = UNSET,
        signature: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> None:
        """Add SP Orderly key: ``POST /v1/sv/sp_orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/add-sp-orderly-key
        """
        from ..api.private import post_v1_sv_sp_orderly_key
        from ..models.post_v1_sv_sp_orderly_key_body import PostV1SvSpOrderlyKeyBody

        answer = await post_v1_sv_sp_orderly_key.asyncio(
            client=self._client,
            body=PostV1SvSpOrderlyKeyBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )
        del answer  # success only: an error answer raised

    async def deliver_period(
        self,
        *,
        plan_id: str,
    ) -> None:
        """Trigger manual period delivery: ``POST /v1/sv/manual_period_delivery`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/trigger-manual-period-delivery
        """
        from ..api.private import post_v1_sv_manual_period_delivery
        from ..models.post_v1_sv_manual_period_delivery_body import (
            PostV1SvManualPeriodDeliveryBody,
        )

        answer = await post_v1_sv_manual_period_delivery.asyncio(
            client=self._client,
            body=PostV1SvManualPeriodDeliveryBody(
                plan_id=plan_id,
            ),
        )
        del answer  # success only: an error answer raised

    async def inflow_allocation(
        self,
        *,
        period_number: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> VenueTransferHistoryResponseData | Unset:
        """Get fund inflow allocation: ``GET /v1/sv/venue_transfer_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-fund-inflow-allocation
        """
        from ..api.public import get_v1_sv_venue_transfer_history

        answer = await get_v1_sv_venue_transfer_history.asyncio(
            client=self._client,
            period_number=period_number,
            page=page,
            size=size,
        )
        return answer.data

    async def internal_transfer_history(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> InternalTransferHistoryResponseData | Unset:
        """Get internal transfer history: ``GET /v1/sv/internal_transfer_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-internal-transfer-history
        """
        from ..api.public import get_v1_sv_internal_transfer_history

        answer = await get_v1_sv_internal_transfer_history.asyncio(
            client=self._client,
            page=page,
            size=size,
        )
        return answer.data

    async def liquidation_fees_share_history(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> ShareHistoryResponseData | Unset:
        """Get liquidation fees sharing history: ``GET /v1/sv/liquidation_fees_share_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-liquidation-fees-sharing-history
        """
        from ..api.public import get_v1_sv_liquidation_fees_share_history

        answer = await get_v1_sv_liquidation_fees_share_history.asyncio(
            client=self._client,
            page=page,
            size=size,
        )
        return answer.data

    async def nonce(
        self,
    ) -> SvNonceResponseData:
        """Get strategy vault nonce for account transaction: ``GET /v1/public/sv_nonce``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-strategy-vault-nonce-for-account-transaction
        """
        from ..api.public import get_v1_public_sv_nonce

        answer = await get_v1_public_sv_nonce.asyncio(
            client=self._client,
        )
        return answer.data

    async def outflow_allocation(
        self,
        *,
        period_number: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> VenueWithdrawalHistoryResponseData | Unset:
        """Get fund outflow allocation: ``GET /v1/sv/venue_withdrawal_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-fund-outflow-allocation
        """
        from ..api.public import get_v1_sv_venue_withdrawal_history

        answer = await get_v1_sv_venue_withdrawal_history.asyncio(
            client=self._client,
            period_number=period_number,
            page=page,
            size=size,
        )
        return answer.data

    async def protocol_revenue_share_history(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> ShareHistoryResponseData | Unset:
        """Get Orderly protocol revenue sharing history: ``GET /v1/sv/protocol_revenue_share_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-orderly-protocol-revenue-sharing-history
        """
        from ..api.public import get_v1_sv_protocol_revenue_share_history

        answer = await get_v1_sv_protocol_revenue_share_history.asyncio(
            client=self._client,
            page=page,
            size=size,
        )
        return answer.data

    async def request(
        self,
        *,
        message: PostV1SvOperationRequestBodyMessage | Unset = UNSET,
        signature: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        verifying_contract: str | Unset = UNSET,
    ) -> None:
        """Create strategy vault deposit/withdrawal request with account: ``POST /v1/sv_operation_request``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/create-strategy-vault-depositwithdrawal-request-with-account
        """
        from ..api.public import post_v1_sv_operation_request
        from ..models.post_v1_sv_operation_request_body import (
            PostV1SvOperationRequestBody,
        )

        answer = await post_v1_sv_operation_request.asyncio(
            client=self._client,
            body=PostV1SvOperationRequestBody(
                message=message,
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
            ),
        )
        del answer  # success only: an error answer raised

    async def settle_sp_pnl(
        self,
        *,
        message: PostV1SvSpSettlePnlBodyMessage | Unset = UNSET,
        signature: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        verifying_contract: str | Unset = UNSET,
    ) -> None:
        """Request SP PnL settlement: ``POST /v1/sv/sp_settle_pnl``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/request-sp-pnl-settlement
        """
        from ..api.private import post_v1_sv_sp_settle_pnl
        from ..models.post_v1_sv_sp_settle_pnl_body import PostV1SvSpSettlePnlBody

        answer = await post_v1_sv_sp_settle_pnl.asyncio(
            client=self._client,
            body=PostV1SvSpSettlePnlBody(
                message=message,
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
            ),
        )
        del answer  # success only: an error answer raised


class VaultsWithRawResponse:
    """``client.vaults.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def account_transactions(
        self,
        *,
        vault_id: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> Response[GetAccountStrategyVaultTransactionHistory]:
        """Get account’s strategy vault transaction history: ``GET /v1/account_sv_transaction_history`` (signed)."""
        from ..api.public import get_v1_account_sv_transaction_history

        return get_v1_account_sv_transaction_history.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            type_=type_,
            status=status,
        )

    def add_sp_key(
        self,
        *,
        message: PostV1SvSpOrderlyKeyBodyMessage | Unset = UNSET,
        signature: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Add SP Orderly key: ``POST /v1/sv/sp_orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/add-sp-orderly-key
        """
        from ..api.private import post_v1_sv_sp_orderly_key
        from ..models.post_v1_sv_sp_orderly_key_body import PostV1SvSpOrderlyKeyBody

        return post_v1_sv_sp_orderly_key.sync_detailed(
            client=self._client,
            body=PostV1SvSpOrderlyKeyBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )

    def deliver_period(
        self,
        *,
        plan_id: str,
    ) -> Response[BasicResponse]:
        """Trigger manual period delivery: ``POST /v1/sv/manual_period_delivery`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/trigger-manual-period-delivery
        """
        from ..api.private import post_v1_sv_manual_period_delivery
        from ..models.post_v1_sv_manual_period_delivery_body import (
            PostV1SvManualPeriodDeliveryBody,
        )

        return post_v1_sv_manual_period_delivery.sync_detailed(
            client=self._client,
            body=PostV1SvManualPeriodDeliveryBody(
                plan_id=plan_id,
            ),
        )

    def inflow_allocation(
        self,
        *,
        period_number: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[VenueTransferHistoryResponse]:
        """Get fund inflow allocation: ``GET /v1/sv/venue_transfer_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-fund-inflow-allocation
        """
        from ..api.public import get_v1_sv_venue_transfer_history

        return get_v1_sv_venue_transfer_history.sync_detailed(
            client=self._client,
            period_number=period_number,
            page=page,
            size=size,
        )

    def internal_transfer_history(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[InternalTransferHistoryResponse]:
        """Get internal transfer history: ``GET /v1/sv/internal_transfer_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-internal-transfer-history
        """
        from ..api.public import get_v1_sv_internal_transfer_history

        return get_v1_sv_internal_transfer_history.sync_detailed(
            client=self._client,
            page=page,
            size=size,
        )

    def liquidation_fees_share_history(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[ShareHistoryResponse]:
        """Get liquidation fees sharing history: ``GET /v1/sv/liquidation_fees_share_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-liquidation-fees-sharing-history
        """
        from ..api.public import get_v1_sv_liquidation_fees_share_history

        return get_v1_sv_liquidation_fees_share_history.sync_detailed(
            client=self._client,
            page=page,
            size=size,
        )

    def nonce(
        self,
    ) -> Response[SvNonceResponse]:
        """Get strategy vault nonce for account transaction: ``GET /v1/public/sv_nonce``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-strategy-vault-nonce-for-account-transaction
        """
        from ..api.public import get_v1_public_sv_nonce

        return get_v1_public_sv_nonce.sync_detailed(
            client=self._client,
        )

    def outflow_allocation(
        self,
        *,
        period_number: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[VenueWithdrawalHistoryResponse]:
        """Get fund outflow allocation: ``GET /v1/sv/venue_withdrawal_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-fund-outflow-allocation
        """
        from ..api.public import get_v1_sv_venue_withdrawal_history

        return get_v1_sv_venue_withdrawal_history.sync_detailed(
            client=self._client,
            period_number=period_number,
            page=page,
            size=size,
        )

    def protocol_revenue_share_history(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[ShareHistoryResponse]:
        """Get Orderly protocol revenue sharing history: ``GET /v1/sv/protocol_revenue_share_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-orderly-protocol-revenue-sharing-history
        """
        from ..api.public import get_v1_sv_protocol_revenue_share_history

        return get_v1_sv_protocol_revenue_share_history.sync_detailed(
            client=self._client,
            page=page,
            size=size,
        )

    def request(
        self,
        *,
        message: PostV1SvOperationRequestBodyMessage | Unset = UNSET,
        signature: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        verifying_contract: str | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Create strategy vault deposit/withdrawal request with account: ``POST /v1/sv_operation_request``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/create-strategy-vault-depositwithdrawal-request-with-account
        """
        from ..api.public import post_v1_sv_operation_request
        from ..models.post_v1_sv_operation_request_body import (
            PostV1SvOperationRequestBody,
        )

        return post_v1_sv_operation_request.sync_detailed(
            client=self._client,
            body=PostV1SvOperationRequestBody(
                message=message,
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
            ),
        )

    def settle_sp_pnl(
        self,
        *,
        message: PostV1SvSpSettlePnlBodyMessage | Unset = UNSET,
        signature: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        verifying_contract: str | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Request SP PnL settlement: ``POST /v1/sv/sp_settle_pnl``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/request-sp-pnl-settlement
        """
        from ..api.private import post_v1_sv_sp_settle_pnl
        from ..models.post_v1_sv_sp_settle_pnl_body import PostV1SvSpSettlePnlBody

        return post_v1_sv_sp_settle_pnl.sync_detailed(
            client=self._client,
            body=PostV1SvSpSettlePnlBody(
                message=message,
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
            ),
        )


class AsyncVaultsWithRawResponse:
    """``aclient.vaults.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def account_transactions(
        self,
        *,
        vault_id: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> Response[GetAccountStrategyVaultTransactionHistory]:
        """Get account’s strategy vault transaction history: ``GET /v1/account_sv_transaction_history`` (signed)."""
        from ..api.public import get_v1_account_sv_transaction_history

        return await get_v1_account_sv_transaction_history.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            type_=type_,
            status=status,
        )

    async def add_sp_key(
        self,
        *,
        message: PostV1SvSpOrderlyKeyBodyMessage | Unset = UNSET,
        signature: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Add SP Orderly key: ``POST /v1/sv/sp_orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/add-sp-orderly-key
        """
        from ..api.private import post_v1_sv_sp_orderly_key
        from ..models.post_v1_sv_sp_orderly_key_body import PostV1SvSpOrderlyKeyBody

        return await post_v1_sv_sp_orderly_key.asyncio_detailed(
            client=self._client,
            body=PostV1SvSpOrderlyKeyBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )

    async def deliver_period(
        self,
        *,
        plan_id: str,
    ) -> Response[BasicResponse]:
        """Trigger manual period delivery: ``POST /v1/sv/manual_period_delivery`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/trigger-manual-period-delivery
        """
        from ..api.private import post_v1_sv_manual_period_delivery
        from ..models.post_v1_sv_manual_period_delivery_body import (
            PostV1SvManualPeriodDeliveryBody,
        )

        return await post_v1_sv_manual_period_delivery.asyncio_detailed(
            client=self._client,
            body=PostV1SvManualPeriodDeliveryBody(
                plan_id=plan_id,
            ),
        )

    async def inflow_allocation(
        self,
        *,
        period_number: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[VenueTransferHistoryResponse]:
        """Get fund inflow allocation: ``GET /v1/sv/venue_transfer_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-fund-inflow-allocation
        """
        from ..api.public import get_v1_sv_venue_transfer_history

        return await get_v1_sv_venue_transfer_history.asyncio_detailed(
            client=self._client,
            period_number=period_number,
            page=page,
            size=size,
        )

    async def internal_transfer_history(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[InternalTransferHistoryResponse]:
        """Get internal transfer history: ``GET /v1/sv/internal_transfer_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-internal-transfer-history
        """
        from ..api.public import get_v1_sv_internal_transfer_history

        return await get_v1_sv_internal_transfer_history.asyncio_detailed(
            client=self._client,
            page=page,
            size=size,
        )

    async def liquidation_fees_share_history(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[ShareHistoryResponse]:
        """Get liquidation fees sharing history: ``GET /v1/sv/liquidation_fees_share_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-liquidation-fees-sharing-history
        """
        from ..api.public import get_v1_sv_liquidation_fees_share_history

        return await get_v1_sv_liquidation_fees_share_history.asyncio_detailed(
            client=self._client,
            page=page,
            size=size,
        )

    async def nonce(
        self,
    ) -> Response[SvNonceResponse]:
        """Get strategy vault nonce for account transaction: ``GET /v1/public/sv_nonce``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-strategy-vault-nonce-for-account-transaction
        """
        from ..api.public import get_v1_public_sv_nonce

        return await get_v1_public_sv_nonce.asyncio_detailed(
            client=self._client,
        )

    async def outflow_allocation(
        self,
        *,
        period_number: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[VenueWithdrawalHistoryResponse]:
        """Get fund outflow allocation: ``GET /v1/sv/venue_withdrawal_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-fund-outflow-allocation
        """
        from ..api.public import get_v1_sv_venue_withdrawal_history

        return await get_v1_sv_venue_withdrawal_history.asyncio_detailed(
            client=self._client,
            period_number=period_number,
            page=page,
            size=size,
        )

    async def protocol_revenue_share_history(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[ShareHistoryResponse]:
        """Get Orderly protocol revenue sharing history: ``GET /v1/sv/protocol_revenue_share_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-orderly-protocol-revenue-sharing-history
        """
        from ..api.public import get_v1_sv_protocol_revenue_share_history

        return await get_v1_sv_protocol_revenue_share_history.asyncio_detailed(
            client=self._client,
            page=page,
            size=size,
        )

    async def request(
        self,
        *,
        message: PostV1SvOperationRequestBodyMessage | Unset = UNSET,
        signature: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        verifying_contract: str | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Create strategy vault deposit/withdrawal request with account: ``POST /v1/sv_operation_request``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/create-strategy-vault-depositwithdrawal-request-with-account
        """
        from ..api.public import post_v1_sv_operation_request
        from ..models.post_v1_sv_operation_request_body import (
            PostV1SvOperationRequestBody,
        )

        return await post_v1_sv_operation_request.asyncio_detailed(
            client=self._client,
            body=PostV1SvOperationRequestBody(
                message=message,
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
            ),
        )

    async def settle_sp_pnl(
        self,
        *,
        message: PostV1SvSpSettlePnlBodyMessage | Unset = UNSET,
        signature: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        verifying_contract: str | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Request SP PnL settlement: ``POST /v1/sv/sp_settle_pnl``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/request-sp-pnl-settlement
        """
        from ..api.private import post_v1_sv_sp_settle_pnl
        from ..models.post_v1_sv_sp_settle_pnl_body import PostV1SvSpSettlePnlBody

        return await post_v1_sv_sp_settle_pnl.asyncio_detailed(
            client=self._client,
            body=PostV1SvSpSettlePnlBody(
                message=message,
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
            ),
        )
