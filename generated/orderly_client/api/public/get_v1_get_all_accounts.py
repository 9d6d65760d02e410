from functools import partial
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_all_accounts_response import GetAllAccountsResponse
from ...types import UNSET, Response, Unset, build_response, parse_json, success


def _get_kwargs(
    *,
    address: str,
    broker_id: str,
    chain_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["address"] = address

    params["broker_id"] = broker_id

    params["chain_type"] = chain_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/get_all_accounts"},
        "url": "/v1/get_all_accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetAllAccountsResponse | None:
    if response.status_code == 200:
        response_200 = GetAllAccountsResponse.from_dict(parse_json(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_build_response = partial(build_response, parse=_parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    address: str,
    broker_id: str,
    chain_type: str | Unset = UNSET,
) -> Response[GetAllAccountsResponse]:
    """Check account details of an address

    `GET /v1/get_all_accounts` (account)

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-account-details-of-an-address

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        address (str):
        broker_id (str):
        chain_type (str | Unset): Example: "EVM".

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
        Response[GetAllAccountsResponse]
    """

    kwargs = _get_kwargs(
        address=address,
        broker_id=broker_id,
        chain_type=chain_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    address: str,
    broker_id: str,
    chain_type: str | Unset = UNSET,
) -> GetAllAccountsResponse:
    """Check account details of an address

    `GET /v1/get_all_accounts` (account)

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-account-details-of-an-address

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        address (str):
        broker_id (str):
        chain_type (str | Unset): Example: "EVM".

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
        GetAllAccountsResponse: the parsed success answer (never None: an answer it cannot be
        raises instead).
    """

    response = sync_detailed(
        client=client,
        address=address,
        broker_id=broker_id,
        chain_type=chain_type,
    )
    return success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    address: str,
    broker_id: str,
    chain_type: str | Unset = UNSET,
) -> Response[GetAllAccountsResponse]:
    """Check account details of an address

    `GET /v1/get_all_accounts` (account)

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-account-details-of-an-address

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        address (str):
        broker_id (str):
        chain_type (str | Unset): Example: "EVM".

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
        Response[GetAllAccountsResponse]
    """

    kwargs = _get_kwargs(
        address=address,
        broker_id=broker_id,
        chain_type=chain_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    address: str,
    broker_id: str,
    chain_type: str | Unset = UNSET,
) -> GetAllAccountsResponse:
    """Check account details of an address

    `GET /v1/get_all_accounts` (account)

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/check-account-details-of-an-address

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        address (str):
        broker_id (str):
        chain_type (str | Unset): Example: "EVM".

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
        GetAllAccountsResponse: the parsed success answer (never None: an answer it cannot be
        raises instead).
    """

    response = await asyncio_detailed(
        client=client,
        address=address,
        broker_id=broker_id,
        chain_type=chain_type,
    )
    return success(response)
