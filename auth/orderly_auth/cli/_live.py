"""Live views, redrawn in place (Rich Live) from the SDK's stream client: an order book and the account's fills.

Ctrl-C leaves either cleanly: the stream is closed, the terminal restored, and the exit code is 0.
"""

from __future__ import annotations

import collections
from decimal import Decimal
from typing import Any

import click
from rich.console import Group
from rich.live import Live
from rich.table import Table
from rich.text import Text

from . import _sdk
from ._settings import Settings

__all__ = ["register"]


def _stream(ctx: click.Context, *, private: bool) -> Any:
    settings = ctx.find_object(Settings)
    assert settings is not None
    public_url, private_url = settings.stream_urls()
    credentials = settings.credentials() if private else None
    return _sdk.stream(credentials, settings.server(), public_url, private_url)


def _book_view(symbol: str, bids: Any, asks: Any, status: str) -> Group:
    table = Table(title=f"{symbol} order book", title_justify="left")
    for column in ("bid qty", "bid", "ask", "ask qty"):
        table.add_column(column, justify="right")
    for index in range(max(len(bids), len(asks))):
        bid = bids[index] if index < len(bids) else None
        ask = asks[index] if index < len(asks) else None
        table.add_row(
            format(bid[1], "f") if bid else "",
            Text(format(bid[0], "f"), style="green") if bid else "",
            Text(format(ask[0], "f"), style="red") if ask else "",
            format(ask[1], "f") if ask else "",
        )
    spread = f"spread {format(asks[0][0] - bids[0][0], 'f')}" if bids and asks else "spread -"
    return Group(table, Text(f"{spread}   {status}   (Ctrl-C to quit)"))


@click.command()
@click.argument("symbol")
@click.option("--depth", type=click.IntRange(1, 50), default=10, show_default=True, help="Levels per side.")
@click.pass_context
def book(ctx: click.Context, symbol: str, depth: int) -> None:
    """A live order book, redrawn in place as it changes (Ctrl-C to quit)."""
    from orderly_auth.stream import StreamError

    stream = _stream(ctx, private=False)
    try:
        local = stream.book(symbol)
        with Live(_book_view(symbol, (), (), "connecting..."), auto_refresh=False, transient=False) as live:
            while True:
                try:
                    local.changed(timeout=1.0)
                    status = "live"
                except TimeoutError:
                    status = "live (quiet)"
                except StreamError as exc:
                    status = f"resyncing: {type(exc).__name__}"
                if local.valid:
                    bids, asks = local.depth(depth)
                    live.update(_book_view(symbol, bids, asks, status), refresh=True)
    except KeyboardInterrupt:
        pass
    finally:
        stream.close()


def _fills_view(rows: collections.deque[Any], status: str) -> Group:
    table = Table(title="Fills (live)", title_justify="left")
    for column in ("time", "symbol", "side", "price", "quantity", "fee", "order_id"):
        table.add_column(column, justify="left" if column in ("symbol", "side") else "right")
    for report in rows:
        table.add_row(
            str(report.timestamp or ""),
            report.symbol or "",
            report.side or "",
            format(report.executed_price or Decimal(0), "f"),
            format(report.executed_quantity or Decimal(0), "f"),
            format(report.fee or Decimal(0), "f"),
            str(report.order_id or ""),
        )
    return Group(table, Text(f"{status}   (Ctrl-C to quit)"))


@click.command("tail-fills")
@click.option("--rows", "keep", type=click.IntRange(1, 200), default=20, show_default=True, help="Fills shown.")
@click.pass_context
def tail_fills(ctx: click.Context, keep: int) -> None:
    """The account's own fills as they happen (the private stream's execution reports), newest first."""
    from orderly_auth.stream import ExecutionReport, Message, StreamInterrupted, StreamRestored

    stream = _stream(ctx, private=True)
    shown: collections.deque[Any] = collections.deque(maxlen=keep)
    try:
        with (
            stream.subscribe("executionreport") as reports,
            Live(_fills_view(shown, "waiting for fills..."), auto_refresh=False) as live,
        ):
            status = "live"
            while True:
                try:
                    item = reports.get(timeout=1.0)
                except TimeoutError:
                    continue
                if isinstance(item, StreamInterrupted):
                    status = "reconnecting..."
                elif isinstance(item, StreamRestored):
                    status = "live"
                elif isinstance(item, Message):
                    data = item.data
                    for report in data if isinstance(data, tuple) else (data,):
                        if isinstance(report, ExecutionReport) and report.executed_quantity:
                            shown.appendleft(report)
                live.update(_fills_view(shown, status), refresh=True)
    except KeyboardInterrupt:
        pass
    finally:
        stream.close()


def register(group: click.Group) -> None:
    """Add the live views to the command."""
    group.add_command(book)
    group.add_command(tail_fills)
