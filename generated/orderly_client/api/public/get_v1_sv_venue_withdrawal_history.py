from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.venue_withdrawal_history_response import VenueWithdrawalHistoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    period_number: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["period_number"] = period_number

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/sv/venue_withdrawal_history"},
        "url": "/v1/sv/venue_withdrawal_history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> VenueWithdrawalHistoryResponse | None:
    if response.status_code == 200:
        response_200 = VenueWithdrawalHistoryResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[VenueWithdrawalHistoryResponse]:
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
    period_number: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[VenueWithdrawalHistoryResponse]:
    """Get fund outflow allocation

     `GET /v1/sv/venue_withdrawal_history`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s per account.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-fund-outflow-allocation

    Args:
        period_number (int | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VenueWithdrawalHistoryResponse]
    """

    kwargs = _get_kwargs(
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
    client: AuthenticatedClient,
    period_number: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> VenueWithdrawalHistoryResponse | None:
    """Get fund outflow allocation

     `GET /v1/sv/venue_withdrawal_history`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s per account.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-fund-outflow-allocation

    Args:
        period_number (int | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VenueWithdrawalHistoryResponse
    """

    return sync_detailed(
        client=client,
        period_number=period_number,
        page=page,
        size=size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period_number: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[VenueWithdrawalHistoryResponse]:
    """Get fund outflow allocation

     `GET /v1/sv/venue_withdrawal_history`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s per account.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-fund-outflow-allocation

    Args:
        period_number (int | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VenueWithdrawalHistoryResponse]
    """

    kwargs = _get_kwargs(
        period_number=period_number,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    period_number: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> VenueWithdrawalHistoryResponse | None:
    """Get fund outflow allocation

     `GET /v1/sv/venue_withdrawal_history`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s per account.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-fund-outflow-allocation

    Args:
        period_number (int | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VenueWithdrawalHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            period_number=period_number,
            page=page,
            size=size,
        )
    ).parsed
