from functools import partial
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.admin_asset_convert_history_response import (
    AdminAssetConvertHistoryResponse,
)
from ...types import UNSET, Response, Unset, build_response, parse_json, success


def _get_kwargs(
    *,
    page: int | Unset = 1,
    size: int | Unset = 20,
    cursor: int | Unset = UNSET,
    start_t: int,
    end_t: int,
    user_address: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params["cursor"] = cursor

    params["start_t"] = start_t

    params["end_t"] = end_t

    params["user_address"] = user_address

    params["user_account"] = user_account

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/admin/asset/convert_history"},
        "url": "/v1/admin/asset/convert_history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AdminAssetConvertHistoryResponse | None:
    if response.status_code == 200:
        response_200 = AdminAssetConvertHistoryResponse.from_dict(parse_json(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_build_response = partial(build_response, parse=_parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 20,
    cursor: int | Unset = UNSET,
    start_t: int,
    end_t: int,
    user_address: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
) -> Response[AdminAssetConvertHistoryResponse]:
    """Get asset conversion history

    `GET /v1/admin/asset/convert_history` (admin)

    Signed request; key scope `read`.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-conversion-history

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        page (int | Unset): Example: 1. Default: 1.
        size (int | Unset): Example: 20. Default: 20.
        cursor (int | Unset): Example: 617574.
        start_t (int): Unit: milliseconds since the Unix epoch. Example: 1772706491837.
        end_t (int): Unit: milliseconds since the Unix epoch. Example: 1778747916938.
        user_address (str | Unset): Example: "0xa772873e31f088A88C3Fc77E624AE5f4fd1E296B".
        user_account (str | Unset): Example:
            "0x94e0bc419e3eecdba0d15e67f04cd62a5ee685a9190464cea4afb6e3c0b66e2b".

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
        Response[AdminAssetConvertHistoryResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        cursor=cursor,
        start_t=start_t,
        end_t=end_t,
        user_address=user_address,
        user_account=user_account,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 20,
    cursor: int | Unset = UNSET,
    start_t: int,
    end_t: int,
    user_address: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
) -> AdminAssetConvertHistoryResponse:
    """Get asset conversion history

    `GET /v1/admin/asset/convert_history` (admin)

    Signed request; key scope `read`.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-conversion-history

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        page (int | Unset): Example: 1. Default: 1.
        size (int | Unset): Example: 20. Default: 20.
        cursor (int | Unset): Example: 617574.
        start_t (int): Unit: milliseconds since the Unix epoch. Example: 1772706491837.
        end_t (int): Unit: milliseconds since the Unix epoch. Example: 1778747916938.
        user_address (str | Unset): Example: "0xa772873e31f088A88C3Fc77E624AE5f4fd1E296B".
        user_account (str | Unset): Example:
            "0x94e0bc419e3eecdba0d15e67f04cd62a5ee685a9190464cea4afb6e3c0b66e2b".

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
        AdminAssetConvertHistoryResponse: the parsed success answer (never None: an answer it cannot be
        raises instead).
    """

    response = sync_detailed(
        client=client,
        page=page,
        size=size,
        cursor=cursor,
        start_t=start_t,
        end_t=end_t,
        user_address=user_address,
        user_account=user_account,
    )
    return success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 20,
    cursor: int | Unset = UNSET,
    start_t: int,
    end_t: int,
    user_address: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
) -> Response[AdminAssetConvertHistoryResponse]:
    """Get asset conversion history

    `GET /v1/admin/asset/convert_history` (admin)

    Signed request; key scope `read`.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-conversion-history

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        page (int | Unset): Example: 1. Default: 1.
        size (int | Unset): Example: 20. Default: 20.
        cursor (int | Unset): Example: 617574.
        start_t (int): Unit: milliseconds since the Unix epoch. Example: 1772706491837.
        end_t (int): Unit: milliseconds since the Unix epoch. Example: 1778747916938.
        user_address (str | Unset): Example: "0xa772873e31f088A88C3Fc77E624AE5f4fd1E296B".
        user_account (str | Unset): Example:
            "0x94e0bc419e3eecdba0d15e67f04cd62a5ee685a9190464cea4afb6e3c0b66e2b".

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
        Response[AdminAssetConvertHistoryResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        cursor=cursor,
        start_t=start_t,
        end_t=end_t,
        user_address=user_address,
        user_account=user_account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 20,
    cursor: int | Unset = UNSET,
    start_t: int,
    end_t: int,
    user_address: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
) -> AdminAssetConvertHistoryResponse:
    """Get asset conversion history

    `GET /v1/admin/asset/convert_history` (admin)

    Signed request; key scope `read`.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-conversion-history

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        page (int | Unset): Example: 1. Default: 1.
        size (int | Unset): Example: 20. Default: 20.
        cursor (int | Unset): Example: 617574.
        start_t (int): Unit: milliseconds since the Unix epoch. Example: 1772706491837.
        end_t (int): Unit: milliseconds since the Unix epoch. Example: 1778747916938.
        user_address (str | Unset): Example: "0xa772873e31f088A88C3Fc77E624AE5f4fd1E296B".
        user_account (str | Unset): Example:
            "0x94e0bc419e3eecdba0d15e67f04cd62a5ee685a9190464cea4afb6e3c0b66e2b".

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
        AdminAssetConvertHistoryResponse: the parsed success answer (never None: an answer it cannot be
        raises instead).
    """

    response = await asyncio_detailed(
        client=client,
        page=page,
        size=size,
        cursor=cursor,
        start_t=start_t,
        end_t=end_t,
        user_address=user_address,
        user_account=user_account,
    )
    return success(response)
