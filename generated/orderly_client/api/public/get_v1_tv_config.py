from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tv_config_response import TvConfigResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    locale: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["locale"] = locale

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/tv/config"},
        "url": "/v1/tv/config",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> TvConfigResponse | None:
    if response.status_code == 200:
        response_200 = TvConfigResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[TvConfigResponse]:
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
    locale: str,
) -> Response[TvConfigResponse]:
    """Get tradingview localized config info

     `GET /v1/tv/config`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-localized-
    config-info

    Args:
        locale (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TvConfigResponse]
    """

    kwargs = _get_kwargs(
        locale=locale,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    locale: str,
) -> TvConfigResponse | None:
    """Get tradingview localized config info

     `GET /v1/tv/config`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-localized-
    config-info

    Args:
        locale (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TvConfigResponse
    """

    return sync_detailed(
        client=client,
        locale=locale,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    locale: str,
) -> Response[TvConfigResponse]:
    """Get tradingview localized config info

     `GET /v1/tv/config`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-localized-
    config-info

    Args:
        locale (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TvConfigResponse]
    """

    kwargs = _get_kwargs(
        locale=locale,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    locale: str,
) -> TvConfigResponse | None:
    """Get tradingview localized config info

     `GET /v1/tv/config`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-localized-
    config-info

    Args:
        locale (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TvConfigResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            locale=locale,
        )
    ).parsed
