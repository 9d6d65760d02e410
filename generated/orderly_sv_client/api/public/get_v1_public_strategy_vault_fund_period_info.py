from functools import partial
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.period_info_response import PeriodInfoResponse
from ...types import UNSET, Response, Unset, build_response, parse_json, success


def _get_kwargs(
    *,
    vault_id: str,
    wallet_address: str,
    period_number: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["vault_id"] = vault_id

    params["wallet_address"] = wallet_address

    params["period_number"] = period_number

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/public/strategy_vault/fund/period_info"},
        "url": "/v1/public/strategy_vault/fund/period_info",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> PeriodInfoResponse | None:
    if response.status_code == 200:
        response_200 = PeriodInfoResponse.from_dict(parse_json(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_build_response = partial(build_response, parse=_parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    vault_id: str,
    wallet_address: str,
    period_number: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[PeriodInfoResponse]:
    """Get Period History and Fund Period Instructions

    `GET /v1/public/strategy_vault/fund/period_info` (strategy vault)

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-period-history-and-fund-period-instructions

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        vault_id (str):
        wallet_address (str):
        period_number (str | Unset):
        page (int | Unset):
        size (int | Unset):

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
        Response[PeriodInfoResponse]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        wallet_address=wallet_address,
        period_number=period_number,
        page=page,
        size=size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    vault_id: str,
    wallet_address: str,
    period_number: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> PeriodInfoResponse:
    """Get Period History and Fund Period Instructions

    `GET /v1/public/strategy_vault/fund/period_info` (strategy vault)

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-period-history-and-fund-period-instructions

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        vault_id (str):
        wallet_address (str):
        period_number (str | Unset):
        page (int | Unset):
        size (int | Unset):

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
        PeriodInfoResponse: the parsed success answer (never None: an answer it cannot be
        raises instead).
    """

    response = sync_detailed(
        client=client,
        vault_id=vault_id,
        wallet_address=wallet_address,
        period_number=period_number,
        page=page,
        size=size,
    )
    return success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    vault_id: str,
    wallet_address: str,
    period_number: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[PeriodInfoResponse]:
    """Get Period History and Fund Period Instructions

    `GET /v1/public/strategy_vault/fund/period_info` (strategy vault)

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-period-history-and-fund-period-instructions

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        vault_id (str):
        wallet_address (str):
        period_number (str | Unset):
        page (int | Unset):
        size (int | Unset):

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
        Response[PeriodInfoResponse]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        wallet_address=wallet_address,
        period_number=period_number,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    vault_id: str,
    wallet_address: str,
    period_number: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> PeriodInfoResponse:
    """Get Period History and Fund Period Instructions

    `GET /v1/public/strategy_vault/fund/period_info` (strategy vault)

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/strategy-vault/strategy-fund/public/get-period-history-and-fund-period-instructions

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        vault_id (str):
        wallet_address (str):
        period_number (str | Unset):
        page (int | Unset):
        size (int | Unset):

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
        PeriodInfoResponse: the parsed success answer (never None: an answer it cannot be
        raises instead).
    """

    response = await asyncio_detailed(
        client=client,
        vault_id=vault_id,
        wallet_address=wallet_address,
        period_number=period_number,
        page=page,
        size=size,
    )
    return success(response)
