"""What the commands print: Rich tables for people, JSON (exact numbers as text) for scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal

from rich.console import Console
from rich.table import Table

__all__ = ["Output", "plain"]


def plain(value: Any) -> Any:
    """A JSON-ready value: Decimals as plain-notation text (every digit, never an exponent), enums as text."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, bool) or value is None or isinstance(value, int | float):
        return value
    return str(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    shown = plain(value)
    return shown if isinstance(shown, str) else json.dumps(shown)


class Output:
    """Prints to stdout as tables (default) or JSON (``--json``); notes and errors go to stderr."""

    def __init__(self, *, as_json: bool) -> None:
        self.as_json = as_json
        # A pipe or a file gets every digit on one line: no column is cut to fit 80 characters.
        self.console = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 400)
        self.errors = Console(stderr=True)

    def data(self, value: Any) -> None:
        """One JSON document (in JSON mode)."""
        sys.stdout.write(json.dumps(plain(value), sort_keys=False) + "\n")
        sys.stdout.flush()

    def table(self, title: str, rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> None:
        """Rows as a table of ``columns`` (JSON: the rows, every field)."""
        if self.as_json:
            self.data(list(rows))
            return
        table = Table(title=title, title_justify="left")
        for column in columns:
            justify: Literal["left", "right"] = (
                "left" if column in ("symbol", "side", "status", "type", "token") else "right"
            )
            table.add_column(column, justify=justify, overflow="fold")  # a number wraps, it is never elided
        for row in rows:
            table.add_row(*(_cell(row.get(column)) for column in columns))
        self.console.print(table)
        if not rows:
            self.console.print(f"(no {title.lower()})")

    def record(self, title: str, record: Mapping[str, Any]) -> None:
        """One object as a two-column table (JSON: the object)."""
        if self.as_json:
            self.data(record)
            return
        table = Table(title=title, title_justify="left", show_header=False)
        table.add_column("field", overflow="fold")
        table.add_column("value", overflow="fold")
        for key, value in record.items():
            table.add_row(key, _cell(value))
        self.console.print(table)

    def note(self, text: str) -> None:
        """A line for people, on stderr (never mixed into JSON)."""
        self.errors.print(text, highlight=False)
