from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_v1_referral_edit_description_body import (
    PostV1ReferralEditDescriptionBody,
)
from ...models.post_v1_referral_edit_description_response_200 import (
    PostV1ReferralEditDescriptionResponse200,
)
from ...types import Response


def _get_kwargs(
    *,
    body: PostV1ReferralEditDescriptionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"orderly_operation": "POST /v1/referral/edit_description"},
        "url": "/v1/referral/edit_description",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> PostV1ReferralEditDescriptionResponse200 | None:
    if response.status_code == 200:
        response_200 = PostV1ReferralEditDescriptionResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[PostV1ReferralEditDescriptionResponse200]:
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
    client: AuthenticatedClient,
    body: PostV1ReferralEditDescriptionBody,
) -> Response[PostV1ReferralEditDescriptionResponse200]:
    """Edit referral description

     `POST /v1/referral/edit_description`

    Signed request; key scope `trading`.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-referral-description

    Args:
        body (PostV1ReferralEditDescriptionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1ReferralEditDescriptionResponse200]
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
    body: PostV1ReferralEditDescriptionBody,
) -> PostV1ReferralEditDescriptionResponse200 | None:
    """Edit referral description

     `POST /v1/referral/edit_description`

    Signed request; key scope `trading`.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-referral-description

    Args:
        body (PostV1ReferralEditDescriptionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1ReferralEditDescriptionResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostV1ReferralEditDescriptionBody,
) -> Response[PostV1ReferralEditDescriptionResponse200]:
    """Edit referral description

     `POST /v1/referral/edit_description`

    Signed request; key scope `trading`.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-referral-description

    Args:
        body (PostV1ReferralEditDescriptionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1ReferralEditDescriptionResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PostV1ReferralEditDescriptionBody,
) -> PostV1ReferralEditDescriptionResponse200 | None:
    """Edit referral description

     `POST /v1/referral/edit_description`

    Signed request; key scope `trading`.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-referral-description

    Args:
        body (PostV1ReferralEditDescriptionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1ReferralEditDescriptionResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
