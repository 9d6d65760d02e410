"""Normalise Orderly's published OpenAPI file into the spec this repository bundles.

Usage: python tools/import_spec.py UPSTREAM DOCS_TSV OUTPUT

The output keeps the facts of the upstream file (paths, parameters, schemas, enums,
examples, limits, scopes) and none of its prose: every description in the output is
built here from structured data. Same input, byte-identical output.

What it changes, and why:
- the four request-signing headers are removed from every operation; a signed operation
  declares the ``orderly`` security scheme instead, so no generated function asks for them;
- the free-text rate limit becomes ``x-rate-limit`` (requests, period in seconds, scope),
  the key scope a signed operation needs becomes ``x-orderly-scope``;
- each operation gets ``externalDocs`` from the documentation index;
- references to the undefined ``MetaData`` schema point at ``PaginationMeta``, which
  describes the same ``meta`` object everywhere else in the file;
- properties that are always text but declared a number somewhere (``client_order_id``,
  ``symbol``) become ``string``, so their models type them as ``str``;
- parameters that are whole numbers (ids, timestamps, pages) but declared ``number`` become
  ``integer`` (``x-upstream-type`` keeps the original): as floats they would be sent as
  ``page=1.0`` or ``/v1/order/123.0``.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path
from typing import Any

import yaml

METHODS = ("get", "put", "post", "delete", "patch")

# Header names as upstream spells them, including one misspelling (underscores).
AUTH_HEADERS = frozenset(
    {
        "orderly-timestamp",
        "orderly-account-id",
        "orderly-key",
        "orderly-signature",
        "orderly_timestamp",
        "orderly_account_id",
        "orderly_key",
        "orderly_signature",
    }
)

SECURITY_SCHEME = "orderly"

# Values that are data, not schema: copied as they are, even where they hold a "description" key.
VERBATIM = frozenset({"example", "examples", "enum", "default"})

# "**Limit: 10 requests per 1 second per user per IP address**" and its variants.
LIMIT_RE = re.compile(
    r"Limit:?\s+(?P<n>\d+)\s+requests?\s+per\s+(?:(?P<t>\d+)\s+)?(?P<unit>seconds?|minutes?)"
    r"(?P<scope>(?:\s+per\s+(?:IP address|user|account))*)",
    re.IGNORECASE,
)
SCOPE_RE = re.compile(r"(?:requires|must ha(?:s|ve))\s+`?(read|trading|asset)`?\s+scope", re.IGNORECASE)

UNIT_SECONDS = {"second": 1, "minute": 60}

# Parameters declared `number` that only take whole numbers. Names declared `integer` in some
# other operation are added to these automatically (page, size, start_t, end_t, ...).
WHOLE_NUMBER_PARAMS = frozenset(
    {
        "order_id",
        "trade_id",
        "liquidation_id",
        "stage",
        "stage_id",
        "flag",
        "period_number",
        "created_time_start",
        "created_time_end",
        "update_start_t",
        "update_end_t",
        "x-recv-window",
    }
)

# Every limit phrase seen in the upstream file, for the importer's tests.
KNOWN_LIMIT_SCOPES = {"": "none", "ip": "ip", "user": "user", "account": "account"}


def parse_rate_limit(text: str) -> dict[str, Any] | None:
    """Return ``{requests, period, scope}`` for the first limit phrase in ``text``, if any."""
    match = LIMIT_RE.search(text)
    if match is None:
        return None
    unit = match["unit"].lower().rstrip("s")
    period = int(match["t"] or 1) * UNIT_SECONDS[unit]
    words = match["scope"].lower()
    # A limit "per user per IP address" is counted per user; one process has one IP.
    if "user" in words:
        scope = "user"
    elif "account" in words:
        scope = "account"
    elif "ip address" in words:
        scope = "ip"
    else:
        scope = "none"
    return {"requests": int(match["n"]), "period": period, "scope": scope}


def parse_scope(text: str) -> str | None:
    """Return the key scope an operation's text says it requires, if it says one."""
    match = SCOPE_RE.search(text)
    return match[1].lower() if match else None


