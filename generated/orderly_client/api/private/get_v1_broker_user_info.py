from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_fee_rates_response import UserFeeRatesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_id: str | Unset = UNSET,
    address: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_id"] = account_id

    params["address"] = address

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/broker/user_info"},
        "url": "/v1/broker/user_info",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> UserFeeRatesResponse | None:
    if response.status_code == 200:
        response_200 = UserFeeRatesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[UserFeeRatesResponse]:
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
    account_id: str | Unset = UNSET,
    address: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
) -> Response[UserFeeRatesResponse]:
    """Get user fee rates

     `GET /v1/broker/user_info`

    Signed request; key scope `read`.
    Rate limit: 60 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-fee-rates

    Args:
        account_id (str | Unset):
        address (str | Unset):
        page (str | Unset):
        size (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserFeeRatesResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        address=address,
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
    account_id: str | Unset = UNSET,
    address: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
) -> UserFeeRatesResponse | None:
    """Get user fee rates

     `GET /v1/broker/user_info`

    Signed request; key scope `read`.
    Rate limit: 60 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-fee-rates

    Args:
        account_id (str | Unset):
        address (str | Unset):
        page (str | Unset):
        size (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserFeeRatesResponse
    """

    return sync_detailed(
        client=client,
        account_id=account_id,
        address=address,
        page=page,
        size=size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    account_id: str | Unset = UNSET,
    address: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
) -> Response[UserFeeRatesResponse]:
    """Get user fee rates

     `GET /v1/broker/user_info`

    Signed request; key scope `read`.
    Rate limit: 60 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-fee-rates

    Args:
        account_id (str | Unset):
        address (str | Unset):
        page (str | Unset):
        size (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserFeeRatesResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        address=address,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    account_id: str | Unset = UNSET,
    address: str | Unset = UNSET,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
) -> UserFeeRatesResponse | None:
    """Get user fee rates

     `GET /v1/broker/user_info`

    Signed request; key scope `read`.
    Rate limit: 60 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-fee-rates

    Args:
        account_id (str | Unset):
        address (str | Unset):
        page (str | Unset):
        size (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserFeeRatesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            account_id=account_id,
            address=address,
            page=page,
            size=size,
        )
    ).parsed
