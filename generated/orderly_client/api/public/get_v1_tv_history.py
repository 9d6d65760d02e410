from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tv_history_response import TvHistoryResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    symbol: str,
    resolution: str,
    from_: str,
    to: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["resolution"] = resolution

    params["from"] = from_

    params["to"] = to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/tv/history"},
        "url": "/v1/tv/history",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> TvHistoryResponse | None:
    if response.status_code == 200:
        response_200 = TvHistoryResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[TvHistoryResponse]:
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
    symbol: str,
    resolution: str,
    from_: str,
    to: str,
) -> Response[TvHistoryResponse]:
    """Get tradingview history bars

     `GET /v1/tv/history`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-history-
    bars

    Args:
        symbol (str):
        resolution (str):
        from_ (str):
        to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TvHistoryResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        resolution=resolution,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    resolution: str,
    from_: str,
    to: str,
) -> TvHistoryResponse | None:
    """Get tradingview history bars

     `GET /v1/tv/history`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-history-
    bars

    Args:
        symbol (str):
        resolution (str):
        from_ (str):
        to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TvHistoryResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        resolution=resolution,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    resolution: str,
    from_: str,
    to: str,
) -> Response[TvHistoryResponse]:
    """Get tradingview history bars

     `GET /v1/tv/history`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-history-
    bars

    Args:
        symbol (str):
        resolution (str):
        from_ (str):
        to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TvHistoryResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        resolution=resolution,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    resolution: str,
    from_: str,
    to: str,
) -> TvHistoryResponse | None:
    """Get tradingview history bars

     `GET /v1/tv/history`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-history-
    bars

    Args:
        symbol (str):
        resolution (str):
        from_ (str):
        to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TvHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            resolution=resolution,
            from_=from_,
            to=to,
        )
    ).parsed
