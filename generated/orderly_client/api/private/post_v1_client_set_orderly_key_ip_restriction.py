from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_v1_client_set_orderly_key_ip_restriction_body import (
    PostV1ClientSetOrderlyKeyIpRestrictionBody,
)
from ...models.set_ip_restriction_response import SetIpRestrictionResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PostV1ClientSetOrderlyKeyIpRestrictionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/client/set_orderly_key_ip_restriction",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SetIpRestrictionResponse | None:
    if response.status_code == 200:
        response_200 = SetIpRestrictionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SetIpRestrictionResponse]:
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
    body: PostV1ClientSetOrderlyKeyIpRestrictionBody,
) -> Response[SetIpRestrictionResponse]:
    """Set Orderly key IP restriction

     `POST /v1/client/set_orderly_key_ip_restriction`

    Signed request; key scope `trading`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-orderly-key-ip-
    restriction

    Args:
        body (PostV1ClientSetOrderlyKeyIpRestrictionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetIpRestrictionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PostV1ClientSetOrderlyKeyIpRestrictionBody,
) -> SetIpRestrictionResponse | None:
    """Set Orderly key IP restriction

     `POST /v1/client/set_orderly_key_ip_restriction`

    Signed request; key scope `trading`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-orderly-key-ip-
    restriction

    Args:
        body (PostV1ClientSetOrderlyKeyIpRestrictionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetIpRestrictionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostV1ClientSetOrderlyKeyIpRestrictionBody,
) -> Response[SetIpRestrictionResponse]:
    """Set Orderly key IP restriction

     `POST /v1/client/set_orderly_key_ip_restriction`

    Signed request; key scope `trading`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-orderly-key-ip-
    restriction

    Args:
        body (PostV1ClientSetOrderlyKeyIpRestrictionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetIpRestrictionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PostV1ClientSetOrderlyKeyIpRestrictionBody,
) -> SetIpRestrictionResponse | None:
    """Set Orderly key IP restriction

     `POST /v1/client/set_orderly_key_ip_restriction`

    Signed request; key scope `trading`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-orderly-key-ip-
    restriction

    Args:
        body (PostV1ClientSetOrderlyKeyIpRestrictionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetIpRestrictionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
