"""``client.referral``: ``admin_info``, ``auto_referral_info``, ``auto_referral_progress``, ``bind``, ``check_code``, ``create``, ``edit_code``, ``edit_description``, ``edit_referee_description``, ``edit_split``, ``history``, ``info``, ``rebate_summary``, ``referee_history``, ``referee_info``, ``referee_rebate_summary``, ``update``, ``update_auto_referral``, ``verify_code``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Number, Response, Unset, next_page

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.auto_referral_progress_response import AutoReferralProgressResponse
    from ..models.auto_referral_progress_response_data import (
        AutoReferralProgressResponseData,
    )
    from ..models.basic_response import BasicResponse
    from ..models.builder_auto_referral_info_response import (
        BuilderAutoReferralInfoResponse,
    )
    from ..models.builder_auto_referral_info_response_data import (
        BuilderAutoReferralInfoResponseData,
    )
    from ..models.check_referral_code_response import CheckReferralCodeResponse
    from ..models.check_referral_code_response_data import CheckReferralCodeResponseData
    from ..models.get_rebate_summary_response import GetRebateSummaryResponse
    from ..models.get_rebate_summary_response_data_rows_item import (
        GetRebateSummaryResponseDataRowsItem,
    )
    from ..models.get_referee_history_response import GetRefereeHistoryResponse
    from ..models.get_referee_history_response_data_rows_item import (
        GetRefereeHistoryResponseDataRowsItem,
    )
    from ..models.get_referee_info_response import GetRefereeInfoResponse
    from ..models.get_referee_info_response_data_rows_item import (
        GetRefereeInfoResponseDataRowsItem,
    )
    from ..models.get_referee_rebate_summary_response import (
        GetRefereeRebateSummaryResponse,
    )
    from ..models.get_referee_rebate_summary_response_data import (
        GetRefereeRebateSummaryResponseData,
    )
    from ..models.get_referral_code_response import GetReferralCodeResponse
    from ..models.get_referral_code_response_data import GetReferralCodeResponseData
    from ..models.get_referral_history_response import GetReferralHistoryResponse
    from ..models.get_referral_history_response_data_rows_item import (
        GetReferralHistoryResponseDataRowsItem,
    )
    from ..models.get_referral_info_response import GetReferralInfoResponse
    from ..models.get_referral_info_response_data import GetReferralInfoResponseData
    from ..models.post_v1_referral_edit_description_response_200 import (
        PostV1ReferralEditDescriptionResponse200,
    )
    from ..models.post_v1_referral_edit_description_response_200_data_type_0 import (
        PostV1ReferralEditDescriptionResponse200DataType0,
    )
    from ..models.post_v1_referral_edit_referee_description_response_200 import (
        PostV1ReferralEditRefereeDescriptionResponse200,
    )
    from ..models.post_v1_referral_edit_referee_description_response_200_data_type_0 import (
        PostV1ReferralEditRefereeDescriptionResponse200DataType0,
    )
    from ..models.verify_referral_code_response import VerifyReferralCodeResponse
    from ..models.verify_referral_code_response_data import (
        VerifyReferralCodeResponseData,
    )
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncReferral", "AsyncReferralWithRawResponse", "Referral", "ReferralWithRawResponse"]


class Referral:
    """``client.referral``: the referral operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> ReferralWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return ReferralWithRawResponse(self._client)

    def admin_info(
        self,
        *,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
    ) -> GetReferralCodeResponseData:
        """Get referral code info: ``GET /v1/referral/admin_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referral-code-info
        """
        from ..api.private import get_v1_referral_admin_info

        answer = get_v1_referral_admin_info.sync(
            client=self._client,
            page=page,
            size=size,
            user_address=user_address,
            account_id=account_id,
            sort_by=sort_by,
        )
        return answer.data

    def auto_referral_info(
        self,
    ) -> BuilderAutoReferralInfoResponseData | Unset:
        """Builder admin get auto referral info: ``GET /v1/referral/auto_referral/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/builder-admin-get-auto-referral-info
        """
        from ..api.private import get_v1_referral_auto_referral_info

        answer = get_v1_referral_auto_referral_info.sync(
            client=self._client,
        )
        return answer.data

    def auto_referral_progress(
        self,
    ) -> AutoReferralProgressResponseData | Unset:
        """Get auto referral progress: ``GET /v1/referral/auto_referral/progress`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-auto-referral-progress
        """
        from ..api.private import get_v1_referral_auto_referral_progress

        answer = get_v1_referral_auto_referral_progress.sync(
            client=self._client,
        )
        return answer.data

    def bind(
        self,
        *,
        referral_code: str,
    ) -> None:
        """Bind referral code: ``POST /v1/referral/bind`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/bind-multilevel-referral-code
        """
        from ..api.private import post_v1_referral_bind
        from ..models.post_v1_referral_bind_body import PostV1ReferralBindBody

        answer = post_v1_referral_bind.sync(
            client=self._client,
            body=PostV1ReferralBindBody(
                referral_code=referral_code,
            ),
        )
        del answer  # success only: an error answer raised

    def check_code(
        self,
        *,
        account_id: str,
    ) -> CheckReferralCodeResponseData:
        """Check referral code: ``GET /v1/public/referral/check_ref_code``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-multilevel-referral-code
        """
        from ..api.public import get_v1_public_referral_check_ref_code

        answer = get_v1_public_referral_check_ref_code.sync(
            client=self._client,
            account_id=account_id,
        )
        return answer.data

    def create(
        self,
        *,
        account_id: str,
        referral_code: str,
        bonus_max_rebate_rate: Number,
        bonus_referrer_rebate_rate: Number,
        bonus_referee_rebate_rate: Number,
    ) -> None:
        """Create referral code: ``POST /v1/referral/create`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-referral-code
        """
        from ..api.private import post_v1_referral_create
        from ..models.post_v1_referral_create_body import PostV1ReferralCreateBody

        answer = post_v1_referral_create.sync(
            client=self._client,
            body=PostV1ReferralCreateBody(
                account_id=account_id,
                referral_code=referral_code,
                bonus_max_rebate_rate=bonus_max_rebate_rate,
                bonus_referrer_rebate_rate=bonus_referrer_rebate_rate,
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            ),
        )
        del answer  # success only: an error answer raised

    def edit_code(
        self,
        *,
        current_referral_code: str,
        new_referral_code: str,
    ) -> None:
        """Edit referral code: ``POST /v1/referral/edit_referral_code`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-multilevel-referral-code
        """
        from ..api.private import post_v1_referral_edit_referral_code
        from ..models.post_v1_referral_edit_referral_code_body import (
            PostV1ReferralEditReferralCodeBody,
        )

        answer = post_v1_referral_edit_referral_code.sync(
            client=self._client,
            body=PostV1ReferralEditReferralCodeBody(
                current_referral_code=current_referral_code,
                new_referral_code=new_referral_code,
            ),
        )
        del answer  # success only: an error answer raised

    def edit_description(
        self,
        *,
        user_address: str,
        description: None | str | Unset = UNSET,
    ) -> None | PostV1ReferralEditDescriptionResponse200DataType0 | Unset:
        """Edit referral description: ``POST /v1/referral/edit_description`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-referral-description
        """
        from ..api.private import post_v1_referral_edit_description
        from ..models.post_v1_referral_edit_description_body import (
            PostV1ReferralEditDescriptionBody,
        )

        answer = post_v1_referral_edit_description.sync(
            client=self._client,
            body=PostV1ReferralEditDescriptionBody(
                user_address=user_address,
                description=description,
            ),
        )
        return answer.data

    def edit_referee_description(
        self,
        *,
        user_address: str,
        description: None | str | Unset = UNSET,
    ) -> None | PostV1ReferralEditRefereeDescriptionResponse200DataType0 | Unset:
        """Edit direct referee description: ``POST /v1/referral/edit_referee_description`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-direct-referee-description
        """
        from ..api.private import post_v1_referral_edit_referee_description
        from ..models.post_v1_referral_edit_referee_description_body import (
            PostV1ReferralEditRefereeDescriptionBody,
        )

        answer = post_v1_referral_edit_referee_description.sync(
            client=self._client,
            body=PostV1ReferralEditRefereeDescriptionBody(
                user_address=user_address,
                description=description,
            ),
        )
        return answer.data

    def edit_split(
        self,
        *,
        referral_code: str,
        bonus_referrer_rebate_rate: Number,
        bonus_referee_rebate_rate: Number,
    ) -> None:
        """Edit referral code split: ``POST /v1/referral/edit_split`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-referral-code-split
        """
        from ..api.private import post_v1_referral_edit_split
        from ..models.post_v1_referral_edit_split_body import (
            PostV1ReferralEditSplitBody,
        )

        answer = post_v1_referral_edit_split.sync(
            client=self._client,
            body=PostV1ReferralEditSplitBody(
                referral_code=referral_code,
                bonus_referrer_rebate_rate=bonus_referrer_rebate_rate,
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            ),
        )
        del answer  # success only: an error answer raised

    def history(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Iterator[GetReferralHistoryResponseDataRowsItem]:
        """Get referral history: ``GET /v1/referral/referral_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-referral-history
        """
        from ..api.private import get_v1_referral_referral_history

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_referral_referral_history.sync(
                    client=self._client,
                    start_date=start_date,
                    end_date=end_date,
                    page=page,
                    size=size,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def info(
        self,
    ) -> GetReferralInfoResponseData:
        """Get referral info: ``GET /v1/referral/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referral-info
        """
        from ..api.private import get_v1_referral_info

        answer = get_v1_referral_info.sync(
            client=self._client,
        )
        return answer.data

    def rebate_summary(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Iterator[GetRebateSummaryResponseDataRowsItem]:
        """Get referral rebate summary: ``GET /v1/referral/rebate_summary`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-referral-rebate-summary
        """
        from ..api.private import get_v1_referral_rebate_summary

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_referral_rebate_summary.sync(
                    client=self._client,
                    start_date=start_date,
                    end_date=end_date,
                    page=page,
                    size=size,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def referee_history(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Iterator[GetRefereeHistoryResponseDataRowsItem]:
        """Get referee history: ``GET /v1/referral/referee_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-history
        """
        from ..api.private import get_v1_referral_referee_history

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_referral_referee_history.sync(
                    client=self._client,
                    start_date=start_date,
                    end_date=end_date,
                    page=page,
                    size=size,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def referee_info(
        self,
        *,
        size: int | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Iterator[GetRefereeInfoResponseDataRowsItem]:
        """Get referee info: ``GET /v1/referral/referee_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-info
        """
        from ..api.private import get_v1_referral_referee_info

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_referral_referee_info.sync(
                    client=self._client,
                    page=page,
                    size=size,
                    sort=sort,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def referee_rebate_summary(
        self,
        *,
        start_date: str,
        end_date: str,
    ) -> GetRefereeRebateSummaryResponseData:
        """Get referee rebate summary: ``GET /v1/referral/referee_rebate_summary`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-rebate-summary
        """
        from ..api.private import get_v1_referral_referee_rebate_summary

        answer = get_v1_referral_referee_rebate_summary.sync(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return answer.data

    def update(
        self,
        *,
        account_id: str,
        referral_code: str,
        bonus_max_rebate_rate: Number,
        bonus_referrer_rebate_rate: Number,
        bonus_referee_rebate_rate: Number,
    ) -> None:
        """Update referral code: ``POST /v1/referral/update`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-referral-code
        """
        from ..api.private import post_v1_referral_update
        from ..models.post_v1_referral_update_body import PostV1ReferralUpdateBody

        answer = post_v1_referral_update.sync(
            client=self._client,
            body=PostV1ReferralUpdateBody(
                account_id=account_id,
                referral_code=referral_code,
                bonus_max_rebate_rate=bonus_max_rebate_rate,
                bonus_referrer_rebate_rate=bonus_referrer_rebate_rate,
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            ),
        )
        del answer  # success only: an error answer raised

    def update_auto_referral(
        self,
        *,
        required_trading_volume: Number,
        max_rebate: Number,
        referrer_rebate: Number,
        referee_rebate: Number,
        enable: bool,
        description: str | Unset = UNSET,
    ) -> None:
        """Builder admin update auto referral: ``POST /v1/referral/auto_referral/update`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/builder-admin-update-auto-referral
        """
        from ..api.private import post_v1_referral_auto_referral_update
        from ..models.post_v1_referral_auto_referral_update_body import (
            PostV1ReferralAutoReferralUpdateBody,
        )

        answer = post_v1_referral_auto_referral_update.sync(
            client=self._client,
            body=PostV1ReferralAutoReferralUpdateBody(
                required_trading_volume=required_trading_volume,
                max_rebate=max_rebate,
                referrer_rebate=referrer_rebate,
                referee_rebate=referee_rebate,
                enable=enable,
                description=description,
            ),
        )
        del answer  # success only: an error answer raised

    def verify_code(
        self,
        *,
        referral_code: str,
    ) -> VerifyReferralCodeResponseData:
        """Verify referral code: ``GET /v1/public/referral/verify_ref_code``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/verify-multilevel-referral-code
        """
        from ..api.public import get_v1_public_referral_verify_ref_code

        answer = get_v1_public_referral_verify_ref_code.sync(
            client=self._client,
            referral_code=referral_code,
        )
        return answer.data


class AsyncReferral:
    """``aclient.referral``: the referral operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncReferralWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncReferralWithRawResponse(self._client)

    async def admin_info(
        self,
        *,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
    ) -> GetReferralCodeResponseData:
        """Get referral code info: ``GET /v1/referral/admin_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referral-code-info
        """
        from ..api.private import get_v1_referral_admin_info

        answer = await get_v1_referral_admin_info.asyncio(
            client=self._client,
            page=page,
            size=size,
            user_address=user_address,
            account_id=account_id,
            sort_by=sort_by,
        )
        return answer.data

    async def auto_referral_info(
        self,
    ) -> BuilderAutoReferralInfoResponseData | Unset:
        """Builder admin get auto referral info: ``GET /v1/referral/auto_referral/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/builder-admin-get-auto-referral-info
        """
        from ..api.private import get_v1_referral_auto_referral_info

        answer = await get_v1_referral_auto_referral_info.asyncio(
            client=self._client,
        )
        return answer.data

    async def auto_referral_progress(
        self,
    ) -> AutoReferralProgressResponseData | Unset:
        """Get auto referral progress: ``GET /v1/referral/auto_referral/progress`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-auto-referral-progress
        """
        from ..api.private import get_v1_referral_auto_referral_progress

        answer = await get_v1_referral_auto_referral_progress.asyncio(
            client=self._client,
        )
        return answer.data

    async def bind(
        self,
        *,
        referral_code: str,
    ) -> None:
        """Bind referral code: ``POST /v1/referral/bind`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/bind-multilevel-referral-code
        """
        from ..api.private import post_v1_referral_bind
        from ..models.post_v1_referral_bind_body import PostV1ReferralBindBody

        answer = await post_v1_referral_bind.asyncio(
            client=self._client,
            body=PostV1ReferralBindBody(
                referral_code=referral_code,
            ),
        )
        del answer  # success only: an error answer raised

    async def check_code(
        self,
        *,
        account_id: str,
    ) -> CheckReferralCodeResponseData:
        """Check referral code: ``GET /v1/public/referral/check_ref_code``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-multilevel-referral-code
        """
        from ..api.public import get_v1_public_referral_check_ref_code

        answer = await get_v1_public_referral_check_ref_code.asyncio(
            client=self._client,
            account_id=account_id,
        )
        return answer.data

    async def create(
        self,
        *,
        account_id: str,
        referral_code: str,
        bonus_max_rebate_rate: Number,
        bonus_referrer_rebate_rate: Number,
        bonus_referee_rebate_rate: Number,
    ) -> None:
        """Create referral code: ``POST /v1/referral/create`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-referral-code
        """
        from ..api.private import post_v1_referral_create
        from ..models.post_v1_referral_create_body import PostV1ReferralCreateBody

        answer = await post_v1_referral_create.asyncio(
            client=self._client,
            body=PostV1ReferralCreateBody(
                account_id=account_id,
                referral_code=referral_code,
                bonus_max_rebate_rate=bonus_max_rebate_rate,
                bonus_referrer_rebate_rate=bonus_referrer_rebate_rate,
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            ),
        )
        del answer  # success only: an error answer raised

    async def edit_code(
        self,
        *,
        current_referral_code: str,
        new_referral_code: str,
    ) -> None:
        """Edit referral code: ``POST /v1/referral/edit_referral_code`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-multilevel-referral-code
        """
        from ..api.private import post_v1_referral_edit_referral_code
        from ..models.post_v1_referral_edit_referral_code_body import (
            PostV1ReferralEditReferralCodeBody,
        )

        answer = await post_v1_referral_edit_referral_code.asyncio(
            client=self._client,
            body=PostV1ReferralEditReferralCodeBody(
                current_referral_code=current_referral_code,
                new_referral_code=new_referral_code,
            ),
        )
        del answer  # success only: an error answer raised

    async def edit_description(
        self,
        *,
        user_address: str,
        description: None | str | Unset = UNSET,
    ) -> None | PostV1ReferralEditDescriptionResponse200DataType0 | Unset:
        """Edit referral description: ``POST /v1/referral/edit_description`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-referral-description
        """
        from ..api.private import post_v1_referral_edit_description
        from ..models.post_v1_referral_edit_description_body import (
            PostV1ReferralEditDescriptionBody,
        )

        answer = await post_v1_referral_edit_description.asyncio(
            client=self._client,
            body=PostV1ReferralEditDescriptionBody(
                user_address=user_address,
                description=description,
            ),
        )
        return answer.data

    async def edit_referee_description(
        self,
        *,
        user_address: str,
        description: None | str | Unset = UNSET,
    ) -> None | PostV1ReferralEditRefereeDescriptionResponse200DataType0 | Unset:
        """Edit direct referee description: ``POST /v1/referral/edit_referee_description`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-direct-referee-description
        """
        from ..api.private import post_v1_referral_edit_referee_description
        from ..models.post_v1_referral_edit_referee_description_body import (
            PostV1ReferralEditRefereeDescriptionBody,
        )

        answer = await post_v1_referral_edit_referee_description.asyncio(
            client=self._client,
            body=PostV1ReferralEditRefereeDescriptionBody(
                user_address=user_address,
                description=description,
            ),
        )
        return answer.data

    async def edit_split(
        self,
        *,
        referral_code: str,
        bonus_referrer_rebate_rate: Number,
        bonus_referee_rebate_rate: Number,
    ) -> None:
        """Edit referral code split: ``POST /v1/referral/edit_split`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-referral-code-split
        """
        from ..api.private import post_v1_referral_edit_split
        from ..models.post_v1_referral_edit_split_body import (
            PostV1ReferralEditSplitBody,
        )

        answer = await post_v1_referral_edit_split.asyncio(
            client=self._client,
            body=PostV1ReferralEditSplitBody(
                referral_code=referral_code,
                bonus_referrer_rebate_rate=bonus_referrer_rebate_rate,
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            ),
        )
        del answer  # success only: an error answer raised

    async def history(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> AsyncIterator[GetReferralHistoryResponseDataRowsItem]:
        """Get referral history: ``GET /v1/referral/referral_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-referral-history
        """
        from ..api.private import get_v1_referral_referral_history

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_referral_referral_history.asyncio(
                    client=self._client,
                    start_date=start_date,
                    end_date=end_date,
                    page=page,
                    size=size,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def info(
        self,
    ) -> GetReferralInfoResponseData:
        """Get referral info: ``GET /v1/referral/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referral-info
        """
        from ..api.private import get_v1_referral_info

        answer = await get_v1_referral_info.asyncio(
            client=self._client,
        )
        return answer.data

    async def rebate_summary(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> AsyncIterator[GetRebateSummaryResponseDataRowsItem]:
        """Get referral rebate summary: ``GET /v1/referral/rebate_summary`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-referral-rebate-summary
        """
        from ..api.private import get_v1_referral_rebate_summary

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_referral_rebate_summary.asyncio(
                    client=self._client,
                    start_date=start_date,
                    end_date=end_date,
                    page=page,
                    size=size,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def referee_history(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> AsyncIterator[GetRefereeHistoryResponseDataRowsItem]:
        """Get referee history: ``GET /v1/referral/referee_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-history
        """
        from ..api.private import get_v1_referral_referee_history

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_referral_referee_history.asyncio(
                    client=self._client,
                    start_date=start_date,
                    end_date=end_date,
                    page=page,
                    size=size,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def referee_info(
        self,
        *,
        size: int | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> AsyncIterator[GetRefereeInfoResponseDataRowsItem]:
        """Get referee info: ``GET /v1/referral/referee_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-info
        """
        from ..api.private import get_v1_referral_referee_info

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_referral_referee_info.asyncio(
                    client=self._client,
                    page=page,
                    size=size,
                    sort=sort,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def referee_rebate_summary(
        self,
        *,
        start_date: str,
        end_date: str,
    ) -> GetRefereeRebateSummaryResponseData:
        """Get referee rebate summary: ``GET /v1/referral/referee_rebate_summary`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-rebate-summary
        """
        from ..api.private import get_v1_referral_referee_rebate_summary

        answer = await get_v1_referral_referee_rebate_summary.asyncio(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return answer.data

    async def update(
        self,
        *,
        account_id: str,
        referral_code: str,
        bonus_max_rebate_rate: Number,
        bonus_referrer_rebate_rate: Number,
        bonus_referee_rebate_rate: Number,
    ) -> None:
        """Update referral code: ``POST /v1/referral/update`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-referral-code
        """
        from ..api.private import post_v1_referral_update
        from ..models.post_v1_referral_update_body import PostV1ReferralUpdateBody

        answer = await post_v1_referral_update.asyncio(
            client=self._client,
            body=PostV1ReferralUpdateBody(
                account_id=account_id,
                referral_code=referral_code,
                bonus_max_rebate_rate=bonus_max_rebate_rate,
                bonus_referrer_rebate_rate=bonus_referrer_rebate_rate,
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            ),
        )
        del answer  # success only: an error answer raised

    async def update_auto_referral(
        self,
        *,
        required_trading_volume: Number,
        max_rebate: Number,
        referrer_rebate: Number,
        referee_rebate: Number,
        enable: bool,
        description: str | Unset = UNSET,
    ) -> None:
        """Builder admin update auto referral: ``POST /v1/referral/auto_referral/update`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/builder-admin-update-auto-referral
        """
        from ..api.private import post_v1_referral_auto_referral_update
        from ..models.post_v1_referral_auto_referral_update_body import (
            PostV1ReferralAutoReferralUpdateBody,
        )

        answer = await post_v1_referral_auto_referral_update.asyncio(
            client=self._client,
            body=PostV1ReferralAutoReferralUpdateBody(
                required_trading_volume=required_trading_volume,
                max_rebate=max_rebate,
                referrer_rebate=referrer_rebate,
                referee_rebate=referee_rebate,
                enable=enable,
                description=description,
            ),
        )
        del answer  # success only: an error answer raised

    async def verify_code(
        self,
        *,
        referral_code: str,
    ) -> VerifyReferralCodeResponseData:
        """Verify referral code: ``GET /v1/public/referral/verify_ref_code``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/verify-multilevel-referral-code
        """
        from ..api.public import get_v1_public_referral_verify_ref_code

        answer = await get_v1_public_referral_verify_ref_code.asyncio(
            client=self._client,
            referral_code=referral_code,
        )
        return answer.data


class ReferralWithRawResponse:
    """``client.referral.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def admin_info(
        self,
        *,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
    ) -> Response[GetReferralCodeResponse]:
        """Get referral code info: ``GET /v1/referral/admin_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referral-code-info
        """
        from ..api.private import get_v1_referral_admin_info

        return get_v1_referral_admin_info.sync_detailed(
            client=self._client,
            page=page,
            size=size,
            user_address=user_address,
            account_id=account_id,
            sort_by=sort_by,
        )

    def auto_referral_info(
        self,
    ) -> Response[BuilderAutoReferralInfoResponse]:
        """Builder admin get auto referral info: ``GET /v1/referral/auto_referral/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/builder-admin-get-auto-referral-info
        """
        from ..api.private import get_v1_referral_auto_referral_info

        return get_v1_referral_auto_referral_info.sync_detailed(
            client=self._client,
        )

    def auto_referral_progress(
        self,
    ) -> Response[AutoReferralProgressResponse]:
        """Get auto referral progress: ``GET /v1/referral/auto_referral/progress`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-auto-referral-progress
        """
        from ..api.private import get_v1_referral_auto_referral_progress

        return get_v1_referral_auto_referral_progress.sync_detailed(
            client=self._client,
        )

    def bind(
        self,
        *,
        referral_code: str,
    ) -> Response[BasicResponse]:
        """Bind referral code: ``POST /v1/referral/bind`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/bind-multilevel-referral-code
        """
        from ..api.private import post_v1_referral_bind
        from ..models.post_v1_referral_bind_body import PostV1ReferralBindBody

        return post_v1_referral_bind.sync_detailed(
            client=self._client,
            body=PostV1ReferralBindBody(
                referral_code=referral_code,
            ),
        )

    def check_code(
        self,
        *,
        account_id: str,
    ) -> Response[CheckReferralCodeResponse]:
        """Check referral code: ``GET /v1/public/referral/check_ref_code``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-multilevel-referral-code
        """
        from ..api.public import get_v1_public_referral_check_ref_code

        return get_v1_public_referral_check_ref_code.sync_detailed(
            client=self._client,
            account_id=account_id,
        )

    def create(
        self,
        *,
        account_id: str,
        referral_code: str,
        bonus_max_rebate_rate: Number,
        bonus_referrer_rebate_rate: Number,
        bonus_referee_rebate_rate: Number,
    ) -> Response[BasicResponse]:
        """Create referral code: ``POST /v1/referral/create`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-referral-code
        """
        from ..api.private import post_v1_referral_create
        from ..models.post_v1_referral_create_body import PostV1ReferralCreateBody

        return post_v1_referral_create.sync_detailed(
            client=self._client,
            body=PostV1ReferralCreateBody(
                account_id=account_id,
                referral_code=referral_code,
                bonus_max_rebate_rate=bonus_max_rebate_rate,
                bonus_referrer_rebate_rate=bonus_referrer_rebate_rate,
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            ),
        )

    def edit_code(
        self,
        *,
        current_referral_code: str,
        new_referral_code: str,
    ) -> Response[BasicResponse]:
        """Edit referral code: ``POST /v1/referral/edit_referral_code`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-multilevel-referral-code
        """
        from ..api.private import post_v1_referral_edit_referral_code
        from ..models.post_v1_referral_edit_referral_code_body import (
            PostV1ReferralEditReferralCodeBody,
        )

        return post_v1_referral_edit_referral_code.sync_detailed(
            client=self._client,
            body=PostV1ReferralEditReferralCodeBody(
                current_referral_code=current_referral_code,
                new_referral_code=new_referral_code,
            ),
        )

    def edit_description(
        self,
        *,
        user_address: str,
        description: None | str | Unset = UNSET,
    ) -> Response[PostV1ReferralEditDescriptionResponse200]:
        """Edit referral description: ``POST /v1/referral/edit_description`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-referral-description
        """
        from ..api.private import post_v1_referral_edit_description
        from ..models.post_v1_referral_edit_description_body import (
            PostV1ReferralEditDescriptionBody,
        )

        return post_v1_referral_edit_description.sync_detailed(
            client=self._client,
            body=PostV1ReferralEditDescriptionBody(
                user_address=user_address,
                description=description,
            ),
        )

    def edit_referee_description(
        self,
        *,
        user_address: str,
        description: None | str | Unset = UNSET,
    ) -> Response[PostV1ReferralEditRefereeDescriptionResponse200]:
        """Edit direct referee description: ``POST /v1/referral/edit_referee_description`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-direct-referee-description
        """
        from ..api.private import post_v1_referral_edit_referee_description
        from ..models.post_v1_referral_edit_referee_description_body import (
            PostV1ReferralEditRefereeDescriptionBody,
        )

        return post_v1_referral_edit_referee_description.sync_detailed(
            client=self._client,
            body=PostV1ReferralEditRefereeDescriptionBody(
                user_address=user_address,
                description=description,
            ),
        )

    def edit_split(
        self,
        *,
        referral_code: str,
        bonus_referrer_rebate_rate: Number,
        bonus_referee_rebate_rate: Number,
    ) -> Response[BasicResponse]:
        """Edit referral code split: ``POST /v1/referral/edit_split`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-referral-code-split
        """
        from ..api.private import post_v1_referral_edit_split
        from ..models.post_v1_referral_edit_split_body import (
            PostV1ReferralEditSplitBody,
        )

        return post_v1_referral_edit_split.sync_detailed(
            client=self._client,
            body=PostV1ReferralEditSplitBody(
                referral_code=referral_code,
                bonus_referrer_rebate_rate=bonus_referrer_rebate_rate,
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            ),
        )

    def history(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[GetReferralHistoryResponse]:
        """Get referral history: ``GET /v1/referral/referral_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-referral-history
        """
        from ..api.private import get_v1_referral_referral_history

        return get_v1_referral_referral_history.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
        )

    def info(
        self,
    ) -> Response[GetReferralInfoResponse]:
        """Get referral info: ``GET /v1/referral/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referral-info
        """
        from ..api.private import get_v1_referral_info

        return get_v1_referral_info.sync_detailed(
            client=self._client,
        )

    def rebate_summary(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[GetRebateSummaryResponse]:
        """Get referral rebate summary: ``GET /v1/referral/rebate_summary`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-referral-rebate-summary
        """
        from ..api.private import get_v1_referral_rebate_summary

        return get_v1_referral_rebate_summary.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
        )

    def referee_history(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[GetRefereeHistoryResponse]:
        """Get referee history: ``GET /v1/referral/referee_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-history
        """
        from ..api.private import get_v1_referral_referee_history

        return get_v1_referral_referee_history.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
        )

    def referee_info(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[GetRefereeInfoResponse]:
        """Get referee info: ``GET /v1/referral/referee_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-info
        """
        from ..api.private import get_v1_referral_referee_info

        return get_v1_referral_referee_info.sync_detailed(
            client=self._client,
            page=page,
            size=size,
            sort=sort,
        )

    def referee_rebate_summary(
        self,
        *,
        start_date: str,
        end_date: str,
    ) -> Response[GetRefereeRebateSummaryResponse]:
        """Get referee rebate summary: ``GET /v1/referral/referee_rebate_summary`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-rebate-summary
        """
        from ..api.private import get_v1_referral_referee_rebate_summary

        return get_v1_referral_referee_rebate_summary.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )

    def update(
        self,
        *,
        account_id: str,
        referral_code: str,
        bonus_max_rebate_rate: Number,
        bonus_referrer_rebate_rate: Number,
        bonus_referee_rebate_rate: Number,
    ) -> Response[BasicResponse]:
        """Update referral code: ``POST /v1/referral/update`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-referral-code
        """
        from ..api.private import post_v1_referral_update
        from ..models.post_v1_referral_update_body import PostV1ReferralUpdateBody

        return post_v1_referral_update.sync_detailed(
            client=self._client,
            body=PostV1ReferralUpdateBody(
                account_id=account_id,
                referral_code=referral_code,
                bonus_max_rebate_rate=bonus_max_rebate_rate,
                bonus_referrer_rebate_rate=bonus_referrer_rebate_rate,
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            ),
        )

    def update_auto_referral(
        self,
        *,
        required_trading_volume: Number,
        max_rebate: Number,
        referrer_rebate: Number,
        referee_rebate: Number,
        enable: bool,
        description: str | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Builder admin update auto referral: ``POST /v1/referral/auto_referral/update`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/builder-admin-update-auto-referral
        """
        from ..api.private import post_v1_referral_auto_referral_update
        from ..models.post_v1_referral_auto_referral_update_body import (
            PostV1ReferralAutoReferralUpdateBody,
        )

        return post_v1_referral_auto_referral_update.sync_detailed(
            client=self._client,
            body=PostV1ReferralAutoReferralUpdateBody(
                required_trading_volume=required_trading_volume,
                max_rebate=max_rebate,
                referrer_rebate=referrer_rebate,
                referee_rebate=referee_rebate,
                enable=enable,
                description=description,
            ),
        )

    def verify_code(
        self,
        *,
        referral_code: str,
    ) -> Response[VerifyReferralCodeResponse]:
        """Verify referral code: ``GET /v1/public/referral/verify_ref_code``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/verify-multilevel-referral-code
        """
        from ..api.public import get_v1_public_referral_verify_ref_code

        return get_v1_public_referral_verify_ref_code.sync_detailed(
            client=self._client,
            referral_code=referral_code,
        )


class AsyncReferralWithRawResponse:
    """``aclient.referral.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def admin_info(
        self,
        *,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
    ) -> Response[GetReferralCodeResponse]:
        """Get referral code info: ``GET /v1/referral/admin_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referral-code-info
        """
        from ..api.private import get_v1_referral_admin_info

        return await get_v1_referral_admin_info.asyncio_detailed(
            client=self._client,
            page=page,
            size=size,
            user_address=user_address,
            account_id=account_id,
            sort_by=sort_by,
        )

    async def auto_referral_info(
        self,
    ) -> Response[BuilderAutoReferralInfoResponse]:
        """Builder admin get auto referral info: ``GET /v1/referral/auto_referral/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/builder-admin-get-auto-referral-info
        """
        from ..api.private import get_v1_referral_auto_referral_info

        return await get_v1_referral_auto_referral_info.asyncio_detailed(
            client=self._client,
        )

    async def auto_referral_progress(
        self,
    ) -> Response[AutoReferralProgressResponse]:
        """Get auto referral progress: ``GET /v1/referral/auto_referral/progress`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-auto-referral-progress
        """
        from ..api.private import get_v1_referral_auto_referral_progress

        return await get_v1_referral_auto_referral_progress.asyncio_detailed(
            client=self._client,
        )

    async def bind(
        self,
        *,
        referral_code: str,
    ) -> Response[BasicResponse]:
        """Bind referral code: ``POST /v1/referral/bind`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/bind-multilevel-referral-code
        """
        from ..api.private import post_v1_referral_bind
        from ..models.post_v1_referral_bind_body import PostV1ReferralBindBody

        return await post_v1_referral_bind.asyncio_detailed(
            client=self._client,
            body=PostV1ReferralBindBody(
                referral_code=referral_code,
            ),
        )

    async def check_code(
        self,
        *,
        account_id: str,
    ) -> Response[CheckReferralCodeResponse]:
        """Check referral code: ``GET /v1/public/referral/check_ref_code``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-multilevel-referral-code
        """
        from ..api.public import get_v1_public_referral_check_ref_code

        return await get_v1_public_referral_check_ref_code.asyncio_detailed(
            client=self._client,
            account_id=account_id,
        )

    async def create(
        self,
        *,
        account_id: str,
        referral_code: str,
        bonus_max_rebate_rate: Number,
        bonus_referrer_rebate_rate: Number,
        bonus_referee_rebate_rate: Number,
    ) -> Response[BasicResponse]:
        """Create referral code: ``POST /v1/referral/create`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-referral-code
        """
        from ..api.private import post_v1_referral_create
        from ..models.post_v1_referral_create_body import PostV1ReferralCreateBody

        return await post_v1_referral_create.asyncio_detailed(
            client=self._client,
            body=PostV1ReferralCreateBody(
                account_id=account_id,
                referral_code=referral_code,
                bonus_max_rebate_rate=bonus_max_rebate_rate,
                bonus_referrer_rebate_rate=bonus_referrer_rebate_rate,
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            ),
        )

    async def edit_code(
        self,
        *,
        current_referral_code: str,
        new_referral_code: str,
    ) -> Response[BasicResponse]:
        """Edit referral code: ``POST /v1/referral/edit_referral_code`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-multilevel-referral-code
        """
        from ..api.private import post_v1_referral_edit_referral_code
        from ..models.post_v1_referral_edit_referral_code_body import (
            PostV1ReferralEditReferralCodeBody,
        )

        return await post_v1_referral_edit_referral_code.asyncio_detailed(
            client=self._client,
            body=PostV1ReferralEditReferralCodeBody(
                current_referral_code=current_referral_code,
                new_referral_code=new_referral_code,
            ),
        )

    async def edit_description(
        self,
        *,
        user_address: str,
        description: None | str | Unset = UNSET,
    ) -> Response[PostV1ReferralEditDescriptionResponse200]:
        """Edit referral description: ``POST /v1/referral/edit_description`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-referral-description
        """
        from ..api.private import post_v1_referral_edit_description
        from ..models.post_v1_referral_edit_description_body import (
            PostV1ReferralEditDescriptionBody,
        )

        return await post_v1_referral_edit_description.asyncio_detailed(
            client=self._client,
            body=PostV1ReferralEditDescriptionBody(
                user_address=user_address,
                description=description,
            ),
        )

    async def edit_referee_description(
        self,
        *,
        user_address: str,
        description: None | str | Unset = UNSET,
    ) -> Response[PostV1ReferralEditRefereeDescriptionResponse200]:
        """Edit direct referee description: ``POST /v1/referral/edit_referee_description`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-direct-referee-description
        """
        from ..api.private import post_v1_referral_edit_referee_description
        from ..models.post_v1_referral_edit_referee_description_body import (
            PostV1ReferralEditRefereeDescriptionBody,
        )

        return await post_v1_referral_edit_referee_description.asyncio_detailed(
            client=self._client,
            body=PostV1ReferralEditRefereeDescriptionBody(
                user_address=user_address,
                description=description,
            ),
        )

    async def edit_split(
        self,
        *,
        referral_code: str,
        bonus_referrer_rebate_rate: Number,
        bonus_referee_rebate_rate: Number,
    ) -> Response[BasicResponse]:
        """Edit referral code split: ``POST /v1/referral/edit_split`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-referral-code-split
        """
        from ..api.private import post_v1_referral_edit_split
        from ..models.post_v1_referral_edit_split_body import (
            PostV1ReferralEditSplitBody,
        )

        return await post_v1_referral_edit_split.asyncio_detailed(
            client=self._client,
            body=PostV1ReferralEditSplitBody(
                referral_code=referral_code,
                bonus_referrer_rebate_rate=bonus_referrer_rebate_rate,
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            ),
        )

    async def history(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[GetReferralHistoryResponse]:
        """Get referral history: ``GET /v1/referral/referral_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-referral-history
        """
        from ..api.private import get_v1_referral_referral_history

        return await get_v1_referral_referral_history.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
        )

    async def info(
        self,
    ) -> Response[GetReferralInfoResponse]:
        """Get referral info: ``GET /v1/referral/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referral-info
        """
        from ..api.private import get_v1_referral_info

        return await get_v1_referral_info.asyncio_detailed(
            client=self._client,
        )

    async def rebate_summary(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[GetRebateSummaryResponse]:
        """Get referral rebate summary: ``GET /v1/referral/rebate_summary`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-referral-rebate-summary
        """
        from ..api.private import get_v1_referral_rebate_summary

        return await get_v1_referral_rebate_summary.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
        )

    async def referee_history(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[GetRefereeHistoryResponse]:
        """Get referee history: ``GET /v1/referral/referee_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-history
        """
        from ..api.private import get_v1_referral_referee_history

        return await get_v1_referral_referee_history.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
        )

    async def referee_info(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Response[GetRefereeInfoResponse]:
        """Get referee info: ``GET /v1/referral/referee_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-info
        """
        from ..api.private import get_v1_referral_referee_info

        return await get_v1_referral_referee_info.asyncio_detailed(
            client=self._client,
            page=page,
            size=size,
            sort=sort,
        )

    async def referee_rebate_summary(
        self,
        *,
        start_date: str,
        end_date: str,
    ) -> Response[GetRefereeRebateSummaryResponse]:
        """Get referee rebate summary: ``GET /v1/referral/referee_rebate_summary`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-rebate-summary
        """
        from ..api.private import get_v1_referral_referee_rebate_summary

        return await get_v1_referral_referee_rebate_summary.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )

    async def update(
        self,
        *,
        account_id: str,
        referral_code: str,
        bonus_max_rebate_rate: Number,
        bonus_referrer_rebate_rate: Number,
        bonus_referee_rebate_rate: Number,
    ) -> Response[BasicResponse]:
        """Update referral code: ``POST /v1/referral/update`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-referral-code
        """
        from ..api.private import post_v1_referral_update
        from ..models.post_v1_referral_update_body import PostV1ReferralUpdateBody

        return await post_v1_referral_update.asyncio_detailed(
            client=self._client,
            body=PostV1ReferralUpdateBody(
                account_id=account_id,
                referral_code=referral_code,
                bonus_max_rebate_rate=bonus_max_rebate_rate,
                bonus_referrer_rebate_rate=bonus_referrer_rebate_rate,
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            ),
        )

    async def update_auto_referral(
        self,
        *,
        required_trading_volume: Number,
        max_rebate: Number,
        referrer_rebate: Number,
        referee_rebate: Number,
        enable: bool,
        description: str | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Builder admin update auto referral: ``POST /v1/referral/auto_referral/update`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/builder-admin-update-auto-referral
        """
        from ..api.private import post_v1_referral_auto_referral_update
        from ..models.post_v1_referral_auto_referral_update_body import (
            PostV1ReferralAutoReferralUpdateBody,
        )

        return await post_v1_referral_auto_referral_update.asyncio_detailed(
            client=self._client,
            body=PostV1ReferralAutoReferralUpdateBody(
                required_trading_volume=required_trading_volume,
                max_rebate=max_rebate,
                referrer_rebate=referrer_rebate,
                referee_rebate=referee_rebate,
                enable=enable,
                description=description,
            ),
        )

    async def verify_code(
        self,
        *,
        referral_code: str,
    ) -> Response[VerifyReferralCodeResponse]:
        """Verify referral code: ``GET /v1/public/referral/verify_ref_code``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/verify-multilevel-referral-code
        """
        from ..api.public import get_v1_public_referral_verify_ref_code

        return await get_v1_public_referral_verify_ref_code.asyncio_detailed(
            client=self._client,
            referral_code=referral_code,
        )
