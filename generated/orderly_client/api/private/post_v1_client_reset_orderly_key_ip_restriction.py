from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basic_response import BasicResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    orderly_key: str,
    reset_mode: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["orderly_key"] = orderly_key

    params["reset_mode"] = reset_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"orderly_operation": "POST /v1/client/reset_orderly_key_ip_restriction"},
        "url": "/v1/client/reset_orderly_key_ip_restriction",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> BasicResponse | None:
    if response.status_code == 200:
        response_200 = BasicResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[BasicResponse]:
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
    orderly_key: str,
    reset_mode: str,
) -> Response[BasicResponse]:
    """Reset Orderly key IP restriction

     `POST /v1/client/reset_orderly_key_ip_restriction`

    Signed request; key scope `trading`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-orderly-key-ip-
    restriction

    Args:
        orderly_key (str):
        reset_mode (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasicResponse]
    """

    kwargs = _get_kwargs(
        orderly_key=orderly_key,
        reset_mode=reset_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    orderly_key: str,
    reset_mode: str,
) -> BasicResponse | None:
    """Reset Orderly key IP restriction

     `POST /v1/client/reset_orderly_key_ip_restriction`

    Signed request; key scope `trading`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-orderly-key-ip-
    restriction

    Args:
        orderly_key (str):
        reset_mode (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasicResponse
    """

    return sync_detailed(
        client=client,
        orderly_key=orderly_key,
        reset_mode=reset_mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    orderly_key: str,
    reset_mode: str,
) -> Response[BasicResponse]:
    """Reset Orderly key IP restriction

     `POST /v1/client/reset_orderly_key_ip_restriction`

    Signed request; key scope `trading`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-orderly-key-ip-
    restriction

    Args:
        orderly_key (str):
        reset_mode (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasicResponse]
    """

    kwargs = _get_kwargs(
        orderly_key=orderly_key,
        reset_mode=reset_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    orderly_key: str,
    reset_mode: str,
) -> BasicResponse | None:
    """Reset Orderly key IP restriction

     `POST /v1/client/reset_orderly_key_ip_restriction`

    Signed request; key scope `trading`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-orderly-key-ip-
    restriction

    Args:
        orderly_key (str):
        reset_mode (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasicResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            orderly_key=orderly_key,
            reset_mode=reset_mode,
        )
    ).parsed
