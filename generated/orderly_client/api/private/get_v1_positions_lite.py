from functools import partial
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.positions_lite_response import PositionsLiteResponse
from ...types import Response, build_response, parse_json, success


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/positions_lite"},
        "url": "/v1/positions_lite",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> PositionsLiteResponse | None:
    if response.status_code == 200:
        response_200 = PositionsLiteResponse.from_dict(parse_json(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_build_response = partial(build_response, parse=_parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[PositionsLiteResponse]:
    """Get lite positions info

    `GET /v1/positions_lite` (positions)

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-lite-positions-info

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

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
        Response[PositionsLiteResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> PositionsLiteResponse:
    """Get lite positions info

    `GET /v1/positions_lite` (positions)

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-lite-positions-info

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

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
        PositionsLiteResponse: the parsed success answer (never None: an answer it cannot be
        raises instead).
    """

    response = sync_detailed(
        client=client,
    )
    return success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[PositionsLiteResponse]:
    """Get lite positions info

    `GET /v1/positions_lite` (positions)

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-lite-positions-info

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

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
        Response[PositionsLiteResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> PositionsLiteResponse:
    """Get lite positions info

    `GET /v1/positions_lite` (positions)

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-lite-positions-info

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

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
        PositionsLiteResponse: the parsed success answer (never None: an answer it cannot be
        raises instead).
    """

    response = await asyncio_detailed(
        client=client,
    )
    return success(response)
