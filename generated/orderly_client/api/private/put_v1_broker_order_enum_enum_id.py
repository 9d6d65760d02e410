from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basic_response import BasicResponse
from ...models.update_order_enum_body import UpdateOrderEnumBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    enum_id: str,
    *,
    body: UpdateOrderEnumBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "extensions": {"orderly_operation": "PUT /v1/broker/order_enum/{enum_id}"},
        "url": "/v1/broker/order_enum/{enum_id}".format(
            enum_id=quote(str(enum_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> BasicResponse | None:
    if response.status_code == 200:
        response_200 = BasicResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[BasicResponse]:
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
    enum_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateOrderEnumBody | Unset = UNSET,
) -> Response[BasicResponse]:
    """Update order tag

     `PUT /v1/broker/order_enum/{enum_id}`

    Signed request; key scope `trading`.
    Rate limit: 1 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-order-tag

    Args:
        enum_id (str):
        body (UpdateOrderEnumBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasicResponse]
    """

    kwargs = _get_kwargs(
        enum_id=enum_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enum_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateOrderEnumBody | Unset = UNSET,
) -> BasicResponse | None:
    """Update order tag

     `PUT /v1/broker/order_enum/{enum_id}`

    Signed request; key scope `trading`.
    Rate limit: 1 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-order-tag

    Args:
        enum_id (str):
        body (UpdateOrderEnumBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasicResponse
    """

    return sync_detailed(
        enum_id=enum_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    enum_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateOrderEnumBody | Unset = UNSET,
) -> Response[BasicResponse]:
    """Update order tag

     `PUT /v1/broker/order_enum/{enum_id}`

    Signed request; key scope `trading`.
    Rate limit: 1 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-order-tag

    Args:
        enum_id (str):
        body (UpdateOrderEnumBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasicResponse]
    """

    kwargs = _get_kwargs(
        enum_id=enum_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enum_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateOrderEnumBody | Unset = UNSET,
) -> BasicResponse | None:
    """Update order tag

     `PUT /v1/broker/order_enum/{enum_id}`

    Signed request; key scope `trading`.
    Rate limit: 1 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-order-tag

    Args:
        enum_id (str):
        body (UpdateOrderEnumBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasicResponse
    """

    return (
        await asyncio_detailed(
            enum_id=enum_id,
            client=client,
            body=body,
        )
    ).parsed
