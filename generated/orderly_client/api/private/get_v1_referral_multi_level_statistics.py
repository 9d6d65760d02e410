from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_multi_level_statistics_response import (
    GetMultiLevelStatisticsResponse,
)
from ...models.get_v1_referral_multi_level_statistics_time_range import (
    GetV1ReferralMultiLevelStatisticsTimeRange,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    time_range: GetV1ReferralMultiLevelStatisticsTimeRange,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_time_range = time_range.value
    params["time_range"] = json_time_range

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/referral/multi_level/statistics"},
        "url": "/v1/referral/multi_level/statistics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetMultiLevelStatisticsResponse | None:
    if response.status_code == 200:
        response_200 = GetMultiLevelStatisticsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetMultiLevelStatisticsResponse]:
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
    time_range: GetV1ReferralMultiLevelStatisticsTimeRange,
) -> Response[GetMultiLevelStatisticsResponse]:
    """Get multilevel statistics

     `GET /v1/referral/multi_level/statistics`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-statistics

    Args:
        time_range (GetV1ReferralMultiLevelStatisticsTimeRange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMultiLevelStatisticsResponse]
    """

    kwargs = _get_kwargs(
        time_range=time_range,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    time_range: GetV1ReferralMultiLevelStatisticsTimeRange,
) -> GetMultiLevelStatisticsResponse | None:
    """Get multilevel statistics

     `GET /v1/referral/multi_level/statistics`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-statistics

    Args:
        time_range (GetV1ReferralMultiLevelStatisticsTimeRange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMultiLevelStatisticsResponse
    """

    return sync_detailed(
        client=client,
        time_range=time_range,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    time_range: GetV1ReferralMultiLevelStatisticsTimeRange,
) -> Response[GetMultiLevelStatisticsResponse]:
    """Get multilevel statistics

     `GET /v1/referral/multi_level/statistics`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-statistics

    Args:
        time_range (GetV1ReferralMultiLevelStatisticsTimeRange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMultiLevelStatisticsResponse]
    """

    kwargs = _get_kwargs(
        time_range=time_range,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    time_range: GetV1ReferralMultiLevelStatisticsTimeRange,
) -> GetMultiLevelStatisticsResponse | None:
    """Get multilevel statistics

     `GET /v1/referral/multi_level/statistics`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-statistics

    Args:
        time_range (GetV1ReferralMultiLevelStatisticsTimeRange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMultiLevelStatisticsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            time_range=time_range,
        )
    ).parsed
