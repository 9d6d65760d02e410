from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_account_strategy_vault_transaction_history import (
    GetAccountStrategyVaultTransactionHistory,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    vault_id: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["vault_id"] = vault_id

    params["start_t"] = start_t

    params["end_t"] = end_t

    params["page"] = page

    params["size"] = size

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/account_sv_transaction_history"},
        "url": "/v1/account_sv_transaction_history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetAccountStrategyVaultTransactionHistory | None:
    if response.status_code == 200:
        response_200 = GetAccountStrategyVaultTransactionHistory.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetAccountStrategyVaultTransactionHistory]:
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
    vault_id: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> Response[GetAccountStrategyVaultTransactionHistory]:
    """Get account’s strategy vault transaction history

     `GET /v1/account_sv_transaction_history`

    Signed request; key scope `read`.
    Rate limit: none documented.

    Args:
        vault_id (str | Unset):
        start_t (str | Unset):
        end_t (str | Unset):
        page (str | Unset):
        size (str | Unset):
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAccountStrategyVaultTransactionHistory]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    vault_id: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> GetAccountStrategyVaultTransactionHistory | None:
    """Get account’s strategy vault transaction history

     `GET /v1/account_sv_transaction_history`

    Signed request; key scope `read`.
    Rate limit: none documented.

    Args:
        vault_id (str | Unset):
        start_t (str | Unset):
        end_t (str | Unset):
        page (str | Unset):
        size (str | Unset):
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAccountStrategyVaultTransactionHistory
    """

    return sync_detailed(
        client=client,
        vault_id=vault_id,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    vault_id: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> Response[GetAccountStrategyVaultTransactionHistory]:
    """Get account’s strategy vault transaction history

     `GET /v1/account_sv_transaction_history`

    Signed request; key scope `read`.
    Rate limit: none documented.

    Args:
        vault_id (str | Unset):
        start_t (str | Unset):
        end_t (str | Unset):
        page (str | Unset):
        size (str | Unset):
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAccountStrategyVaultTransactionHistory]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    vault_id: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> GetAccountStrategyVaultTransactionHistory | None:
    """Get account’s strategy vault transaction history

     `GET /v1/account_sv_transaction_history`

    Signed request; key scope `read`.
    Rate limit: none documented.

    Args:
        vault_id (str | Unset):
        start_t (str | Unset):
        end_t (str | Unset):
        page (str | Unset):
        size (str | Unset):
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAccountStrategyVaultTransactionHistory
    """

    return (
        await asyncio_detailed(
            client=client,
            vault_id=vault_id,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            type_=type_,
        )
    ).parsed
