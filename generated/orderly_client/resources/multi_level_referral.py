"""``client.multi_level_referral``: ``admin_referees``, ``claim_code``, ``config``, ``configure``, ``create_affiliate_code``, ``info``, ``max_rebate_rate``, ``rebate_info``, ``referees``, ``reset_affiliate_rate``, ``reset_referee_rate``, ``statistics``, ``summary``, ``update_affiliate_rate``, ``update_config``, ``update_referee_rate``, ``volume_prerequisite``."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Number, Response, Unset

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.basic_response import BasicResponse
    from ..models.claim_code_response import ClaimCodeResponse
    from ..models.claim_code_response_data import ClaimCodeResponseData
    from ..models.enable_multi_level_response import EnableMultiLevelResponse
    from ..models.enable_multi_level_response_data import EnableMultiLevelResponseData
    from ..models.get_admin_referee_list_response import GetAdminRefereeListResponse
    from ..models.get_admin_referee_list_response_data import (
        GetAdminRefereeListResponseData,
    )
    from ..models.get_max_rebate_rate_response import GetMaxRebateRateResponse
    from ..models.get_max_rebate_rate_response_data import GetMaxRebateRateResponseData
    from ..models.get_multi_level_admin_config_response import (
        GetMultiLevelAdminConfigResponse,
    )
    from ..models.get_multi_level_admin_config_response_data import (
        GetMultiLevelAdminConfigResponseData,
    )
    from ..models.get_multi_level_admin_info_response import (
        GetMultiLevelAdminInfoResponse,
    )
    from ..models.get_multi_level_admin_info_response_data import (
        GetMultiLevelAdminInfoResponseData,
    )
    from ..models.get_multi_level_admin_summary_response import (
        GetMultiLevelAdminSummaryResponse,
    )
    from ..models.get_multi_level_admin_summary_response_data import (
        GetMultiLevelAdminSummaryResponseData,
    )
    from ..models.get_multi_level_statistics_response import (
        GetMultiLevelStatisticsResponse,
    )
    from ..models.get_multi_level_statistics_response_data import (
        GetMultiLevelStatisticsResponseData,
    )
    from ..models.get_rebate_info_response import GetRebateInfoResponse
    from ..models.get_rebate_info_response_data import GetRebateInfoResponseData
    from ..models.get_referee_list_response import GetRefereeListResponse
    from ..models.get_referee_list_response_data import GetRefereeListResponseData
    from ..models.get_v1_referral_multi_level_admin_info_sort_by import (
        GetV1ReferralMultiLevelAdminInfoSortBy,
    )
    from ..models.get_v1_referral_multi_level_admin_summary_aggregate_by import (
        GetV1ReferralMultiLevelAdminSummaryAggregateBy,
    )
    from ..models.get_v1_referral_multi_level_statistics_time_range import (
        GetV1ReferralMultiLevelStatisticsTimeRange,
    )
    from ..models.get_volume_prerequisite_response import GetVolumePrerequisiteResponse
    from ..models.get_volume_prerequisite_response_data import (
        GetVolumePrerequisiteResponseData,
    )
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncMultiLevelReferral",
    "AsyncMultiLevelReferralWithRawResponse",
    "MultiLevelReferral",
    "MultiLevelReferralWithRawResponse",
]


class MultiLevelReferral:
    """``client.multi_level_referral``: the multi level referral operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> MultiLevelReferralWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return MultiLevelReferralWithRawResponse(self._client)

    def admin_referees(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        user_address: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        referrer_address: str | Unset = UNSET,
        referrer_account: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
    ) -> GetAdminRefereeListResponseData | Unset:
        """Get admin referee list: ``GET /v1/referral/multi_level/admin/referee_list`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-admin-referee-list
        """
        from ..api.private import get_v1_referral_multi_level_admin_referee_list

        answer = get_v1_referral_multi_level_admin_referee_list.sync(
            client=self._client,
            page=page,
            size=size,
            user_address=user_address,
            account_id=account_id,
            referrer_address=referrer_address,
            referrer_account=referrer_account,
            sort_by=sort_by,
            sort_order=sort_order,
        )
        return answer.data

    def claim_code(
        self,
        *,
        bonus_referee_rebate_rate: Number | Unset = UNSET,
    ) -> ClaimCodeResponseData | Unset:
        """Claim referral code: ``POST /v1/referral/multi_level/claim_code`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/claim-referral-code
        """
        from ..api.private import post_v1_referral_multi_level_claim_code
        from ..models.post_v1_referral_multi_level_claim_code_body import (
            PostV1ReferralMultiLevelClaimCodeBody,
        )

        answer = post_v1_referral_multi_level_claim_code.sync(
            client=self._client,
            body=PostV1ReferralMultiLevelClaimCodeBody(
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            ),
        )
        return answer.data

    def config(
        self,
    ) -> GetMultiLevelAdminConfigResponseData | Unset:
        """Get multilevel referral config: ``GET /v1/referral/multi_level/admin`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-referral-config
        """
        from ..api.private import get_v1_referral_multi_level_admin

        answer = get_v1_referral_multi_level_admin.sync(
            client=self._client,
        )
        return answer.data

    def configure(
        self,
        *,
        enable: bool,
        required_volume: Number,
        default_bonus_rebate_rate: Number,
        base_rebate_rate: Number,
    ) -> EnableMultiLevelResponseData | Unset:
        """Enable or configure multilevel referral: ``POST /v1/referral/multi_level/admin`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/enable-or-configure-multilevel-referral
        """
        from ..api.private import post_v1_referral_multi_level_admin
        from ..models.post_v1_referral_multi_level_admin_body import (
            PostV1ReferralMultiLevelAdminBody,
        )

        answer = post_v1_referral_multi_level_admin.sync(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminBody(
                enable=enable,
                required_volume=required_volume,
                default_bonus_rebate_rate=default_bonus_rebate_rate,
                base_rebate_rate=base_rebate_rate,
            ),
        )
        return answer.data

    def create_affiliate_code(
        self,
        *,
        account_id: str,
        bonus_max_rebate_rate: Number,
        referral_code: str | Unset = UNSET,
    ) -> None:
        """Create multilevel referral code on affiliate's behalf: ``POST /v1/referral/multi_level/admin/create/affiliate`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-multilevel-referral-code-on-affiliates-behalf
        """
        from ..api.private import post_v1_referral_multi_level_admin_create_affiliate
        from ..models.post_v1_referral_multi_level_admin_create_affiliate_body import (
            PostV1ReferralMultiLevelAdminCreateAffiliateBody,
        )

        answer = post_v1_referral_multi_level_admin_create_affiliate.sync(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminCreateAffiliateBody(
                account_id=account_id,
                bonus_max_rebate_rate=bonus_max_rebate_rate,
                referral_code=referral_code,
            ),
        )
        del answer  # success only: an error answer raised

    def info(
        self,
        *,
        user_address: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        referrer_account: str | Unset = UNSET,
        referrer_address: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: GetV1ReferralMultiLevelAdminInfoSortBy
        | Literal["bonus_max_rebate_rate", "referee_volume", "total_invites", "total_traded"]
        | Unset = UNSET,
        level: int | Unset = UNSET,
    ) -> GetMultiLevelAdminInfoResponseData | Unset:
        """Get multilevel info: ``GET /v1/referral/multi_level/admin/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-info
        """
        from ..api.private import get_v1_referral_multi_level_admin_info
        from ..models.get_v1_referral_multi_level_admin_info_sort_by import (
            to_get_v1_referral_multi_level_admin_info_sort_by_or_unset,
        )

        answer = get_v1_referral_multi_level_admin_info.sync(
            client=self._client,
            user_address=user_address,
            account_id=account_id,
            referrer_account=referrer_account,
            referrer_address=referrer_address,
            page=page,
            size=size,
            sort_by=to_get_v1_referral_multi_level_admin_info_sort_by_or_unset(sort_by),
            level=level,
        )
        return answer.data

    def max_rebate_rate(
        self,
    ) -> GetMaxRebateRateResponseData | Unset:
        """Get max rebate rate: ``GET /v1/referral/multi_level/max_rebate_rate`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-max-rebate-rate
        """
        from ..api.private import get_v1_referral_multi_level_max_rebate_rate

        answer = get_v1_referral_multi_level_max_rebate_rate.sync(
            client=self._client,
        )
        return answer.data

    def rebate_info(
        self,
    ) -> GetRebateInfoResponseData | Unset:
        """Get rebate info: ``GET /v1/referral/multi_level/rebate_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-rebate-info
        """
        from ..api.private import get_v1_referral_multi_level_rebate_info

        answer = get_v1_referral_multi_level_rebate_info.sync(
            client=self._client,
        )
        return answer.data

    def referees(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        address: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
    ) -> GetRefereeListResponseData | Unset:
        """Get referee list: ``GET /v1/referral/multi_level/referee_list`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-list
        """
        from ..api.private import get_v1_referral_multi_level_referee_list

        answer = get_v1_referral_multi_level_referee_list.sync(
            client=self._client,
            page=page,
            size=size,
            address=address,
            sort_by=sort_by,
            sort_order=sort_order,
        )
        return answer.data

    def reset_affiliate_rate(
        self,
        *,
        account_ids: builtins.list[str],
    ) -> None:
        """Reset L1 affiliate rebate rate: ``POST /v1/referral/multi_level/admin/reset/affiliate`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-l1-affiliate-rebate-rate
        """
        from ..api.private import post_v1_referral_multi_level_admin_reset_affiliate
        from ..models.post_v1_referral_multi_level_admin_reset_affiliate_body import (
            PostV1ReferralMultiLevelAdminResetAffiliateBody,
        )

        answer = post_v1_referral_multi_level_admin_reset_affiliate.sync(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminResetAffiliateBody(
                account_ids=account_ids,
            ),
        )
        del answer  # success only: an error answer raised

    def reset_referee_rate(
        self,
        *,
        account_ids: builtins.list[str],
    ) -> None:
        """Reset referee rebate rate: ``POST /v1/referral/multi_level/rebate_rate/set_default`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-referee-rebate-rate
        """
        from ..api.private import post_v1_referral_multi_level_rebate_rate_set_default
        from ..models.post_v1_referral_multi_level_rebate_rate_set_default_body import (
            PostV1ReferralMultiLevelRebateRateSetDefaultBody,
        )

        answer = post_v1_referral_multi_level_rebate_rate_set_default.sync(
            client=self._client,
            body=PostV1ReferralMultiLevelRebateRateSetDefaultBody(
                account_ids=account_ids,
            ),
        )
        del answer  # success only: an error answer raised

    def statistics(
        self,
        *,
        time_range: GetV1ReferralMultiLevelStatisticsTimeRange | Literal["1d", "30d", "7d", "all_time"],
    ) -> GetMultiLevelStatisticsResponseData | Unset:
        """Get multilevel statistics: ``GET /v1/referral/multi_level/statistics`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-statistics
        """
        from ..api.private import get_v1_referral_multi_level_statistics
        from ..models.get_v1_referral_multi_level_statistics_time_range import (
            to_get_v1_referral_multi_level_statistics_time_range,
        )

        answer = get_v1_referral_multi_level_statistics.sync(
            client=self._client,
            time_range=to_get_v1_referral_multi_level_statistics_time_range(time_range),
        )
        return answer.data

    def summary(
        self,
        *,
        start_date: str,
        end_date: str,
        aggregate_by: GetV1ReferralMultiLevelAdminSummaryAggregateBy | Literal["account_id", "date"],
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        account_id: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
    ) -> GetMultiLevelAdminSummaryResponseData | Unset:
        """Get multilevel summary info: ``GET /v1/referral/multi_level/admin/summary`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-summary-info
        """
        from ..api.private import get_v1_referral_multi_level_admin_summary
        from ..models.get_v1_referral_multi_level_admin_summary_aggregate_by import (
            to_get_v1_referral_multi_level_admin_summary_aggregate_by,
        )

        answer = get_v1_referral_multi_level_admin_summary.sync(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
            aggregate_by=to_get_v1_referral_multi_level_admin_summary_aggregate_by(aggregate_by),
            account_id=account_id,
            user_address=user_address,
            sort_by=sort_by,
        )
        return answer.data

    def update_affiliate_rate(
        self,
        *,
        bonus_rebate_rate: Number,
        account_ids: builtins.list[str],
    ) -> None:
        """Update L1 affiliate rebate rate: ``POST /v1/referral/multi_level/admin/update/affiliate`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-l1-affiliate-rebate-rate
        """
        from ..api.private import post_v1_referral_multi_level_admin_update_affiliate
        from ..models.post_v1_referral_multi_level_admin_update_affiliate_body import (
            PostV1ReferralMultiLevelAdminUpdateAffiliateBody,
        )

        answer = post_v1_referral_multi_level_admin_update_affiliate.sync(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminUpdateAffiliateBody(
                bonus_rebate_rate=bonus_rebate_rate,
                account_ids=account_ids,
            ),
        )
        del answer  # success only: an error answer raised

    def update_config(
        self,
        *,
        required_volume: Number | Unset = UNSET,
        default_bonus_rebate_rate: Number | Unset = UNSET,
        base_rebate_rate: Number | Unset = UNSET,
    ) -> None:
        """Update multilevel referral config: ``POST /v1/referral/multi_level/admin/update`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-multilevel-referral-config
        """
        from ..api.private import post_v1_referral_multi_level_admin_update
        from ..models.post_v1_referral_multi_level_admin_update_body import (
            PostV1ReferralMultiLevelAdminUpdateBody,
        )

        answer = post_v1_referral_multi_level_admin_update.sync(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminUpdateBody(
                required_volume=required_volume,
                default_bonus_rebate_rate=default_bonus_rebate_rate,
                base_rebate_rate=base_rebate_rate,
            ),
        )
        del answer  # success only: an error answer raised

    def update_referee_rate(
        self,
        *,
        bonus_referee_rebate_rate: Number | Unset = UNSET,
        account_ids: builtins.list[str] | Unset = UNSET,
    ) -> None:
        """Update referee rebate rate: ``POST /v1/referral/multi_level/rebate_rate/update`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-referee-rebate-rate
        """
        from ..api.private import post_v1_referral_multi_level_rebate_rate_update
        from ..models.post_v1_referral_multi_level_rebate_rate_update_body import (
            PostV1ReferralMultiLevelRebateRateUpdateBody,
        )

        answer = post_v1_referral_multi_level_rebate_rate_update.sync(
            client=self._client,
            body=PostV1ReferralMultiLevelRebateRateUpdateBody(
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
                account_ids=account_ids,
            ),
        )
        del answer  # success only: an error answer raised

    def volume_prerequisite(
        self,
    ) -> GetVolumePrerequisiteResponseData | Unset:
        """Get volume prerequisite: ``GET /v1/referral/multi_level/volume_prerequisite`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-volume-prerequisite
        """
        from ..api.private import get_v1_referral_multi_level_volume_prerequisite

        answer = get_v1_referral_multi_level_volume_prerequisite.sync(
            client=self._client,
        )
        return answer.data


