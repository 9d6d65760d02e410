"""``client.assets``: ``aggregate_holdings``, ``delegate_settle_pnl``, ``delegate_withdraw``, ``history``, ``holdings``, ``receiver_address``, ``receiver_events``, ``settle_nonce``, ``settle_pnl``, ``settle_sub_account_pnl``, ``settlement_history``, ``testnet_faucet``, ``transfer``, ``transfer_history``, ``transfer_nonce``, ``transfer_with_wallet``, ``withdraw``, ``withdraw_nonce``."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Response, Unset, next_page

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.aggregate_holding_response import AggregateHoldingResponse
    from ..models.aggregate_holding_response_data import AggregateHoldingResponseData
    from ..models.asset_history_record import AssetHistoryRecord
    from ..models.asset_history_response import AssetHistoryResponse
    from ..models.basic_response import BasicResponse
    from ..models.client_holding_response import ClientHoldingResponse
    from ..models.client_holding_response_data import ClientHoldingResponseData
    from ..models.create_internal_transfer_request_receiver_list_item import (
        CreateInternalTransferRequestReceiverListItem,
    )
    from ..models.create_internal_transfer_v1_response import (
        CreateInternalTransferV1Response,
    )
    from ..models.create_internal_transfer_v1_response_data import (
        CreateInternalTransferV1ResponseData,
    )
    from ..models.create_internal_transfer_v2_request_message import (
        CreateInternalTransferV2RequestMessage,
    )
    from ..models.create_internal_transfer_v2_response import (
        CreateInternalTransferV2Response,
    )
    from ..models.create_internal_transfer_v2_response_data import (
        CreateInternalTransferV2ResponseData,
    )
    from ..models.delegate_settle_pnl_body_message import DelegateSettlePnlBodyMessage
    from ..models.delegate_withdraw_request_body_message import (
        DelegateWithdrawRequestBodyMessage,
    )
    from ..models.get_internal_transfer_history_response import (
        GetInternalTransferHistoryResponse,
    )
    from ..models.get_transfer_nonce_response import GetTransferNonceResponse
    from ..models.get_transfer_nonce_response_data import GetTransferNonceResponseData
    from ..models.internal_transfer import InternalTransfer
    from ..models.pnl_settlement import PnlSettlement
    from ..models.pnl_settlement_history_response import PnlSettlementHistoryResponse
    from ..models.receiver_address_response import ReceiverAddressResponse
    from ..models.receiver_address_response_data import ReceiverAddressResponseData
    from ..models.receiver_events_response import ReceiverEventsResponse
    from ..models.receiver_events_response_data import ReceiverEventsResponseData
    from ..models.settle_nonce_response import SettleNonceResponse
    from ..models.settle_nonce_response_data import SettleNonceResponseData
    from ..models.settle_pnl_body_message import SettlePnlBodyMessage
    from ..models.settle_pnl_response import SettlePnlResponse
    from ..models.settle_pnl_response_data import SettlePnlResponseData
    from ..models.withdraw_nonce_reponse import WithdrawNonceReponse
    from ..models.withdraw_nonce_reponse_data import WithdrawNonceReponseData
    from ..models.withdraw_request_body_message import WithdrawRequestBodyMessage
    from ..models.withdraw_response import WithdrawResponse
    from ..models.withdraw_response_data import WithdrawResponseData
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncAssets", "AsyncAssetsWithRawResponse", "Assets", "AssetsWithRawResponse"]


class Assets:
    """``client.assets``: the assets operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AssetsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AssetsWithRawResponse(self._client)

    def aggregate_holdings(
        self,
    ) -> AggregateHoldingResponseData | Unset:
        """Get aggregate holding: ``GET /v1/client/aggregate/holding`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-aggregate-holding
        """
        from ..api.private import get_v1_client_aggregate_holding

        answer = get_v1_client_aggregate_holding.sync(
            client=self._client,
        )
        return answer.data

    def delegate_settle_pnl(
        self,
        *,
        signature: str,
        user_address: str,
        verifying_contract: str,
        message: DelegateSettlePnlBodyMessage,
    ) -> SettlePnlResponseData:
        """Delegate signer settle PnL: ``POST /v1/delegate_settle_pnl`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/delegate-signer-settle-pnl
        """
        from ..api.private import post_v1_delegate_settle_pnl
        from ..models.delegate_settle_pnl_body import DelegateSettlePnlBody

        answer = post_v1_delegate_settle_pnl.sync(
            client=self._client,
            body=DelegateSettlePnlBody(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )
        return answer.data

    def delegate_withdraw(
        self,
        *,
        signature: str,
        user_address: str,
        verifying_contract: str,
        message: DelegateWithdrawRequestBodyMessage,
    ) -> WithdrawResponseData:
        """Delegate signer withdraw request: ``POST /v1/delegate_withdraw_request`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/delegate-signer-withdraw-request
        """
        from ..api.private import post_v1_delegate_withdraw_request
        from ..models.delegate_withdraw_request_body import DelegateWithdrawRequestBody

        answer = post_v1_delegate_withdraw_request.sync(
            client=self._client,
            body=DelegateWithdrawRequestBody(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )
        return answer.data

    def history(
        self,
        *,
        token: str | Unset = UNSET,
        side: str | Unset = UNSET,
        status: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
        balance_token: str | Unset = UNSET,
    ) -> Iterator[AssetHistoryRecord]:
        """Get asset history: ``GET /v1/asset/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-history
        """
        from ..api.private import get_v1_asset_history

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_asset_history.sync(
                    client=self._client,
                    token=token,
                    side=side,
                    status=status,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    balance_token=balance_token,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def holdings(
        self,
        *,
        all_: bool | Unset = UNSET,
    ) -> ClientHoldingResponseData:
        """Get current holding: ``GET /v1/client/holding`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-current-holding
        """
        from ..api.private import get_v1_client_holding

        answer = get_v1_client_holding.sync(
            client=self._client,
            all_=all_,
        )
        return answer.data

    def receiver_address(
        self,
        *,
        chain_id: int,
        token: str | Unset = UNSET,
    ) -> ReceiverAddressResponseData | Unset:
        """Get receiver address: ``GET /v1/client/asset/receiver_address`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-receiver-address
        """
        from ..api.private import get_v1_client_asset_receiver_address

        answer = get_v1_client_asset_receiver_address.sync(
            client=self._client,
            chain_id=chain_id,
            token=token,
        )
        return answer.data

    def receiver_events(
        self,
    ) -> ReceiverEventsResponseData | Unset:
        """Get receiver events: ``GET /v1/client/asset/receiver_events`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-receiver-events
        """
        from ..api.private import get_v1_client_asset_receiver_events

        answer = get_v1_client_asset_receiver_events.sync(
            client=self._client,
        )
        return answer.data

    def settle_nonce(
        self,
    ) -> SettleNonceResponseData:
        """Get settle PnL nonce: ``GET /v1/settle_nonce`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-settle-pnl-nonce
        """
        from ..api.private import get_v1_settle_nonce

        answer = get_v1_settle_nonce.sync(
            client=self._client,
        )
        return answer.data

    def settle_pnl(
        self,
        *,
        signature: str,
        user_address: str,
        verifying_contract: str,
        message: SettlePnlBodyMessage,
    ) -> SettlePnlResponseData:
        """Request PnL settlement: ``POST /v1/settle_pnl`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/request-pnl-settlement
        """
        from ..api.private import post_v1_settle_pnl
        from ..models.settle_pnl_body import SettlePnlBody

        answer = post_v1_settle_pnl.sync(
            client=self._client,
            body=SettlePnlBody(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )
        return answer.data

    def settle_sub_account_pnl(
        self,
        *,
        settle_nonce: int,
    ) -> SettlePnlResponseData:
        """Settle sub account PnL: ``POST /v1/sub_account_settle_pnl`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/settle-sub-account-pnl
        """
        from ..api.private import post_v1_sub_account_settle_pnl
        from ..models.post_v1_sub_account_settle_pnl_body import (
            PostV1SubAccountSettlePnlBody,
        )

        answer = post_v1_sub_account_settle_pnl.sync(
            client=self._client,
            body=PostV1SubAccountSettlePnlBody(
                settle_nonce=settle_nonce,
            ),
        )
        return answer.data

    def settlement_history(
        self,
        *,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Iterator[PnlSettlement]:
        """Get PnL settlement history: ``GET /v1/pnl_settlement/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-pnl-settlement-history
        """
        from ..api.private import get_v1_pnl_settlement_history

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_pnl_settlement_history.sync(
                    client=self._client,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def testnet_faucet(
        self,
        *,
        user_address: str,
        broker_id: str,
        chain_id: str | Unset = UNSET,
    ) -> None:
        """Get faucet usdc(testnet only): ``POST /v1/faucet/usdc``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-faucet-usdctestnet-only
        """
        from ..api.public import post_v1_faucet_usdc
        from ..models.post_v1_faucet_usdc_body import PostV1FaucetUsdcBody

        answer = post_v1_faucet_usdc.sync(
            client=self._client,
            body=PostV1FaucetUsdcBody(
                user_address=user_address,
                broker_id=broker_id,
                chain_id=chain_id,
            ),
        )
        del answer  # success only: an error answer raised

    def transfer(
        self,
        *,
        token: str | Unset = UNSET,
        receiver_list: builtins.list[CreateInternalTransferRequestReceiverListItem] | Unset = UNSET,
    ) -> CreateInternalTransferV1ResponseData | Unset:
        """Create internal transfer: ``POST /v1/internal_transfer`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-internal-transfer
        """
        from ..api.private import post_v1_internal_transfer
        from ..models.create_internal_transfer_request import (
            CreateInternalTransferRequest,
        )

        answer = post_v1_internal_transfer.sync(
            client=self._client,
            body=CreateInternalTransferRequest(
                token=token,
                receiver_list=receiver_list,
            ),
        )
        return answer.data

    def transfer_history(
        self,
        *,
        side: str,
        status: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        size: int | Unset = UNSET,
        from_account_id: str | Unset = UNSET,
        to_account_id: str | Unset = UNSET,
        main_sub_only: bool | Unset = UNSET,
    ) -> Iterator[InternalTransfer]:
        """Get internal transfer history: ``GET /v1/internal_transfer_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-internal-transfer-history
        """
        from ..api.private import get_v1_internal_transfer_history

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_internal_transfer_history.sync(
                    client=self._client,
                    status=status,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    side=side,
                    from_account_id=from_account_id,
                    to_account_id=to_account_id,
                    main_sub_only=main_sub_only,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def transfer_nonce(
        self,
    ) -> GetTransferNonceResponseData | Unset:
        """Get transfer nonce: ``GET /v1/transfer_nonce`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-transfer-nonce
        """
        from ..api.private import get_v1_transfer_nonce

        answer = get_v1_transfer_nonce.sync(
            client=self._client,
        )
        return answer.data

    def transfer_with_wallet(
        self,
        *,
        signature: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        verifying_contract: str | Unset = UNSET,
        message: CreateInternalTransferV2RequestMessage | Unset = UNSET,
    ) -> CreateInternalTransferV2ResponseData | Unset:
        """Create internal transfer with wallet signature: ``POST /v2/internal_transfer`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-internal-transfer-with-wallet-signature
        """
        from ..api.private import post_v2_internal_transfer
        from ..models.create_internal_transfer_v2_request import (
            CreateInternalTransferV2Request,
        )

        answer = post_v2_internal_transfer.sync(
            client=self._client,
            body=CreateInternalTransferV2Request(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )
        return answer.data

    def withdraw(
        self,
        *,
        signature: str,
        user_address: str,
        verifying_contract: str,
        message: WithdrawRequestBodyMessage,
    ) -> WithdrawResponseData:
        """Create withdraw request: ``POST /v1/withdraw_request`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-withdraw-request
        """
        from ..api.private import post_v1_withdraw_request
        from ..models.withdraw_request_body import WithdrawRequestBody

        answer = post_v1_withdraw_request.sync(
            client=self._client,
            body=WithdrawRequestBody(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )
        return answer.data

    def withdraw_nonce(
        self,
    ) -> WithdrawNonceReponseData:
        """Get withdrawal nonce: ``GET /v1/withdraw_nonce`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-withdrawal-nonce
        """
        from ..api.private import get_v1_withdraw_nonce

        answer = get_v1_withdraw_nonce.sync(
            client=self._client,
        )
        return answer.data


class AsyncAssets:
    """``aclient.assets``: the assets operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncAssetsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncAssetsWithRawResponse(self._client)

    async def aggregate_holdings(
        self,
    ) -> AggregateHoldingResponseData | Unset:
        """Get aggregate holding: ``GET /v1/client/aggregate/holding`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-aggregate-holding
        """
        from ..api.private import get_v1_client_aggregate_holding

        answer = await get_v1_client_aggregate_holding.asyncio(
            client=self._client,
        )
        return answer.data

    async def delegate_settle_pnl(
        self,
        *,
        signature: str,
        user_address: str,
        verifying_contract: str,
        message: DelegateSettlePnlBodyMessage,
    ) -> SettlePnlResponseData:
        """Delegate signer settle PnL: ``POST /v1/delegate_settle_pnl`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/delegate-signer-settle-pnl
        """
        from ..api.private import post_v1_delegate_settle_pnl
        from ..models.delegate_settle_pnl_body import DelegateSettlePnlBody

        answer = await post_v1_delegate_settle_pnl.asyncio(
            client=self._client,
            body=DelegateSettlePnlBody(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )
        return answer.data

    async def delegate_withdraw(
        self,
        *,
        signature: str,
        user_address: str,
        verifying_contract: str,
        message: DelegateWithdrawRequestBodyMessage,
    ) -> WithdrawResponseData:
        """Delegate signer withdraw request: ``POST /v1/delegate_withdraw_request`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/delegate-signer-withdraw-request
        """
        from ..api.private import post_v1_delegate_withdraw_request
        from ..models.delegate_withdraw_request_body import DelegateWithdrawRequestBody

        answer = await post_v1_delegate_withdraw_request.asyncio(
            client=self._client,
            body=DelegateWithdrawRequestBody(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )
        return answer.data

    async def history(
        self,
        *,
        token: str | Unset = UNSET,
        side: str | Unset = UNSET,
        status: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
        balance_token: str | Unset = UNSET,
    ) -> AsyncIterator[AssetHistoryRecord]:
        """Get asset history: ``GET /v1/asset/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-history
        """
        from ..api.private import get_v1_asset_history

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_asset_history.asyncio(
                    client=self._client,
                    token=token,
                    side=side,
                    status=status,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    balance_token=balance_token,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def holdings(
        self,
        *,
        all_: bool | Unset = UNSET,
    ) -> ClientHoldingResponseData:
        """Get current holding: ``GET /v1/client/holding`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-current-holding
        """
        from ..api.private import get_v1_client_holding

        answer = await get_v1_client_holding.asyncio(
            client=self._client,
            all_=all_,
        )
        return answer.data

    async def receiver_address(
        self,
        *,
        chain_id: int,
        token: str | Unset = UNSET,
    ) -> ReceiverAddressResponseData | Unset:
        """Get receiver address: ``GET /v1/client/asset/receiver_address`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-receiver-address
        """
        from ..api.private import get_v1_client_asset_receiver_address

        answer = await get_v1_client_asset_receiver_address.asyncio(
            client=self._client,
            chain_id=chain_id,
            token=token,
        )
        return answer.data

    async def receiver_events(
        self,
    ) -> ReceiverEventsResponseData | Unset:
        """Get receiver events: ``GET /v1/client/asset/receiver_events`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-receiver-events
        """
        from ..api.private import get_v1_client_asset_receiver_events

        answer = await get_v1_client_asset_receiver_events.asyncio(
            client=self._client,
        )
        return answer.data

    async def settle_nonce(
        self,
    ) -> SettleNonceResponseData:
        """Get settle PnL nonce: ``GET /v1/settle_nonce`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-settle-pnl-nonce
        """
        from ..api.private import get_v1_settle_nonce

        answer = await get_v1_settle_nonce.asyncio(
            client=self._client,
        )
        return answer.data

    async def settle_pnl(
        self,
        *,
        signature: str,
        user_address: str,
        verifying_contract: str,
        message: SettlePnlBodyMessage,
    ) -> SettlePnlResponseData:
        """Request PnL settlement: ``POST /v1/settle_pnl`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/request-pnl-settlement
        """
        from ..api.private import post_v1_settle_pnl
        from ..models.settle_pnl_body import SettlePnlBody

        answer = await post_v1_settle_pnl.asyncio(
            client=self._client,
            body=SettlePnlBody(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )
        return answer.data

    async def settle_sub_account_pnl(
        self,
        *,
        settle_nonce: int,
    ) -> SettlePnlResponseData:
        """Settle sub account PnL: ``POST /v1/sub_account_settle_pnl`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/settle-sub-account-pnl
        """
        from ..api.private import post_v1_sub_account_settle_pnl
        from ..models.post_v1_sub_account_settle_pnl_body import (
            PostV1SubAccountSettlePnlBody,
        )

        answer = await post_v1_sub_account_settle_pnl.asyncio(
            client=self._client,
            body=PostV1SubAccountSettlePnlBody(
                settle_nonce=settle_nonce,
            ),
        )
        return answer.data

    async def settlement_history(
        self,
        *,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> AsyncIterator[PnlSettlement]:
        """Get PnL settlement history: ``GET /v1/pnl_settlement/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-pnl-settlement-history
        """
        from ..api.private import get_v1_pnl_settlement_history

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_pnl_settlement_history.asyncio(
                    client=self._client,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def testnet_faucet(
        self,
        *,
        user_address: str,
        broker_id: str,
        chain_id: str | Unset = UNSET,
    ) -> None:
        """Get faucet usdc(testnet only): ``POST /v1/faucet/usdc``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-faucet-usdctestnet-only
        """
        from ..api.public import post_v1_faucet_usdc
        from ..models.post_v1_faucet_usdc_body import PostV1FaucetUsdcBody

        answer = await post_v1_faucet_usdc.asyncio(
            client=self._client,
            body=PostV1FaucetUsdcBody(
                user_address=user_address,
                broker_id=broker_id,
                chain_id=chain_id,
            ),
        )
        del answer  # success only: an error answer raised

    async def transfer(
        self,
        *,
        token: str | Unset = UNSET,
        receiver_list: builtins.list[CreateInternalTransferRequestReceiverListItem] | Unset = UNSET,
    ) -> CreateInternalTransferV1ResponseData | Unset:
        """Create internal transfer: ``POST /v1/internal_transfer`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-internal-transfer
        """
        from ..api.private import post_v1_internal_transfer
        from ..models.create_internal_transfer_request import (
            CreateInternalTransferRequest,
        )

        answer = await post_v1_internal_transfer.asyncio(
            client=self._client,
            body=CreateInternalTransferRequest(
                token=token,
                receiver_list=receiver_list,
            ),
        )
        return answer.data

    async def transfer_history(
        self,
        *,
        side: str,
        status: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        size: int | Unset = UNSET,
        from_account_id: str | Unset = UNSET,
        to_account_id: str | Unset = UNSET,
        main_sub_only: bool | Unset = UNSET,
    ) -> AsyncIterator[InternalTransfer]:
        """Get internal transfer history: ``GET /v1/internal_transfer_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-internal-transfer-history
        """
        from ..api.private import get_v1_internal_transfer_history

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_internal_transfer_history.asyncio(
                    client=self._client,
                    status=status,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    side=side,
                    from_account_id=from_account_id,
                    to_account_id=to_account_id,
                    main_sub_only=main_sub_only,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def transfer_nonce(
        self,
    ) -> GetTransferNonceResponseData | Unset:
        """Get transfer nonce: ``GET /v1/transfer_nonce`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-transfer-nonce
        """
        from ..api.private import get_v1_transfer_nonce

        answer = await get_v1_transfer_nonce.asyncio(
            client=self._client,
        )
        return answer.data

    async def transfer_with_wallet(
        self,
        *,
        signature: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        verifying_contract: str | Unset = UNSET,
        message: CreateInternalTransferV2RequestMessage | Unset = UNSET,
    ) -> CreateInternalTransferV2ResponseData | Unset:
        """Create internal transfer with wallet signature: ``POST /v2/internal_transfer`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-internal-transfer-with-wallet-signature
        """
        from ..api.private import post_v2_internal_transfer
        from ..models.create_internal_transfer_v2_request import (
            CreateInternalTransferV2Request,
        )

        answer = await post_v2_internal_transfer.asyncio(
            client=self._client,
            body=CreateInternalTransferV2Request(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )
        return answer.data

    async def withdraw(
        self,
        *,
        signature: str,
        user_address: str,
        verifying_contract: str,
        message: WithdrawRequestBodyMessage,
    ) -> WithdrawResponseData:
        """Create withdraw request: ``POST /v1/withdraw_request`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-withdraw-request
        """
        from ..api.private import post_v1_withdraw_request
        from ..models.withdraw_request_body import WithdrawRequestBody

        answer = await post_v1_withdraw_request.asyncio(
            client=self._client,
            body=WithdrawRequestBody(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )
        return answer.data

    async def withdraw_nonce(
        self,
    ) -> WithdrawNonceReponseData:
        """Get withdrawal nonce: ``GET /v1/withdraw_nonce`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-withdrawal-nonce
        """
        from ..api.private import get_v1_withdraw_nonce

        answer = await get_v1_withdraw_nonce.asyncio(
            client=self._client,
        )
        return answer.data


class AssetsWithRawResponse:
    """``client.assets.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def aggregate_holdings(
        self,
    ) -> Response[AggregateHoldingResponse]:
        """Get aggregate holding: ``GET /v1/client/aggregate/holding`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-aggregate-holding
        """
        from ..api.private import get_v1_client_aggregate_holding

        return get_v1_client_aggregate_holding.sync_detailed(
            client=self._client,
        )

    def delegate_settle_pnl(
        self,
        *,
        signature: str,
        user_address: str,
        verifying_contract: str,
        message: DelegateSettlePnlBodyMessage,
    ) -> Response[SettlePnlResponse]:
        """Delegate signer settle PnL: ``POST /v1/delegate_settle_pnl`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/delegate-signer-settle-pnl
        """
        from ..api.private import post_v1_delegate_settle_pnl
        from ..models.delegate_settle_pnl_body import DelegateSettlePnlBody

        return post_v1_delegate_settle_pnl.sync_detailed(
            client=self._client,
            body=DelegateSettlePnlBody(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )

    def delegate_withdraw(
        self,
        *,
        signature: str,
        user_address: str,
        verifying_contract: str,
        message: DelegateWithdrawRequestBodyMessage,
    ) -> Response[WithdrawResponse]:
        """Delegate signer withdraw request: ``POST /v1/delegate_withdraw_request`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/delegate-signer-withdraw-request
        """
        from ..api.private import post_v1_delegate_withdraw_request
        from ..models.delegate_withdraw_request_body import DelegateWithdrawRequestBody

        return post_v1_delegate_withdraw_request.sync_detailed(
            client=self._client,
            body=DelegateWithdrawRequestBody(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )

    def history(
        self,
        *,
        token: str | Unset = UNSET,
        side: str | Unset = UNSET,
        status: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        balance_token: str | Unset = UNSET,
    ) -> Response[AssetHistoryResponse]:
        """Get asset history: ``GET /v1/asset/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-history
        """
        from ..api.private import get_v1_asset_history

        return get_v1_asset_history.sync_detailed(
            client=self._client,
            token=token,
            side=side,
            status=status,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            balance_token=balance_token,
        )

    def holdings(
        self,
        *,
        all_: bool | Unset = UNSET,
    ) -> Response[ClientHoldingResponse]:
        """Get current holding: ``GET /v1/client/holding`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-current-holding
        """
        from ..api.private import get_v1_client_holding

        return get_v1_client_holding.sync_detailed(
            client=self._client,
            all_=all_,
        )

    def receiver_address(
        self,
        *,
        chain_id: int,
        token: str | Unset = UNSET,
    ) -> Response[ReceiverAddressResponse]:
        """Get receiver address: ``GET /v1/client/asset/receiver_address`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-receiver-address
        """
        from ..api.private import get_v1_client_asset_receiver_address

        return get_v1_client_asset_receiver_address.sync_detailed(
            client=self._client,
            chain_id=chain_id,
            token=token,
        )

    def receiver_events(
        self,
    ) -> Response[ReceiverEventsResponse]:
        """Get receiver events: ``GET /v1/client/asset/receiver_events`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-receiver-events
        """
        from ..api.private import get_v1_client_asset_receiver_events

        return get_v1_client_asset_receiver_events.sync_detailed(
            client=self._client,
        )

    def settle_nonce(
        self,
    ) -> Response[SettleNonceResponse]:
        """Get settle PnL nonce: ``GET /v1/settle_nonce`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-settle-pnl-nonce
        """
        from ..api.private import get_v1_settle_nonce

        return get_v1_settle_nonce.sync_detailed(
            client=self._client,
        )

    def settle_pnl(
        self,
        *,
        signature: str,
        user_address: str,
        verifying_contract: str,
        message: SettlePnlBodyMessage,
    ) -> Response[SettlePnlResponse]:
        """Request PnL settlement: ``POST /v1/settle_pnl`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/request-pnl-settlement
        """
        from ..api.private import post_v1_settle_pnl
        from ..models.settle_pnl_body import SettlePnlBody

        return post_v1_settle_pnl.sync_detailed(
            client=self._client,
            body=SettlePnlBody(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )

    def settle_sub_account_pnl(
        self,
        *,
        settle_nonce: int,
    ) -> Response[SettlePnlResponse]:
        """Settle sub account PnL: ``POST /v1/sub_account_settle_pnl`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/settle-sub-account-pnl
        """
        from ..api.private import post_v1_sub_account_settle_pnl
        from ..models.post_v1_sub_account_settle_pnl_body import (
            PostV1SubAccountSettlePnlBody,
        )

        return post_v1_sub_account_settle_pnl.sync_detailed(
            client=self._client,
            body=PostV1SubAccountSettlePnlBody(
                settle_nonce=settle_nonce,
            ),
        )

    def settlement_history(
        self,
        *,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[PnlSettlementHistoryResponse]:
        """Get PnL settlement history: ``GET /v1/pnl_settlement/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-pnl-settlement-history
        """
        from ..api.private import get_v1_pnl_settlement_history

        return get_v1_pnl_settlement_history.sync_detailed(
            client=self._client,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )

    def testnet_faucet(
        self,
        *,
        user_address: str,
        broker_id: str,
        chain_id: str | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Get faucet usdc(testnet only): ``POST /v1/faucet/usdc``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-faucet-usdctestnet-only
        """
        from ..api.public import post_v1_faucet_usdc
        from ..models.post_v1_faucet_usdc_body import PostV1FaucetUsdcBody

        return post_v1_faucet_usdc.sync_detailed(
            client=self._client,
            body=PostV1FaucetUsdcBody(
                user_address=user_address,
                broker_id=broker_id,
                chain_id=chain_id,
            ),
        )

    def transfer(
        self,
        *,
        token: str | Unset = UNSET,
        receiver_list: builtins.list[CreateInternalTransferRequestReceiverListItem] | Unset = UNSET,
    ) -> Response[CreateInternalTransferV1Response]:
        """Create internal transfer: ``POST /v1/internal_transfer`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-internal-transfer
        """
        from ..api.private import post_v1_internal_transfer
        from ..models.create_internal_transfer_request import (
            CreateInternalTransferRequest,
        )

        return post_v1_internal_transfer.sync_detailed(
            client=self._client,
            body=CreateInternalTransferRequest(
                token=token,
                receiver_list=receiver_list,
            ),
        )

    def transfer_history(
        self,
        *,
        side: str,
        status: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        from_account_id: str | Unset = UNSET,
        to_account_id: str | Unset = UNSET,
        main_sub_only: bool | Unset = UNSET,
    ) -> Response[GetInternalTransferHistoryResponse]:
        """Get internal transfer history: ``GET /v1/internal_transfer_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-internal-transfer-history
        """
        from ..api.private import get_v1_internal_transfer_history

        return get_v1_internal_transfer_history.sync_detailed(
            client=self._client,
            status=status,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            side=side,
            from_account_id=from_account_id,
            to_account_id=to_account_id,
            main_sub_only=main_sub_only,
        )

    def transfer_nonce(
        self,
    ) -> Response[GetTransferNonceResponse]:
        """Get transfer nonce: ``GET /v1/transfer_nonce`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-transfer-nonce
        """
        from ..api.private import get_v1_transfer_nonce

        return get_v1_transfer_nonce.sync_detailed(
            client=self._client,
        )

    def transfer_with_wallet(
        self,
        *,
        signature: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        verifying_contract: str | Unset = UNSET,
        message: CreateInternalTransferV2RequestMessage | Unset = UNSET,
    ) -> Response[CreateInternalTransferV2Response]:
        """Create internal transfer with wallet signature: ``POST /v2/internal_transfer`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-internal-transfer-with-wallet-signature
        """
        from ..api.private import post_v2_internal_transfer
        from ..models.create_internal_transfer_v2_request import (
            CreateInternalTransferV2Request,
        )

        return post_v2_internal_transfer.sync_detailed(
            client=self._client,
            body=CreateInternalTransferV2Request(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )

    def withdraw(
        self,
        *,
        signature: str,
        user_address: str,
        verifying_contract: str,
        message: WithdrawRequestBodyMessage,
    ) -> Response[WithdrawResponse]:
        """Create withdraw request: ``POST /v1/withdraw_request`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-withdraw-request
        """
        from ..api.private import post_v1_withdraw_request
        from ..models.withdraw_request_body import WithdrawRequestBody

        return post_v1_withdraw_request.sync_detailed(
            client=self._client,
            body=WithdrawRequestBody(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )

    def withdraw_nonce(
        self,
    ) -> Response[WithdrawNonceReponse]:
        """Get withdrawal nonce: ``GET /v1/withdraw_nonce`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-withdrawal-nonce
        """
        from ..api.private import get_v1_withdraw_nonce

        return get_v1_withdraw_nonce.sync_detailed(
            client=self._client,
        )


class AsyncAssetsWithRawResponse:
    """``aclient.assets.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def aggregate_holdings(
        self,
    ) -> Response[AggregateHoldingResponse]:
        """Get aggregate holding: ``GET /v1/client/aggregate/holding`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-aggregate-holding
        """
        from ..api.private import get_v1_client_aggregate_holding

        return await get_v1_client_aggregate_holding.asyncio_detailed(
            client=self._client,
        )

    async def delegate_settle_pnl(
        self,
        *,
        signature: str,
        user_address: str,
        verifying_contract: str,
        message: DelegateSettlePnlBodyMessage,
    ) -> Response[SettlePnlResponse]:
        """Delegate signer settle PnL: ``POST /v1/delegate_settle_pnl`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/delegate-signer-settle-pnl
        """
        from ..api.private import post_v1_delegate_settle_pnl
        from ..models.delegate_settle_pnl_body import DelegateSettlePnlBody

        return await post_v1_delegate_settle_pnl.asyncio_detailed(
            client=self._client,
            body=DelegateSettlePnlBody(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )

    async def delegate_withdraw(
        self,
        *,
        signature: str,
        user_address: str,
        verifying_contract: str,
        message: DelegateWithdrawRequestBodyMessage,
    ) -> Response[WithdrawResponse]:
        """Delegate signer withdraw request: ``POST /v1/delegate_withdraw_request`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/delegate-signer-withdraw-request
        """
        from ..api.private import post_v1_delegate_withdraw_request
        from ..models.delegate_withdraw_request_body import DelegateWithdrawRequestBody

        return await post_v1_delegate_withdraw_request.asyncio_detailed(
            client=self._client,
            body=DelegateWithdrawRequestBody(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )

    async def history(
        self,
        *,
        token: str | Unset = UNSET,
        side: str | Unset = UNSET,
        status: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        balance_token: str | Unset = UNSET,
    ) -> Response[AssetHistoryResponse]:
        """Get asset history: ``GET /v1/asset/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-history
        """
        from ..api.private import get_v1_asset_history

        return await get_v1_asset_history.asyncio_detailed(
            client=self._client,
            token=token,
            side=side,
            status=status,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            balance_token=balance_token,
        )

    async def holdings(
        self,
        *,
        all_: bool | Unset = UNSET,
    ) -> Response[ClientHoldingResponse]:
        """Get current holding: ``GET /v1/client/holding`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-current-holding
        """
        from ..api.private import get_v1_client_holding

        return await get_v1_client_holding.asyncio_detailed(
            client=self._client,
            all_=all_,
        )

    async def receiver_address(
        self,
        *,
        chain_id: int,
        token: str | Unset = UNSET,
    ) -> Response[ReceiverAddressResponse]:
        """Get receiver address: ``GET /v1/client/asset/receiver_address`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-receiver-address
        """
        from ..api.private import get_v1_client_asset_receiver_address

        return await get_v1_client_asset_receiver_address.asyncio_detailed(
            client=self._client,
            chain_id=chain_id,
            token=token,
        )

    async def receiver_events(
        self,
    ) -> Response[ReceiverEventsResponse]:
        """Get receiver events: ``GET /v1/client/asset/receiver_events`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-receiver-events
        """
        from ..api.private import get_v1_client_asset_receiver_events

        return await get_v1_client_asset_receiver_events.asyncio_detailed(
            client=self._client,
        )

    async def settle_nonce(
        self,
    ) -> Response[SettleNonceResponse]:
        """Get settle PnL nonce: ``GET /v1/settle_nonce`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-settle-pnl-nonce
        """
        from ..api.private import get_v1_settle_nonce

        return await get_v1_settle_nonce.asyncio_detailed(
            client=self._client,
        )

    async def settle_pnl(
        self,
        *,
        signature: str,
        user_address: str,
        verifying_contract: str,
        message: SettlePnlBodyMessage,
    ) -> Response[SettlePnlResponse]:
        """Request PnL settlement: ``POST /v1/settle_pnl`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/request-pnl-settlement
        """
        from ..api.private import post_v1_settle_pnl
        from ..models.settle_pnl_body import SettlePnlBody

        return await post_v1_settle_pnl.asyncio_detailed(
            client=self._client,
            body=SettlePnlBody(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )

    async def settle_sub_account_pnl(
        self,
        *,
        settle_nonce: int,
    ) -> Response[SettlePnlResponse]:
        """Settle sub account PnL: ``POST /v1/sub_account_settle_pnl`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/settle-sub-account-pnl
        """
        from ..api.private import post_v1_sub_account_settle_pnl
        from ..models.post_v1_sub_account_settle_pnl_body import (
            PostV1SubAccountSettlePnlBody,
        )

        return await post_v1_sub_account_settle_pnl.asyncio_detailed(
            client=self._client,
            body=PostV1SubAccountSettlePnlBody(
                settle_nonce=settle_nonce,
            ),
        )

    async def settlement_history(
        self,
        *,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[PnlSettlementHistoryResponse]:
        """Get PnL settlement history: ``GET /v1/pnl_settlement/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-pnl-settlement-history
        """
        from ..api.private import get_v1_pnl_settlement_history

        return await get_v1_pnl_settlement_history.asyncio_detailed(
            client=self._client,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )

    async def testnet_faucet(
        self,
        *,
        user_address: str,
        broker_id: str,
        chain_id: str | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Get faucet usdc(testnet only): ``POST /v1/faucet/usdc``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-faucet-usdctestnet-only
        """
        from ..api.public import post_v1_faucet_usdc
        from ..models.post_v1_faucet_usdc_body import PostV1FaucetUsdcBody

        return await post_v1_faucet_usdc.asyncio_detailed(
            client=self._client,
            body=PostV1FaucetUsdcBody(
                user_address=user_address,
                broker_id=broker_id,
                chain_id=chain_id,
            ),
        )

    async def transfer(
        self,
        *,
        token: str | Unset = UNSET,
        receiver_list: builtins.list[CreateInternalTransferRequestReceiverListItem] | Unset = UNSET,
    ) -> Response[CreateInternalTransferV1Response]:
        """Create internal transfer: ``POST /v1/internal_transfer`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-internal-transfer
        """
        from ..api.private import post_v1_internal_transfer
        from ..models.create_internal_transfer_request import (
            CreateInternalTransferRequest,
        )

        return await post_v1_internal_transfer.asyncio_detailed(
            client=self._client,
            body=CreateInternalTransferRequest(
                token=token,
                receiver_list=receiver_list,
            ),
        )

    async def transfer_history(
        self,
        *,
        side: str,
        status: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        from_account_id: str | Unset = UNSET,
        to_account_id: str | Unset = UNSET,
        main_sub_only: bool | Unset = UNSET,
    ) -> Response[GetInternalTransferHistoryResponse]:
        """Get internal transfer history: ``GET /v1/internal_transfer_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-internal-transfer-history
        """
        from ..api.private import get_v1_internal_transfer_history

        return await get_v1_internal_transfer_history.asyncio_detailed(
            client=self._client,
            status=status,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            side=side,
            from_account_id=from_account_id,
            to_account_id=to_account_id,
            main_sub_only=main_sub_only,
        )

    async def transfer_nonce(
        self,
    ) -> Response[GetTransferNonceResponse]:
        """Get transfer nonce: ``GET /v1/transfer_nonce`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-transfer-nonce
        """
        from ..api.private import get_v1_transfer_nonce

        return await get_v1_transfer_nonce.asyncio_detailed(
            client=self._client,
        )

    async def transfer_with_wallet(
        self,
        *,
        signature: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        verifying_contract: str | Unset = UNSET,
        message: CreateInternalTransferV2RequestMessage | Unset = UNSET,
    ) -> Response[CreateInternalTransferV2Response]:
        """Create internal transfer with wallet signature: ``POST /v2/internal_transfer`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-internal-transfer-with-wallet-signature
        """
        from ..api.private import post_v2_internal_transfer
        from ..models.create_internal_transfer_v2_request import (
            CreateInternalTransferV2Request,
        )

        return await post_v2_internal_transfer.asyncio_detailed(
            client=self._client,
            body=CreateInternalTransferV2Request(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )

    async def withdraw(
        self,
        *,
        signature: str,
        user_address: str,
        verifying_contract: str,
        message: WithdrawRequestBodyMessage,
    ) -> Response[WithdrawResponse]:
        """Create withdraw request: ``POST /v1/withdraw_request`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-withdraw-request
        """
        from ..api.private import post_v1_withdraw_request
        from ..models.withdraw_request_body import WithdrawRequestBody

        return await post_v1_withdraw_request.asyncio_detailed(
            client=self._client,
            body=WithdrawRequestBody(
                signature=signature,
                user_address=user_address,
                verifying_contract=verifying_contract,
                message=message,
            ),
        )

    async def withdraw_nonce(
        self,
    ) -> Response[WithdrawNonceReponse]:
        """Get withdrawal nonce: ``GET /v1/withdraw_nonce`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-withdrawal-nonce
        """
        from ..api.private import get_v1_withdraw_nonce

        return await get_v1_withdraw_nonce.asyncio_detailed(
            client=self._client,
        )
