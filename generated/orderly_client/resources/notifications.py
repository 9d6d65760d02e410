"""``client.notifications``: ``list``, ``mark_all_read``, ``mark_read``, ``unread``."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Response, Unset, next_page

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.all_notifications_response import AllNotificationsResponse
    from ..models.basic_response import BasicResponse
    from ..models.notification import Notification
    from ..models.unread_notifications_response import UnreadNotificationsResponse
    from ..models.unread_notifications_response_data import (
        UnreadNotificationsResponseData,
    )
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncNotifications", "AsyncNotificationsWithRawResponse", "Notifications", "NotificationsWithRawResponse"]


class Notifications:
    """``client.notifications``: the notifications operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> NotificationsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return NotificationsWithRawResponse(self._client)

    def list(
        self,
        *,
        type_: str | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Iterator[Notification]:
        """Get all notifications: ``GET /v1/notification/inbox/notifications`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-notifications
        """
        from ..api.private import get_v1_notification_inbox_notifications

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_notification_inbox_notifications.sync(
                    client=self._client,
                    type_=type_,
                    page=page,
                    size=size,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def mark_all_read(
        self,
        *,
        flag: int,
    ) -> None:
        """Set read status of all notifications: ``POST /v1/notification/inbox/mark_read_all`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-read-status-of-all-notifications
        """
        from ..api.private import post_v1_notification_inbox_mark_read_all
        from ..models.post_v1_notification_inbox_mark_read_all_body import (
            PostV1NotificationInboxMarkReadAllBody,
        )

        answer = post_v1_notification_inbox_mark_read_all.sync(
            client=self._client,
            body=PostV1NotificationInboxMarkReadAllBody(
                flag=flag,
            ),
        )
        del answer  # success only: an error answer raised

    def mark_read(
        self,
        *,
        flag: int,
        ids: builtins.list[str],
    ) -> None:
        """Set read status of notifications: ``POST /v1/notification/inbox/mark_read`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-read-status-of-notifications
        """
        from ..api.private import post_v1_notification_inbox_mark_read
        from ..models.post_v1_notification_inbox_mark_read_body import (
            PostV1NotificationInboxMarkReadBody,
        )

        answer = post_v1_notification_inbox_mark_read.sync(
            client=self._client,
            body=PostV1NotificationInboxMarkReadBody(
                flag=flag,
                ids=ids,
            ),
        )
        del answer  # success only: an error answer raised

    def unread(
        self,
    ) -> UnreadNotificationsResponseData:
        """Get unread notifications: ``GET /v1/notification/inbox/unread`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-unread-notifications
        """
        from ..api.private import get_v1_notification_inbox_unread

        answer = get_v1_notification_inbox_unread.sync(
            client=self._client,
        )
        return answer.data


class AsyncNotifications:
    """``aclient.notifications``: the notifications operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncNotificationsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncNotificationsWithRawResponse(self._client)

    async def list(
        self,
        *,
        type_: str | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> AsyncIterator[Notification]:
        """Get all notifications: ``GET /v1/notification/inbox/notifications`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-notifications
        """
        from ..api.private import get_v1_notification_inbox_notifications

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_notification_inbox_notifications.asyncio(
                    client=self._client,
                    type_=type_,
                    page=page,
                    size=size,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def mark_all_read(
        self,
        *,
        flag: int,
    ) -> None:
        """Set read status of all notifications: ``POST /v1/notification/inbox/mark_read_all`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-read-status-of-all-notifications
        """
        from ..api.private import post_v1_notification_inbox_mark_read_all
        from ..models.post_v1_notification_inbox_mark_read_all_body import (
            PostV1NotificationInboxMarkReadAllBody,
        )

        answer = await post_v1_notification_inbox_mark_read_all.asyncio(
            client=self._client,
            body=PostV1NotificationInboxMarkReadAllBody(
                flag=flag,
            ),
        )
        del answer  # success only: an error answer raised

    async def mark_read(
        self,
        *,
        flag: int,
        ids: builtins.list[str],
    ) -> None:
        """Set read status of notifications: ``POST /v1/notification/inbox/mark_read`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-read-status-of-notifications
        """
        from ..api.private import post_v1_notification_inbox_mark_read
        from ..models.post_v1_notification_inbox_mark_read_body import (
            PostV1NotificationInboxMarkReadBody,
        )

        answer = await post_v1_notification_inbox_mark_read.asyncio(
            client=self._client,
            body=PostV1NotificationInboxMarkReadBody(
                flag=flag,
                ids=ids,
            ),
        )
        del answer  # success only: an error answer raised

    async def unread(
        self,
    ) -> UnreadNotificationsResponseData:
        """Get unread notifications: ``GET /v1/notification/inbox/unread`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-unread-notifications
        """
        from ..api.private import get_v1_notification_inbox_unread

        answer = await get_v1_notification_inbox_unread.asyncio(
            client=self._client,
        )
        return answer.data


class NotificationsWithRawResponse:
    """``client.notifications.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def list(
        self,
        *,
        type_: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[AllNotificationsResponse]:
        """Get all notifications: ``GET /v1/notification/inbox/notifications`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-notifications
        """
        from ..api.private import get_v1_notification_inbox_notifications

        return get_v1_notification_inbox_notifications.sync_detailed(
            client=self._client,
            type_=type_,
            page=page,
            size=size,
        )

    def mark_all_read(
        self,
        *,
        flag: int,
    ) -> Response[BasicResponse]:
        """Set read status of all notifications: ``POST /v1/notification/inbox/mark_read_all`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-read-status-of-all-notifications
        """
        from ..api.private import post_v1_notification_inbox_mark_read_all
        from ..models.post_v1_notification_inbox_mark_read_all_body import (
            PostV1NotificationInboxMarkReadAllBody,
        )

        return post_v1_notification_inbox_mark_read_all.sync_detailed(
            client=self._client,
            body=PostV1NotificationInboxMarkReadAllBody(
                flag=flag,
            ),
        )

    def mark_read(
        self,
        *,
        flag: int,
        ids: builtins.list[str],
    ) -> Response[BasicResponse]:
        """Set read status of notifications: ``POST /v1/notification/inbox/mark_read`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-read-status-of-notifications
        """
        from ..api.private import post_v1_notification_inbox_mark_read
        from ..models.post_v1_notification_inbox_mark_read_body import (
            PostV1NotificationInboxMarkReadBody,
        )

        return post_v1_notification_inbox_mark_read.sync_detailed(
            client=self._client,
            body=PostV1NotificationInboxMarkReadBody(
                flag=flag,
                ids=ids,
            ),
        )

    def unread(
        self,
    ) -> Response[UnreadNotificationsResponse]:
        """Get unread notifications: ``GET /v1/notification/inbox/unread`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-unread-notifications
        """
        from ..api.private import get_v1_notification_inbox_unread

        return get_v1_notification_inbox_unread.sync_detailed(
            client=self._client,
        )


class AsyncNotificationsWithRawResponse:
    """``aclient.notifications.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def list(
        self,
        *,
        type_: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[AllNotificationsResponse]:
        """Get all notifications: ``GET /v1/notification/inbox/notifications`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-notifications
        """
        from ..api.private import get_v1_notification_inbox_notifications

        return await get_v1_notification_inbox_notifications.asyncio_detailed(
            client=self._client,
            type_=type_,
            page=page,
            size=size,
        )

    async def mark_all_read(
        self,
        *,
        flag: int,
    ) -> Response[BasicResponse]:
        """Set read status of all notifications: ``POST /v1/notification/inbox/mark_read_all`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-read-status-of-all-notifications
        """
        from ..api.private import post_v1_notification_inbox_mark_read_all
        from ..models.post_v1_notification_inbox_mark_read_all_body import (
            PostV1NotificationInboxMarkReadAllBody,
        )

        return await post_v1_notification_inbox_mark_read_all.asyncio_detailed(
            client=self._client,
            body=PostV1NotificationInboxMarkReadAllBody(
                flag=flag,
            ),
        )

    async def mark_read(
        self,
        *,
        flag: int,
        ids: builtins.list[str],
    ) -> Response[BasicResponse]:
        """Set read status of notifications: ``POST /v1/notification/inbox/mark_read`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-read-status-of-notifications
        """
        from ..api.private import post_v1_notification_inbox_mark_read
        from ..models.post_v1_notification_inbox_mark_read_body import (
            PostV1NotificationInboxMarkReadBody,
        )

        return await post_v1_notification_inbox_mark_read.asyncio_detailed(
            client=self._client,
            body=PostV1NotificationInboxMarkReadBody(
                flag=flag,
                ids=ids,
            ),
        )

    async def unread(
        self,
    ) -> Response[UnreadNotificationsResponse]:
        """Get unread notifications: ``GET /v1/notification/inbox/unread`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-unread-notifications
        """
        from ..api.private import get_v1_notification_inbox_unread

        return await get_v1_notification_inbox_unread.asyncio_detailed(
            client=self._client,
        )
