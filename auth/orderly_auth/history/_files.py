"""A history download to a file, resumable: CSV (Decimal-exact text) or Parquet (pyarrow, the ``parquet`` extra).

Rows are appended page by page; after each page the file is flushed to disk and a state file
(``<file>.state.json``) records the cursor of the next page and the file's size. An interrupted
download (Ctrl-C, a dropped connection, a crash) started again with the same arguments cuts the
file back to the last complete page and goes on from there, so no row is lost or written twice.
A Parquet download is staged as CSV (``<file>.partial.csv``) and converted when complete.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from .._errors import ConfigurationError
from ._rows import Row
from ._sources import KINDS, pages

__all__ = ["DownloadResult", "download", "read_csv"]

FORMATS = ("csv", "parquet")
_STATE_VERSION = 1


@attrs.frozen
class DownloadResult:
    """What a finished download wrote: the file, its row count, and whether it resumed an earlier run."""

    path: Path
    rows: int
    resumed: bool


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")  # plain notation, every digit: 0.00001, never 1E-5
    return str(value)


def read_csv(path: str | Path, kind: str) -> list[Row]:
    """The rows of a CSV written by :func:`download`, as the kind's typed rows (exact Decimals)."""
    row_class = KINDS[kind][0]
    with open(path, newline="", encoding="utf-8") as file:
        return [row_class.from_values(line) for line in csv.DictReader(file)]


def _decimal_type(values: list[Any]) -> tuple[int, int]:
    """decimal128's (precision, scale) holding every value exactly: the column's largest scale and width."""
    scale, whole = 0, 1
    for value in values:
        if value is None:
            continue
        sign_digits_exponent = value.as_tuple()
        exponent = int(sign_digits_exponent.exponent)
        scale = max(scale, -exponent)
        whole = max(whole, len(sign_digits_exponent.digits) + exponent)
    if whole + scale > 38:
        raise ConfigurationError("a value has more than 38 digits: Parquet's decimal128 cannot hold it exactly")
    return whole + scale, scale


def _write_parquet(staging: Path, target: Path, kind: str) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ConfigurationError("Parquet needs pyarrow: pip install 'orderly-client[parquet]'") from exc
    row_class = KINDS[kind][0]
    rows = read_csv(staging, kind)
    arrays = []
    for index, (_name, column_kind) in enumerate(row_class.COLUMNS):
        values = [row.values()[index] for row in rows]
        if column_kind == "decimal":
            precision, scale = _decimal_type(values)
            arrays.append(pa.array(values, type=pa.decimal128(precision, scale)))
        elif column_kind == "int":
            arrays.append(pa.array(values, type=pa.int64()))
        else:
            arrays.append(pa.array(values, type=pa.string()))
    table = pa.Table.from_arrays(arrays, names=[name for name, _ in row_class.COLUMNS])
    temporary = target.with_name(target.name + ".tmp")
    pq.write_table(table, temporary)
    os.replace(temporary, target)


def download(
    client: Any,
    kind: str,
    symbol: str,
    *,
    start: int,
    end: int,
    path: str | Path,
    interval: str = "1m",
    file_format: str = "csv",
    overwrite: bool = False,
    progress: Callable[[float, int], None] | None = None,
) -> DownloadResult:
    """Download ``kind`` of ``symbol`` over ``[start, end)`` (ms) to ``path``, resuming an interrupted run.

    ``progress(done, rows)`` is called after each page (``done`` from 0 to 1). A file there without
    a state file is refused unless ``overwrite``; a state file of other arguments is refused.
    """
    if file_format not in FORMATS:
        raise ConfigurationError(f"format must be one of {', '.join(FORMATS)}, got {file_format!r}")
    if kind not in KINDS:
        raise ConfigurationError(f"unknown history kind {kind!r}; expected one of {', '.join(KINDS)}")
    target = Path(path)
    data_path = target.with_name(target.name + ".partial.csv") if file_format == "parquet" else target
    state_path = target.with_name(target.name + ".state.json")
    settings = {
        "version": _STATE_VERSION,
        "kind": kind,
        "symbol": symbol,
        "interval": interval if kind == "candles" else None,
        "start": start,
        "end": end,
        "format": file_format,
    }
    columns = [name for name, _ in KINDS[kind][0].COLUMNS]
    cursor: int | None = None
    rows = 0
    resumed = False
    if state_path.exists():
        state = json.loads(state_path.read_text(encoding="utf-8"))
        if {key: state.get(key) for key in settings} != settings:
            raise ConfigurationError(
                f"{state_path} belongs to a download with other arguments; remove it to start over"
            )
        cursor, rows, size = state["cursor"], state["rows"], state["size"]
        with open(data_path, "r+b") as file:  # drop whatever the interrupted page had written
            file.truncate(size)
        resumed = True
    elif target.exists() and not overwrite:
        raise ConfigurationError(f"{target} exists; pass overwrite=True (--overwrite) to replace it")
    else:
        with open(data_path, "w", newline="", encoding="utf-8") as file:
            csv.writer(file, lineterminator="\n").writerow(columns)
    finished = resumed and cursor is None  # every page was written; what remained was the end
    with open(data_path, "a", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\n")
        remaining = () if finished else pages(client, kind, symbol, start, end, interval=interval, cursor=cursor)
        for page in remaining:
            writer.writerows([_text(value) for value in row.values()] for row in page.rows)
            file.flush()
            os.fsync(file.fileno())
            rows += len(page.rows)
            state = {**settings, "cursor": page.next_cursor, "rows": rows, "size": file.tell()}
            temporary = state_path.with_name(state_path.name + ".tmp")
            temporary.write_text(json.dumps(state), encoding="utf-8")
            os.replace(temporary, state_path)
            if progress is not None:
                progress(page.done, rows)
    if file_format == "parquet":
        _write_parquet(data_path, target, kind)
        data_path.unlink()
    state_path.unlink(missing_ok=True)
    return DownloadResult(target, rows, resumed)
