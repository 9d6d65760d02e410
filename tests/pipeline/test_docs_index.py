"""The documentation-pages tables (tools/docs_index.py) the regeneration job builds from the docs' pages."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from tests.pipeline._pipeline_support import ROOT, iter_operations, load_tool, load_yaml

SV_TABLE = ROOT / "tools" / "sv-docs-pages.tsv"
SV_SPEC = ROOT / "generated" / "orderly_sv.openapi.yaml"


def test_front_matter_names_the_operation() -> None:
    docs_index = load_tool("docs_index")
    page = "---\ntitle: x\nopenapi: sv.openapi get /v1/public/strategy_vault/vault/info\n---\n\nbody\n"
    assert docs_index.page_operations(page, "sv.openapi.yaml") == [("GET", "/v1/public/strategy_vault/vault/info")]
    assert docs_index.page_operations(page, "orderly.openapi") == []
    assert docs_index.page_operations("openapi: sv.openapi get /x\n", "sv.openapi") == []  # not front matter


def test_build_index_from_pages(tmp_path: Path) -> None:
    docs_index = load_tool("docs_index")
    (tmp_path / "vault").mkdir()
    (tmp_path / "vault" / "b.mdx").write_text("---\nopenapi: 'sv.openapi get /v1/b'\n---\n", encoding="utf-8")
    (tmp_path / "vault" / "a.mdx").write_text("---\nopenapi: sv.openapi get /v1/b\n---\n", encoding="utf-8")
    (tmp_path / "c.mdx").write_text("---\nopenapi: orderly.openapi post /v1/c\n---\n", encoding="utf-8")
    rows = docs_index.build_index(tmp_path, "sv.openapi")
    assert rows == [
        ("GET", "/v1/b", "https://orderly.network/docs/vault/a"),
        ("GET", "/v1/b", "https://orderly.network/docs/vault/b"),
    ]
    assert docs_index.render(rows).splitlines()[0] == "method\tpath\tdocs_url"


def test_the_render_is_the_format_the_importer_reads(docs_tsv: Path) -> None:
    """Re-rendering the bundled input's table gives it back byte for byte: same columns, order, line ends."""
    docs_index = load_tool("docs_index")
    with docs_tsv.open(encoding="utf-8", newline="") as handle:
        rows = [(r["method"], r["path"], r["docs_url"]) for r in csv.DictReader(handle, delimiter="\t")]
    assert docs_index.render(rows) == docs_tsv.read_text(encoding="utf-8")
    assert sorted(rows, key=lambda row: (row[1], row[0], row[2])) == rows


def test_every_strategy_vault_operation_has_its_page() -> None:
    spec: dict[str, Any] = load_yaml(SV_SPEC)
    with SV_TABLE.open(encoding="utf-8", newline="") as handle:
        table = {(r["method"], r["path"]): r["docs_url"] for r in csv.DictReader(handle, delimiter="\t")}
    operations = iter_operations(spec)
    assert len(operations) == 23
    for method, path, op in operations:
        assert op["externalDocs"]["url"] == table[(method.upper(), path)]
        assert op["externalDocs"]["url"].startswith("https://orderly.network/docs/strategy-vault/")
        assert "x-rate-limit" in op and op["security"] == []
