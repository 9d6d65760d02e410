from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_broker_daily_response import GetBrokerDailyResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: str,
    end_date: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    address: str | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    aggregate_by: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["page"] = page

    params["size"] = size

    params["address"] = address

    params["order_tag"] = order_tag

    params["aggregateBy"] = aggregate_by

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/volume/broker/daily"},
        "url": "/v1/volume/broker/daily",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetBrokerDailyResponse | None:
    if response.status_code == 200:
        response_200 = GetBrokerDailyResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetBrokerDailyResponse]:
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
    start_date: str,
    end_date: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    address: str | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    aggregate_by: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[GetBrokerDailyResponse]:
    """Get builder's users' volumes

     `GET /v1/volume/broker/daily`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-users-volumes

    Args:
        start_date (str):
        end_date (str):
        page (int | Unset):
        size (int | Unset):
        address (str | Unset):
        order_tag (str | Unset):
        aggregate_by (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBrokerDailyResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        page=page,
        size=size,
        address=address,
        order_tag=order_tag,
        aggregate_by=aggregate_by,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_date: str,
    end_date: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    address: str | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    aggregate_by: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> GetBrokerDailyResponse | None:
    """Get builder's users' volumes

     `GET /v1/volume/broker/daily`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-users-volumes

    Args:
        start_date (str):
        end_date (str):
        page (int | Unset):
        size (int | Unset):
        address (str | Unset):
        order_tag (str | Unset):
        aggregate_by (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBrokerDailyResponse
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        page=page,
        size=size,
        address=address,
        order_tag=order_tag,
        aggregate_by=aggregate_by,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: str,
    end_date: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    address: str | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    aggregate_by: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[GetBrokerDailyResponse]:
    """Get builder's users' volumes

     `GET /v1/volume/broker/daily`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-users-volumes

    Args:
        start_date (str):
        end_date (str):
        page (int | Unset):
        size (int | Unset):
        address (str | Unset):
        order_tag (str | Unset):
        aggregate_by (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBrokerDailyResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        page=page,
        size=size,
        address=address,
        order_tag=order_tag,
        aggregate_by=aggregate_by,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_date: str,
    end_date: str,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    address: str | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    aggregate_by: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> GetBrokerDailyResponse | None:
    """Get builder's users' volumes

     `GET /v1/volume/broker/daily`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-users-volumes

    Args:
        start_date (str):
        end_date (str):
        page (int | Unset):
        size (int | Unset):
        address (str | Unset):
        order_tag (str | Unset):
        aggregate_by (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBrokerDailyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
            address=address,
            order_tag=order_tag,
            aggregate_by=aggregate_by,
            sort=sort,
        )
    ).parsed
