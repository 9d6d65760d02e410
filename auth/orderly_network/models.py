"""The API's data models (those of ``orderly_client.models``), each loaded on first use.

``from orderly_network.models import Order, OrderType``: the same classes, typed for mypy.
"""

from typing import TYPE_CHECKING, Any

from orderly_client import models as _models

if TYPE_CHECKING:
    from orderly_client.models import *  # noqa: F403

__all__ = list(_models.__all__)


def __getattr__(name: str) -> Any:
    return getattr(_models, name)


def __dir__() -> list[str]:
    return list(_models.__all__)
