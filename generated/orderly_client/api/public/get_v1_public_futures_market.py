from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_market_volume_by_broker_response import (
    GetMarketVolumeByBrokerResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["broker_id"] = broker_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/public/futures_market"},
        "url": "/v1/public/futures_market",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetMarketVolumeByBrokerResponse | None:
    if response.status_code == 200:
        response_200 = GetMarketVolumeByBrokerResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetMarketVolumeByBrokerResponse]:
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
    symbol: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
) -> Response[GetMarketVolumeByBrokerResponse]:
    """Get market volume by builder

     `GET /v1/public/futures_market`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-volume-by-
    builder

    Args:
        symbol (str | Unset):
        broker_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMarketVolumeByBrokerResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        broker_id=broker_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
) -> GetMarketVolumeByBrokerResponse | None:
    """Get market volume by builder

     `GET /v1/public/futures_market`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-volume-by-
    builder

    Args:
        symbol (str | Unset):
        broker_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMarketVolumeByBrokerResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        broker_id=broker_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
) -> Response[GetMarketVolumeByBrokerResponse]:
    """Get market volume by builder

     `GET /v1/public/futures_market`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-volume-by-
    builder

    Args:
        symbol (str | Unset):
        broker_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMarketVolumeByBrokerResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        broker_id=broker_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
) -> GetMarketVolumeByBrokerResponse | None:
    """Get market volume by builder

     `GET /v1/public/futures_market`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-volume-by-
    builder

    Args:
        symbol (str | Unset):
        broker_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMarketVolumeByBrokerResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            broker_id=broker_id,
        )
    ).parsed
