from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.leaderboard_response import LeaderboardResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: str,
    end_date: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    address: str | Unset = UNSET,
    aggregate_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["page"] = page

    params["size"] = size

    params["order_tag"] = order_tag

    params["broker_id"] = broker_id

    params["sort"] = sort

    params["address"] = address

    params["aggregateBy"] = aggregate_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/broker/leaderboard/daily"},
        "url": "/v1/broker/leaderboard/daily",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> LeaderboardResponse | None:
    if response.status_code == 200:
        response_200 = LeaderboardResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[LeaderboardResponse]:
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
    start_date: str,
    end_date: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    address: str | Unset = UNSET,
    aggregate_by: str | Unset = UNSET,
) -> Response[LeaderboardResponse]:
    """Get builder's leaderboard

     `GET /v1/broker/leaderboard/daily`

    Public request, no signature.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-leaderboard

    Args:
        start_date (str):
        end_date (str):
        page (int | Unset):
        size (int | Unset):
        order_tag (str | Unset):
        broker_id (str | Unset):
        sort (str | Unset):
        address (str | Unset):
        aggregate_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LeaderboardResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        page=page,
        size=size,
        order_tag=order_tag,
        broker_id=broker_id,
        sort=sort,
        address=address,
        aggregate_by=aggregate_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    address: str | Unset = UNSET,
    aggregate_by: str | Unset = UNSET,
) -> LeaderboardResponse | None:
    """Get builder's leaderboard

     `GET /v1/broker/leaderboard/daily`

    Public request, no signature.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-leaderboard

    Args:
        start_date (str):
        end_date (str):
        page (int | Unset):
        size (int | Unset):
        order_tag (str | Unset):
        broker_id (str | Unset):
        sort (str | Unset):
        address (str | Unset):
        aggregate_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeaderboardResponse
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        page=page,
        size=size,
        order_tag=order_tag,
        broker_id=broker_id,
        sort=sort,
        address=address,
        aggregate_by=aggregate_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    address: str | Unset = UNSET,
    aggregate_by: str | Unset = UNSET,
) -> Response[LeaderboardResponse]:
    """Get builder's leaderboard

     `GET /v1/broker/leaderboard/daily`

    Public request, no signature.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-leaderboard

    Args:
        start_date (str):
        end_date (str):
        page (int | Unset):
        size (int | Unset):
        order_tag (str | Unset):
        broker_id (str | Unset):
        sort (str | Unset):
        address (str | Unset):
        aggregate_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LeaderboardResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        page=page,
        size=size,
        order_tag=order_tag,
        broker_id=broker_id,
        sort=sort,
        address=address,
        aggregate_by=aggregate_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    address: str | Unset = UNSET,
    aggregate_by: str | Unset = UNSET,
) -> LeaderboardResponse | None:
    """Get builder's leaderboard

     `GET /v1/broker/leaderboard/daily`

    Public request, no signature.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-leaderboard

    Args:
        start_date (str):
        end_date (str):
        page (int | Unset):
        size (int | Unset):
        order_tag (str | Unset):
        broker_id (str | Unset):
        sort (str | Unset):
        address (str | Unset):
        aggregate_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeaderboardResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
            order_tag=order_tag,
            broker_id=broker_id,
            sort=sort,
            address=address,
            aggregate_by=aggregate_by,
        )
    ).parsed
