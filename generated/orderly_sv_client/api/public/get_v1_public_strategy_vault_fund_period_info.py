from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.period_info_response import PeriodInfoResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    vault_id: str,
    wallet_address: str,
    period_number: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["vault_id"] = vault_id

    params["wallet_address"] = wallet_address

    params["period_number"] = period_number

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public/strategy_vault/fund/period_info",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PeriodInfoResponse | None:
    if response.status_code == 200:
        response_200 = PeriodInfoResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PeriodInfoResponse]:
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
    period_number: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[PeriodInfoResponse]:
    """Get Period History and Fund Period Instructions

     `GET /v1/public/strategy_vault/fund/period_info`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-period-history-and-fund-
    period-instructions

    Args:
        vault_id (str):
        wallet_address (str):
        period_number (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodInfoResponse]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        wallet_address=wallet_address,
        period_number=period_number,
        page=page,
        size=size,
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
    period_number: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> PeriodInfoResponse | None:
    """Get Period History and Fund Period Instructions

     `GET /v1/public/strategy_vault/fund/period_info`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-period-history-and-fund-
    period-instructions

    Args:
        vault_id (str):
        wallet_address (str):
        period_number (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodInfoResponse
    """

    return sync_detailed(
        client=client,
        vault_id=vault_id,
        wallet_address=wallet_address,
        period_number=period_number,
        page=page,
        size=size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    vault_id: str,
    wallet_address: str,
    period_number: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[PeriodInfoResponse]:
    """Get Period History and Fund Period Instructions

     `GET /v1/public/strategy_vault/fund/period_info`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-period-history-and-fund-
    period-instructions

    Args:
        vault_id (str):
        wallet_address (str):
        period_number (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodInfoResponse]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        wallet_address=wallet_address,
        period_number=period_number,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    vault_id: str,
    wallet_address: str,
    period_number: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> PeriodInfoResponse | None:
    """Get Period History and Fund Period Instructions

     `GET /v1/public/strategy_vault/fund/period_info`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-period-history-and-fund-
    period-instructions

    Args:
        vault_id (str):
        wallet_address (str):
        period_number (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            period_number=period_number,
            page=page,
            size=size,
        )
    ).parsed