class AsyncMultiLevelReferral:
    """``aclient.multi_level_referral``: the multi level referral operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncMultiLevelReferralWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncMultiLevelReferralWithRawResponse(self._client)

    async def admin_referees(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        user_address: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        referrer_address: str | Unset = UNSET,
        referrer_account: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
    ) -> GetAdminRefereeListResponseData | Unset:
        """Get admin referee list: ``GET /v1/referral/multi_level/admin/referee_list`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-admin-referee-list
        """
        from ..api.private import get_v1_referral_multi_level_admin_referee_list

        answer = await get_v1_referral_multi_level_admin_referee_list.asyncio(
            client=self._client,
            page=page,
            size=size,
            user_address=user_address,
            account_id=account_id,
            referrer_address=referrer_address,
            referrer_account=referrer_account,
            sort_by=sort_by,
            sort_order=sort_order,
        )
        return answer.data

    async def claim_code(
        self,
        *,
        bonus_referee_rebate_rate: Number | Unset = UNSET,
    ) -> ClaimCodeResponseData | Unset:
        """Claim referral code: ``POST /v1/referral/multi_level/claim_code`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/claim-referral-code
        """
        from ..api.private import post_v1_referral_multi_level_claim_code
        from ..models.post_v1_referral_multi_level_claim_code_body import (
            PostV1ReferralMultiLevelClaimCodeBody,
        )

        answer = await post_v1_referral_multi_level_claim_code.asyncio(
            client=self._client,
            body=PostV1ReferralMultiLevelClaimCodeBody(
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            ),
        )
        return answer.data

    async def config(
        self,
    ) -> GetMultiLevelAdminConfigResponseData | Unset:
        """Get multilevel referral config: ``GET /v1/referral/multi_level/admin`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-referral-config
        """
        from ..api.private import get_v1_referral_multi_level_admin

        answer = await get_v1_referral_multi_level_admin.asyncio(
            client=self._client,
        )
        return answer.data

    async def configure(
        self,
        *,
        enable: bool,
        required_volume: Number,
        default_bonus_rebate_rate: Number,
        base_rebate_rate: Number,
    ) -> EnableMultiLevelResponseData | Unset:
        """Enable or configure multilevel referral: ``POST /v1/referral/multi_level/admin`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/enable-or-configure-multilevel-referral
        """
        from ..api.private import post_v1_referral_multi_level_admin
        from ..models.post_v1_referral_multi_level_admin_body import (
            PostV1ReferralMultiLevelAdminBody,
        )

        answer = await post_v1_referral_multi_level_admin.asyncio(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminBody(
                enable=enable,
                required_volume=required_volume,
                default_bonus_rebate_rate=default_bonus_rebate_rate,
                base_rebate_rate=base_rebate_rate,
            ),
        )
        return answer.data

    async def create_affiliate_code(
        self,
        *,
        account_id: str,
        bonus_max_rebate_rate: Number,
        referral_code: str | Unset = UNSET,
    ) -> None:
        """Create multilevel referral code on affiliate's behalf: ``POST /v1/referral/multi_level/admin/create/affiliate`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-multilevel-referral-code-on-affiliates-behalf
        """
        from ..api.private import post_v1_referral_multi_level_admin_create_affiliate
        from ..models.post_v1_referral_multi_level_admin_create_affiliate_body import (
            PostV1ReferralMultiLevelAdminCreateAffiliateBody,
        )

        answer = await post_v1_referral_multi_level_admin_create_affiliate.asyncio(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminCreateAffiliateBody(
                account_id=account_id,
                bonus_max_rebate_rate=bonus_max_rebate_rate,
                referral_code=referral_code,
            ),
        )
        del answer  # success only: an error answer raised

    async def info(
        self,
        *,
        user_address: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        referrer_account: str | Unset = UNSET,
        referrer_address: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: GetV1ReferralMultiLevelAdminInfoSortBy
        | Literal["bonus_max_rebate_rate", "referee_volume", "total_invites", "total_traded"]
        | Unset = UNSET,
        level: int | Unset = UNSET,
    ) -> GetMultiLevelAdminInfoResponseData | Unset:
        """Get multilevel info: ``GET /v1/referral/multi_level/admin/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-info
        """
        from ..api.private import get_v1_referral_multi_level_admin_info
        from ..models.get_v1_referral_multi_level_admin_info_sort_by import (
            to_get_v1_referral_multi_level_admin_info_sort_by_or_unset,
        )

        answer = await get_v1_referral_multi_level_admin_info.asyncio(
            client=self._client,
            user_address=user_address,
            account_id=account_id,
            referrer_account=referrer_account,
            referrer_address=referrer_address,
            page=page,
            size=size,
            sort_by=to_get_v1_referral_multi_level_admin_info_sort_by_or_unset(sort_by),
            level=level,
        )
        return answer.data

    async def max_rebate_rate(
        self,
    ) -> GetMaxRebateRateResponseData | Unset:
        """Get max rebate rate: ``GET /v1/referral/multi_level/max_rebate_rate`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-max-rebate-rate
        """
        from ..api.private import get_v1_referral_multi_level_max_rebate_rate

        answer = await get_v1_referral_multi_level_max_rebate_rate.asyncio(
            client=self._client,
        )
        return answer.data

    async def rebate_info(
        self,
    ) -> GetRebateInfoResponseData | Unset:
        """Get rebate info: ``GET /v1/referral/multi_level/rebate_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-rebate-info
        """
        from ..api.private import get_v1_referral_multi_level_rebate_info

        answer = await get_v1_referral_multi_level_rebate_info.asyncio(
            client=self._client,
        )
        return answer.data

    async def referees(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        address: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
    ) -> GetRefereeListResponseData | Unset:
        """Get referee list: ``GET /v1/referral/multi_level/referee_list`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-list
        """
        from ..api.private import get_v1_referral_multi_level_referee_list

        answer = await get_v1_referral_multi_level_referee_list.asyncio(
            client=self._client,
            page=page,
            size=size,
            address=address,
            sort_by=sort_by,
            sort_order=sort_order,
        )
        return answer.data

    async def reset_affiliate_rate(
        self,
        *,
        account_ids: builtins.list[str],
    ) -> None:
        """Reset L1 affiliate rebate rate: ``POST /v1/referral/multi_level/admin/reset/affiliate`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-l1-affiliate-rebate-rate
        """
        from ..api.private import post_v1_referral_multi_level_admin_reset_affiliate
        from ..models.post_v1_referral_multi_level_admin_reset_affiliate_body import (
            PostV1ReferralMultiLevelAdminResetAffiliateBody,
        )

        answer = await post_v1_referral_multi_level_admin_reset_affiliate.asyncio(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminResetAffiliateBody(
                account_ids=account_ids,
            ),
        )
        del answer  # success only: an error answer raised

    async def reset_referee_rate(
        self,
        *,
        account_ids: builtins.list[str],
    ) -> None:
        """Reset referee rebate rate: ``POST /v1/referral/multi_level/rebate_rate/set_default`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-referee-rebate-rate
        """
        from ..api.private import post_v1_referral_multi_level_rebate_rate_set_default
        from ..models.post_v1_referral_multi_level_rebate_rate_set_default_body import (
            PostV1ReferralMultiLevelRebateRateSetDefaultBody,
        )

        answer = await post_v1_referral_multi_level_rebate_rate_set_default.asyncio(
            client=self._client,
            body=PostV1ReferralMultiLevelRebateRateSetDefaultBody(
                account_ids=account_ids,
            ),
        )
        del answer  # success only: an error answer raised

    async def statistics(
        self,
        *,
        time_range: GetV1ReferralMultiLevelStatisticsTimeRange | Literal["1d", "30d", "7d", "all_time"],
    ) -> GetMultiLevelStatisticsResponseData | Unset:
        """Get multilevel statistics: ``GET /v1/referral/multi_level/statistics`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-statistics
        """
        from ..api.private import get_v1_referral_multi_level_statistics
        from ..models.get_v1_referral_multi_level_statistics_time_range import (
            to_get_v1_referral_multi_level_statistics_time_range,
        )

        answer = await get_v1_referral_multi_level_statistics.asyncio(
            client=self._client,
            time_range=to_get_v1_referral_multi_level_statistics_time_range(time_range),
        )
        return answer.data

    async def summary(
        self,
        *,
        start_date: str,
        end_date: str,
        aggregate_by: GetV1ReferralMultiLevelAdminSummaryAggregateBy | Literal["account_id", "date"],
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        account_id: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
    ) -> GetMultiLevelAdminSummaryResponseData | Unset:
        """Get multilevel summary info: ``GET /v1/referral/multi_level/admin/summary`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-summary-info
        """
        from ..api.private import get_v1_referral_multi_level_admin_summary
        from ..models.get_v1_referral_multi_level_admin_summary_aggregate_by import (
            to_get_v1_referral_multi_level_admin_summary_aggregate_by,
        )

        answer = await get_v1_referral_multi_level_admin_summary.asyncio(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
            aggregate_by=to_get_v1_referral_multi_level_admin_summary_aggregate_by(aggregate_by),
            account_id=account_id,
            user_address=user_address,
            sort_by=sort_by,
        )
        return answer.data

    async def update_affiliate_rate(
        self,
        *,
        bonus_rebate_rate: Number,
        account_ids: builtins.list[str],
    ) -> None:
        """Update L1 affiliate rebate rate: ``POST /v1/referral/multi_level/admin/update/affiliate`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-l1-affiliate-rebate-rate
        """
        from ..api.private import post_v1_referral_multi_level_admin_update_affiliate
        from ..models.post_v1_referral_multi_level_admin_update_affiliate_body import (
            PostV1ReferralMultiLevelAdminUpdateAffiliateBody,
        )

        answer = await post_v1_referral_multi_level_admin_update_affiliate.asyncio(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminUpdateAffiliateBody(
                bonus_rebate_rate=bonus_rebate_rate,
                account_ids=account_ids,
            ),
        )
        del answer  # success only: an error answer raised

    async def update_config(
        self,
        *,
        required_volume: Number | Unset = UNSET,
        default_bonus_rebate_rate: Number | Unset = UNSET,
        base_rebate_rate: Number | Unset = UNSET,
    ) -> None:
        """Update multilevel referral config: ``POST /v1/referral/multi_level/admin/update`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-multilevel-referral-config
        """
        from ..api.private import post_v1_referral_multi_level_admin_update
        from ..models.post_v1_referral_multi_level_admin_update_body import (
            PostV1ReferralMultiLevelAdminUpdateBody,
        )

        answer = await post_v1_referral_multi_level_admin_update.asyncio(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminUpdateBody(
                required_volume=required_volume,
                default_bonus_rebate_rate=default_bonus_rebate_rate,
                base_rebate_rate=base_rebate_rate,
            ),
        )
        del answer  # success only: an error answer raised

    async def update_referee_rate(
        self,
        *,
        bonus_referee_rebate_rate: Number | Unset = UNSET,
        account_ids: builtins.list[str] | Unset = UNSET,
    ) -> None:
        """Update referee rebate rate: ``POST /v1/referral/multi_level/rebate_rate/update`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-referee-rebate-rate
        """
        from ..api.private import post_v1_referral_multi_level_rebate_rate_update
        from ..models.post_v1_referral_multi_level_rebate_rate_update_body import (
            PostV1ReferralMultiLevelRebateRateUpdateBody,
        )

        answer = await post_v1_referral_multi_level_rebate_rate_update.asyncio(
            client=self._client,
            body=PostV1ReferralMultiLevelRebateRateUpdateBody(
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
                account_ids=account_ids,
            ),
        )
        del answer  # success only: an error answer raised

    async def volume_prerequisite(
        self,
    ) -> GetVolumePrerequisiteResponseData | Unset:
        """Get volume prerequisite: ``GET /v1/referral/multi_level/volume_prerequisite`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-volume-prerequisite
        """
        from ..api.private import get_v1_referral_multi_level_volume_prerequisite

        answer = await get_v1_referral_multi_level_volume_prerequisite.asyncio(
            client=self._client,
        )
        return answer.data


class MultiLevelReferralWithRawResponse:
    """``client.multi_level_referral.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def admin_referees(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        user_address: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        referrer_address: str | Unset = UNSET,
        referrer_account: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
    ) -> Response[GetAdminRefereeListResponse]:
        """Get admin referee list: ``GET /v1/referral/multi_level/admin/referee_list`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-admin-referee-list
        """
        from ..api.private import get_v1_referral_multi_level_admin_referee_list

        return get_v1_referral_multi_level_admin_referee_list.sync_detailed(
            client=self._client,
            page=page,
            size=size,
            user_address=user_address,
            account_id=account_id,
            referrer_address=referrer_address,
            referrer_account=referrer_account,
            sort_by=sort_by,
            sort_order=sort_order,
        )

    def claim_code(
        self,
        *,
        bonus_referee_rebate_rate: Number | Unset = UNSET,
    ) -> Response[ClaimCodeResponse]:
        """Claim referral code: ``POST /v1/referral/multi_level/claim_code`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/claim-referral-code
        """
        from ..api.private import post_v1_referral_multi_level_claim_code
        from ..models.post_v1_referral_multi_level_claim_code_body import (
            PostV1ReferralMultiLevelClaimCodeBody,
        )

        return post_v1_referral_multi_level_claim_code.sync_detailed(
            client=self._client,
            body=PostV1ReferralMultiLevelClaimCodeBody(
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            ),
        )

    def config(
        self,
    ) -> Response[GetMultiLevelAdminConfigResponse]:
        """Get multilevel referral config: ``GET /v1/referral/multi_level/admin`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-referral-config
        """
        from ..api.private import get_v1_referral_multi_level_admin

        return get_v1_referral_multi_level_admin.sync_detailed(
            client=self._client,
        )

    def configure(
        self,
        *,
        enable: bool,
        required_volume: Number,
        default_bonus_rebate_rate: Number,
        base_rebate_rate: Number,
    ) -> Response[EnableMultiLevelResponse]:
        """Enable or configure multilevel referral: ``POST /v1/referral/multi_level/admin`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/enable-or-configure-multilevel-referral
        """
        from ..api.private import post_v1_referral_multi_level_admin
        from ..models.post_v1_referral_multi_level_admin_body import (
            PostV1ReferralMultiLevelAdminBody,
        )

        return post_v1_referral_multi_level_admin.sync_detailed(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminBody(
                enable=enable,
                required_volume=required_volume,
                default_bonus_rebate_rate=default_bonus_rebate_rate,
                base_rebate_rate=base_rebate_rate,
            ),
        )

    def create_affiliate_code(
        self,
        *,
        account_id: str,
        bonus_max_rebate_rate: Number,
        referral_code: str | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Create multilevel referral code on affiliate's behalf: ``POST /v1/referral/multi_level/admin/create/affiliate`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-multilevel-referral-code-on-affiliates-behalf
        """
        from ..api.private import post_v1_referral_multi_level_admin_create_affiliate
        from ..models.post_v1_referral_multi_level_admin_create_affiliate_body import (
            PostV1ReferralMultiLevelAdminCreateAffiliateBody,
        )

        return post_v1_referral_multi_level_admin_create_affiliate.sync_detailed(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminCreateAffiliateBody(
                account_id=account_id,
                bonus_max_rebate_rate=bonus_max_rebate_rate,
                referral_code=referral_code,
            ),
        )

    def info(
        self,
        *,
        user_address: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        referrer_account: str | Unset = UNSET,
        referrer_address: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: GetV1ReferralMultiLevelAdminInfoSortBy
        | Literal["bonus_max_rebate_rate", "referee_volume", "total_invites", "total_traded"]
        | Unset = UNSET,
        level: int | Unset = UNSET,
    ) -> Response[GetMultiLevelAdminInfoResponse]:
        """Get multilevel info: ``GET /v1/referral/multi_level/admin/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-info
        """
        from ..api.private import get_v1_referral_multi_level_admin_info
        from ..models.get_v1_referral_multi_level_admin_info_sort_by import (
            to_get_v1_referral_multi_level_admin_info_sort_by_or_unset,
        )

        return get_v1_referral_multi_level_admin_info.sync_detailed(
            client=self._client,
            user_address=user_address,
            account_id=account_id,
            referrer_account=referrer_account,
            referrer_address=referrer_address,
            page=page,
            size=size,
            sort_by=to_get_v1_referral_multi_level_admin_info_sort_by_or_unset(sort_by),
            level=level,
        )

    def max_rebate_rate(
        self,
    ) -> Response[GetMaxRebateRateResponse]:
        """Get max rebate rate: ``GET /v1/referral/multi_level/max_rebate_rate`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-max-rebate-rate
        """
        from ..api.private import get_v1_referral_multi_level_max_rebate_rate

        return get_v1_referral_multi_level_max_rebate_rate.sync_detailed(
            client=self._client,
        )

    def rebate_info(
        self,
    ) -> Response[GetRebateInfoResponse]:
        """Get rebate info: ``GET /v1/referral/multi_level/rebate_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-rebate-info
        """
        from ..api.private import get_v1_referral_multi_level_rebate_info

        return get_v1_referral_multi_level_rebate_info.sync_detailed(
            client=self._client,
        )

    def referees(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        address: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
    ) -> Response[GetRefereeListResponse]:
        """Get referee list: ``GET /v1/referral/multi_level/referee_list`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-list
        """
        from ..api.private import get_v1_referral_multi_level_referee_list

        return get_v1_referral_multi_level_referee_list.sync_detailed(
            client=self._client,
            page=page,
            size=size,
            address=address,
            sort_by=sort_by,
            sort_order=sort_order,
        )

    def reset_affiliate_rate(
        self,
        *,
        account_ids: builtins.list[str],
    ) -> Response[BasicResponse]:
        """Reset L1 affiliate rebate rate: ``POST /v1/referral/multi_level/admin/reset/affiliate`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-l1-affiliate-rebate-rate
        """
        from ..api.private import post_v1_referral_multi_level_admin_reset_affiliate
        from ..models.post_v1_referral_multi_level_admin_reset_affiliate_body import (
            PostV1ReferralMultiLevelAdminResetAffiliateBody,
        )

        return post_v1_referral_multi_level_admin_reset_affiliate.sync_detailed(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminResetAffiliateBody(
                account_ids=account_ids,
            ),
        )

    def reset_referee_rate(
        self,
        *,
        account_ids: builtins.list[str],
    ) -> Response[BasicResponse]:
        """Reset referee rebate rate: ``POST /v1/referral/multi_level/rebate_rate/set_default`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-referee-rebate-rate
        """
        from ..api.private import post_v1_referral_multi_level_rebate_rate_set_default
        from ..models.post_v1_referral_multi_level_rebate_rate_set_default_body import (
            PostV1ReferralMultiLevelRebateRateSetDefaultBody,
        )

        return post_v1_referral_multi_level_rebate_rate_set_default.sync_detailed(
            client=self._client,
            body=PostV1ReferralMultiLevelRebateRateSetDefaultBody(
                account_ids=account_ids,
            ),
        )

    def statistics(
        self,
        *,
        time_range: GetV1ReferralMultiLevelStatisticsTimeRange | Literal["1d", "30d", "7d", "all_time"],
    ) -> Response[GetMultiLevelStatisticsResponse]:
        """Get multilevel statistics: ``GET /v1/referral/multi_level/statistics`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-statistics
        """
        from ..api.private import get_v1_referral_multi_level_statistics
        from ..models.get_v1_referral_multi_level_statistics_time_range import (
            to_get_v1_referral_multi_level_statistics_time_range,
        )

        return get_v1_referral_multi_level_statistics.sync_detailed(
            client=self._client,
            time_range=to_get_v1_referral_multi_level_statistics_time_range(time_range),
        )

    def summary(
        self,
        *,
        start_date: str,
        end_date: str,
        aggregate_by: GetV1ReferralMultiLevelAdminSummaryAggregateBy | Literal["account_id", "date"],
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        account_id: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
    ) -> Response[GetMultiLevelAdminSummaryResponse]:
        """Get multilevel summary info: ``GET /v1/referral/multi_level/admin/summary`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-summary-info
        """
        from ..api.private import get_v1_referral_multi_level_admin_summary
        from ..models.get_v1_referral_multi_level_admin_summary_aggregate_by import (
            to_get_v1_referral_multi_level_admin_summary_aggregate_by,
        )

        return get_v1_referral_multi_level_admin_summary.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
            aggregate_by=to_get_v1_referral_multi_level_admin_summary_aggregate_by(aggregate_by),
            account_id=account_id,
            user_address=user_address,
            sort_by=sort_by,
        )

    def update_affiliate_rate(
        self,
        *,
        bonus_rebate_rate: Number,
        account_ids: builtins.list[str],
    ) -> Response[BasicResponse]:
        """Update L1 affiliate rebate rate: ``POST /v1/referral/multi_level/admin/update/affiliate`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-l1-affiliate-rebate-rate
        """
        from ..api.private import post_v1_referral_multi_level_admin_update_affiliate
        from ..models.post_v1_referral_multi_level_admin_update_affiliate_body import (
            PostV1ReferralMultiLevelAdminUpdateAffiliateBody,
        )

        return post_v1_referral_multi_level_admin_update_affiliate.sync_detailed(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminUpdateAffiliateBody(
                bonus_rebate_rate=bonus_rebate_rate,
                account_ids=account_ids,
            ),
        )

    def update_config(
        self,
        *,
        required_volume: Number | Unset = UNSET,
        default_bonus_rebate_rate: Number | Unset = UNSET,
        base_rebate_rate: Number | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Update multilevel referral config: ``POST /v1/referral/multi_level/admin/update`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-multilevel-referral-config
        """
        from ..api.private import post_v1_referral_multi_level_admin_update
        from ..models.post_v1_referral_multi_level_admin_update_body import (
            PostV1ReferralMultiLevelAdminUpdateBody,
        )

        return post_v1_referral_multi_level_admin_update.sync_detailed(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminUpdateBody(
                required_volume=required_volume,
                default_bonus_rebate_rate=default_bonus_rebate_rate,
                base_rebate_rate=base_rebate_rate,
            ),
        )

    def update_referee_rate(
        self,
        *,
        bonus_referee_rebate_rate: Number | Unset = UNSET,
        account_ids: builtins.list[str] | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Update referee rebate rate: ``POST /v1/referral/multi_level/rebate_rate/update`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-referee-rebate-rate
        """
        from ..api.private import post_v1_referral_multi_level_rebate_rate_update
        from ..models.post_v1_referral_multi_level_rebate_rate_update_body import (
            PostV1ReferralMultiLevelRebateRateUpdateBody,
        )

        return post_v1_referral_multi_level_rebate_rate_update.sync_detailed(
            client=self._client,
            body=PostV1ReferralMultiLevelRebateRateUpdateBody(
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
                account_ids=account_ids,
            ),
        )

    def volume_prerequisite(
        self,
    ) -> Response[GetVolumePrerequisiteResponse]:
        """Get volume prerequisite: ``GET /v1/referral/multi_level/volume_prerequisite`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-volume-prerequisite
        """
        from ..api.private import get_v1_referral_multi_level_volume_prerequisite

        return get_v1_referral_multi_level_volume_prerequisite.sync_detailed(
            client=self._client,
        )


class AsyncMultiLevelReferralWithRawResponse:
    """``aclient.multi_level_referral.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def admin_referees(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        user_address: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        referrer_address: str | Unset = UNSET,
        referrer_account: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
    ) -> Response[GetAdminRefereeListResponse]:
        """Get admin referee list: ``GET /v1/referral/multi_level/admin/referee_list`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-admin-referee-list
        """
        from ..api.private import get_v1_referral_multi_level_admin_referee_list

        return await get_v1_referral_multi_level_admin_referee_list.asyncio_detailed(
            client=self._client,
            page=page,
            size=size,
            user_address=user_address,
            account_id=account_id,
            referrer_address=referrer_address,
            referrer_account=referrer_account,
            sort_by=sort_by,
            sort_order=sort_order,
        )

    async def claim_code(
        self,
        *,
        bonus_referee_rebate_rate: Number | Unset = UNSET,
    ) -> Response[ClaimCodeResponse]:
        """Claim referral code: ``POST /v1/referral/multi_level/claim_code`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/claim-referral-code
        """
        from ..api.private import post_v1_referral_multi_level_claim_code
        from ..models.post_v1_referral_multi_level_claim_code_body import (
            PostV1ReferralMultiLevelClaimCodeBody,
        )

        return await post_v1_referral_multi_level_claim_code.asyncio_detailed(
            client=self._client,
            body=PostV1ReferralMultiLevelClaimCodeBody(
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            ),
        )

    async def config(
        self,
    ) -> Response[GetMultiLevelAdminConfigResponse]:
        """Get multilevel referral config: ``GET /v1/referral/multi_level/admin`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-referral-config
        """
        from ..api.private import get_v1_referral_multi_level_admin

        return await get_v1_referral_multi_level_admin.asyncio_detailed(
            client=self._client,
        )

    async def configure(
        self,
        *,
        enable: bool,
        required_volume: Number,
        default_bonus_rebate_rate: Number,
        base_rebate_rate: Number,
    ) -> Response[EnableMultiLevelResponse]:
        """Enable or configure multilevel referral: ``POST /v1/referral/multi_level/admin`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/enable-or-configure-multilevel-referral
        """
        from ..api.private import post_v1_referral_multi_level_admin
        from ..models.post_v1_referral_multi_level_admin_body import (
            PostV1ReferralMultiLevelAdminBody,
        )

        return await post_v1_referral_multi_level_admin.asyncio_detailed(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminBody(
                enable=enable,
                required_volume=required_volume,
                default_bonus_rebate_rate=default_bonus_rebate_rate,
                base_rebate_rate=base_rebate_rate,
            ),
        )

    async def create_affiliate_code(
        self,
        *,
        account_id: str,
        bonus_max_rebate_rate: Number,
        referral_code: str | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Create multilevel referral code on affiliate's behalf: ``POST /v1/referral/multi_level/admin/create/affiliate`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-multilevel-referral-code-on-affiliates-behalf
        """
        from ..api.private import post_v1_referral_multi_level_admin_create_affiliate
        from ..models.post_v1_referral_multi_level_admin_create_affiliate_body import (
            PostV1ReferralMultiLevelAdminCreateAffiliateBody,
        )

        return await post_v1_referral_multi_level_admin_create_affiliate.asyncio_detailed(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminCreateAffiliateBody(
                account_id=account_id,
                bonus_max_rebate_rate=bonus_max_rebate_rate,
                referral_code=referral_code,
            ),
        )

    async def info(
        self,
        *,
        user_address: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        referrer_account: str | Unset = UNSET,
        referrer_address: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: GetV1ReferralMultiLevelAdminInfoSortBy
        | Literal["bonus_max_rebate_rate", "referee_volume", "total_invites", "total_traded"]
        | Unset = UNSET,
        level: int | Unset = UNSET,
    ) -> Response[GetMultiLevelAdminInfoResponse]:
        """Get multilevel info: ``GET /v1/referral/multi_level/admin/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-info
        """
        from ..api.private import get_v1_referral_multi_level_admin_info
        from ..models.get_v1_referral_multi_level_admin_info_sort_by import (
            to_get_v1_referral_multi_level_admin_info_sort_by_or_unset,
        )

        return await get_v1_referral_multi_level_admin_info.asyncio_detailed(
            client=self._client,
            user_address=user_address,
            account_id=account_id,
            referrer_account=referrer_account,
            referrer_address=referrer_address,
            page=page,
            size=size,
            sort_by=to_get_v1_referral_multi_level_admin_info_sort_by_or_unset(sort_by),
            level=level,
        )

    async def max_rebate_rate(
        self,
    ) -> Response[GetMaxRebateRateResponse]:
        """Get max rebate rate: ``GET /v1/referral/multi_level/max_rebate_rate`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-max-rebate-rate
        """
        from ..api.private import get_v1_referral_multi_level_max_rebate_rate

        return await get_v1_referral_multi_level_max_rebate_rate.asyncio_detailed(
            client=self._client,
        )

    async def rebate_info(
        self,
    ) -> Response[GetRebateInfoResponse]:
        """Get rebate info: ``GET /v1/referral/multi_level/rebate_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-rebate-info
        """
        from ..api.private import get_v1_referral_multi_level_rebate_info

        return await get_v1_referral_multi_level_rebate_info.asyncio_detailed(
            client=self._client,
        )

    async def referees(
        self,
        *,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        address: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
    ) -> Response[GetRefereeListResponse]:
        """Get referee list: ``GET /v1/referral/multi_level/referee_list`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-list
        """
        from ..api.private import get_v1_referral_multi_level_referee_list

        return await get_v1_referral_multi_level_referee_list.asyncio_detailed(
            client=self._client,
            page=page,
            size=size,
            address=address,
            sort_by=sort_by,
            sort_order=sort_order,
        )

    async def reset_affiliate_rate(
        self,
        *,
        account_ids: builtins.list[str],
    ) -> Response[BasicResponse]:
        """Reset L1 affiliate rebate rate: ``POST /v1/referral/multi_level/admin/reset/affiliate`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-l1-affiliate-rebate-rate
        """
        from ..api.private import post_v1_referral_multi_level_admin_reset_affiliate
        from ..models.post_v1_referral_multi_level_admin_reset_affiliate_body import (
            PostV1ReferralMultiLevelAdminResetAffiliateBody,
        )

        return await post_v1_referral_multi_level_admin_reset_affiliate.asyncio_detailed(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminResetAffiliateBody(
                account_ids=account_ids,
            ),
        )

    async def reset_referee_rate(
        self,
        *,
        account_ids: builtins.list[str],
    ) -> Response[BasicResponse]:
        """Reset referee rebate rate: ``POST /v1/referral/multi_level/rebate_rate/set_default`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-referee-rebate-rate
        """
        from ..api.private import post_v1_referral_multi_level_rebate_rate_set_default
        from ..models.post_v1_referral_multi_level_rebate_rate_set_default_body import (
            PostV1ReferralMultiLevelRebateRateSetDefaultBody,
        )

        return await post_v1_referral_multi_level_rebate_rate_set_default.asyncio_detailed(
            client=self._client,
            body=PostV1ReferralMultiLevelRebateRateSetDefaultBody(
                account_ids=account_ids,
            ),
        )

    async def statistics(
        self,
        *,
        time_range: GetV1ReferralMultiLevelStatisticsTimeRange | Literal["1d", "30d", "7d", "all_time"],
    ) -> Response[GetMultiLevelStatisticsResponse]:
        """Get multilevel statistics: ``GET /v1/referral/multi_level/statistics`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-statistics
        """
        from ..api.private import get_v1_referral_multi_level_statistics
        from ..models.get_v1_referral_multi_level_statistics_time_range import (
            to_get_v1_referral_multi_level_statistics_time_range,
        )

        return await get_v1_referral_multi_level_statistics.asyncio_detailed(
            client=self._client,
            time_range=to_get_v1_referral_multi_level_statistics_time_range(time_range),
        )

    async def summary(
        self,
        *,
        start_date: str,
        end_date: str,
        aggregate_by: GetV1ReferralMultiLevelAdminSummaryAggregateBy | Literal["account_id", "date"],
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        account_id: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
    ) -> Response[GetMultiLevelAdminSummaryResponse]:
        """Get multilevel summary info: ``GET /v1/referral/multi_level/admin/summary`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-summary-info
        """
        from ..api.private import get_v1_referral_multi_level_admin_summary
        from ..models.get_v1_referral_multi_level_admin_summary_aggregate_by import (
            to_get_v1_referral_multi_level_admin_summary_aggregate_by,
        )

        return await get_v1_referral_multi_level_admin_summary.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
            aggregate_by=to_get_v1_referral_multi_level_admin_summary_aggregate_by(aggregate_by),
            account_id=account_id,
            user_address=user_address,
            sort_by=sort_by,
        )

    async def update_affiliate_rate(
        self,
        *,
        bonus_rebate_rate: Number,
        account_ids: builtins.list[str],
    ) -> Response[BasicResponse]:
        """Update L1 affiliate rebate rate: ``POST /v1/referral/multi_level/admin/update/affiliate`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-l1-affiliate-rebate-rate
        """
        from ..api.private import post_v1_referral_multi_level_admin_update_affiliate
        from ..models.post_v1_referral_multi_level_admin_update_affiliate_body import (
            PostV1ReferralMultiLevelAdminUpdateAffiliateBody,
        )

        return await post_v1_referral_multi_level_admin_update_affiliate.asyncio_detailed(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminUpdateAffiliateBody(
                bonus_rebate_rate=bonus_rebate_rate,
                account_ids=account_ids,
            ),
        )

    async def update_config(
        self,
        *,
        required_volume: Number | Unset = UNSET,
        default_bonus_rebate_rate: Number | Unset = UNSET,
        base_rebate_rate: Number | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Update multilevel referral config: ``POST /v1/referral/multi_level/admin/update`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-multilevel-referral-config
        """
        from ..api.private import post_v1_referral_multi_level_admin_update
        from ..models.post_v1_referral_multi_level_admin_update_body import (
            PostV1ReferralMultiLevelAdminUpdateBody,
        )

        return await post_v1_referral_multi_level_admin_update.asyncio_detailed(
            client=self._client,
            body=PostV1ReferralMultiLevelAdminUpdateBody(
                required_volume=required_volume,
                default_bonus_rebate_rate=default_bonus_rebate_rate,
                base_rebate_rate=base_rebate_rate,
            ),
        )

    async def update_referee_rate(
        self,
        *,
        bonus_referee_rebate_rate: Number | Unset = UNSET,
        account_ids: builtins.list[str] | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Update referee rebate rate: ``POST /v1/referral/multi_level/rebate_rate/update`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-referee-rebate-rate
        """
        from ..api.private import post_v1_referral_multi_level_rebate_rate_update
        from ..models.post_v1_referral_multi_level_rebate_rate_update_body import (
            PostV1ReferralMultiLevelRebateRateUpdateBody,
        )

        return await post_v1_referral_multi_level_rebate_rate_update.asyncio_detailed(
            client=self._client,
            body=PostV1ReferralMultiLevelRebateRateUpdateBody(
                bonus_referee_rebate_rate=bonus_referee_rebate_rate,
                account_ids=account_ids,
            ),
        )

    async def volume_prerequisite(
        self,
    ) -> Response[GetVolumePrerequisiteResponse]:
        """Get volume prerequisite: ``GET /v1/referral/multi_level/volume_prerequisite`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-volume-prerequisite
        """
        from ..api.private import get_v1_referral_multi_level_volume_prerequisite

        return await get_v1_referral_multi_level_volume_prerequisite.asyncio_detailed(
            client=self._client,
        )
