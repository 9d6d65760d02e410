"""tools/ has no import cycle: each rule lives in one module, and the modules that use it import it, never back."""

from __future__ import annotations

import ast
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[2] / "tools"


def sibling_imports(folder: Path) -> dict[str, set[str]]:
    """Each module of ``folder`` and the sibling modules it imports anywhere (top level or inside a function)."""
    modules = {path.stem: path for path in folder.glob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.partition(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module.partition(".")[0])
        graph[name] = (imported & modules.keys()) - {name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` as the modules along it (first repeated at the end), or None."""
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> list[str] | None:
        if name in path:
            return [*path[path.index(name) :], name]
        if name in done:
            return None
        for other in sorted(graph[name]):
            cycle = visit(other, [*path, name])
            if cycle is not None:
                return cycle
        done.add(name)
        return None

    for name in sorted(graph):
        cycle = visit(name, [])
        if cycle is not None:
            return cycle
    return None


def test_tools_have_no_import_cycle() -> None:
    graph = sibling_imports(TOOLS)
    assert {"import_spec", "api_changes", "update_spec"} <= graph.keys()
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


def test_the_changelog_reads_specs_through_the_importer_and_not_back() -> None:
    graph = sibling_imports(TOOLS)
    assert "import_spec" in graph["api_changes"]
    assert "api_changes" not in graph["import_spec"]
    assert {"import_spec", "api_changes"} <= graph["update_spec"]


def test_a_cycle_is_found_even_through_a_function_level_import(tmp_path: Path) -> None:
    (tmp_path / "first.py").write_text("import second\n", encoding="utf-8")
    (tmp_path / "second.py").write_text("def later() -> None:\n    from first import x\n", encoding="utf-8")
    (tmp_path / "third.py").write_text("import first\nimport yaml\n", encoding="utf-8")
    graph = sibling_imports(tmp_path)
    assert graph == {"first": {"second"}, "second": {"first"}, "third": {"first"}}
    assert find_cycle(graph) == ["first", "second", "first"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
