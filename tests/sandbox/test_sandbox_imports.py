"""The sandbox's modules import one another in one direction only: no import cycle at run time.

Read from the source (not by importing), so a cycle that happens to import fine in one order still fails.
Imports for type checkers alone (under ``if TYPE_CHECKING:``) do not run and are not counted.
"""

from __future__ import annotations

import ast
from pathlib import Path

import orderly_sandbox as sandbox

PACKAGE = Path(sandbox.__file__).parent


def _runtime_imports(tree: ast.AST) -> set[str]:
    """The sibling modules a module imports when it runs (``from .x import ...`` outside TYPE_CHECKING)."""
    found: set[str] = set()
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                found |= _runtime_imports(ast.Module(body=[child], type_ignores=[]))
            continue
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
        found |= _runtime_imports(node)
    return found


def _graph() -> dict[str, set[str]]:
    modules = {path.stem: path for path in PACKAGE.glob("*.py")}
    return {name: _runtime_imports(ast.parse(path.read_text())) & set(modules) for name, path in modules.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> list[str] | None:
        if module in path:
            return [*path[path.index(module) :], module]
        if module in done:
            return None
        for imported in sorted(graph[module]):
            found = visit(imported, [*path, module])
            if found:
                return found
        done.add(module)
        return None

    for module in sorted(graph):
        found = visit(module, [])
        if found:
            return found
    return None


def test_the_sandbox_has_no_import_cycle() -> None:
    cycle = _cycle(_graph())
    assert cycle is None, " -> ".join(cycle or [])


def test_the_market_builds_on_its_views_and_simulation_not_the_reverse() -> None:
    graph = _graph()
    assert {"_views", "_simulation", "_rules"} <= graph["_market"]
    assert "_market" not in graph["_views"]
    assert "_market" not in graph["_simulation"]


def test_a_cycle_is_found() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
