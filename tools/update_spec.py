"""``make spec``: import an upstream spec into the bundled one, with its repairs summary and API changelog.

Usage: python tools/update_spec.py [--api main|sv] [--report MD] [--changes MD] UPSTREAM DOCS_TSV OUTPUT

The import is ``tools/import_spec.py``; ``--report`` writes the summary of the repairs made,
``--changes`` the API changelog (``tools/api_changes.py``) when OUTPUT changes. The two modules it
joins never import each other the other way: api_changes reads specs through the importer, and the
importer knows nothing of the changelog. What no repair rule covers, and an overlay entry or correction
upstream changed under, stop the import with a message (exit status 1) and write nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import api_changes
import import_spec
import names
import overlay
import repairs
import yaml

__all__ = ["main"]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Normalise an upstream spec into the bundled spec.")
    parser.add_argument("upstream", type=Path)
    parser.add_argument("docs_tsv", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--api", choices=sorted(import_spec.APIS), default="main")
    parser.add_argument("--report", type=Path, help="write the repairs summary (Markdown) here")
    parser.add_argument("--changes", type=Path, help="when OUTPUT changes, write the API changelog (Markdown) here")
    args = parser.parse_args(argv[1:])
    try:
        text, log = import_spec.import_bundle(args.upstream, args.docs_tsv, args.api)
    except (
        repairs.UnrepairableSpecError,
        import_spec.StaleCorrectionError,
        overlay.StaleOverlayError,
        names.StaleModelNameError,
    ) as exc:
        print(f"import stopped: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    old = args.output.read_text(encoding="utf-8") if args.output.is_file() else None
    if args.changes is not None and old is not None and old != text:
        report = api_changes.report(import_spec.load_yaml(old), import_spec.load_yaml(text))
        args.changes.write_text(report, encoding="utf-8")
        print(f"wrote {args.changes}")
    args.output.write_text(text, encoding="utf-8")
    summary = log.summary(f"Repairs of the upstream {import_spec.APIS[args.api].title} spec")
    if args.report is not None:
        args.report.write_text(summary, encoding="utf-8")
    result = yaml.safe_load(text)
    ops = sum(1 for item in result["paths"].values() for key in item if key in import_spec.METHODS)
    print(f"wrote {args.output}: {ops} operations, {len(result['components']['schemas'])} schemas")
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
