from functools import partial
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claim_insurance_fund_body import ClaimInsuranceFundBody
from ...models.claim_insurance_fund_response import ClaimInsuranceFundResponse
from ...types import (
    UNSET,
    Response,
    Unset,
    build_response,
    json_bytes,
    parse_json,
    success,
)


def _get_kwargs(
    *,
    body: ClaimInsuranceFundBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"orderly_operation": "POST /v1/claim_insurance_fund"},
        "url": "/v1/claim_insurance_fund",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _json = _kwargs.pop("json")
        _kwargs["content"] = _content = json_bytes(_json)
        # The body beside its bytes: the transport reads an order's ids from it instead of parsing the bytes again.
        _kwargs["extensions"]["orderly_json"] = (_content, _json)
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ClaimInsuranceFundResponse | None:
    if response.status_code == 200:
        response_200 = ClaimInsuranceFundResponse.from_dict(parse_json(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_build_response = partial(build_response, parse=_parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ClaimInsuranceFundBody | Unset = UNSET,
) -> Response[ClaimInsuranceFundResponse]:
    """Claim insurance fund

    `POST /v1/claim_insurance_fund` (positions)

    Signed request; key scope `trading`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/claim-insurance-fund

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        body (ClaimInsuranceFundBody | Unset): Its fields: see ClaimInsuranceFundBody.

    Raises:
        orderly_auth.MissingCredentialsError: The client has no credentials; nothing was sent.
        orderly_auth.ConnectError: The request never reached the server (after the retries).
        orderly_auth.TransportError: The request failed on our side (a protocol error): certainly not processed.
        orderly_auth.OutcomeUnknownError: No answer, or HTTP 5xx: the request may have been processed, so
            it was not resent; look the outcome up before sending it again.
        orderly_auth.RateLimitError: HTTP 429 or code -1003, after the retries.
        orderly_auth.AuthenticationError: Code -1001 or -1002, HTTP 401: key, signature or key scope refused.
        orderly_auth.ServerError: Code -1000 with a status below 500.
        orderly_auth.OrderlyAPIError: Any other refusal, as the subclass for its code: InvalidRequestError
            (-1004, -1005), NotFoundError (-1006), DuplicateError (-1007), SettlementError (-1008, -1009),
            TryAgainError (-1011, -1012, after the retries), OrderRejectedError (-1101 .. -1105, with
            InsufficientMarginError, OrderValueTooSmallError, PriceFilterError, QuantityFilterError,
            PriceDeviationError), LiquidationError (-1201, -1202).
        orderly_client.errors.UnparsableResponse: The answer does not fit its model; with a success
            status the request was processed.
        orderly_auth.ClientClosedError: The client was closed; nothing was sent.

    Returns:
        Response[ClaimInsuranceFundResponse]
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
    body: ClaimInsuranceFundBody | Unset = UNSET,
) -> ClaimInsuranceFundResponse:
    """Claim insurance fund

    `POST /v1/claim_insurance_fund` (positions)

    Signed request; key scope `trading`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/claim-insurance-fund

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        body (ClaimInsuranceFundBody | Unset): Its fields: see ClaimInsuranceFundBody.

    Raises:
        orderly_auth.MissingCredentialsError: The client has no credentials; nothing was sent.
        orderly_auth.ConnectError: The request never reached the server (after the retries).
        orderly_auth.TransportError: The request failed on our side (a protocol error): certainly not processed.
        orderly_auth.OutcomeUnknownError: No answer, or HTTP 5xx: the request may have been processed, so
            it was not resent; look the outcome up before sending it again.
        orderly_auth.RateLimitError: HTTP 429 or code -1003, after the retries.
        orderly_auth.AuthenticationError: Code -1001 or -1002, HTTP 401: key, signature or key scope refused.
        orderly_auth.ServerError: Code -1000 with a status below 500.
        orderly_auth.OrderlyAPIError: Any other refusal, as the subclass for its code: InvalidRequestError
            (-1004, -1005), NotFoundError (-1006), DuplicateError (-1007), SettlementError (-1008, -1009),
            TryAgainError (-1011, -1012, after the retries), OrderRejectedError (-1101 .. -1105, with
            InsufficientMarginError, OrderValueTooSmallError, PriceFilterError, QuantityFilterError,
            PriceDeviationError), LiquidationError (-1201, -1202).
        orderly_client.errors.UnparsableResponse: The answer does not fit its model; with a success
            status the request was processed.
        orderly_auth.ClientClosedError: The client was closed; nothing was sent.

    Returns:
        ClaimInsuranceFundResponse: the parsed success answer (never None: an answer it cannot be
        raises instead).
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    return success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ClaimInsuranceFundBody | Unset = UNSET,
) -> Response[ClaimInsuranceFundResponse]:
    """Claim insurance fund

    `POST /v1/claim_insurance_fund` (positions)

    Signed request; key scope `trading`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/claim-insurance-fund

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        body (ClaimInsuranceFundBody | Unset): Its fields: see ClaimInsuranceFundBody.

    Raises:
        orderly_auth.MissingCredentialsError: The client has no credentials; nothing was sent.
        orderly_auth.ConnectError: The request never reached the server (after the retries).
        orderly_auth.TransportError: The request failed on our side (a protocol error): certainly not processed.
        orderly_auth.OutcomeUnknownError: No answer, or HTTP 5xx: the request may have been processed, so
            it was not resent; look the outcome up before sending it again.
        orderly_auth.RateLimitError: HTTP 429 or code -1003, after the retries.
        orderly_auth.AuthenticationError: Code -1001 or -1002, HTTP 401: key, signature or key scope refused.
        orderly_auth.ServerError: Code -1000 with a status below 500.
        orderly_auth.OrderlyAPIError: Any other refusal, as the subclass for its code: InvalidRequestError
            (-1004, -1005), NotFoundError (-1006), DuplicateError (-1007), SettlementError (-1008, -1009),
            TryAgainError (-1011, -1012, after the retries), OrderRejectedError (-1101 .. -1105, with
            InsufficientMarginError, OrderValueTooSmallError, PriceFilterError, QuantityFilterError,
            PriceDeviationError), LiquidationError (-1201, -1202).
        orderly_client.errors.UnparsableResponse: The answer does not fit its model; with a success
            status the request was processed.
        orderly_auth.ClientClosedError: The client was closed; nothing was sent.

    Returns:
        Response[ClaimInsuranceFundResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ClaimInsuranceFundBody | Unset = UNSET,
) -> ClaimInsuranceFundResponse:
    """Claim insurance fund

    `POST /v1/claim_insurance_fund` (positions)

    Signed request; key scope `trading`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/claim-insurance-fund

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        body (ClaimInsuranceFundBody | Unset): Its fields: see ClaimInsuranceFundBody.

    Raises:
        orderly_auth.MissingCredentialsError: The client has no credentials; nothing was sent.
        orderly_auth.ConnectError: The request never reached the server (after the retries).
        orderly_auth.TransportError: The request failed on our side (a protocol error): certainly not processed.
        orderly_auth.OutcomeUnknownError: No answer, or HTTP 5xx: the request may have been processed, so
            it was not resent; look the outcome up before sending it again.
        orderly_auth.RateLimitError: HTTP 429 or code -1003, after the retries.
        orderly_auth.AuthenticationError: Code -1001 or -1002, HTTP 401: key, signature or key scope refused.
        orderly_auth.ServerError: Code -1000 with a status below 500.
        orderly_auth.OrderlyAPIError: Any other refusal, as the subclass for its code: InvalidRequestError
            (-1004, -1005), NotFoundError (-1006), DuplicateError (-1007), SettlementError (-1008, -1009),
            TryAgainError (-1011, -1012, after the retries), OrderRejectedError (-1101 .. -1105, with
            InsufficientMarginError, OrderValueTooSmallError, PriceFilterError, QuantityFilterError,
            PriceDeviationError), LiquidationError (-1201, -1202).
        orderly_client.errors.UnparsableResponse: The answer does not fit its model; with a success
            status the request was processed.
        orderly_auth.ClientClosedError: The client was closed; nothing was sent.

    Returns:
        ClaimInsuranceFundResponse: the parsed success answer (never None: an answer it cannot be
        raises instead).
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    return success(response)
