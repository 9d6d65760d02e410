from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_v1_admin_client_leverage_margin_mode import (
    GetV1AdminClientLeverageMarginMode,
)
from ...models.leverage_response import LeverageResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbol: str,
    margin_mode: GetV1AdminClientLeverageMarginMode | Unset = GetV1AdminClientLeverageMarginMode.CROSS,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_margin_mode: str | Unset = UNSET
    if not isinstance(margin_mode, Unset):
        json_margin_mode = margin_mode.value

    params["margin_mode"] = json_margin_mode

    params["user_account"] = user_account

    params["user_address"] = user_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/admin/client/leverage"},
        "url": "/v1/admin/client/leverage",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> LeverageResponse | None:
    if response.status_code == 200:
        response_200 = LeverageResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[LeverageResponse]:
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
    margin_mode: GetV1AdminClientLeverageMarginMode | Unset = GetV1AdminClientLeverageMarginMode.CROSS,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> Response[LeverageResponse]:
    """Get leverage setting

     `GET /v1/admin/client/leverage`

    Signed request; key scope `read`.
    Rate limit: 1 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-leverage-setting-1

    Args:
        symbol (str):
        margin_mode (GetV1AdminClientLeverageMarginMode | Unset):  Default:
            GetV1AdminClientLeverageMarginMode.CROSS.
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LeverageResponse]
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
    *,
    client: AuthenticatedClient,
    symbol: str,
    margin_mode: GetV1AdminClientLeverageMarginMode | Unset = GetV1AdminClientLeverageMarginMode.CROSS,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> LeverageResponse | None:
    """Get leverage setting

     `GET /v1/admin/client/leverage`

    Signed request; key scope `read`.
    Rate limit: 1 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-leverage-setting-1

    Args:
        symbol (str):
        margin_mode (GetV1AdminClientLeverageMarginMode | Unset):  Default:
            GetV1AdminClientLeverageMarginMode.CROSS.
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeverageResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        margin_mode=margin_mode,
        user_account=user_account,
        user_address=user_address,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    margin_mode: GetV1AdminClientLeverageMarginMode | Unset = GetV1AdminClientLeverageMarginMode.CROSS,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> Response[LeverageResponse]:
    """Get leverage setting

     `GET /v1/admin/client/leverage`

    Signed request; key scope `read`.
    Rate limit: 1 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-leverage-setting-1

    Args:
        symbol (str):
        margin_mode (GetV1AdminClientLeverageMarginMode | Unset):  Default:
            GetV1AdminClientLeverageMarginMode.CROSS.
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LeverageResponse]
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
    *,
    client: AuthenticatedClient,
    symbol: str,
    margin_mode: GetV1AdminClientLeverageMarginMode | Unset = GetV1AdminClientLeverageMarginMode.CROSS,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> LeverageResponse | None:
    """Get leverage setting

     `GET /v1/admin/client/leverage`

    Signed request; key scope `read`.
    Rate limit: 1 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-leverage-setting-1

    Args:
        symbol (str):
        margin_mode (GetV1AdminClientLeverageMarginMode | Unset):  Default:
            GetV1AdminClientLeverageMarginMode.CROSS.
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeverageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            margin_mode=margin_mode,
            user_account=user_account,
            user_address=user_address,
        )
    ).parsed
