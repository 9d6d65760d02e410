from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_campaign_stats_response import GetCampaignStatsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    campaign_id: int,
    broker_id: str | Unset = UNSET,
    symbol: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["campaign_id"] = campaign_id

    params["broker_id"] = broker_id

    params["symbol"] = symbol

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/public/campaign/stats"},
        "url": "/v1/public/campaign/stats",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetCampaignStatsResponse | None:
    if response.status_code == 200:
        response_200 = GetCampaignStatsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetCampaignStatsResponse]:
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
    client: AuthenticatedClient | Client,
    campaign_id: int,
    broker_id: str | Unset = UNSET,
    symbol: str | Unset = UNSET,
) -> Response[GetCampaignStatsResponse]:
    """Get campaign statistics

     `GET /v1/public/campaign/stats`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-statistics

    Args:
        campaign_id (int):
        broker_id (str | Unset):
        symbol (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCampaignStatsResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        broker_id=broker_id,
        symbol=symbol,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    broker_id: str | Unset = UNSET,
    symbol: str | Unset = UNSET,
) -> GetCampaignStatsResponse | None:
    """Get campaign statistics

     `GET /v1/public/campaign/stats`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-statistics

    Args:
        campaign_id (int):
        broker_id (str | Unset):
        symbol (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCampaignStatsResponse
    """

    return sync_detailed(
        client=client,
        campaign_id=campaign_id,
        broker_id=broker_id,
        symbol=symbol,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    broker_id: str | Unset = UNSET,
    symbol: str | Unset = UNSET,
) -> Response[GetCampaignStatsResponse]:
    """Get campaign statistics

     `GET /v1/public/campaign/stats`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-statistics

    Args:
        campaign_id (int):
        broker_id (str | Unset):
        symbol (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCampaignStatsResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        broker_id=broker_id,
        symbol=symbol,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    broker_id: str | Unset = UNSET,
    symbol: str | Unset = UNSET,
) -> GetCampaignStatsResponse | None:
    """Get campaign statistics

     `GET /v1/public/campaign/stats`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-statistics

    Args:
        campaign_id (int):
        broker_id (str | Unset):
        symbol (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCampaignStatsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign_id=campaign_id,
            broker_id=broker_id,
            symbol=symbol,
        )
    ).parsed
