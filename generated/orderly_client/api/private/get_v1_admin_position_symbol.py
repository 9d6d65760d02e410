from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_v1_admin_position_symbol_margin_mode import (
    GetV1AdminPositionSymbolMarginMode,
)
from ...models.position_response import PositionResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    symbol: str,
    *,
    margin_mode: GetV1AdminPositionSymbolMarginMode | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_margin_mode: str | Unset = UNSET
    if not isinstance(margin_mode, Unset):
        json_margin_mode = margin_mode.value

    params["margin_mode"] = json_margin_mode

    params["user_account"] = user_account

    params["user_address"] = user_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/admin/position/{symbol}"},
        "url": "/v1/admin/position/{symbol}".format(
            symbol=quote(str(symbol), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> PositionResponse | None:
    if response.status_code == 200:
        response_200 = PositionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[PositionResponse]:
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
    margin_mode: GetV1AdminPositionSymbolMarginMode | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> Response[PositionResponse]:
    """Get one position info

     `GET /v1/admin/position/{symbol}`

    Signed request; key scope `read`.
    Rate limit: 30 per 10 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-one-position-info-1

    Args:
        symbol (str):
        margin_mode (GetV1AdminPositionSymbolMarginMode | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PositionResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        margin_mode=margin_mode,
        user_account=user_account,
        user_address=user_address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    symbol: str,
    *,
    client: AuthenticatedClient,
    margin_mode: GetV1AdminPositionSymbolMarginMode | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> PositionResponse | None:
    """Get one position info

     `GET /v1/admin/position/{symbol}`

    Signed request; key scope `read`.
    Rate limit: 30 per 10 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-one-position-info-1

    Args:
        symbol (str):
        margin_mode (GetV1AdminPositionSymbolMarginMode | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PositionResponse
    """

    return sync_detailed(
        symbol=symbol,
        client=client,
        margin_mode=margin_mode,
        user_account=user_account,
        user_address=user_address,
    ).parsed


async def asyncio_detailed(
    symbol: str,
    *,
    client: AuthenticatedClient,
    margin_mode: GetV1AdminPositionSymbolMarginMode | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> Response[PositionResponse]:
    """Get one position info

     `GET /v1/admin/position/{symbol}`

    Signed request; key scope `read`.
    Rate limit: 30 per 10 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-one-position-info-1

    Args:
        symbol (str):
        margin_mode (GetV1AdminPositionSymbolMarginMode | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PositionResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        margin_mode=margin_mode,
        user_account=user_account,
        user_address=user_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    symbol: str,
    *,
    client: AuthenticatedClient,
    margin_mode: GetV1AdminPositionSymbolMarginMode | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> PositionResponse | None:
    """Get one position info

     `GET /v1/admin/position/{symbol}`

    Signed request; key scope `read`.
    Rate limit: 30 per 10 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-one-position-info-1

    Args:
        symbol (str):
        margin_mode (GetV1AdminPositionSymbolMarginMode | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PositionResponse
    """

    return (
        await asyncio_detailed(
            symbol=symbol,
            client=client,
            margin_mode=margin_mode,
            user_account=user_account,
            user_address=user_address,
        )
    ).parsed