def load_docs_index(path: Path) -> dict[tuple[str, str], list[str]]:
    """Map ``(METHOD, path)`` to the operation's documentation URLs, in file order.

    A few operations are documented on more than one page (e.g. a legacy and a multi-level
    referral page); all are kept, the first becomes ``externalDocs``.
    """
    index: dict[tuple[str, str], list[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            urls = index.setdefault((row["method"].upper(), row["path"]), [])
            if row["docs_url"] not in urls:
                urls.append(row["docs_url"])
    return index


class _Loader(yaml.SafeLoader):
    """YAML without implicit dates: ``example: 2024-01-01`` stays the string the API sends."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _is_auth_header(param: dict[str, Any], components: dict[str, Any]) -> bool:
    if "$ref" in param:
        name = param["$ref"].rsplit("/", 1)[-1]
        param = components.get(name, {})
    return param.get("in") == "header" and param.get("name", "").lower() in AUTH_HEADERS


def _strip_prose(node: Any) -> Any:
    """Drop upstream descriptions everywhere below ``node``; keep everything else."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                continue
            if key in VERBATIM:
                out[key] = value
                continue
            if key == "$ref" and value == "#/components/schemas/MetaData":
                out[key] = "#/components/schemas/PaginationMeta"
                continue
            out[key] = _strip_prose(value)
        return out
    if isinstance(node, list):
        return [_strip_prose(item) for item in node]
    return node


# Object properties that hold text wherever the API returns them, though some schemas say number.
TEXT_PROPERTIES = frozenset({"client_order_id", "symbol"})


def _fix_property_types(node: Any) -> None:
    """Declare the :data:`TEXT_PROPERTIES` ``string`` wherever a schema says ``number``."""
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            for name, schema in properties.items():
                if name in TEXT_PROPERTIES and isinstance(schema, dict) and schema.get("type") == "number":
                    schema["type"] = "string"
                    schema["x-upstream-type"] = "number"
        for key, value in node.items():
            if key not in VERBATIM:
                _fix_property_types(value)
    elif isinstance(node, list):
        for item in node:
            _fix_property_types(item)


def _resolved_params(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every parameter object of the spec, inline or in components."""
    found = list(spec.get("components", {}).get("parameters", {}).values())
    for item in spec["paths"].values():
        for key, op in item.items():
            if key in METHODS:
                found += [p for p in op.get("parameters", []) if "$ref" not in p]
    return found


def whole_number_params(spec: dict[str, Any]) -> frozenset[str]:
    """Names of parameters to declare ``integer``: listed above, or ``integer`` somewhere upstream."""
    declared = {p["name"] for p in _resolved_params(spec) if p.get("schema", {}).get("type") == "integer"}
    return WHOLE_NUMBER_PARAMS | declared


def _fix_param_types(params: list[dict[str, Any]], whole: frozenset[str]) -> None:
    for param in params:
        schema = param.get("schema")
        named = "$ref" not in param and param.get("name") in whole
        if named and isinstance(schema, dict) and schema.get("type") == "number":
            schema["type"] = "integer"
            schema["x-upstream-type"] = "number"


def describe(method: str, path: str, op: dict[str, Any]) -> str:
    """Our own description of an operation, built only from its structured facts."""
    lines = [f"`{method.upper()} {path}`", ""]
    if op.get("security"):
        lines.append(f"Signed request; key scope `{op['x-orderly-scope']}`.")
    else:
        lines.append("Public request, no signature.")
    limit = op.get("x-rate-limit")
    if limit:
        per = {"none": "", "ip": " per IP address", "user": " per user", "account": " per account"}
        lines.append(f"Rate limit: {limit['requests']} per {limit['period']} s{per[limit['scope']]}.")
    else:
        lines.append("Rate limit: none documented.")
    if "externalDocs" in op:
        lines.append(f"Docs: {op['externalDocs']['url']}")
    return "\n".join(lines) + "\n"


def normalise_operation(
    method: str,
    path: str,
    op: dict[str, Any],
    components: dict[str, Any],
    docs: dict[tuple[str, str], list[str]],
    *,
    whole: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """Return the bundled form of one operation."""
    text = op.get("description") or ""
    params = op.get("parameters", [])
    kept = [p for p in params if not _is_auth_header(p, components)]
    signed = len(kept) != len(params)

    out: dict[str, Any] = {}
    for key, value in op.items():
        if key == "description":
            continue
        if key == "parameters":
            if kept:
                out["parameters"] = _strip_prose(kept)
                _fix_param_types(out["parameters"], whole)
            continue
        out[key] = _strip_prose(value)

    if signed:
        out["security"] = [{SECURITY_SCHEME: []}]
        stated = parse_scope(text)
        # Unstated: reads need `read`; anything that changes state is assumed to need `trading`.
        out["x-orderly-scope"] = stated or ("read" if method == "get" else "trading")
    else:
        out["security"] = []
    limit = parse_rate_limit(text)
    if limit is not None:
        out["x-rate-limit"] = limit
    urls = docs.get((method.upper(), path), [])
    if urls:
        out["externalDocs"] = {"url": urls[0]}
    if len(urls) > 1:
        out["x-docs-pages"] = urls
    for response in out.get("responses", {}).values():
        if isinstance(response, dict) and "$ref" not in response:
            response["description"] = "OK" if response is out["responses"].get("200") else "Error"
    out["description"] = describe(method, path, out)
    return out


def normalise(spec: dict[str, Any], docs: dict[tuple[str, str], list[str]]) -> dict[str, Any]:
    """Return the bundled spec for an upstream spec."""
    components = spec.get("components", {})
    params = components.get("parameters", {})
    whole = whole_number_params(spec)
    out: dict[str, Any] = {
        "openapi": spec["openapi"],
        "info": {
            "title": "Orderly",
            "version": str(spec["info"]["version"]),
            "description": "Orderly Network REST API, normalised from the published spec by tools/import_spec.py.",
        },
        "servers": [
            {"url": "https://api.orderly.org", "description": "mainnet"},
            {"url": "https://testnet-api.orderly.org", "description": "testnet"},
        ],
        "tags": [{"name": t["name"]} for t in spec.get("tags", [])],
        "paths": {},
    }
    for path, item in spec["paths"].items():
        new_item: dict[str, Any] = {}
        for key, value in item.items():
            if key in METHODS:
                new_item[key] = normalise_operation(key, path, value, params, docs, whole=whole)
            elif key not in ("description", "summary"):
                new_item[key] = _strip_prose(value)
        out["paths"][path] = new_item

    new_components = _strip_prose(components)
    new_components["parameters"] = {
        name: value for name, value in new_components.get("parameters", {}).items() if not _is_auth_header(value, {})
    }
    _fix_param_types(list(new_components["parameters"].values()), whole)
    new_components["securitySchemes"] = {
        SECURITY_SCHEME: {
            "type": "apiKey",
            "in": "header",
            "name": "orderly-signature",
            "description": (
                "ed25519 signature over timestamp + METHOD + path + ?query + body, with headers "
                "orderly-timestamp, orderly-account-id, orderly-key and orderly-signature; "
                "added by orderly_auth, never passed by the caller."
            ),
        }
    }
    out["components"] = new_components
    _fix_property_types(out)
    return out


class _Dumper(yaml.SafeDumper):
    """Block-style YAML with no anchors, so the output diffs line by line."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_presenter)


def dump(spec: dict[str, Any]) -> str:
    """Serialise deterministically."""
    header = "# Generated by tools/import_spec.py from Orderly's published spec: edit the importer, not this file.\n"
    return header + yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)


def load_yaml(text: str) -> Any:
    """Parse a spec as this importer reads it: safe YAML, dates left as text."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 (a SafeLoader subclass)


def import_file(upstream: Path, docs_tsv: Path) -> str:
    """The bundled spec's text for an upstream spec file and its documentation index."""
    return dump(normalise(load_yaml(upstream.read_text(encoding="utf-8")), load_docs_index(docs_tsv)))


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    upstream, docs_tsv, output = (Path(a) for a in argv[1:])
    text = import_file(upstream, docs_tsv)
    output.write_text(text, encoding="utf-8")
    result = yaml.safe_load(text)
    ops = sum(1 for item in result["paths"].values() for key in item if key in METHODS)
    print(f"wrote {output}: {ops} operations, {len(result['components']['schemas'])} schemas")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
