"""Build the documentation-pages table of one spec from a checkout of Orderly's documentation repository.

Usage: python tools/docs_index.py CHECKOUT SPEC_NAME OUTPUT

Each documentation page (``*.mdx``) that documents an operation says so in its front matter, as
``openapi: orderly.openapi get /v1/positions``; its address is the page's path under
``https://orderly.network/docs/`` without ``.mdx``. The table has one row per page and operation
(``method``, ``path``, ``docs_url``, tab-separated), sorted by path, method and address, which is the
order the importer reads (the first page of an operation becomes its ``externalDocs``).
"""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

DOCS_ROOT = "https://orderly.network/docs/"
#: A documentation address as the generated code may hold it: https, a host, then path segments of
#: letters, digits and ``._~-``. Nothing else (no quote, backslash, space or brace) ever reaches a
#: generated string literal or docstring, whatever a page is named upstream.
PLAIN_URL = re.compile(r"https://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[A-Za-z0-9._~-]+)*/?")
FRONT_MATTER = re.compile(r"\A---\s*\n(?P<body>.*?)\n---", re.DOTALL)
OPENAPI_LINE = re.compile(
    r"^openapi:\s*['\"]?(?P<spec>[\w.-]+)\s+(?P<method>\w+)\s+(?P<path>/\S*?)['\"]?\s*$", re.MULTILINE
)


def page_operations(text: str, spec_name: str) -> list[tuple[str, str]]:
    """``(METHOD, path)`` of the operations a page's front matter names in ``spec_name``."""
    match = FRONT_MATTER.match(text)
    if match is None:
        return []
    return [
        (found["method"].upper(), found["path"])
        for found in OPENAPI_LINE.finditer(match["body"])
        if found["spec"].removesuffix(".yaml") == spec_name.removesuffix(".yaml")
    ]


def plain_url(url: object, where: str) -> str:
    """``url`` if it is a plain documentation address (:data:`PLAIN_URL`); ``ValueError`` otherwise."""
    if not isinstance(url, str) or not PLAIN_URL.fullmatch(url):
        raise ValueError(f"{where}: {url!r} is not a plain https address (letters, digits, ._~- and /): refused")
    return url


def build_index(checkout: Path, spec_name: str) -> list[tuple[str, str, str]]:
    """Every ``(METHOD, path, docs_url)`` of ``spec_name`` documented under ``checkout``, sorted.

    A page whose name would not make a plain address is refused (``ValueError``): the address
    ends up in generated code.
    """
    rows: set[tuple[str, str, str]] = set()
    for page in checkout.rglob("*.mdx"):
        relative = page.relative_to(checkout).with_suffix("").as_posix()
        for method, path in page_operations(page.read_text(encoding="utf-8"), spec_name):
            rows.add((method, path, plain_url(DOCS_ROOT + relative, f"page {relative}.mdx")))
    return sorted(rows, key=lambda row: (row[1], row[0], row[2]))


def render(rows: list[tuple[str, str, str]]) -> str:
    """The table as text: a header and one tab-separated row per page and operation."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(["method", "path", "docs_url"])
    writer.writerows(rows)
    return out.getvalue()


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    checkout, spec_name, output = Path(argv[1]), argv[2], Path(argv[3])
    rows = build_index(checkout, spec_name)
    if not rows:
        print(f"no documentation page of {checkout} names an operation of {spec_name}", file=sys.stderr)
        return 1
    output.write_text(render(rows), encoding="utf-8")
    print(f"wrote {output}: {len(rows)} pages of {spec_name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
