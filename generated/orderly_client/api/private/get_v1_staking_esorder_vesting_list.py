from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.getes_order_vesting_list_response import GetesORDERVestingListResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    address: str,
    is_vesting: bool,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["address"] = address

    params["is_vesting"] = is_vesting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/staking/esorder/vesting_list"},
        "url": "/v1/staking/esorder/vesting_list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetesORDERVestingListResponse | None:
    if response.status_code == 200:
        response_200 = GetesORDERVestingListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetesORDERVestingListResponse]:
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
    address: str,
    is_vesting: bool,
) -> Response[GetesORDERVestingListResponse]:
    """Get esorder vesting list

     `GET /v1/staking/esorder/vesting_list`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-esorder-vesting-list

    Args:
        address (str):
        is_vesting (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetesORDERVestingListResponse]
    """

    kwargs = _get_kwargs(
        address=address,
        is_vesting=is_vesting,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    address: str,
    is_vesting: bool,
) -> GetesORDERVestingListResponse | None:
    """Get esorder vesting list

     `GET /v1/staking/esorder/vesting_list`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-esorder-vesting-list

    Args:
        address (str):
        is_vesting (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetesORDERVestingListResponse
    """

    return sync_detailed(
        client=client,
        address=address,
        is_vesting=is_vesting,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    address: str,
    is_vesting: bool,
) -> Response[GetesORDERVestingListResponse]:
    """Get esorder vesting list

     `GET /v1/staking/esorder/vesting_list`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-esorder-vesting-list

    Args:
        address (str):
        is_vesting (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetesORDERVestingListResponse]
    """

    kwargs = _get_kwargs(
        address=address,
        is_vesting=is_vesting,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    address: str,
    is_vesting: bool,
) -> GetesORDERVestingListResponse | None:
    """Get esorder vesting list

     `GET /v1/staking/esorder/vesting_list`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-esorder-vesting-list

    Args:
        address (str):
        is_vesting (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetesORDERVestingListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            address=address,
            is_vesting=is_vesting,
        )
    ).parsed
