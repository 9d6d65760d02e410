"""Write the README's task index from tools/task_index.yaml: the calls a trader uses daily.

Usage: python tools/task_index.py [--check]

Each task names an operation by method and path; the table gives its client method and generated function, found in
``orderly_client.api.OPERATIONS``, with whether it is signed. The index goes between the README's
``<!-- task-index -->`` markers. ``--check`` changes nothing and fails when the README is not what
this would write (``make readme-index`` writes it).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from orderly_client.api import OPERATIONS, Operation

ROOT = Path(__file__).resolve().parent.parent
TASKS = ROOT / "tools" / "task_index.yaml"
README = ROOT / "README.md"
BEGIN, END = "<!-- task-index -->", "<!-- /task-index -->"


class TaskIndexError(ValueError):
    """The curated list names an operation the spec does not have, or the README has no index markers."""


def load_tasks(path: Path = TASKS) -> list[tuple[str, list[tuple[str, Operation]]]]:
    """The groups of tasks, each task with the operation it names."""
    by_key = {f"{op.method} {op.path}": op for op in OPERATIONS}
    groups: list[tuple[str, list[tuple[str, Operation]]]] = []
    raw: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    for group in raw:
        tasks = []
        for entry in group["tasks"]:
            if entry["op"] not in by_key:
                raise TaskIndexError(f"{path.name}: {entry['task']!r} names {entry['op']!r}, not an operation")
            tasks.append((str(entry["task"]), by_key[entry["op"]]))
        groups.append((str(group["group"]), tasks))
    return groups


def render(groups: list[tuple[str, list[tuple[str, Operation]]]]) -> str:
    """The index as Markdown: one table per group."""
    lines = [BEGIN, "<!-- written by `make readme-index` from tools/task_index.yaml: edit that list -->"]
    for group, tasks in groups:
        lines += [
            "",
            f"**{group}**",
            "",
            "| task | method (of `Orderly`) | function (in `orderly_client.api`) | request |",
            "| --- | --- | --- | --- |",
        ]
        for task, op in tasks:
            signed = f"signed, `{op.scope}`" if op.signed else "public"
            method = f"`client.{op.client_method}()`"
            lines.append(f"| {task} | {method} | `{op.module}.sync` | `{op.method} {op.path}` ({signed}) |")
    lines.append(END)
    return "\n".join(lines)


def updated_readme(readme: str, index: str) -> str:
    """``readme`` with the text between the markers replaced by ``index``."""
    start, end = readme.find(BEGIN), readme.find(END)
    if start < 0 or end < start:
        raise TaskIndexError(f"README.md has no {BEGIN} ... {END} section")
    return readme[:start] + index + readme[end + len(END) :]


def main(argv: list[str]) -> int:
    if argv[1:] not in ([], ["--check"]):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    text = README.read_text(encoding="utf-8")
    new = updated_readme(text, render(load_tasks()))
    if argv[1:] == ["--check"]:
        if new != text:
            print("README.md's task index is stale: run `make readme-index`", file=sys.stderr)
            return 1
        return 0
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
