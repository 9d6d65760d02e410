from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_multi_level_admin_summary_response import (
    GetMultiLevelAdminSummaryResponse,
)
from ...models.get_v1_referral_multi_level_admin_summary_aggregate_by import (
    GetV1ReferralMultiLevelAdminSummaryAggregateBy,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: str,
    end_date: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    aggregate_by: GetV1ReferralMultiLevelAdminSummaryAggregateBy,
    account_id: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["page"] = page

    params["size"] = size

    json_aggregate_by = aggregate_by.value
    params["aggregate_by"] = json_aggregate_by

    params["account_id"] = account_id

    params["user_address"] = user_address

    params["sort_by"] = sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/referral/multi_level/admin/summary"},
        "url": "/v1/referral/multi_level/admin/summary",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetMultiLevelAdminSummaryResponse | None:
    if response.status_code == 200:
        response_200 = GetMultiLevelAdminSummaryResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetMultiLevelAdminSummaryResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnparsableResponse(response.status_code, response.content, exc) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_date: str,
    end_date: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    aggregate_by: GetV1ReferralMultiLevelAdminSummaryAggregateBy,
    account_id: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Response[GetMultiLevelAdminSummaryResponse]:
    """Get multilevel summary info

     `GET /v1/referral/multi_level/admin/summary`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-summary-
    info

    Args:
        start_date (str):
        end_date (str):
        page (int | Unset):
        size (int | Unset):
        aggregate_by (GetV1ReferralMultiLevelAdminSummaryAggregateBy):
        account_id (str | Unset):
        user_address (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMultiLevelAdminSummaryResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        page=page,
        size=size,
        aggregate_by=aggregate_by,
        account_id=account_id,
        user_address=user_address,
        sort_by=sort_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_date: str,
    end_date: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    aggregate_by: GetV1ReferralMultiLevelAdminSummaryAggregateBy,
    account_id: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> GetMultiLevelAdminSummaryResponse | None:
    """Get multilevel summary info

     `GET /v1/referral/multi_level/admin/summary`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-summary-
    info

    Args:
        start_date (str):
        end_date (str):
        page (int | Unset):
        size (int | Unset):
        aggregate_by (GetV1ReferralMultiLevelAdminSummaryAggregateBy):
        account_id (str | Unset):
        user_address (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMultiLevelAdminSummaryResponse
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        page=page,
        size=size,
        aggregate_by=aggregate_by,
        account_id=account_id,
        user_address=user_address,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: str,
    end_date: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    aggregate_by: GetV1ReferralMultiLevelAdminSummaryAggregateBy,
    account_id: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Response[GetMultiLevelAdminSummaryResponse]:
    """Get multilevel summary info

     `GET /v1/referral/multi_level/admin/summary`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-summary-
    info

    Args:
        start_date (str):
        end_date (str):
        page (int | Unset):
        size (int | Unset):
        aggregate_by (GetV1ReferralMultiLevelAdminSummaryAggregateBy):
        account_id (str | Unset):
        user_address (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMultiLevelAdminSummaryResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        page=page,
        size=size,
        aggregate_by=aggregate_by,
        account_id=account_id,
        user_address=user_address,
        sort_by=sort_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_date: str,
    end_date: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    aggregate_by: GetV1ReferralMultiLevelAdminSummaryAggregateBy,
    account_id: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> GetMultiLevelAdminSummaryResponse | None:
    """Get multilevel summary info

     `GET /v1/referral/multi_level/admin/summary`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-summary-
    info

    Args:
        start_date (str):
        end_date (str):
        page (int | Unset):
        size (int | Unset):
        aggregate_by (GetV1ReferralMultiLevelAdminSummaryAggregateBy):
        account_id (str | Unset):
        user_address (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMultiLevelAdminSummaryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
            aggregate_by=aggregate_by,
            account_id=account_id,
            user_address=user_address,
            sort_by=sort_by,
        )
    ).parsed
