from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_distribution_history_response import GetDistributionHistoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["type"] = type_

    params["start_t"] = start_t

    params["end_t"] = end_t

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/client/distribution_history"},
        "url": "/v1/client/distribution_history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetDistributionHistoryResponse | None:
    if response.status_code == 200:
        response_200 = GetDistributionHistoryResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetDistributionHistoryResponse]:
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
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[GetDistributionHistoryResponse]:
    """Get distribution history

     `GET /v1/client/distribution_history`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-distribution-history

    Args:
        status (str | Unset):
        type_ (str | Unset):
        start_t (str | Unset):
        end_t (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDistributionHistoryResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
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
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> GetDistributionHistoryResponse | None:
    """Get distribution history

     `GET /v1/client/distribution_history`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-distribution-history

    Args:
        status (str | Unset):
        type_ (str | Unset):
        start_t (str | Unset):
        end_t (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDistributionHistoryResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        type_=type_,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[GetDistributionHistoryResponse]:
    """Get distribution history

     `GET /v1/client/distribution_history`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-distribution-history

    Args:
        status (str | Unset):
        type_ (str | Unset):
        start_t (str | Unset):
        end_t (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDistributionHistoryResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
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
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> GetDistributionHistoryResponse | None:
    """Get distribution history

     `GET /v1/client/distribution_history`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-distribution-history

    Args:
        status (str | Unset):
        type_ (str | Unset):
        start_t (str | Unset):
        end_t (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDistributionHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            type_=type_,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )
    ).parsed
