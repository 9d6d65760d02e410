"""``client.keys``: ``add``, ``add_delegate``, ``get``, ``info``, ``ip_restriction``, ``remove``, ``reset_ip_restriction``, ``set_ip_restriction``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.basic_response import BasicResponse
    from ..models.delegate_orderly_key_body_message import DelegateOrderlyKeyBodyMessage
    from ..models.get_orderly_key_response import GetOrderlyKeyResponse
    from ..models.get_orderly_key_response_data import GetOrderlyKeyResponseData
    from ..models.ip_restriction_response import IpRestrictionResponse
    from ..models.ip_restriction_response_data import IpRestrictionResponseData
    from ..models.key_info_response import KeyInfoResponse
    from ..models.key_info_response_data import KeyInfoResponseData
    from ..models.orderly_key_body_message import OrderlyKeyBodyMessage
    from ..models.orderly_key_response import OrderlyKeyResponse
    from ..models.orderly_key_response_data import OrderlyKeyResponseData
    from ..models.set_ip_restriction_response import SetIpRestrictionResponse
    from ..models.set_ip_restriction_response_data import SetIpRestrictionResponseData
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncKeys", "AsyncKeysWithRawResponse", "Keys", "KeysWithRawResponse"]


class Keys:
    """``client.keys``: the keys operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> KeysWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return KeysWithRawResponse(self._client)

    def add(
        self,
        *,
        message: OrderlyKeyBodyMessage,
        signature: str,
        user_address: str,
    ) -> OrderlyKeyResponseData:
        """Add Orderly key: ``POST /v1/orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/add-orderly-key
        """
        from ..api.public import post_v1_orderly_key
        from ..models.orderly_key_body import OrderlyKeyBody

        answer = post_v1_orderly_key.sync(
            client=self._client,
            body=OrderlyKeyBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )
        return answer.data

    def add_delegate(
        self,
        *,
        message: DelegateOrderlyKeyBodyMessage,
        signature: str,
        user_address: str,
    ) -> OrderlyKeyResponseData:
        """Add delegate signer Orderly key: ``POST /v1/delegate_orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/add-delegate-signer-orderly-key
        """
        from ..api.public import post_v1_delegate_orderly_key
        from ..models.delegate_orderly_key_body import DelegateOrderlyKeyBody

        answer = post_v1_delegate_orderly_key.sync(
            client=self._client,
            body=DelegateOrderlyKeyBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )
        return answer.data

    def get(
        self,
        *,
        account_id: str,
        orderly_key: str,
    ) -> GetOrderlyKeyResponseData:
        """Get Orderly key: ``GET /v1/get_orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-orderly-key
        """
        from ..api.public import get_v1_get_orderly_key

        answer = get_v1_get_orderly_key.sync(
            client=self._client,
            account_id=account_id,
            orderly_key=orderly_key,
        )
        return answer.data

    def info(
        self,
        *,
        key_status: str | Unset = UNSET,
    ) -> KeyInfoResponseData:
        """Get current Orderly key info: ``GET /v1/client/key_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-current-orderly-key-info
        """
        from ..api.private import get_v1_client_key_info

        answer = get_v1_client_key_info.sync(
            client=self._client,
            key_status=key_status,
        )
        return answer.data

    def ip_restriction(
        self,
        *,
        orderly_key: str,
    ) -> IpRestrictionResponseData:
        """Get Orderly key IP restriction: ``GET /v1/client/orderly_key_ip_restriction`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-orderly-key-ip-restriction
        """
        from ..api.private import get_v1_client_orderly_key_ip_restriction

        answer = get_v1_client_orderly_key_ip_restriction.sync(
            client=self._client,
            orderly_key=orderly_key,
        )
        return answer.data

    def remove(
        self,
        *,
        orderly_key: str,
    ) -> None:
        """Remove Orderly key: ``POST /v1/client/remove_orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/remove-orderly-key
        """
        from ..api.private import post_v1_client_remove_orderly_key
        from ..models.remove_orderly_key_body import RemoveOrderlyKeyBody

        answer = post_v1_client_remove_orderly_key.sync(
            client=self._client,
            body=RemoveOrderlyKeyBody(
                orderly_key=orderly_key,
            ),
        )
        del answer  # success only: an error answer raised

    def reset_ip_restriction(
        self,
        *,
        orderly_key: str,
        reset_mode: str,
    ) -> None:
        """Reset Orderly key IP restriction: ``POST /v1/client/reset_orderly_key_ip_restriction`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-orderly-key-ip-restriction
        """
        from ..api.private import post_v1_client_reset_orderly_key_ip_restriction
        from ..models.post_v1_client_reset_orderly_key_ip_restriction_body import (
            PostV1ClientResetOrderlyKeyIpRestrictionBody,
        )

        answer = post_v1_client_reset_orderly_key_ip_restriction.sync(
            client=self._client,
            body=PostV1ClientResetOrderlyKeyIpRestrictionBody(
                orderly_key=orderly_key,
                reset_mode=reset_mode,
            ),
        )
        del answer  # success only: an error answer raised

    def set_ip_restriction(
        self,
        *,
        orderly_key: str,
        ip_restriction_list: str,
    ) -> SetIpRestrictionResponseData:
        """Set Orderly key IP restriction: ``POST /v1/client/set_orderly_key_ip_restriction`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-orderly-key-ip-restriction
        """
        from ..api.private import post_v1_client_set_orderly_key_ip_restriction
        from ..models.post_v1_client_set_orderly_key_ip_restriction_body import (
            PostV1ClientSetOrderlyKeyIpRestrictionBody,
        )

        answer = post_v1_client_set_orderly_key_ip_restriction.sync(
            client=self._client,
            body=PostV1ClientSetOrderlyKeyIpRestrictionBody(
                orderly_key=orderly_key,
                ip_restriction_list=ip_restriction_list,
            ),
        )
        return answer.data


