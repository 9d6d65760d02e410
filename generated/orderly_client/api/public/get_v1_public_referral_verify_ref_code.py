from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.verify_referral_code_response import VerifyReferralCodeResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    referral_code: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["referral_code"] = referral_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/public/referral/verify_ref_code"},
        "url": "/v1/public/referral/verify_ref_code",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> VerifyReferralCodeResponse | None:
    if response.status_code == 200:
        response_200 = VerifyReferralCodeResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[VerifyReferralCodeResponse]:
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
    referral_code: str,
) -> Response[VerifyReferralCodeResponse]:
    """Verify referral code

     `GET /v1/public/referral/verify_ref_code`

    Public request, no signature.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/verify-multilevel-referral-
    code

    Args:
        referral_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VerifyReferralCodeResponse]
    """

    kwargs = _get_kwargs(
        referral_code=referral_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    referral_code: str,
) -> VerifyReferralCodeResponse | None:
    """Verify referral code

     `GET /v1/public/referral/verify_ref_code`

    Public request, no signature.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/verify-multilevel-referral-
    code

    Args:
        referral_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VerifyReferralCodeResponse
    """

    return sync_detailed(
        client=client,
        referral_code=referral_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    referral_code: str,
) -> Response[VerifyReferralCodeResponse]:
    """Verify referral code

     `GET /v1/public/referral/verify_ref_code`

    Public request, no signature.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/verify-multilevel-referral-
    code

    Args:
        referral_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VerifyReferralCodeResponse]
    """

    kwargs = _get_kwargs(
        referral_code=referral_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    referral_code: str,
) -> VerifyReferralCodeResponse | None:
    """Verify referral code

     `GET /v1/public/referral/verify_ref_code`

    Public request, no signature.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/verify-multilevel-referral-
    code

    Args:
        referral_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VerifyReferralCodeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            referral_code=referral_code,
        )
    ).parsed
