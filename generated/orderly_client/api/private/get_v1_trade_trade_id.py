from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.trade_response import TradeResponse
from ...types import Response


def _get_kwargs(
    trade_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/trade/{trade_id}"},
        "url": "/v1/trade/{trade_id}".format(
            trade_id=quote(str(trade_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> TradeResponse | None:
    if response.status_code == 200:
        response_200 = TradeResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[TradeResponse]:
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
    trade_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[TradeResponse]:
    """Get trade

     `GET /v1/trade/{trade_id}`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-trade

    Args:
        trade_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TradeResponse]
    """

    kwargs = _get_kwargs(
        trade_id=trade_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trade_id: int,
    *,
    client: AuthenticatedClient,
) -> TradeResponse | None:
    """Get trade

     `GET /v1/trade/{trade_id}`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-trade

    Args:
        trade_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TradeResponse
    """

    return sync_detailed(
        trade_id=trade_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    trade_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[TradeResponse]:
    """Get trade

     `GET /v1/trade/{trade_id}`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-trade

    Args:
        trade_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TradeResponse]
    """

    kwargs = _get_kwargs(
        trade_id=trade_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trade_id: int,
    *,
    client: AuthenticatedClient,
) -> TradeResponse | None:
    """Get trade

     `GET /v1/trade/{trade_id}`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-trade

    Args:
        trade_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TradeResponse
    """

    return (
        await asyncio_detailed(
            trade_id=trade_id,
            client=client,
        )
    ).parsed
