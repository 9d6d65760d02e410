from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.key_info_response import KeyInfoResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    key_status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["key_status"] = key_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/client/key_info"},
        "url": "/v1/client/key_info",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> KeyInfoResponse | None:
    if response.status_code == 200:
        response_200 = KeyInfoResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[KeyInfoResponse]:
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
    key_status: str | Unset = UNSET,
) -> Response[KeyInfoResponse]:
    """Get current Orderly key info

     `GET /v1/client/key_info`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-current-orderly-key-
    info

    Args:
        key_status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KeyInfoResponse]
    """

    kwargs = _get_kwargs(
        key_status=key_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    key_status: str | Unset = UNSET,
) -> KeyInfoResponse | None:
    """Get current Orderly key info

     `GET /v1/client/key_info`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-current-orderly-key-
    info

    Args:
        key_status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeyInfoResponse
    """

    return sync_detailed(
        client=client,
        key_status=key_status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    key_status: str | Unset = UNSET,
) -> Response[KeyInfoResponse]:
    """Get current Orderly key info

     `GET /v1/client/key_info`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-current-orderly-key-
    info

    Args:
        key_status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KeyInfoResponse]
    """

    kwargs = _get_kwargs(
        key_status=key_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    key_status: str | Unset = UNSET,
) -> KeyInfoResponse | None:
    """Get current Orderly key info

     `GET /v1/client/key_info`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-current-orderly-key-
    info

    Args:
        key_status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeyInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            key_status=key_status,
        )
    ).parsed
