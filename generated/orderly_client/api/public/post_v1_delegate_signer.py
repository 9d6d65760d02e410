from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delegate_signer_body import DelegateSignerBody
from ...models.delegate_signer_response import DelegateSignerResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DelegateSignerBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"orderly_operation": "POST /v1/delegate_signer"},
        "url": "/v1/delegate_signer",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> DelegateSignerResponse | None:
    if response.status_code == 200:
        response_200 = DelegateSignerResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[DelegateSignerResponse]:
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
    body: DelegateSignerBody | Unset = UNSET,
) -> Response[DelegateSignerResponse]:
    """Delegate signer

     `POST /v1/delegate_signer`

    Public request, no signature.
    Rate limit: 1 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/delegate-signer

    Args:
        body (DelegateSignerBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelegateSignerResponse]
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
    client: AuthenticatedClient | Client,
    body: DelegateSignerBody | Unset = UNSET,
) -> DelegateSignerResponse | None:
    """Delegate signer

     `POST /v1/delegate_signer`

    Public request, no signature.
    Rate limit: 1 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/delegate-signer

    Args:
        body (DelegateSignerBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelegateSignerResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DelegateSignerBody | Unset = UNSET,
) -> Response[DelegateSignerResponse]:
    """Delegate signer

     `POST /v1/delegate_signer`

    Public request, no signature.
    Rate limit: 1 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/delegate-signer

    Args:
        body (DelegateSignerBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelegateSignerResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DelegateSignerBody | Unset = UNSET,
) -> DelegateSignerResponse | None:
    """Delegate signer

     `POST /v1/delegate_signer`

    Public request, no signature.
    Rate limit: 1 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/delegate-signer

    Args:
        body (DelegateSignerBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelegateSignerResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
