from functools import partial
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_campaign_user_response import GetCampaignUserResponse
from ...types import UNSET, Response, Unset, build_response, parse_json, success


def _get_kwargs(
    *,
    campaign_id: int,
    account_id: str | Unset = UNSET,
    address: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
    symbol: list[str] | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
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

    params["user_address"] = user_address

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
        response_200 = GetCampaignUserResponse.from_dict(parse_json(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_build_response = partial(build_response, parse=_parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    account_id: str | Unset = UNSET,
    address: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
    symbol: list[str] | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> Response[GetCampaignUserResponse]:
    """Get campaign user info

    `GET /v1/public/campaign/user` (rewards)

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-user-info

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        campaign_id (int):
        account_id (str | Unset):
        address (str | Unset):
        broker_id (str | Unset):
        symbol (list[str] | Unset): Example: [].
        order_tag (str | Unset):
        user_address (str | Unset):

    Raises:
        orderly_auth.ConnectError: The request never reached the server (after the retries).
        orderly_auth.TransportError: No answer (timeout, dropped connection), after the retries.
        orderly_auth.RateLimitError: HTTP 429 or code -1003, after the retries.
        orderly_auth.ServerError: Code -1000 or HTTP 5xx, after the retries.
        orderly_auth.OrderlyAPIError: Any other refusal, as the subclass for its code: AuthenticationError
            (-1001, -1002), InvalidRequestError (-1004, -1005), NotFoundError (-1006), DuplicateError (-1007),
            SettlementError (-1008, -1009), TryAgainError (-1011, -1012, after the retries), OrderRejectedError
            (-1101 .. -1105, with InsufficientMarginError, OrderValueTooSmallError, PriceFilterError,
            QuantityFilterError, PriceDeviationError), LiquidationError (-1201, -1202).
        orderly_client.errors.UnparsableResponse: The answer does not fit its model.
        orderly_auth.ResponseError: The answer could not be read: ResponseDecodingError (a corrupt encoding) or
            ResponseTooLargeError (over the client's max_response_size, as sent or decoded).
        orderly_auth.ClientClosedError: The client was closed; nothing was sent.

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
        user_address=user_address,
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
    user_address: str | Unset = UNSET,
) -> GetCampaignUserResponse:
    """Get campaign user info

    `GET /v1/public/campaign/user` (rewards)

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-user-info

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        campaign_id (int):
        account_id (str | Unset):
        address (str | Unset):
        broker_id (str | Unset):
        symbol (list[str] | Unset): Example: [].
        order_tag (str | Unset):
        user_address (str | Unset):

    Raises:
        orderly_auth.ConnectError: The request never reached the server (after the retries).
        orderly_auth.TransportError: No answer (timeout, dropped connection), after the retries.
        orderly_auth.RateLimitError: HTTP 429 or code -1003, after the retries.
        orderly_auth.ServerError: Code -1000 or HTTP 5xx, after the retries.
        orderly_auth.OrderlyAPIError: Any other refusal, as the subclass for its code: AuthenticationError
            (-1001, -1002), InvalidRequestError (-1004, -1005), NotFoundError (-1006), DuplicateError (-1007),
            SettlementError (-1008, -1009), TryAgainError (-1011, -1012, after the retries), OrderRejectedError
            (-1101 .. -1105, with InsufficientMarginError, OrderValueTooSmallError, PriceFilterError,
            QuantityFilterError, PriceDeviationError), LiquidationError (-1201, -1202).
        orderly_client.errors.UnparsableResponse: The answer does not fit its model.
        orderly_auth.ResponseError: The answer could not be read: ResponseDecodingError (a corrupt encoding) or
            ResponseTooLargeError (over the client's max_response_size, as sent or decoded).
        orderly_auth.ClientClosedError: The client was closed; nothing was sent.

    Returns:
        GetCampaignUserResponse: the parsed success answer (never None: an answer it cannot be
        raises instead).
    """

    response = sync_detailed(
        client=client,
        campaign_id=campaign_id,
        account_id=account_id,
        address=address,
        broker_id=broker_id,
        symbol=symbol,
        order_tag=order_tag,
        user_address=user_address,
    )
    return success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int,
    account_id: str | Unset = UNSET,
    address: str | Unset = UNSET,
    broker_id: str | Unset = UNSET,
    symbol: list[str] | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> Response[GetCampaignUserResponse]:
    """Get campaign user info

    `GET /v1/public/campaign/user` (rewards)

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-user-info

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        campaign_id (int):
        account_id (str | Unset):
        address (str | Unset):
        broker_id (str | Unset):
        symbol (list[str] | Unset): Example: [].
        order_tag (str | Unset):
        user_address (str | Unset):

    Raises:
        orderly_auth.ConnectError: The request never reached the server (after the retries).
        orderly_auth.TransportError: No answer (timeout, dropped connection), after the retries.
        orderly_auth.RateLimitError: HTTP 429 or code -1003, after the retries.
        orderly_auth.ServerError: Code -1000 or HTTP 5xx, after the retries.
        orderly_auth.OrderlyAPIError: Any other refusal, as the subclass for its code: AuthenticationError
            (-1001, -1002), InvalidRequestError (-1004, -1005), NotFoundError (-1006), DuplicateError (-1007),
            SettlementError (-1008, -1009), TryAgainError (-1011, -1012, after the retries), OrderRejectedError
            (-1101 .. -1105, with InsufficientMarginError, OrderValueTooSmallError, PriceFilterError,
            QuantityFilterError, PriceDeviationError), LiquidationError (-1201, -1202).
        orderly_client.errors.UnparsableResponse: The answer does not fit its model.
        orderly_auth.ResponseError: The answer could not be read: ResponseDecodingError (a corrupt encoding) or
            ResponseTooLargeError (over the client's max_response_size, as sent or decoded).
        orderly_auth.ClientClosedError: The client was closed; nothing was sent.

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
        user_address=user_address,
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
    user_address: str | Unset = UNSET,
) -> GetCampaignUserResponse:
    """Get campaign user info

    `GET /v1/public/campaign/user` (rewards)

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-user-info

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        campaign_id (int):
        account_id (str | Unset):
        address (str | Unset):
        broker_id (str | Unset):
        symbol (list[str] | Unset): Example: [].
        order_tag (str | Unset):
        user_address (str | Unset):

    Raises:
        orderly_auth.ConnectError: The request never reached the server (after the retries).
        orderly_auth.TransportError: No answer (timeout, dropped connection), after the retries.
        orderly_auth.RateLimitError: HTTP 429 or code -1003, after the retries.
        orderly_auth.ServerError: Code -1000 or HTTP 5xx, after the retries.
        orderly_auth.OrderlyAPIError: Any other refusal, as the subclass for its code: AuthenticationError
            (-1001, -1002), InvalidRequestError (-1004, -1005), NotFoundError (-1006), DuplicateError (-1007),
            SettlementError (-1008, -1009), TryAgainError (-1011, -1012, after the retries), OrderRejectedError
            (-1101 .. -1105, with InsufficientMarginError, OrderValueTooSmallError, PriceFilterError,
            QuantityFilterError, PriceDeviationError), LiquidationError (-1201, -1202).
        orderly_client.errors.UnparsableResponse: The answer does not fit its model.
        orderly_auth.ResponseError: The answer could not be read: ResponseDecodingError (a corrupt encoding) or
            ResponseTooLargeError (over the client's max_response_size, as sent or decoded).
        orderly_auth.ClientClosedError: The client was closed; nothing was sent.

    Returns:
        GetCampaignUserResponse: the parsed success answer (never None: an answer it cannot be
        raises instead).
    """

    response = await asyncio_detailed(
        client=client,
        campaign_id=campaign_id,
        account_id=account_id,
        address=address,
        broker_id=broker_id,
        symbol=symbol,
        order_tag=order_tag,
        user_address=user_address,
    )
    return success(response)
