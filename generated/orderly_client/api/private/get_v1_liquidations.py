from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.liquidations_response import LiquidationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    liquidation_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["start_t"] = start_t

    params["end_t"] = end_t

    params["page"] = page

    params["size"] = size

    params["sort_by"] = sort_by

    params["liquidation_id"] = liquidation_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/liquidations"},
        "url": "/v1/liquidations",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> LiquidationsResponse | None:
    if response.status_code == 200:
        response_200 = LiquidationsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[LiquidationsResponse]:
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
    symbol: str | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    liquidation_id: int | Unset = UNSET,
) -> Response[LiquidationsResponse]:
    """Get liquidated positions of account

     `GET /v1/liquidations`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-liquidated-positions-
    of-account

    Args:
        symbol (str | Unset):
        start_t (int | Unset):
        end_t (int | Unset):
        page (int | Unset):
        size (int | Unset):
        sort_by (str | Unset):
        liquidation_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiquidationsResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
        sort_by=sort_by,
        liquidation_id=liquidation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    liquidation_id: int | Unset = UNSET,
) -> LiquidationsResponse | None:
    """Get liquidated positions of account

     `GET /v1/liquidations`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-liquidated-positions-
    of-account

    Args:
        symbol (str | Unset):
        start_t (int | Unset):
        end_t (int | Unset):
        page (int | Unset):
        size (int | Unset):
        sort_by (str | Unset):
        liquidation_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiquidationsResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
        sort_by=sort_by,
        liquidation_id=liquidation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    liquidation_id: int | Unset = UNSET,
) -> Response[LiquidationsResponse]:
    """Get liquidated positions of account

     `GET /v1/liquidations`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-liquidated-positions-
    of-account

    Args:
        symbol (str | Unset):
        start_t (int | Unset):
        end_t (int | Unset):
        page (int | Unset):
        size (int | Unset):
        sort_by (str | Unset):
        liquidation_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiquidationsResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
        sort_by=sort_by,
        liquidation_id=liquidation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    liquidation_id: int | Unset = UNSET,
) -> LiquidationsResponse | None:
    """Get liquidated positions of account

     `GET /v1/liquidations`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-liquidated-positions-
    of-account

    Args:
        symbol (str | Unset):
        start_t (int | Unset):
        end_t (int | Unset):
        page (int | Unset):
        size (int | Unset):
        sort_by (str | Unset):
        liquidation_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiquidationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            sort_by=sort_by,
            liquidation_id=liquidation_id,
        )
    ).parsed
