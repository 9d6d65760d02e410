from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_campaign_check_response import GetCampaignCheckResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    campaign_id: int,
    type_: str,
    address: str,
    lower_boundary: float,
    cmp: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["campaign_id"] = campaign_id

    params["type"] = type_

    params["address"] = address

    params["lower_boundary"] = lower_boundary

    params["cmp"] = cmp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/public/campaign/check"},
        "url": "/v1/public/campaign/check",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetCampaignCheckResponse | None:
    if response.status_code == 200:
        response_200 = GetCampaignCheckResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetCampaignCheckResponse]:
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
    type_: str,
    address: str,
    lower_boundary: float,
    cmp: str | Unset = UNSET,
) -> Response[GetCampaignCheckResponse]:
    """Get campaign verification

     `GET /v1/public/campaign/check`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-verification

    Args:
        campaign_id (int):
        type_ (str):
        address (str):
        lower_boundary (float):
        cmp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCampaignCheckResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        type_=type_,
        address=address,
        lower_boundary=lower_boundary,
        cmp=cmp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    type_: str,
    address: str,
    lower_boundary: float,
    cmp: str | Unset = UNSET,
) -> GetCampaignCheckResponse | None:
    """Get campaign verification

     `GET /v1/public/campaign/check`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-verification

    Args:
        campaign_id (int):
        type_ (str):
        address (str):
        lower_boundary (float):
        cmp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCampaignCheckResponse
    """

    return sync_detailed(
        client=client,
        campaign_id=campaign_id,
        type_=type_,
        address=address,
        lower_boundary=lower_boundary,
        cmp=cmp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    type_: str,
    address: str,
    lower_boundary: float,
    cmp: str | Unset = UNSET,
) -> Response[GetCampaignCheckResponse]:
    """Get campaign verification

     `GET /v1/public/campaign/check`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-verification

    Args:
        campaign_id (int):
        type_ (str):
        address (str):
        lower_boundary (float):
        cmp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCampaignCheckResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        type_=type_,
        address=address,
        lower_boundary=lower_boundary,
        cmp=cmp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    type_: str,
    address: str,
    lower_boundary: float,
    cmp: str | Unset = UNSET,
) -> GetCampaignCheckResponse | None:
    """Get campaign verification

     `GET /v1/public/campaign/check`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-verification

    Args:
        campaign_id (int):
        type_ (str):
        address (str):
        lower_boundary (float):
        cmp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCampaignCheckResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign_id=campaign_id,
            type_=type_,
            address=address,
            lower_boundary=lower_boundary,
            cmp=cmp,
        )
    ).parsed
