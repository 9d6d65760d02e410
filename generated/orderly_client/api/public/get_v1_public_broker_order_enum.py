from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_order_enum_response import GetOrderEnumResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    broker_id: str,
    enum_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["broker_id"] = broker_id

    params["enum_id"] = enum_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/public/broker/order_enum"},
        "url": "/v1/public/broker/order_enum",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> GetOrderEnumResponse | None:
    if response.status_code == 200:
        response_200 = GetOrderEnumResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetOrderEnumResponse]:
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
    broker_id: str,
    enum_id: str,
) -> Response[GetOrderEnumResponse]:
    """Get one order tag for a broker

     `GET /v1/public/broker/order_enum`

    Public request, no signature.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-one-order-tag-for-a-
    broker

    Args:
        broker_id (str):
        enum_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrderEnumResponse]
    """

    kwargs = _get_kwargs(
        broker_id=broker_id,
        enum_id=enum_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    broker_id: str,
    enum_id: str,
) -> GetOrderEnumResponse | None:
    """Get one order tag for a broker

     `GET /v1/public/broker/order_enum`

    Public request, no signature.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-one-order-tag-for-a-
    broker

    Args:
        broker_id (str):
        enum_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrderEnumResponse
    """

    return sync_detailed(
        client=client,
        broker_id=broker_id,
        enum_id=enum_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    broker_id: str,
    enum_id: str,
) -> Response[GetOrderEnumResponse]:
    """Get one order tag for a broker

     `GET /v1/public/broker/order_enum`

    Public request, no signature.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-one-order-tag-for-a-
    broker

    Args:
        broker_id (str):
        enum_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrderEnumResponse]
    """

    kwargs = _get_kwargs(
        broker_id=broker_id,
        enum_id=enum_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    broker_id: str,
    enum_id: str,
) -> GetOrderEnumResponse | None:
    """Get one order tag for a broker

     `GET /v1/public/broker/order_enum`

    Public request, no signature.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-one-order-tag-for-a-
    broker

    Args:
        broker_id (str):
        enum_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrderEnumResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            broker_id=broker_id,
            enum_id=enum_id,
        )
    ).parsed
