from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.orderbook_response import OrderbookResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    symbol: str,
    *,
    max_level: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_level"] = max_level

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/orderbook/{symbol}"},
        "url": "/v1/orderbook/{symbol}".format(
            symbol=quote(str(symbol), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> OrderbookResponse | None:
    if response.status_code == 200:
        response_200 = OrderbookResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[OrderbookResponse]:
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
    symbol: str,
    *,
    client: AuthenticatedClient,
    max_level: int | Unset = UNSET,
) -> Response[OrderbookResponse]:
    """Orderbook snapshot

     `GET /v1/orderbook/{symbol}`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/orderbook-snapshot

    Args:
        symbol (str):
        max_level (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderbookResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        max_level=max_level,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    symbol: str,
    *,
    client: AuthenticatedClient,
    max_level: int | Unset = UNSET,
) -> OrderbookResponse | None:
    """Orderbook snapshot

     `GET /v1/orderbook/{symbol}`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/orderbook-snapshot

    Args:
        symbol (str):
        max_level (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderbookResponse
    """

    return sync_detailed(
        symbol=symbol,
        client=client,
        max_level=max_level,
    ).parsed


async def asyncio_detailed(
    symbol: str,
    *,
    client: AuthenticatedClient,
    max_level: int | Unset = UNSET,
) -> Response[OrderbookResponse]:
    """Orderbook snapshot

     `GET /v1/orderbook/{symbol}`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/orderbook-snapshot

    Args:
        symbol (str):
        max_level (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderbookResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        max_level=max_level,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    symbol: str,
    *,
    client: AuthenticatedClient,
    max_level: int | Unset = UNSET,
) -> OrderbookResponse | None:
    """Orderbook snapshot

     `GET /v1/orderbook/{symbol}`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/orderbook-snapshot

    Args:
        symbol (str):
        max_level (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderbookResponse
    """

    return (
        await asyncio_detailed(
            symbol=symbol,
            client=client,
            max_level=max_level,
        )
    ).parsed
