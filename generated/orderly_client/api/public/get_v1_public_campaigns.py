from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_campaigns_response import GetCampaignsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    only_show_alive: str | Unset = UNSET,
    address: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_t"] = start_t

    params["end_t"] = end_t

    params["only_show_alive"] = only_show_alive

    params["address"] = address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/public/campaigns"},
        "url": "/v1/public/campaigns",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> GetCampaignsResponse | None:
    if response.status_code == 200:
        response_200 = GetCampaignsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetCampaignsResponse]:
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
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    only_show_alive: str | Unset = UNSET,
    address: str | Unset = UNSET,
) -> Response[GetCampaignsResponse]:
    """Get list of campaigns

     `GET /v1/public/campaigns`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-list-of-campaigns

    Args:
        start_t (int | Unset):
        end_t (int | Unset):
        only_show_alive (str | Unset):
        address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCampaignsResponse]
    """

    kwargs = _get_kwargs(
        start_t=start_t,
        end_t=end_t,
        only_show_alive=only_show_alive,
        address=address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    only_show_alive: str | Unset = UNSET,
    address: str | Unset = UNSET,
) -> GetCampaignsResponse | None:
    """Get list of campaigns

     `GET /v1/public/campaigns`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-list-of-campaigns

    Args:
        start_t (int | Unset):
        end_t (int | Unset):
        only_show_alive (str | Unset):
        address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCampaignsResponse
    """

    return sync_detailed(
        client=client,
        start_t=start_t,
        end_t=end_t,
        only_show_alive=only_show_alive,
        address=address,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    only_show_alive: str | Unset = UNSET,
    address: str | Unset = UNSET,
) -> Response[GetCampaignsResponse]:
    """Get list of campaigns

     `GET /v1/public/campaigns`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-list-of-campaigns

    Args:
        start_t (int | Unset):
        end_t (int | Unset):
        only_show_alive (str | Unset):
        address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCampaignsResponse]
    """

    kwargs = _get_kwargs(
        start_t=start_t,
        end_t=end_t,
        only_show_alive=only_show_alive,
        address=address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    only_show_alive: str | Unset = UNSET,
    address: str | Unset = UNSET,
) -> GetCampaignsResponse | None:
    """Get list of campaigns

     `GET /v1/public/campaigns`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-list-of-campaigns

    Args:
        start_t (int | Unset):
        end_t (int | Unset):
        only_show_alive (str | Unset):
        address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCampaignsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_t=start_t,
            end_t=end_t,
            only_show_alive=only_show_alive,
            address=address,
        )
    ).parsed
