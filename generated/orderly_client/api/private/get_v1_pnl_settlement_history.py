from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pnl_settlement_history_response import PnlSettlementHistoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_t"] = start_t

    params["end_t"] = end_t

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/pnl_settlement/history"},
        "url": "/v1/pnl_settlement/history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> PnlSettlementHistoryResponse | None:
    if response.status_code == 200:
        response_200 = PnlSettlementHistoryResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[PnlSettlementHistoryResponse]:
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
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[PnlSettlementHistoryResponse]:
    """Get PnL settlement history

     `GET /v1/pnl_settlement/history`

    Signed request; key scope `read`.
    Rate limit: 20 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-pnl-settlement-history

    Args:
        start_t (int | Unset):
        end_t (int | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PnlSettlementHistoryResponse]
    """

    kwargs = _get_kwargs(
        start_t=start_t,
        end_t=end_t,
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
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> PnlSettlementHistoryResponse | None:
    """Get PnL settlement history

     `GET /v1/pnl_settlement/history`

    Signed request; key scope `read`.
    Rate limit: 20 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-pnl-settlement-history

    Args:
        start_t (int | Unset):
        end_t (int | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PnlSettlementHistoryResponse
    """

    return sync_detailed(
        client=client,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[PnlSettlementHistoryResponse]:
    """Get PnL settlement history

     `GET /v1/pnl_settlement/history`

    Signed request; key scope `read`.
    Rate limit: 20 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-pnl-settlement-history

    Args:
        start_t (int | Unset):
        end_t (int | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PnlSettlementHistoryResponse]
    """

    kwargs = _get_kwargs(
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> PnlSettlementHistoryResponse | None:
    """Get PnL settlement history

     `GET /v1/pnl_settlement/history`

    Signed request; key scope `read`.
    Rate limit: 20 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-pnl-settlement-history

    Args:
        start_t (int | Unset):
        end_t (int | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PnlSettlementHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )
    ).parsed
