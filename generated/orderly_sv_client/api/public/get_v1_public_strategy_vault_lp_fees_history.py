from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lp_fees_history_response import LpFeesHistoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    vault_id: str,
    wallet_address: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["vault_id"] = vault_id

    params["wallet_address"] = wallet_address

    params["page"] = page

    params["size"] = size

    params["start_t"] = start_t

    params["end_t"] = end_t

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public/strategy_vault/lp/fees_history",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LpFeesHistoryResponse | None:
    if response.status_code == 200:
        response_200 = LpFeesHistoryResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LpFeesHistoryResponse]:
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
    vault_id: str,
    wallet_address: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
) -> Response[LpFeesHistoryResponse]:
    """Get Liquidity Provider Fee History

     `GET /v1/public/strategy_vault/lp/fees_history`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/fees-history

    Args:
        vault_id (str):
        wallet_address (str):
        page (int | Unset):
        size (int | Unset):
        start_t (int | Unset):
        end_t (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LpFeesHistoryResponse]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        wallet_address=wallet_address,
        page=page,
        size=size,
        start_t=start_t,
        end_t=end_t,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    vault_id: str,
    wallet_address: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
) -> LpFeesHistoryResponse | None:
    """Get Liquidity Provider Fee History

     `GET /v1/public/strategy_vault/lp/fees_history`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/fees-history

    Args:
        vault_id (str):
        wallet_address (str):
        page (int | Unset):
        size (int | Unset):
        start_t (int | Unset):
        end_t (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LpFeesHistoryResponse
    """

    return sync_detailed(
        client=client,
        vault_id=vault_id,
        wallet_address=wallet_address,
        page=page,
        size=size,
        start_t=start_t,
        end_t=end_t,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    vault_id: str,
    wallet_address: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
) -> Response[LpFeesHistoryResponse]:
    """Get Liquidity Provider Fee History

     `GET /v1/public/strategy_vault/lp/fees_history`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/fees-history

    Args:
        vault_id (str):
        wallet_address (str):
        page (int | Unset):
        size (int | Unset):
        start_t (int | Unset):
        end_t (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LpFeesHistoryResponse]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        wallet_address=wallet_address,
        page=page,
        size=size,
        start_t=start_t,
        end_t=end_t,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    vault_id: str,
    wallet_address: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
) -> LpFeesHistoryResponse | None:
    """Get Liquidity Provider Fee History

     `GET /v1/public/strategy_vault/lp/fees_history`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/fees-history

    Args:
        vault_id (str):
        wallet_address (str):
        page (int | Unset):
        size (int | Unset):
        start_t (int | Unset):
        end_t (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LpFeesHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            page=page,
            size=size,
            start_t=start_t,
            end_t=end_t,
        )
    ).parsed
