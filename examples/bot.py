"""A market maker's skeleton: client order ids, an order tracker, a dead-man's switch and risk numbers.

python examples/bot.py      # offline sandbox; with ORDERLY_ACCOUNT_ID / ORDERLY_SECRET on ORDERLY_NETWORK (testnet)
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from decimal import Decimal

from orderly_auth.bot import DeadMansSwitch, OrderTracker, TrackerEvent, fetch_account_risk, resolve_outcome
from orderly_auth.stream import Stream
from orderly_network import Credentials, Orderly, OrderlyError, OutcomeUnknownError, Settings

SYMBOL = "PERP_ETH_USDC"
SETTINGS = Settings(client_order_ids="bot")  # every order gets a client_order_id "bot-...", so a lost answer resolves


@contextlib.contextmanager
def connect() -> Iterator[tuple[Orderly, Stream]]:
    """The client object and a stream of the account in the environment, else of the offline sandbox."""
    if os.environ.get("ORDERLY_ACCOUNT_ID"):
        credentials, network = Credentials.from_env(), os.environ.get("ORDERLY_NETWORK", "testnet")
        with Orderly(credentials, network=network, settings=SETTINGS) as client, client.stream() as stream:
            yield client, stream
        return
    from orderly_sandbox import Sandbox

    with Sandbox() as sandbox, Orderly(sandbox.credentials, base_url=sandbox.base_url, settings=SETTINGS) as client:
        print(f"No ORDERLY_* credentials set: using the offline sandbox at {sandbox.base_url}", flush=True)
        with client.stream(public_url=sandbox.ws_public_url, private_url=sandbox.ws_private_url) as stream:
            yield client, stream


def show(event: TrackerEvent) -> None:
    """Every tracker event as it happens."""
    print(f"  event: {type(event).__name__}", flush=True)


def main() -> int:
    try:
        with connect() as (client, stream):
            bot = client.api_client  # the bot layer works on the client object's pipeline
            with OrderTracker(stream, bot) as tracker, DeadMansSwitch(bot, window=30):
                tracker.add_listener(show)
                risk = fetch_account_risk(bot)
                mark = risk.marks[SYMBOL]
                print(f"free collateral {risk.free_collateral}, max BUY {risk.max_order_qty(SYMBOL, 'BUY')} {SYMBOL}")
                quantity = min(Decimal("0.1"), risk.max_order_qty(SYMBOL, "BUY"))
                price = (mark * Decimal("0.98")).quantize(Decimal("0.01"))
                try:
                    placed = client.orders.create(
                        symbol=SYMBOL, order_type="LIMIT", side="BUY", order_price=price, order_quantity=quantity
                    )
                    cid = str(placed.client_order_id)
                except OutcomeUnknownError as exc:  # the answer was lost: the id says what became of the order
                    [outcome] = resolve_outcome(bot, exc)
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
