from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.withdraw_request_body import WithdrawRequestBody
from ...models.withdraw_response import WithdrawResponse
from ...types import UNSET, Response, Unset, json_bytes, parse_json


def _get_kwargs(
    *,
    body: WithdrawRequestBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/withdraw_request",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["content"] = json_bytes(_kwargs.pop("json"))
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WithdrawResponse | None:
    if response.status_code == 200:
        response_200 = WithdrawResponse.from_dict(parse_json(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WithdrawResponse]:
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


def _success(response: Response[WithdrawResponse]) -> WithdrawResponse:
    """The parsed success answer; an error answer the client did not raise for raises errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WithdrawRequestBody | Unset = UNSET,
) -> Response[WithdrawResponse]:
    """Create withdraw request

     `POST /v1/withdraw_request`

    Signed request; key scope `trading`.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-withdraw-request

    Args:
        body (WithdrawRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WithdrawResponse]
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
    body: WithdrawRequestBody | Unset = UNSET,
) -> WithdrawResponse:
    """Create withdraw request

     `POST /v1/withdraw_request`

    Signed request; key scope `trading`.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-withdraw-request

    Args:
        body (WithdrawRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WithdrawResponse
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    return _success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WithdrawRequestBody | Unset = UNSET,
) -> Response[WithdrawResponse]:
    """Create withdraw request

     `POST /v1/withdraw_request`

    Signed request; key scope `trading`.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-withdraw-request

    Args:
        body (WithdrawRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WithdrawResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WithdrawRequestBody | Unset = UNSET,
) -> WithdrawResponse:
    """Create withdraw request

     `POST /v1/withdraw_request`

    Signed request; key scope `trading`.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-withdraw-request

    Args:
        body (WithdrawRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WithdrawResponse
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    return _success(response)