class AsyncKeys:
    """``aclient.keys``: the keys operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncKeysWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncKeysWithRawResponse(self._client)

    async def add(
        self,
        *,
        message: OrderlyKeyBodyMessage,
        signature: str,
        user_address: str,
    ) -> OrderlyKeyResponseData:
        """Add Orderly key: ``POST /v1/orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/add-orderly-key
        """
        from ..api.public import post_v1_orderly_key
        from ..models.orderly_key_body import OrderlyKeyBody

        answer = await post_v1_orderly_key.asyncio(
            client=self._client,
            body=OrderlyKeyBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )
        return answer.data

    async def add_delegate(
        self,
        *,
        message: DelegateOrderlyKeyBodyMessage,
        signature: str,
        user_address: str,
    ) -> OrderlyKeyResponseData:
        """Add delegate signer Orderly key: ``POST /v1/delegate_orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/add-delegate-signer-orderly-key
        """
        from ..api.public import post_v1_delegate_orderly_key
        from ..models.delegate_orderly_key_body import DelegateOrderlyKeyBody

        answer = await post_v1_delegate_orderly_key.asyncio(
            client=self._client,
            body=DelegateOrderlyKeyBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )
        return answer.data

    async def get(
        self,
        *,
        account_id: str,
        orderly_key: str,
    ) -> GetOrderlyKeyResponseData:
        """Get Orderly key: ``GET /v1/get_orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-orderly-key
        """
        from ..api.public import get_v1_get_orderly_key

        answer = await get_v1_get_orderly_key.asyncio(
            client=self._client,
            account_id=account_id,
            orderly_key=orderly_key,
        )
        return answer.data

    async def info(
        self,
        *,
        key_status: str | Unset = UNSET,
    ) -> KeyInfoResponseData:
        """Get current Orderly key info: ``GET /v1/client/key_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-current-orderly-key-info
        """
        from ..api.private import get_v1_client_key_info

        answer = await get_v1_client_key_info.asyncio(
            client=self._client,
            key_status=key_status,
        )
        return answer.data

    async def ip_restriction(
        self,
        *,
        orderly_key: str,
    ) -> IpRestrictionResponseData:
        """Get Orderly key IP restriction: ``GET /v1/client/orderly_key_ip_restriction`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-orderly-key-ip-restriction
        """
        from ..api.private import get_v1_client_orderly_key_ip_restriction

        answer = await get_v1_client_orderly_key_ip_restriction.asyncio(
            client=self._client,
            orderly_key=orderly_key,
        )
        return answer.data

    async def remove(
        self,
        *,
        orderly_key: str,
    ) -> None:
        """Remove Orderly key: ``POST /v1/client/remove_orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/remove-orderly-key
        """
        from ..api.private import post_v1_client_remove_orderly_key
        from ..models.remove_orderly_key_body import RemoveOrderlyKeyBody

        answer = await post_v1_client_remove_orderly_key.asyncio(
            client=self._client,
            body=RemoveOrderlyKeyBody(
                orderly_key=orderly_key,
            ),
        )
        del answer  # success only: an error answer raised

    async def reset_ip_restriction(
        self,
        *,
        orderly_key: str,
        reset_mode: str,
    ) -> None:
        """Reset Orderly key IP restriction: ``POST /v1/client/reset_orderly_key_ip_restriction`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-orderly-key-ip-restriction
        """
        from ..api.private import post_v1_client_reset_orderly_key_ip_restriction
        from ..models.post_v1_client_reset_orderly_key_ip_restriction_body import (
            PostV1ClientResetOrderlyKeyIpRestrictionBody,
        )

        answer = await post_v1_client_reset_orderly_key_ip_restriction.asyncio(
            client=self._client,
            body=PostV1ClientResetOrderlyKeyIpRestrictionBody(
                orderly_key=orderly_key,
                reset_mode=reset_mode,
            ),
        )
        del answer  # success only: an error answer raised

    async def set_ip_restriction(
        self,
        *,
        orderly_key: str,
        ip_restriction_list: str,
    ) -> SetIpRestrictionResponseData:
        """Set Orderly key IP restriction: ``POST /v1/client/set_orderly_key_ip_restriction`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-orderly-key-ip-restriction
        """
        from ..api.private import post_v1_client_set_orderly_key_ip_restriction
        from ..models.post_v1_client_set_orderly_key_ip_restriction_body import (
            PostV1ClientSetOrderlyKeyIpRestrictionBody,
        )

        answer = await post_v1_client_set_orderly_key_ip_restriction.asyncio(
            client=self._client,
            body=PostV1ClientSetOrderlyKeyIpRestrictionBody(
                orderly_key=orderly_key,
                ip_restriction_list=ip_restriction_list,
            ),
        )
        return answer.data


class KeysWithRawResponse:
    """``client.keys.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def add(
        self,
        *,
        message: OrderlyKeyBodyMessage,
        signature: str,
        user_address: str,
    ) -> Response[OrderlyKeyResponse]:
        """Add Orderly key: ``POST /v1/orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/add-orderly-key
        """
        from ..api.public import post_v1_orderly_key
        from ..models.orderly_key_body import OrderlyKeyBody

        return post_v1_orderly_key.sync_detailed(
            client=self._client,
            body=OrderlyKeyBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )

    def add_delegate(
        self,
        *,
        message: DelegateOrderlyKeyBodyMessage,
        signature: str,
        user_address: str,
    ) -> Response[OrderlyKeyResponse]:
        """Add delegate signer Orderly key: ``POST /v1/delegate_orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/add-delegate-signer-orderly-key
        """
        from ..api.public import post_v1_delegate_orderly_key
        from ..models.delegate_orderly_key_body import DelegateOrderlyKeyBody

        return post_v1_delegate_orderly_key.sync_detailed(
            client=self._client,
            body=DelegateOrderlyKeyBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )

    def get(
        self,
        *,
        account_id: str,
        orderly_key: str,
    ) -> Response[GetOrderlyKeyResponse]:
        """Get Orderly key: ``GET /v1/get_orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-orderly-key
        """
        from ..api.public import get_v1_get_orderly_key

        return get_v1_get_orderly_key.sync_detailed(
            client=self._client,
            account_id=account_id,
            orderly_key=orderly_key,
        )

    def info(
        self,
        *,
        key_status: str | Unset = UNSET,
    ) -> Response[KeyInfoResponse]:
        """Get current Orderly key info: ``GET /v1/client/key_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-current-orderly-key-info
        """
        from ..api.private import get_v1_client_key_info

        return get_v1_client_key_info.sync_detailed(
            client=self._client,
            key_status=key_status,
        )

    def ip_restriction(
        self,
        *,
        orderly_key: str,
    ) -> Response[IpRestrictionResponse]:
        """Get Orderly key IP restriction: ``GET /v1/client/orderly_key_ip_restriction`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-orderly-key-ip-restriction
        """
        from ..api.private import get_v1_client_orderly_key_ip_restriction

        return get_v1_client_orderly_key_ip_restriction.sync_detailed(
            client=self._client,
            orderly_key=orderly_key,
        )

    def remove(
        self,
        *,
        orderly_key: str,
    ) -> Response[BasicResponse]:
        """Remove Orderly key: ``POST /v1/client/remove_orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/remove-orderly-key
        """
        from ..api.private import post_v1_client_remove_orderly_key
        from ..models.remove_orderly_key_body import RemoveOrderlyKeyBody

        return post_v1_client_remove_orderly_key.sync_detailed(
            client=self._client,
            body=RemoveOrderlyKeyBody(
                orderly_key=orderly_key,
            ),
        )

    def reset_ip_restriction(
        self,
        *,
        orderly_key: str,
        reset_mode: str,
    ) -> Response[BasicResponse]:
        """Reset Orderly key IP restriction: ``POST /v1/client/reset_orderly_key_ip_restriction`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-orderly-key-ip-restriction
        """
        from ..api.private import post_v1_client_reset_orderly_key_ip_restriction
        from ..models.post_v1_client_reset_orderly_key_ip_restriction_body import (
            PostV1ClientResetOrderlyKeyIpRestrictionBody,
        )

        return post_v1_client_reset_orderly_key_ip_restriction.sync_detailed(
            client=self._client,
            body=PostV1ClientResetOrderlyKeyIpRestrictionBody(
                orderly_key=orderly_key,
                reset_mode=reset_mode,
            ),
        )

    def set_ip_restriction(
        self,
        *,
        orderly_key: str,
        ip_restriction_list: str,
    ) -> Response[SetIpRestrictionResponse]:
        """Set Orderly key IP restriction: ``POST /v1/client/set_orderly_key_ip_restriction`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-orderly-key-ip-restriction
        """
        from ..api.private import post_v1_client_set_orderly_key_ip_restriction
        from ..models.post_v1_client_set_orderly_key_ip_restriction_body import (
            PostV1ClientSetOrderlyKeyIpRestrictionBody,
        )

        return post_v1_client_set_orderly_key_ip_restriction.sync_detailed(
            client=self._client,
            body=PostV1ClientSetOrderlyKeyIpRestrictionBody(
                orderly_key=orderly_key,
                ip_restriction_list=ip_restriction_list,
            ),
        )


class AsyncKeysWithRawResponse:
    """``aclient.keys.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def add(
        self,
        *,
        message: OrderlyKeyBodyMessage,
        signature: str,
        user_address: str,
    ) -> Response[OrderlyKeyResponse]:
        """Add Orderly key: ``POST /v1/orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/add-orderly-key
        """
        from ..api.public import post_v1_orderly_key
        from ..models.orderly_key_body import OrderlyKeyBody

        return await post_v1_orderly_key.asyncio_detailed(
            client=self._client,
            body=OrderlyKeyBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )

    async def add_delegate(
        self,
        *,
        message: DelegateOrderlyKeyBodyMessage,
        signature: str,
        user_address: str,
    ) -> Response[OrderlyKeyResponse]:
        """Add delegate signer Orderly key: ``POST /v1/delegate_orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/add-delegate-signer-orderly-key
        """
        from ..api.public import post_v1_delegate_orderly_key
        from ..models.delegate_orderly_key_body import DelegateOrderlyKeyBody

        return await post_v1_delegate_orderly_key.asyncio_detailed(
            client=self._client,
            body=DelegateOrderlyKeyBody(
                message=message,
                signature=signature,
                user_address=user_address,
            ),
        )

    async def get(
        self,
        *,
        account_id: str,
        orderly_key: str,
    ) -> Response[GetOrderlyKeyResponse]:
        """Get Orderly key: ``GET /v1/get_orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-orderly-key
        """
        from ..api.public import get_v1_get_orderly_key

        return await get_v1_get_orderly_key.asyncio_detailed(
            client=self._client,
            account_id=account_id,
            orderly_key=orderly_key,
        )

    async def info(
        self,
        *,
        key_status: str | Unset = UNSET,
    ) -> Response[KeyInfoResponse]:
        """Get current Orderly key info: ``GET /v1/client/key_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-current-orderly-key-info
        """
        from ..api.private import get_v1_client_key_info

        return await get_v1_client_key_info.asyncio_detailed(
            client=self._client,
            key_status=key_status,
        )

    async def ip_restriction(
        self,
        *,
        orderly_key: str,
    ) -> Response[IpRestrictionResponse]:
        """Get Orderly key IP restriction: ``GET /v1/client/orderly_key_ip_restriction`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-orderly-key-ip-restriction
        """
        from ..api.private import get_v1_client_orderly_key_ip_restriction

        return await get_v1_client_orderly_key_ip_restriction.asyncio_detailed(
            client=self._client,
            orderly_key=orderly_key,
        )

    async def remove(
        self,
        *,
        orderly_key: str,
    ) -> Response[BasicResponse]:
        """Remove Orderly key: ``POST /v1/client/remove_orderly_key``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/remove-orderly-key
        """
        from ..api.private import post_v1_client_remove_orderly_key
        from ..models.remove_orderly_key_body import RemoveOrderlyKeyBody

        return await post_v1_client_remove_orderly_key.asyncio_detailed(
            client=self._client,
            body=RemoveOrderlyKeyBody(
                orderly_key=orderly_key,
            ),
        )

    async def reset_ip_restriction(
        self,
        *,
        orderly_key: str,
        reset_mode: str,
    ) -> Response[BasicResponse]:
        """Reset Orderly key IP restriction: ``POST /v1/client/reset_orderly_key_ip_restriction`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-orderly-key-ip-restriction
        """
        from ..api.private import post_v1_client_reset_orderly_key_ip_restriction
        from ..models.post_v1_client_reset_orderly_key_ip_restriction_body import (
            PostV1ClientResetOrderlyKeyIpRestrictionBody,
        )

        return await post_v1_client_reset_orderly_key_ip_restriction.asyncio_detailed(
            client=self._client,
            body=PostV1ClientResetOrderlyKeyIpRestrictionBody(
                orderly_key=orderly_key,
                reset_mode=reset_mode,
            ),
        )

    async def set_ip_restriction(
        self,
        *,
        orderly_key: str,
        ip_restriction_list: str,
    ) -> Response[SetIpRestrictionResponse]:
        """Set Orderly key IP restriction: ``POST /v1/client/set_orderly_key_ip_restriction`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-orderly-key-ip-restriction
        """
        from ..api.private import post_v1_client_set_orderly_key_ip_restriction
        from ..models.post_v1_client_set_orderly_key_ip_restriction_body import (
            PostV1ClientSetOrderlyKeyIpRestrictionBody,
        )

        return await post_v1_client_set_orderly_key_ip_restriction.asyncio_detailed(
            client=self._client,
            body=PostV1ClientSetOrderlyKeyIpRestrictionBody(
                orderly_key=orderly_key,
                ip_restriction_list=ip_restriction_list,
            ),
        )
