import datetime
from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_builder_daily_fee_revenue_response import (
    GetBuilderDailyFeeRevenueResponse,
)
from ...models.get_v1_broker_daily_fee_revenue_response_400 import (
    GetV1BrokerDailyFeeRevenueResponse400,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    start_date: datetime.date,
    end_date: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/broker/daily_fee_revenue"},
        "url": "/v1/broker/daily_fee_revenue",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetBuilderDailyFeeRevenueResponse | GetV1BrokerDailyFeeRevenueResponse400 | None:
    if response.status_code == 200:
        response_200 = GetBuilderDailyFeeRevenueResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetV1BrokerDailyFeeRevenueResponse400.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetBuilderDailyFeeRevenueResponse | GetV1BrokerDailyFeeRevenueResponse400]:
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
    start_date: datetime.date,
    end_date: datetime.date,
) -> Response[GetBuilderDailyFeeRevenueResponse | GetV1BrokerDailyFeeRevenueResponse400]:
    """Get builder's daily revenue settlement history

     `GET /v1/broker/daily_fee_revenue`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-daily-
    revenue-settlement-history

    Args:
        start_date (datetime.date):
        end_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBuilderDailyFeeRevenueResponse | GetV1BrokerDailyFeeRevenueResponse400]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
) -> GetBuilderDailyFeeRevenueResponse | GetV1BrokerDailyFeeRevenueResponse400 | None:
    """Get builder's daily revenue settlement history

     `GET /v1/broker/daily_fee_revenue`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-daily-
    revenue-settlement-history

    Args:
        start_date (datetime.date):
        end_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBuilderDailyFeeRevenueResponse | GetV1BrokerDailyFeeRevenueResponse400
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
) -> Response[GetBuilderDailyFeeRevenueResponse | GetV1BrokerDailyFeeRevenueResponse400]:
    """Get builder's daily revenue settlement history

     `GET /v1/broker/daily_fee_revenue`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-daily-
    revenue-settlement-history

    Args:
        start_date (datetime.date):
        end_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBuilderDailyFeeRevenueResponse | GetV1BrokerDailyFeeRevenueResponse400]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
) -> GetBuilderDailyFeeRevenueResponse | GetV1BrokerDailyFeeRevenueResponse400 | None:
    """Get builder's daily revenue settlement history

     `GET /v1/broker/daily_fee_revenue`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-daily-
    revenue-settlement-history

    Args:
        start_date (datetime.date):
        end_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBuilderDailyFeeRevenueResponse | GetV1BrokerDailyFeeRevenueResponse400
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
