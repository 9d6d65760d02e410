"""Resolving an unknown outcome: was an order placed, and what is it now? One read per order, safe to retry.

An :class:`~orderly_auth.OutcomeUnknownError` carries the ``client_order_id`` of every order it
was about (the pipeline assigns one to each order sent without). Each is looked up with
``GET /v1/client/order/{client_order_id}`` (``GET /v1/algo/client/order/{client_order_id}`` for an
algo order): found means placed, and the answer is the order now; -1006 (not found) means not placed.

Only reads are sent, so a resolution can be retried as often as needed. A "not placed" answer is
final once the request can no longer be carried out: Orderly refuses a signed request older than
its ``x-recv-window`` (or 300 s without one), so resolve after that long to rule out a request still
in flight; the sandbox carries a request out before it answers or drops it, so there it is at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from orderly_client.api.private import get_v1_algo_client_order_client_order_id, get_v1_client_order_client_order_id
from orderly_client.models import AlgoOrder, Order

from .._client import OrderlyClient
from .._errors import NotFoundError, OutcomeUnknownError

__all__ = ["OrderOutcome", "aresolve_outcome", "resolve_outcome"]

_ALGO_PATH = "/v1/algo/order"


@dataclass(frozen=True, slots=True)
class OrderOutcome:
    """What became of one order: ``placed``, and the order as the server holds it now (None if not placed)."""

    client_order_id: str
    placed: bool
    order: Order | AlgoOrder | None

    @property
    def status(self) -> str | None:
        """The order's status now (``NEW``, ``FILLED``, ``CANCELLED``, ...), None if it was not placed."""
        if self.order is None:
            return None
        status = getattr(self.order, "status", None) or getattr(self.order, "algo_status", None)
        return None if status is None else str(status)


def _targets(what: OutcomeUnknownError | str | Iterable[str]) -> tuple[tuple[str, ...], bool]:
    """The ids to look up and whether they are algo orders."""
    if isinstance(what, OutcomeUnknownError):
        if not what.client_order_ids:
            raise ValueError(f"{what.method} {what.path}: the error carries no client_order_id to look up")
        return what.client_order_ids, what.path.endswith(_ALGO_PATH)
    ids = (what,) if isinstance(what, str) else tuple(what)
    if not ids or not all(isinstance(cid, str) and cid for cid in ids):
        raise ValueError(f"client order ids must be non-empty strings, got {ids!r}")
    return ids, False


def resolve_outcome(
    client: OrderlyClient, what: OutcomeUnknownError | str | Iterable[str], *, algo: bool = False
) -> list[OrderOutcome]:
    """The outcome of each order of an :class:`OutcomeUnknownError` (or of the ids given), in order."""
    ids, is_algo = _targets(what)
    outcomes = []
    for cid in ids:
        try:
            if is_algo or algo:
                found: Order | AlgoOrder = get_v1_algo_client_order_client_order_id.sync(
                    client=client, client_order_id=cid
                ).data
            else:
                found = get_v1_client_order_client_order_id.sync(client=client, client_order_id=cid).data
        except NotFoundError:
            outcomes.append(OrderOutcome(cid, False, None))
        else:
            outcomes.append(OrderOutcome(cid, True, found))
    return outcomes


async def aresolve_outcome(
    client: OrderlyClient, what: OutcomeUnknownError | str | Iterable[str], *, algo: bool = False
) -> list[OrderOutcome]:
    """:func:`resolve_outcome`, async."""
    ids, is_algo = _targets(what)
    outcomes = []
    for cid in ids:
        try:
            if is_algo or algo:
                found: Order | AlgoOrder = (
                    await get_v1_algo_client_order_client_order_id.asyncio(client=client, client_order_id=cid)
                ).data
            else:
                found = (await get_v1_client_order_client_order_id.asyncio(client=client, client_order_id=cid)).data
        except NotFoundError:
            outcomes.append(OrderOutcome(cid, False, None))
        else:
            outcomes.append(OrderOutcome(cid, True, found))
    return outcomes
