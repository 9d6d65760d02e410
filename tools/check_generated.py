"""Fail when committed output differs from what the pipeline makes of its inputs.

Usage: python tools/check_generated.py [UPSTREAM DOCS_TSV]

Regenerates ``generated/orderly_client`` into a temporary folder and compares it with the
committed tree. When the upstream spec is given and exists, also re-runs the importer and
compares its output with the bundled ``orderly.openapi.yaml``.
"""

from __future__ import annotations

import difflib
import filecmp
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import generate  # noqa: E402
import import_spec  # noqa: E402

GENERATED = ROOT / "generated" / "orderly_client"
SPEC = ROOT / "orderly.openapi.yaml"


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def _diff(a: Path, b: Path, name: str, limit: int = 20) -> list[str]:
    lines = difflib.unified_diff(
        a.read_text(encoding="utf-8").splitlines(),
        b.read_text(encoding="utf-8").splitlines(),
        f"committed/{name}",
        f"regenerated/{name}",
        lineterm="",
    )
    return [f"    {line}" for line in list(lines)[:limit]]


def compare_trees(committed: Path, fresh: Path) -> list[str]:
    """Describe every difference between two trees, one line per file (plus a short diff)."""
    have, want = _files(committed), _files(fresh)
    report = [f"  missing from committed tree: {n}" for n in sorted(want - have)]
    report += [f"  not produced by the generator: {n}" for n in sorted(have - want)]
    for name in sorted(have & want):
        if not filecmp.cmp(committed / name, fresh / name, shallow=False):
            report.append(f"  differs: {name}")
            report += _diff(committed / name, fresh / name, name)
    return report


def main(argv: list[str]) -> int:
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        if len(argv) == 3 and Path(argv[1]).is_file():
            bundled = Path(tmp) / "orderly.openapi.yaml"
            bundled.write_text(import_spec.import_file(Path(argv[1]), Path(argv[2])), encoding="utf-8")
            if bundled.read_bytes() != SPEC.read_bytes():
                failures.append("orderly.openapi.yaml is not what the importer makes of upstream (run `make spec`):")
                failures += _diff(SPEC, bundled, "orderly.openapi.yaml")
        else:
            print("upstream spec not found: checking generated/ only")
        fresh = Path(tmp) / "orderly_client"
        problems = generate.generate(SPEC, fresh)
        if problems:
            failures.append("the generator reported problems:")
            failures += [f"  {p}" for p in problems]
        tree = compare_trees(GENERATED, fresh)
        if tree:
            failures.append("generated/orderly_client differs from the bundled spec's output (run `make generate`):")
            failures += tree
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    print("generated code and bundled spec are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
