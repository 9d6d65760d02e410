from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_price_for_small_charts_response import GetPriceForSmallChartsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    time_interval: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["time_interval"] = time_interval

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/public/market_info/history_charts"},
        "url": "/v1/public/market_info/history_charts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetPriceForSmallChartsResponse | None:
    if response.status_code == 200:
        response_200 = GetPriceForSmallChartsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetPriceForSmallChartsResponse]:
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
    time_interval: str | Unset = UNSET,
) -> Response[GetPriceForSmallChartsResponse]:
    """Get historical price list for all symbols

     `GET /v1/public/market_info/history_charts`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-historical-price-list-
    for-all-symbols

    Args:
        time_interval (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPriceForSmallChartsResponse]
    """

    kwargs = _get_kwargs(
        time_interval=time_interval,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    time_interval: str | Unset = UNSET,
) -> GetPriceForSmallChartsResponse | None:
    """Get historical price list for all symbols

     `GET /v1/public/market_info/history_charts`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-historical-price-list-
    for-all-symbols

    Args:
        time_interval (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPriceForSmallChartsResponse
    """

    return sync_detailed(
        client=client,
        time_interval=time_interval,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    time_interval: str | Unset = UNSET,
) -> Response[GetPriceForSmallChartsResponse]:
    """Get historical price list for all symbols

     `GET /v1/public/market_info/history_charts`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-historical-price-list-
    for-all-symbols

    Args:
        time_interval (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPriceForSmallChartsResponse]
    """

    kwargs = _get_kwargs(
        time_interval=time_interval,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    time_interval: str | Unset = UNSET,
) -> GetPriceForSmallChartsResponse | None:
    """Get historical price list for all symbols

     `GET /v1/public/market_info/history_charts`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-historical-price-list-
    for-all-symbols

    Args:
        time_interval (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPriceForSmallChartsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            time_interval=time_interval,
        )
    ).parsed
