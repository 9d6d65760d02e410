"""Fail when committed output differs from what the pipeline makes of its inputs.

Usage: python tools/check_generated.py [UPSTREAM DOCS_TSV [SV_UPSTREAM SV_DOCS_TSV]]

Regenerates ``generated/orderly_client`` and ``generated/orderly_sv_client`` (Strategy Vault)
into a temporary folder and compares them with the committed trees. When an upstream spec is
given and exists, also re-runs the importer and compares its output with the bundled spec
(``orderly.openapi.yaml``, ``generated/orderly_sv.openapi.yaml``).
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
SV_GENERATED = ROOT / "generated" / "orderly_sv_client"
SV_SPEC = ROOT / "generated" / "orderly_sv.openapi.yaml"

# (api, bundled spec, package, generator config)
PACKAGES = (
    ("main", SPEC, GENERATED, generate.DEFAULT_CONFIG),
    ("sv", SV_SPEC, SV_GENERATED, generate.SV_CONFIG),
)


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


def check(api: str, spec: Path, package: Path, config: Path, *, upstream: list[str], tmp: Path) -> list[str]:
    """The differences for one API: its bundled spec against the importer's, its package against the generator's."""
    failures: list[str] = []
    name = str(spec.relative_to(ROOT))
    if len(upstream) == 2 and Path(upstream[0]).is_file():
        bundled = tmp / spec.name
        bundled.write_text(import_spec.import_file(Path(upstream[0]), Path(upstream[1]), api), encoding="utf-8")
        if bundled.read_bytes() != spec.read_bytes():
            failures.append(f"{name} is not what the importer makes of upstream (run `make spec`):")
            failures += _diff(spec, bundled, name)
    else:
        print(f"upstream spec for {name} not found: checking generated/ only")
    fresh = tmp / package.name
    problems = generate.generate(spec, fresh, config)
    if problems:
        failures.append(f"the generator reported problems for {package.name}:")
        failures += [f"  {p}" for p in problems]
    tree = compare_trees(package, fresh)
    if tree:
        failures.append(f"generated/{package.name} differs from the bundled spec's output (run `make generate`):")
        failures += tree
    return failures


def main(argv: list[str]) -> int:
    failures: list[str] = []
    inputs = argv[1:]
    with tempfile.TemporaryDirectory() as tmp:
        for index, (api, spec, package, config) in enumerate(PACKAGES):
            failures += check(api, spec, package, config, upstream=inputs[2 * index : 2 * index + 2], tmp=Path(tmp))
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    print("generated code and bundled spec are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
