from functools import partial
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_distribution_history_response import GetDistributionHistoryResponse
from ...types import UNSET, Response, Unset, build_response, parse_json, success


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["type"] = type_

    params["start_t"] = start_t

    params["end_t"] = end_t

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/client/distribution_history"},
        "url": "/v1/client/distribution_history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetDistributionHistoryResponse | None:
    if response.status_code == 200:
        response_200 = GetDistributionHistoryResponse.from_dict(parse_json(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_build_response = partial(build_response, parse=_parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[GetDistributionHistoryResponse]:
    """Get distribution history

    `GET /v1/client/distribution_history` (rewards)

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-distribution-history

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        status (str | Unset): Example: "true".
        type_ (str | Unset): Example: "true".
        start_t (str | Unset):
        end_t (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        orderly_auth.MissingCredentialsError: The client has no credentials; nothing was sent.
        orderly_auth.ConnectError: The request never reached the server (after the retries).
        orderly_auth.TransportError: No answer (timeout, dropped connection), after the retries.
        orderly_auth.RateLimitError: HTTP 429 or code -1003, after the retries.
        orderly_auth.AuthenticationError: Code -1001 or -1002, HTTP 401: key, signature or key scope refused.
        orderly_auth.ServerError: Code -1000 or HTTP 5xx, after the retries.
        orderly_auth.OrderlyAPIError: Any other refusal, as the subclass for its code: InvalidRequestError
            (-1004, -1005), NotFoundError (-1006), DuplicateError (-1007), SettlementError (-1008, -1009),
            TryAgainError (-1011, -1012, after the retries), OrderRejectedError (-1101 .. -1105, with
            InsufficientMarginError, OrderValueTooSmallError, PriceFilterError, QuantityFilterError,
            PriceDeviationError), LiquidationError (-1201, -1202).
        orderly_client.errors.UnparsableResponse: The answer does not fit its model.
        orderly_auth.ResponseError: The answer could not be read: ResponseDecodingError (a corrupt encoding) or
            ResponseTooLargeError (over the client's max_response_size, as sent or decoded).
        orderly_auth.ClientClosedError: The client was closed; nothing was sent.

    Returns:
        Response[GetDistributionHistoryResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        start_t=start_t,
        end_t=end_t,
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
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> GetDistributionHistoryResponse:
    """Get distribution history

    `GET /v1/client/distribution_history` (rewards)

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-distribution-history

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        status (str | Unset): Example: "true".
        type_ (str | Unset): Example: "true".
        start_t (str | Unset):
        end_t (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        orderly_auth.MissingCredentialsError: The client has no credentials; nothing was sent.
        orderly_auth.ConnectError: The request never reached the server (after the retries).
        orderly_auth.TransportError: No answer (timeout, dropped connection), after the retries.
        orderly_auth.RateLimitError: HTTP 429 or code -1003, after the retries.
        orderly_auth.AuthenticationError: Code -1001 or -1002, HTTP 401: key, signature or key scope refused.
        orderly_auth.ServerError: Code -1000 or HTTP 5xx, after the retries.
        orderly_auth.OrderlyAPIError: Any other refusal, as the subclass for its code: InvalidRequestError
            (-1004, -1005), NotFoundError (-1006), DuplicateError (-1007), SettlementError (-1008, -1009),
            TryAgainError (-1011, -1012, after the retries), OrderRejectedError (-1101 .. -1105, with
            InsufficientMarginError, OrderValueTooSmallError, PriceFilterError, QuantityFilterError,
            PriceDeviationError), LiquidationError (-1201, -1202).
        orderly_client.errors.UnparsableResponse: The answer does not fit its model.
        orderly_auth.ResponseError: The answer could not be read: ResponseDecodingError (a corrupt encoding) or
            ResponseTooLargeError (over the client's max_response_size, as sent or decoded).
        orderly_auth.ClientClosedError: The client was closed; nothing was sent.

    Returns:
        GetDistributionHistoryResponse: the parsed success answer (never None: an answer it cannot be
        raises instead).
    """

    response = sync_detailed(
        client=client,
        status=status,
        type_=type_,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
    )
    return success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[GetDistributionHistoryResponse]:
    """Get distribution history

    `GET /v1/client/distribution_history` (rewards)

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-distribution-history

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        status (str | Unset): Example: "true".
        type_ (str | Unset): Example: "true".
        start_t (str | Unset):
        end_t (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        orderly_auth.MissingCredentialsError: The client has no credentials; nothing was sent.
        orderly_auth.ConnectError: The request never reached the server (after the retries).
        orderly_auth.TransportError: No answer (timeout, dropped connection), after the retries.
        orderly_auth.RateLimitError: HTTP 429 or code -1003, after the retries.
        orderly_auth.AuthenticationError: Code -1001 or -1002, HTTP 401: key, signature or key scope refused.
        orderly_auth.ServerError: Code -1000 or HTTP 5xx, after the retries.
        orderly_auth.OrderlyAPIError: Any other refusal, as the subclass for its code: InvalidRequestError
            (-1004, -1005), NotFoundError (-1006), DuplicateError (-1007), SettlementError (-1008, -1009),
            TryAgainError (-1011, -1012, after the retries), OrderRejectedError (-1101 .. -1105, with
            InsufficientMarginError, OrderValueTooSmallError, PriceFilterError, QuantityFilterError,
            PriceDeviationError), LiquidationError (-1201, -1202).
        orderly_client.errors.UnparsableResponse: The answer does not fit its model.
        orderly_auth.ResponseError: The answer could not be read: ResponseDecodingError (a corrupt encoding) or
            ResponseTooLargeError (over the client's max_response_size, as sent or decoded).
        orderly_auth.ClientClosedError: The client was closed; nothing was sent.

    Returns:
        Response[GetDistributionHistoryResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    start_t: str | Unset = UNSET,
    end_t: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> GetDistributionHistoryResponse:
    """Get distribution history

    `GET /v1/client/distribution_history` (rewards)

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-distribution-history

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        status (str | Unset): Example: "true".
        type_ (str | Unset): Example: "true".
        start_t (str | Unset):
        end_t (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        orderly_auth.MissingCredentialsError: The client has no credentials; nothing was sent.
        orderly_auth.ConnectError: The request never reached the server (after the retries).
        orderly_auth.TransportError: No answer (timeout, dropped connection), after the retries.
        orderly_auth.RateLimitError: HTTP 429 or code -1003, after the retries.
        orderly_auth.AuthenticationError: Code -1001 or -1002, HTTP 401: key, signature or key scope refused.
        orderly_auth.ServerError: Code -1000 or HTTP 5xx, after the retries.
        orderly_auth.OrderlyAPIError: Any other refusal, as the subclass for its code: InvalidRequestError
            (-1004, -1005), NotFoundError (-1006), DuplicateError (-1007), SettlementError (-1008, -1009),
            TryAgainError (-1011, -1012, after the retries), OrderRejectedError (-1101 .. -1105, with
            InsufficientMarginError, OrderValueTooSmallError, PriceFilterError, QuantityFilterError,
            PriceDeviationError), LiquidationError (-1201, -1202).
        orderly_client.errors.UnparsableResponse: The answer does not fit its model.
        orderly_auth.ResponseError: The answer could not be read: ResponseDecodingError (a corrupt encoding) or
            ResponseTooLargeError (over the client's max_response_size, as sent or decoded).
        orderly_auth.ClientClosedError: The client was closed; nothing was sent.

    Returns:
        GetDistributionHistoryResponse: the parsed success answer (never None: an answer it cannot be
        raises instead).
    """

    response = await asyncio_detailed(
        client=client,
        status=status,
        type_=type_,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
    )
    return success(response)
