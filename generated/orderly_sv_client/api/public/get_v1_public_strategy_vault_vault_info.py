from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.vault_info_response import VaultInfoResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    vault_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    broker_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["vault_id"] = vault_id

    params["status"] = status

    params["broker_ids"] = broker_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public/strategy_vault/vault/info",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> VaultInfoResponse | None:
    if response.status_code == 200:
        response_200 = VaultInfoResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[VaultInfoResponse]:
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
    vault_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    broker_ids: str | Unset = UNSET,
) -> Response[VaultInfoResponse]:
    """Get Strategy Vault Info

     `GET /v1/public/strategy_vault/vault/info`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-info

    Args:
        vault_id (str | Unset):
        status (str | Unset):
        broker_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VaultInfoResponse]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        status=status,
        broker_ids=broker_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    vault_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    broker_ids: str | Unset = UNSET,
) -> VaultInfoResponse | None:
    """Get Strategy Vault Info

     `GET /v1/public/strategy_vault/vault/info`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-info

    Args:
        vault_id (str | Unset):
        status (str | Unset):
        broker_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VaultInfoResponse
    """

    return sync_detailed(
        client=client,
        vault_id=vault_id,
        status=status,
        broker_ids=broker_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    vault_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    broker_ids: str | Unset = UNSET,
) -> Response[VaultInfoResponse]:
    """Get Strategy Vault Info

     `GET /v1/public/strategy_vault/vault/info`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-info

    Args:
        vault_id (str | Unset):
        status (str | Unset):
        broker_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VaultInfoResponse]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        status=status,
        broker_ids=broker_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    vault_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    broker_ids: str | Unset = UNSET,
) -> VaultInfoResponse | None:
    """Get Strategy Vault Info

     `GET /v1/public/strategy_vault/vault/info`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-info

    Args:
        vault_id (str | Unset):
        status (str | Unset):
        broker_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VaultInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            vault_id=vault_id,
            status=status,
            broker_ids=broker_ids,
        )
    ).parsed
