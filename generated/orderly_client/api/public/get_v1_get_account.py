from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_account_response import GetAccountResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    address: str,
    broker_id: str,
    chain_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["address"] = address

    params["broker_id"] = broker_id

    params["chain_type"] = chain_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/get_account"},
        "url": "/v1/get_account",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> GetAccountResponse | None:
    if response.status_code == 200:
        response_200 = GetAccountResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[GetAccountResponse]:
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
    address: str,
    broker_id: str,
    chain_type: str | Unset = UNSET,
) -> Response[GetAccountResponse]:
    """Check if wallet is registered

     `GET /v1/get_account`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-if-wallet-is-
    registered

    Args:
        address (str):
        broker_id (str):
        chain_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAccountResponse]
    """

    kwargs = _get_kwargs(
        address=address,
        broker_id=broker_id,
        chain_type=chain_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    address: str,
    broker_id: str,
    chain_type: str | Unset = UNSET,
) -> GetAccountResponse | None:
    """Check if wallet is registered

     `GET /v1/get_account`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-if-wallet-is-
    registered

    Args:
        address (str):
        broker_id (str):
        chain_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAccountResponse
    """

    return sync_detailed(
        client=client,
        address=address,
        broker_id=broker_id,
        chain_type=chain_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    address: str,
    broker_id: str,
    chain_type: str | Unset = UNSET,
) -> Response[GetAccountResponse]:
    """Check if wallet is registered

     `GET /v1/get_account`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-if-wallet-is-
    registered

    Args:
        address (str):
        broker_id (str):
        chain_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAccountResponse]
    """

    kwargs = _get_kwargs(
        address=address,
        broker_id=broker_id,
        chain_type=chain_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    address: str,
    broker_id: str,
    chain_type: str | Unset = UNSET,
) -> GetAccountResponse | None:
    """Check if wallet is registered

     `GET /v1/get_account`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-if-wallet-is-
    registered

    Args:
        address (str):
        broker_id (str):
        chain_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAccountResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            address=address,
            broker_id=broker_id,
            chain_type=chain_type,
        )
    ).parsed
