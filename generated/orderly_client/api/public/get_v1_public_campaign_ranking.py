from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_campaign_ranking_response import GetCampaignRankingResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    campaign_id: int,
    broker_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    min_pnl: int | Unset = UNSET,
    min_volume: int | Unset = UNSET,
    aggregate_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["campaign_id"] = campaign_id

    params["broker_id"] = broker_id

    params["page"] = page

    params["size"] = size

    params["sort_by"] = sort_by

    params["min_pnl"] = min_pnl

    params["min_volume"] = min_volume

    params["aggregate_by"] = aggregate_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/public/campaign/ranking"},
        "url": "/v1/public/campaign/ranking",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetCampaignRankingResponse | None:
    if response.status_code == 200:
        response_200 = GetCampaignRankingResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetCampaignRankingResponse]:
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
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    min_pnl: int | Unset = UNSET,
    min_volume: int | Unset = UNSET,
    aggregate_by: str | Unset = UNSET,
) -> Response[GetCampaignRankingResponse]:
    """Get campaign ranking

     `GET /v1/public/campaign/ranking`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-ranking

    Args:
        campaign_id (int):
        broker_id (str | Unset):
        page (int | Unset):
        size (int | Unset):
        sort_by (str | Unset):
        min_pnl (int | Unset):
        min_volume (int | Unset):
        aggregate_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCampaignRankingResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        broker_id=broker_id,
        page=page,
        size=size,
        sort_by=sort_by,
        min_pnl=min_pnl,
        min_volume=min_volume,
        aggregate_by=aggregate_by,
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
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    min_pnl: int | Unset = UNSET,
    min_volume: int | Unset = UNSET,
    aggregate_by: str | Unset = UNSET,
) -> GetCampaignRankingResponse | None:
    """Get campaign ranking

     `GET /v1/public/campaign/ranking`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-ranking

    Args:
        campaign_id (int):
        broker_id (str | Unset):
        page (int | Unset):
        size (int | Unset):
        sort_by (str | Unset):
        min_pnl (int | Unset):
        min_volume (int | Unset):
        aggregate_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCampaignRankingResponse
    """

    return sync_detailed(
        client=client,
        campaign_id=campaign_id,
        broker_id=broker_id,
        page=page,
        size=size,
        sort_by=sort_by,
        min_pnl=min_pnl,
        min_volume=min_volume,
        aggregate_by=aggregate_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    broker_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    min_pnl: int | Unset = UNSET,
    min_volume: int | Unset = UNSET,
    aggregate_by: str | Unset = UNSET,
) -> Response[GetCampaignRankingResponse]:
    """Get campaign ranking

     `GET /v1/public/campaign/ranking`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-ranking

    Args:
        campaign_id (int):
        broker_id (str | Unset):
        page (int | Unset):
        size (int | Unset):
        sort_by (str | Unset):
        min_pnl (int | Unset):
        min_volume (int | Unset):
        aggregate_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCampaignRankingResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        broker_id=broker_id,
        page=page,
        size=size,
        sort_by=sort_by,
        min_pnl=min_pnl,
        min_volume=min_volume,
        aggregate_by=aggregate_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    broker_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    min_pnl: int | Unset = UNSET,
    min_volume: int | Unset = UNSET,
    aggregate_by: str | Unset = UNSET,
) -> GetCampaignRankingResponse | None:
    """Get campaign ranking

     `GET /v1/public/campaign/ranking`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-ranking

    Args:
        campaign_id (int):
        broker_id (str | Unset):
        page (int | Unset):
        size (int | Unset):
        sort_by (str | Unset):
        min_pnl (int | Unset):
        min_volume (int | Unset):
        aggregate_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCampaignRankingResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign_id=campaign_id,
            broker_id=broker_id,
            page=page,
            size=size,
            sort_by=sort_by,
            min_pnl=min_pnl,
            min_volume=min_volume,
            aggregate_by=aggregate_by,
        )
    ).parsed
