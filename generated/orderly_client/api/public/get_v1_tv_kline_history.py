from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kline_history_response import KlineHistoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbol: str,
    resolution: str,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["resolution"] = resolution

    params["from"] = from_

    params["to"] = to

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/tv/kline_history"},
        "url": "/v1/tv/kline_history",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> KlineHistoryResponse | None:
    if response.status_code == 200:
        response_200 = KlineHistoryResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[KlineHistoryResponse]:
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
    client: AuthenticatedClient,
    symbol: str,
    resolution: str,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[KlineHistoryResponse]:
    """Get kline history

     `GET /v1/tv/kline_history`

    Signed request; key scope `read`.
    Rate limit: 5 per 10 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-kline-history

    Args:
        symbol (str):
        resolution (str):
        from_ (str | Unset):
        to (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KlineHistoryResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        resolution=resolution,
        from_=from_,
        to=to,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str,
    resolution: str,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> KlineHistoryResponse | None:
    """Get kline history

     `GET /v1/tv/kline_history`

    Signed request; key scope `read`.
    Rate limit: 5 per 10 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-kline-history

    Args:
        symbol (str):
        resolution (str):
        from_ (str | Unset):
        to (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KlineHistoryResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        resolution=resolution,
        from_=from_,
        to=to,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    resolution: str,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[KlineHistoryResponse]:
    """Get kline history

     `GET /v1/tv/kline_history`

    Signed request; key scope `read`.
    Rate limit: 5 per 10 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-kline-history

    Args:
        symbol (str):
        resolution (str):
        from_ (str | Unset):
        to (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KlineHistoryResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        resolution=resolution,
        from_=from_,
        to=to,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str,
    resolution: str,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> KlineHistoryResponse | None:
    """Get kline history

     `GET /v1/tv/kline_history`

    Signed request; key scope `read`.
    Rate limit: 5 per 10 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-kline-history

    Args:
        symbol (str):
        resolution (str):
        from_ (str | Unset):
        to (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KlineHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            resolution=resolution,
            from_=from_,
            to=to,
            limit=limit,
        )
    ).parsed
