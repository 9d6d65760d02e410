"""``client.system``: ``announcements``, ``ip_info``, ``status``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import Response

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.get_announcements_response import GetAnnouncementsResponse
    from ..models.get_announcements_response_data import GetAnnouncementsResponseData
    from ..models.get_ip_info_response import GetIpInfoResponse
    from ..models.get_ip_info_response_data import GetIpInfoResponseData
    from ..models.system_info_response import SystemInfoResponse
    from ..models.system_status import SystemStatus

    pass

__all__ = ["AsyncSystem", "AsyncSystemWithRawResponse", "System", "SystemWithRawResponse"]


class System:
    """``client.system``: the system operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> SystemWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return SystemWithRawResponse(self._client)

    def announcements(
        self,
    ) -> GetAnnouncementsResponseData:
        """Get announcements: ``GET /v1/public/announcement``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-announcements
        """
        from ..api.public import get_v1_public_announcement

        answer = get_v1_public_announcement.sync(
            client=self._client,
        )
        return answer.data

    def ip_info(
        self,
    ) -> GetIpInfoResponseData:
        """Get IP info: ``GET /v1/ip_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-ip-info
        """
        from ..api.public import get_v1_ip_info

        answer = get_v1_ip_info.sync(
            client=self._client,
        )
        return answer.data

    def status(
        self,
    ) -> SystemStatus:
        """Get system maintenance status: ``GET /v1/public/system_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-system-maintenance-status
        """
        from ..api.public import get_v1_public_system_info

        answer = get_v1_public_system_info.sync(
            client=self._client,
        )
        return answer.data


class AsyncSystem:
    """``aclient.system``: the system operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncSystemWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncSystemWithRawResponse(self._client)

    async def announcements(
        self,
    ) -> GetAnnouncementsResponseData:
        """Get announcements: ``GET /v1/public/announcement``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-announcements
        """
        from ..api.public import get_v1_public_announcement

        answer = await get_v1_public_announcement.asyncio(
            client=self._client,
        )
        return answer.data

    async def ip_info(
        self,
    ) -> GetIpInfoResponseData:
        """Get IP info: ``GET /v1/ip_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-ip-info
        """
        from ..api.public import get_v1_ip_info

        answer = await get_v1_ip_info.asyncio(
            client=self._client,
        )
        return answer.data

    async def status(
        self,
    ) -> SystemStatus:
        """Get system maintenance status: ``GET /v1/public/system_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-system-maintenance-status
        """
        from ..api.public import get_v1_public_system_info

        answer = await get_v1_public_system_info.asyncio(
            client=self._client,
        )
        return answer.data


class SystemWithRawResponse:
    """``client.system.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def announcements(
        self,
    ) -> Response[GetAnnouncementsResponse]:
        """Get announcements: ``GET /v1/public/announcement``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-announcements
        """
        from ..api.public import get_v1_public_announcement

        return get_v1_public_announcement.sync_detailed(
            client=self._client,
        )

    def ip_info(
        self,
    ) -> Response[GetIpInfoResponse]:
        """Get IP info: ``GET /v1/ip_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-ip-info
        """
        from ..api.public import get_v1_ip_info

        return get_v1_ip_info.sync_detailed(
            client=self._client,
        )

    def status(
        self,
    ) -> Response[SystemInfoResponse]:
        """Get system maintenance status: ``GET /v1/public/system_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-system-maintenance-status
        """
        from ..api.public import get_v1_public_system_info

        return get_v1_public_system_info.sync_detailed(
            client=self._client,
        )


class AsyncSystemWithRawResponse:
    """``aclient.system.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def announcements(
        self,
    ) -> Response[GetAnnouncementsResponse]:
        """Get announcements: ``GET /v1/public/announcement``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-announcements
        """
        from ..api.public import get_v1_public_announcement

        return await get_v1_public_announcement.asyncio_detailed(
            client=self._client,
        )

    async def ip_info(
        self,
    ) -> Response[GetIpInfoResponse]:
        """Get IP info: ``GET /v1/ip_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-ip-info
        """
        from ..api.public import get_v1_ip_info

        return await get_v1_ip_info.asyncio_detailed(
            client=self._client,
        )

    async def status(
        self,
    ) -> Response[SystemInfoResponse]:
        """Get system maintenance status: ``GET /v1/public/system_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-system-maintenance-status
        """
        from ..api.public import get_v1_public_system_info

        return await get_v1_public_system_info.asyncio_detailed(
            client=self._client,
        )
