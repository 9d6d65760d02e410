from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.liquidated_positions_response import LiquidatedPositionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["start_t"] = start_t

    params["end_t"] = end_t

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/public/liquidated_positions"},
        "url": "/v1/public/liquidated_positions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> LiquidatedPositionsResponse | None:
    if response.status_code == 200:
        response_200 = LiquidatedPositionsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[LiquidatedPositionsResponse]:
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
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
) -> Response[LiquidatedPositionsResponse]:
    """Get liquidated positions info

     `GET /v1/public/liquidated_positions`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-liquidated-positions-
    info

    Args:
        symbol (str | Unset):
        start_t (str | Unset):
        end_t (str | Unset):
        page (str | Unset):
        size (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiquidatedPositionsResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
) -> LiquidatedPositionsResponse | None:
    """Get liquidated positions info

     `GET /v1/public/liquidated_positions`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-liquidated-positions-
    info

    Args:
        symbol (str | Unset):
        start_t (str | Unset):
        end_t (str | Unset):
        page (str | Unset):
        size (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiquidatedPositionsResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
) -> Response[LiquidatedPositionsResponse]:
    """Get liquidated positions info

     `GET /v1/public/liquidated_positions`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-liquidated-positions-
    info

    Args:
        symbol (str | Unset):
        start_t (str | Unset):
        end_t (str | Unset):
        page (str | Unset):
        size (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiquidatedPositionsResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
) -> LiquidatedPositionsResponse | None:
    """Get liquidated positions info

     `GET /v1/public/liquidated_positions`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-liquidated-positions-
    info

    Args:
        symbol (str | Unset):
        start_t (str | Unset):
        end_t (str | Unset):
        page (str | Unset):
        size (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiquidatedPositionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )
    ).parsed
