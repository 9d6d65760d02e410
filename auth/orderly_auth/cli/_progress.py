"""A download's progress bar: on stderr when it is a terminal, nothing at all when piped or redirected."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["progress_bar"]


@contextmanager
def progress_bar(title: str) -> Iterator[Callable[[float, int], None] | None]:
    """A ``progress(done, rows)`` callback drawing a bar (None when stderr is not a terminal)."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rows]} rows"),
    )
    with Progress(*columns, TimeRemainingColumn(), console=Console(stderr=True), transient=False) as progress:
        task = progress.add_task(title, total=1.0, rows=0)

        def advance(done: float, rows: int) -> None:
            progress.update(task, completed=done, rows=rows)

        yield advance
