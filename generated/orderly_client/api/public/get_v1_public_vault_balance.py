from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.vault_balance_response import VaultBalanceResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    chain_id: str | Unset = UNSET,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["chain_id"] = chain_id

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/public/vault_balance"},
        "url": "/v1/public/vault_balance",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> VaultBalanceResponse | None:
    if response.status_code == 200:
        response_200 = VaultBalanceResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[VaultBalanceResponse]:
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
    chain_id: str | Unset = UNSET,
    token: str | Unset = UNSET,
) -> Response[VaultBalanceResponse]:
    """Get vault balance

     `GET /v1/public/vault_balance`

    Public request, no signature.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-vault-balance

    Args:
        chain_id (str | Unset):
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VaultBalanceResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    chain_id: str | Unset = UNSET,
    token: str | Unset = UNSET,
) -> VaultBalanceResponse | None:
    """Get vault balance

     `GET /v1/public/vault_balance`

    Public request, no signature.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-vault-balance

    Args:
        chain_id (str | Unset):
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VaultBalanceResponse
    """

    return sync_detailed(
        client=client,
        chain_id=chain_id,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    chain_id: str | Unset = UNSET,
    token: str | Unset = UNSET,
) -> Response[VaultBalanceResponse]:
    """Get vault balance

     `GET /v1/public/vault_balance`

    Public request, no signature.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-vault-balance

    Args:
        chain_id (str | Unset):
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VaultBalanceResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    chain_id: str | Unset = UNSET,
    token: str | Unset = UNSET,
) -> VaultBalanceResponse | None:
    """Get vault balance

     `GET /v1/public/vault_balance`

    Public request, no signature.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-vault-balance

    Args:
        chain_id (str | Unset):
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VaultBalanceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            chain_id=chain_id,
            token=token,
        )
    ).parsed
