"""Exceptions of the stream client, under :class:`orderly_auth.OrderlyError`.

OrderlyError
└── StreamError                     something went wrong on a WebSocket stream
    ├── StreamAuthError             the private connection's ``auth`` was refused
    ├── SubscriptionError           the server refused a subscription (its ``errorMsg``)
    ├── SlowConsumerError           an event subscription's buffer overflowed: messages were lost
    ├── BookInvalidError            a local order book read while it resynchronises
    └── StreamClosedError           the stream or the subscription is closed
"""

from __future__ import annotations

from .._errors import OrderlyError


class StreamError(OrderlyError):
    """Base of the errors of :mod:`orderly_auth.stream`."""


class StreamAuthError(StreamError):
    """The server refused the ``auth`` event of the private connection (wrong, revoked or unregistered key)."""


class SubscriptionError(StreamError):
    """The server answered a ``subscribe`` (or ``request``) with ``success: false``."""

    def __init__(self, topic: str, message: str) -> None:
        super().__init__(f"subscription to {topic!r} refused: {message}")
        self.topic = topic
        self.server_message = message


class SlowConsumerError(StreamError):
    """An event subscription (trades, execution reports, balances, positions...) overflowed its buffer.

    Event messages are never dropped silently: the subscription stops and this is raised once the
    messages it did hold have been read. ``lost`` says how many arrived after the buffer was full.
    """

    def __init__(self, topic: str, capacity: int, lost: int) -> None:
        super().__init__(
            f"subscription to {topic!r} overflowed its buffer of {capacity} messages ({lost} lost): "
            "read faster or give the subscription a larger buffer"
        )
        self.topic = topic
        self.capacity = capacity
        self.lost = lost


class BookInvalidError(StreamError):
    """A local order book was read while it is not in sync (before its snapshot, or after a gap)."""


class StreamClosedError(StreamError):
    """The stream, or this subscription, was closed."""
