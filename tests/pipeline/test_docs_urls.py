"""A documentation page's name never becomes code: refused by the importer, escaped by the templates."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.pipeline._pipeline_support import load_importer, load_tool

# A page name that, pasted unescaped into a string literal, is valid Python that writes a file.
HOSTILE_PAGE = 'x" + str(open("MARKER","w").close()) + ".mdx'
HOSTILE_URL = 'https://orderly.network/docs/x" + str(open("MARKER","w").close()) + "'


@pytest.mark.parametrize(
    "url",
    [
        HOSTILE_URL,
        'https://orderly.network/docs/a"""b',
        "https://orderly.network/docs/a\\b",
        "https://orderly.network/docs/a b",
        "https://orderly.network/docs/{a}",
        "http://orderly.network/docs/a",
        "javascript:alert(1)",
        "https://orderly.network/docs/a'b",
    ],
)
def test_the_importer_refuses_a_docs_table_row_that_is_not_a_plain_url(tmp_path: Path, url: str) -> None:
    table = tmp_path / "docs-pages.tsv"
    table.write_text(f"method\tpath\tdocs_url\nGET\t/v1/a\t{url}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not a plain https address"):
        load_importer().load_docs_index(table)


def test_plain_urls_are_read() -> None:
    docs_index = load_tool("docs_index")
    for url in (
        "https://orderly.network/docs/build-on-omnichain/evm-api/restful-api/public/get-faucet_usdc",
        "https://orderly.network/docs/a.b/c_d~e/",
    ):
        assert docs_index.plain_url(url, "test") == url


def test_the_docs_table_builder_refuses_a_hostile_page_name(tmp_path: Path) -> None:
    (tmp_path / HOSTILE_PAGE).write_text("---\nopenapi: orderly.openapi get /v1/a\n---\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not a plain https address"):
        load_tool("docs_index").build_index(tmp_path, "orderly.openapi")


def test_the_importer_refuses_a_hostile_url_that_came_another_way() -> None:
    """An address handed to ``normalise`` directly (as the overlay's ``docs:`` would) is checked on the way out."""
    import_spec = load_importer()
    spec: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/v1/a": {"get": {"responses": {"200": {"description": "ok"}}}}},
    }
    with pytest.raises(ValueError, match=r"GET /v1/a: .* not a plain https address"):
        import_spec.normalise(spec, {("GET", "/v1/a"): [HOSTILE_URL]}, corrections={})


def _tiny_spec(url: str) -> str:
    escaped = url.replace("\\", "\\\\").replace('"', '\\"')
    return f"""openapi: 3.0.3
info: {{title: t, version: "1"}}
servers: [{{url: "https://api.orderly.org"}}]
paths:
  /v1/a:
    get:
      operationId: get_v1_a
      tags: [public]
      summary: A
      security: []
      externalDocs: {{url: "{escaped}"}}
      x-docs-section: "sec\\" + str(1) + \\""
      x-orderly-resource: market
      x-orderly-verb: a
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {{type: object, properties: {{success: {{type: boolean}}}}}}
"""


def test_the_templates_escape_what_they_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even a hostile address that got past the importer is a string in the generated code, never code."""
    bundled = tmp_path / "tiny.openapi.yaml"
    url = HOSTILE_URL + '"""\\'
    bundled.write_text(_tiny_spec(url), encoding="utf-8")
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "pkg" / "tiny_client"
    load_tool("generate").generate(bundled, out)
    monkeypatch.syspath_prepend(str(out.parent))
    api: ModuleType = importlib.import_module("tiny_client.api")
    endpoint: ModuleType = importlib.import_module("tiny_client.api.public.get_v1_a")
    try:
        (operation,) = api.OPERATIONS
        assert operation.docs_url == url
        assert operation.section == 'sec" + str(1) + "'
        assert endpoint.sync.__doc__ is not None and url in endpoint.sync.__doc__
        assert not (tmp_path / "MARKER").exists()
    finally:
        for name in [name for name in sys.modules if name == "tiny_client" or name.startswith("tiny_client.")]:
            del sys.modules[name]
