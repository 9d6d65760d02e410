"""What the market tells the streams: one :class:`Event` per push, in the order things happened."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Event:
    """A push on ``topic`` (``PERP_ETH_USDC@trade``, ``executionreport``...) with its ``data`` and ``ts``.

    ``account_id`` is set for private topics: only that account's authenticated connections get it.
    """

    topic: str
    data: Any
    ts: int
    account_id: str | None = None


EventListener = Callable[[list[Event]], None]
