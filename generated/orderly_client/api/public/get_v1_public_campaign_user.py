from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_campaign_user_response import GetCampaignUserResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    campaign_id: int,
    account_id: str | Unset = UNSET,
    address: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
    symbol: list[str] | Unset = UNSET,
    order_tag: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["campaign_id"] = campaign_id

    params["account_id"] = account_id

    params["address"] = address

    params["broker_id"] = broker_id

    json_symbol: list[str] | Unset = UNSET
    if not isinstance(symbol, Unset):
        json_symbol = symbol

    params["symbol"] = json_symbol

    params["order_tag"] = order_tag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/public/campaign/user"},
        "url": "/v1/public/campaign/user",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetCampaignUserResponse | None:
    if response.status_code == 200:
        response_200 = GetCampaignUserResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetCampaignUserResponse]:
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
    campaign_id: int,
    account_id: str | Unset = UNSET,
    address: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
    symbol: list[str] | Unset = UNSET,
    order_tag: str | Unset = UNSET,
) -> Response[GetCampaignUserResponse]:
    """Get campaign user info

     `GET /v1/public/campaign/user`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-user-info

    Args:
        campaign_id (int):
        account_id (str | Unset):
        address (str | Unset):
        broker_id (str | Unset):
        symbol (list[str] | Unset):
        order_tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCampaignUserResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        account_id=account_id,
        address=address,
        broker_id=broker_id,
        symbol=symbol,
        order_tag=order_tag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    account_id: str | Unset = UNSET,
    address: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
    symbol: list[str] | Unset = UNSET,
    order_tag: str | Unset = UNSET,
) -> GetCampaignUserResponse | None:
    """Get campaign user info

     `GET /v1/public/campaign/user`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-user-info

    Args:
        campaign_id (int):
        account_id (str | Unset):
        address (str | Unset):
        broker_id (str | Unset):
        symbol (list[str] | Unset):
        order_tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCampaignUserResponse
    """

    return sync_detailed(
        client=client,
        campaign_id=campaign_id,
        account_id=account_id,
        address=address,
        broker_id=broker_id,
        symbol=symbol,
        order_tag=order_tag,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    account_id: str | Unset = UNSET,
    address: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
    symbol: list[str] | Unset = UNSET,
    order_tag: str | Unset = UNSET,
) -> Response[GetCampaignUserResponse]:
    """Get campaign user info

     `GET /v1/public/campaign/user`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-user-info

    Args:
        campaign_id (int):
        account_id (str | Unset):
        address (str | Unset):
        broker_id (str | Unset):
        symbol (list[str] | Unset):
        order_tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCampaignUserResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        account_id=account_id,
        address=address,
        broker_id=broker_id,
        symbol=symbol,
        order_tag=order_tag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    account_id: str | Unset = UNSET,
    address: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
    symbol: list[str] | Unset = UNSET,
    order_tag: str | Unset = UNSET,
) -> GetCampaignUserResponse | None:
    """Get campaign user info

     `GET /v1/public/campaign/user`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-user-info

    Args:
        campaign_id (int):
        account_id (str | Unset):
        address (str | Unset):
        broker_id (str | Unset):
        symbol (list[str] | Unset):
        order_tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCampaignUserResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign_id=campaign_id,
            account_id=account_id,
            address=address,
            broker_id=broker_id,
            symbol=symbol,
            order_tag=order_tag,
        )
    ).parsed
