"""A market maker's skeleton: client order ids, an order tracker, a dead-man's switch and risk numbers.

python examples/bot.py      # offline sandbox; with ORDERLY_ACCOUNT_ID / ORDERLY_SECRET on ORDERLY_NETWORK (testnet)
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from decimal import Decimal

from orderly_auth import Credentials, OrderlyClient, OrderlyError, OutcomeUnknownError, create_client
from orderly_auth.bot import DeadMansSwitch, OrderTracker, TrackerEvent, fetch_account_risk, resolve_outcome
from orderly_auth.stream import Stream
from orderly_client.api.private import post_v1_order
from orderly_client.models import PostOrderBody

SYMBOL = "PERP_ETH_USDC"


@contextlib.contextmanager
def connect() -> Iterator[tuple[OrderlyClient, Stream]]:
    """A client and a stream of the account in the environment, else of the offline sandbox."""
    if os.environ.get("ORDERLY_ACCOUNT_ID"):
        credentials, network = Credentials.from_env(), os.environ.get("ORDERLY_NETWORK", "testnet")
        client = create_client(credentials, network=network, client_order_ids="bot")
        with client, Stream(credentials, network=network, client=client) as stream:
            yield client, stream
        return
    from orderly_sandbox import Sandbox

    with (
        Sandbox() as sandbox,
        create_client(sandbox.credentials, base_url=sandbox.base_url, client_order_ids="bot") as client,
    ):
        print(f"No ORDERLY_* credentials set: using the offline sandbox at {sandbox.base_url}", flush=True)
        with sandbox.stream() as stream:
            yield client, stream


def show(event: TrackerEvent) -> None:
    """Every tracker event as it happens."""
    print(f"  event: {type(event).__name__}", flush=True)


def main() -> int:
    try:
        with connect() as (client, stream), OrderTracker(stream, client) as tracker, DeadMansSwitch(client, window=30):
            tracker.add_listener(show)
            risk = fetch_account_risk(client)
            mark = risk.marks[SYMBOL]
            print(f"free collateral {risk.free_collateral}, max BUY {risk.max_order_qty(SYMBOL, 'BUY')} {SYMBOL}")
            quantity = min(Decimal("0.1"), risk.max_order_qty(SYMBOL, "BUY"))
            price = (mark * Decimal("0.98")).quantize(Decimal("0.01"))
            body = PostOrderBody(
                symbol=SYMBOL, order_type="LIMIT", side="BUY", order_price=price, order_quantity=quantity
            )
            try:
                cid = str(post_v1_order.sync(client=client, body=body).data.client_order_id)
            except OutcomeUnknownError as exc:  # the answer was lost: the id says what became of the order
                [outcome] = resolve_outcome(client, exc)
                cid = outcome.client_order_id
            tracker.wait_until(lambda core: core.order(client_order_id=cid) is not None, timeout=30)
            print(f"order {cid}: {tracker.order(client_order_id=cid)}")
            now = risk.with_tracker(tracker.core)
            print(f"open orders {len(tracker.open_orders(SYMBOL))}, free collateral now {now.free_collateral}")
    except OrderlyError as exc:
        print(f"failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print("stopped cleanly: the dead-man's switch is disarmed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
