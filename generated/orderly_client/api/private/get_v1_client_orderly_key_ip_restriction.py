from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ip_restriction_response import IpRestrictionResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    orderly_key: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["orderly_key"] = orderly_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/client/orderly_key_ip_restriction"},
        "url": "/v1/client/orderly_key_ip_restriction",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> IpRestrictionResponse | None:
    if response.status_code == 200:
        response_200 = IpRestrictionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[IpRestrictionResponse]:
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
    orderly_key: str,
) -> Response[IpRestrictionResponse]:
    """Get Orderly key IP restriction

     `GET /v1/client/orderly_key_ip_restriction`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-orderly-key-ip-
    restriction

    Args:
        orderly_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IpRestrictionResponse]
    """

    kwargs = _get_kwargs(
        orderly_key=orderly_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    orderly_key: str,
) -> IpRestrictionResponse | None:
    """Get Orderly key IP restriction

     `GET /v1/client/orderly_key_ip_restriction`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-orderly-key-ip-
    restriction

    Args:
        orderly_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IpRestrictionResponse
    """

    return sync_detailed(
        client=client,
        orderly_key=orderly_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    orderly_key: str,
) -> Response[IpRestrictionResponse]:
    """Get Orderly key IP restriction

     `GET /v1/client/orderly_key_ip_restriction`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-orderly-key-ip-
    restriction

    Args:
        orderly_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IpRestrictionResponse]
    """

    kwargs = _get_kwargs(
        orderly_key=orderly_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    orderly_key: str,
) -> IpRestrictionResponse | None:
    """Get Orderly key IP restriction

     `GET /v1/client/orderly_key_ip_restriction`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-orderly-key-ip-
    restriction

    Args:
        orderly_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IpRestrictionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            orderly_key=orderly_key,
        )
    ).parsed
