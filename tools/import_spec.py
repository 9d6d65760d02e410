"""Normalise Orderly's published OpenAPI file into the spec this repository bundles.

Run by ``make spec`` through ``tools/update_spec.py`` (which also writes the repairs summary and the
API changelog); this module is the import itself, and imports nothing of the changelog's.

The output keeps the facts of the upstream file (paths, parameters, schemas, enums,
examples, limits, scopes) and none of its prose: every description in the output is
built here from structured data. Same input, byte-identical output. ``api="sv"`` imports
the Strategy Vault spec (its own servers, no overlay).
What no repair rule covers, and an overlay entry or correction upstream changed under, stop
the import with a message (exit status 1) and write nothing.

What it changes, and why:
- the four request-signing headers are removed from every operation; a signed operation
  declares the ``orderly`` security scheme instead, so no generated function asks for them;
- the free-text rate limit becomes ``x-rate-limit`` (requests, period in seconds, scope),
  the key scope a signed operation needs becomes ``x-orderly-scope``;
- ``x-orderly-resend-safe`` says whether a second copy of a request, sent after a failure that
  may have been processed, cannot act twice (:func:`resend_safe`): the retry policy reads it;
- each operation gets ``externalDocs`` from the documentation index (the first of its pages;
  ``x-docs-pages`` lists all of them where there are several);
- defects of a known kind are repaired wherever they appear, each recorded in a summary
  (``tools/repairs.py``: dangling references, signing headers declared as parameters and
  misspelt, whole numbers declared ``number``, rate limits in other wordings, examples);
- the reviewed overlay (``tools/overlay.yaml``, applied by ``tools/overlay.py``) corrects what
  real clients show the spec gets wrong, each entry with its evidence;
- properties that are always text but declared a number somewhere (``client_order_id``,
  ``symbol``) become ``string``, so their models type them as ``str``;
- parameters that are whole numbers (ids, timestamps, pages) but declared ``number`` become
  ``integer`` (``x-upstream-type`` keeps the original): as floats they would be sent as
  ``page=1.0`` or ``/v1/order/123.0``.

Examples are made to fit the schema they belong to, by these rules (``fit_examples``), at any
depth of an example (properties, items, ``allOf`` parts and references are followed):
- a parameter's ``example: ''`` is upstream's "no example"; it is dropped where ``''`` is not a
  value of the parameter (not a string, or an enum without ``''``);
- text that spells a value of the declared type exactly becomes that value: ``'10'`` for an
  integer or number is ``10``, ``'1.5'`` for a number is ``1.5`` (only when reading the float
  back gives the same decimal), ``'False'`` / ``'true'`` for a boolean is ``false`` / ``true``;
- where the importer retyped a number as ``string`` (``x-upstream-type``), a number example
  becomes its JSON text: ``1`` is ``"1"``;
- ``example: null`` on a schema that is not ``nullable`` means the API sends null there: the schema
  becomes ``nullable: true``, so the generated model accepts None instead of failing on a real
  answer. (Upstream, each is a value that does not exist yet: ``executed_time`` and
  ``trigger_by`` of a pending withdrawal, ``liquidation_id`` of a position never liquidated,
  ``30d`` of a market younger than 30 days.)
Upstream is read as YAML 1.2 reads numbers: ``1.0008662996861E7`` is a float, not the text
YAML 1.1 makes of an exponent without a sign.

What no rule covers is one row of :data:`CORRECTIONS`, each with its reason; a row names what
upstream has at its place, and the import stops when upstream no longer has it, so a fixed or
moved upstream example is never corrected twice.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as _field
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

import names as names_mod
import overlay as overlay_mod
import repairs
import yaml
from docs_index import plain_url
from repairs import RepairLog

METHODS = ("get", "put", "post", "delete", "patch")

SECURITY_SCHEME = "orderly"

# Values that are data, not schema: copied as they are, even where they hold a "description" key.
VERBATIM = frozenset({"example", "examples", "enum", "default"})

# Mappings whose keys are names (of properties, schemas, paths, status codes, media types...), not
# keywords: a property named ``default`` or ``example`` is a schema like any other.
NAME_MAPS = frozenset(
    {"properties", "schemas", "parameters", "responses", "requestBodies", "headers", "content", "paths"}
    | {"securitySchemes"}
)

# "**Limit: 10 requests per 1 second per user per IP address**" and its variants.
LIMIT_RE = re.compile(
    r"Limit:?\s+(?P<n>\d+)\s+requests?\s+per\s+(?:(?P<t>\d+)\s+)?(?P<unit>seconds?|minutes?)"
    r"(?P<scope>(?:\s+per\s+(?:IP address|user|account))*)",
    re.IGNORECASE,
)
SCOPE_RE = re.compile(r"(?:requires|must ha(?:s|ve))\s+`?(read|trading|asset)`?\s+scope", re.IGNORECASE)

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
    """``{requests, period, scope}`` of the first limit phrase in ``text``, if any (read by ``repairs.limit_of``)."""
    match = LIMIT_RE.search(text)
    return None if match is None else repairs.limit_of(match)


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
        for number, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            urls = index.setdefault((row["method"].upper(), row["path"]), [])
            url = plain_url(row["docs_url"], f"{path.name} line {number}")  # it becomes code: refuse anything else
            if url not in urls:
                urls.append(url)
    return index


class _Loader(yaml.SafeLoader):
    """YAML without implicit dates: ``example: 2024-01-01`` stays the string the API sends."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
# YAML 1.2 (and JSON) floats that YAML 1.1 reads as text: an exponent without a sign, or no dot.
YAML12_FLOAT = re.compile(r"^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][-+]?[0-9]+$")
_Loader.add_implicit_resolver("tag:yaml.org,2002:float", YAML12_FLOAT, list("-+0123456789."))


def _is_auth_header(param: dict[str, Any], components: dict[str, Any]) -> bool:
    if "$ref" in param:
        name = param["$ref"].rsplit("/", 1)[-1]
        param = components.get(name, {})
    name = param.get("name", "")
    return param.get("in") == "header" and repairs.auth_header(name) is not None


def _log_auth_headers(where: str, params: list[dict[str, Any]], components: dict[str, Any], log: RepairLog) -> None:
    """Record the signing headers of one operation that are declared inline or spelt otherwise."""
    for param in params:
        declared = components.get(param["$ref"].rsplit("/", 1)[-1], {}) if "$ref" in param else param
        name = declared.get("name", "")
        canonical = repairs.auth_header(name)
        if name.lower() != canonical:
            log.add("auth-header", where, f"`{name}` is the signing header `{canonical}`: spelt otherwise")
        if "$ref" not in param:
            log.add("auth-header", where, "signing headers declared inline: the `orderly` security scheme instead")
            break


def _strip_prose(node: Any, names: bool = False) -> Any:
    """Drop upstream descriptions everywhere below ``node``; keep everything else.

    ``names``: ``node`` is a mapping of names (see :data:`NAME_MAPS`), each value an object.
    """
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if not names:
                if key == "description" and isinstance(value, str):
                    continue
                if key in VERBATIM:
                    out[key] = value
                    continue
            out[key] = _strip_prose(value, names=not names and key in NAME_MAPS)
        return out
    if isinstance(node, list):
        return [_strip_prose(item) for item in node]
    return node


def objects(node: Any, names: bool = False) -> Iterator[dict[str, Any]]:
    """Every OpenAPI object (schema, parameter, media type...) below ``node``, itself included.

    Data (examples, enums, defaults) is not looked into; mappings of names are passed through.
    """
    if isinstance(node, list):
        for item in node:
            yield from objects(item)
    elif isinstance(node, dict):
        if not names:
            yield node
        for key, value in node.items():
            if names or key not in VERBATIM:
                yield from objects(value, names=not names and key in NAME_MAPS)


# Object properties that hold text wherever the API returns them, though some schemas say number.
TEXT_PROPERTIES = frozenset({"client_order_id", "symbol"})


def _fix_property_types(spec: dict[str, Any]) -> None:
    """Declare the :data:`TEXT_PROPERTIES` ``string`` wherever a schema says ``number``."""
    for node in objects(spec):
        properties = node.get("properties")
        if isinstance(properties, dict):
            for name, schema in properties.items():
                if name in TEXT_PROPERTIES and isinstance(schema, dict) and schema.get("type") == "number":
                    schema["type"] = "string"
                    schema["x-upstream-type"] = "number"


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


def _fix_param_types(
    params: list[dict[str, Any]], whole: frozenset[str], where: str = "", log: RepairLog | None = None
) -> None:
    for param in params:
        schema = param.get("schema")
        name = param.get("name", "")
        named = "$ref" not in param and (name in whole or repairs.is_whole_number_name(name))
        if named and isinstance(schema, dict) and schema.get("type") == "number":
            schema["type"] = "integer"
            schema["x-upstream-type"] = "number"
            if log is not None:
                log.add("whole-number", where or name, f"`{name}` only takes whole numbers: `integer`")


# --- examples ---------------------------------------------------------------------------------

INTEGER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)")
DECIMAL_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


def _deref(schema: Any, spec: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with its (local) references followed; ``{}`` for anything that is not a schema."""
    seen = 0
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 32:
        schema, seen = resolve_pointer(spec, schema["$ref"].removeprefix("#")), seen + 1
    return schema if isinstance(schema, dict) else {}


def _parts(schema: dict[str, Any], spec: dict[str, Any]) -> list[dict[str, Any]]:
    """``schema`` and, recursively, its ``allOf`` parts, references followed."""
    out = [schema]
    for part in schema.get("allOf", []):
        out += _parts(_deref(part, spec), spec)
    return out


def fit_example(value: Any, schema: Any, spec: dict[str, Any]) -> Any:
    """``value`` converted to ``schema``'s types where a rule of the module docstring says how.

    Anything no rule converts is returned as it is (``fit_examples`` does not guess).
    """
    parts = _parts(_deref(schema, spec), spec)
    if isinstance(value, dict):
        properties: dict[str, Any] = {}
        extra: Any = None
        for part in parts:
            if isinstance(part.get("properties"), dict):
                properties.update(part["properties"])
            if isinstance(part.get("additionalProperties"), dict):
                extra = part["additionalProperties"]
        return {k: fit_example(v, properties.get(k, extra), spec) for k, v in value.items()}
    if isinstance(value, list):
        items = next((p["items"] for p in parts if "items" in p), None)
        return [fit_example(v, items, spec) for v in value]
    types = {p["type"] for p in parts if isinstance(p.get("type"), str)}
    if len(types) != 1:
        return value
    (kind,) = types
    if isinstance(value, str):
        if kind in ("integer", "number") and INTEGER_TEXT.fullmatch(value):
            return int(value)
        if kind == "number" and DECIMAL_TEXT.fullmatch(value) and Decimal(repr(float(value))) == Decimal(value):
            return float(value)
        if kind == "boolean" and value.lower() in ("true", "false"):
            return value.lower() == "true"
    elif (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and kind == "string"
        and any(p.get("x-upstream-type") in ("number", "integer") for p in parts)
    ):
        return json.dumps(value)
    return value


def _empty_is_a_value(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "string" and "" in schema.get("enum", [""])


def fit_examples(spec: dict[str, Any]) -> None:
    """Make every example of ``spec`` fit its schema by the rules of the module docstring (in place)."""
    for node in list(objects(spec)):
        if "schema" in node and isinstance(node.get("examples"), dict):  # named examples of a media type
            for named in node["examples"].values():
                if isinstance(named, dict) and "value" in named:
                    named["value"] = fit_example(named["value"], node["schema"], spec)
        if "example" not in node:
            continue
        if "schema" in node:  # a parameter, a header or a media type
            schema = _deref(node["schema"], spec)
            if "in" in node and node["example"] == "" and not _empty_is_a_value(schema):
                del node["example"]
            else:
                node["example"] = fit_example(node["example"], schema, spec)
        elif node["example"] is None:
            if "$ref" not in node and not node.get("nullable"):
                node["nullable"] = True
        else:
            node["example"] = fit_example(node["example"], node, spec)


def resolve_pointer(spec: Any, pointer: str) -> Any:
    """The node at a JSON pointer (``/paths/~1v1~1order/get``); ``KeyError`` when there is none."""
    node = spec
    for token in pointer.split("/")[1:]:
        key = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        elif isinstance(node, dict) and key in node:
            node = node[key]
        else:
            raise KeyError(pointer)
    return node


class StaleCorrectionError(ValueError):
    """A row of :data:`CORRECTIONS` no longer matches the upstream spec: review it."""


@dataclass(frozen=True)
class Retype:
    """The schema's type is ``was`` upstream and ``now`` here (``x-upstream-type`` keeps ``was``)."""

    was: str
    now: str
    nullable: bool = False


@dataclass(frozen=True)
class DropExample:
    """The schema's example is ``was`` upstream, a value of no meaning here; it goes."""

    was: Any


@dataclass(frozen=True)
class RewordExample:
    """The schema's example is upstream prose; ``now`` says the same kind of thing in our words."""

    was: str
    now: str


@dataclass(frozen=True)
class MoveExample:
    """The schema's example belongs to the schema at the relative pointer ``to``."""

    to: str


@dataclass(frozen=True)
class SplitExample:
    """The media type's schema example is a list of alternative bodies: each becomes one of the
    media type's named ``examples``, named by its ``by`` value."""

    by: str


Correction = Retype | DropExample | RewordExample | MoveExample | SplitExample

_VAULT_ROW = "/components/schemas/GetAccountStrategyVaultTransactionHistory/allOf/1/properties/data/properties/rows"
_FEES = "/components/schemas/GetDefaultBrokerFeesResponse/allOf/1/properties/data/properties"
_AGGREGATE = "/components/schemas/{}/allOf/1/properties/data"
_REFERRAL_ROW = "/components/schemas/GetReferralCodeResponse/allOf/1/properties/data/properties/rows"
_FEE_WHY = "fee rates are numbers in the example, in the POST body that sets them and in every other schema"
_TIME_WHY = "a millisecond timestamp: a number in the example and in every other order schema"
_AMOUNT_WHY = "an amount (examples 100.0, 88.009), null until the transaction completes"

# Where upstream's schema and its example disagree and no rule decides: JSON pointer -> correction, reason.
CORRECTIONS: dict[str, tuple[Correction, str]] = {
    _AGGREGATE.format("AggregatePositionsResponse"): (
        MoveExample("properties/rows"),
        "the example is the list of rows, given for `data` instead of `data.rows`",
    ),
    _AGGREGATE.format("AggregateHoldingResponse"): (
        MoveExample("properties/rows"),
        "the example is the list of rows, given for `data` instead of `data.rows`",
    ),
    "/paths/~1v1~1algo~1order/post/requestBody/content/application~1json": (
        SplitExample("algo_type"),
        "one list of three alternative bodies (BRACKET, TP_SL, POSITIONAL_TP_SL) for a one-order body",
    ),
    "/components/schemas/AlgoOrder/properties/created_time": (Retype("string", "integer"), _TIME_WHY),
    "/components/schemas/AlgoOrder/properties/updated_time": (Retype("string", "integer"), _TIME_WHY),
    f"{_FEES}/maker_fee_rate": (Retype("string", "number"), _FEE_WHY),
    f"{_FEES}/taker_fee_rate": (Retype("string", "number"), _FEE_WHY),
    f"{_FEES}/rwa_taker_fee_rate": (Retype("string", "number"), _FEE_WHY),
    f"{_FEES}/rwa_maker_fee_rate": (Retype("string", "number"), _FEE_WHY),
    "/components/schemas/VerifyReferralCodeResponse/allOf/1/properties/data/properties/exist": (
        Retype("string", "boolean"),
        "whether a code exists: the example is the boolean true",
    ),
    f"{_VAULT_ROW}/items/properties/amount_change": (Retype("integer", "number", nullable=True), _AMOUNT_WHY),
    f"{_VAULT_ROW}/items/properties/shares_change": (Retype("integer", "number", nullable=True), _AMOUNT_WHY),
    "/components/schemas/GetAnnouncementsResponse/allOf/1/properties/data/properties/rows/items/properties/message": (
        RewordExample(
            "Position information is incorrect due to a 1-minute delay.", "Positions are shown with a delay."
        ),
        "an announcement's text is upstream prose: the bundled spec keeps facts, not sentences",
    ),
    f"{_REFERRAL_ROW}/items/properties/total_invites": (
        DropExample(0.03),
        "a count of invites can not be 0.03 (a rate's example, copied)",
    ),
}


# The same, for the Strategy Vault spec.
SV_CORRECTIONS: dict[str, tuple[Correction, str]] = {
    "/components/schemas/VaultInfoResponse/allOf/1/properties/data/properties/rows/items/properties/description": (
        RewordExample(
            "Earn passive yields effortlessly, no trading expertise required. Deposit...",
            "A vault run by a strategy provider.",
        ),
        "a vault's description is upstream prose: the bundled spec keeps facts, not sentences",
    ),
}


def apply_correction(spec: dict[str, Any], pointer: str, correction: Correction) -> None:
    """Apply one row of :data:`CORRECTIONS` (in place); :class:`StaleCorrectionError` if upstream changed there."""
    try:
        node = resolve_pointer(spec, pointer)
    except KeyError:
        raise StaleCorrectionError(f"{pointer}: not in the spec") from None

    def stale(what: str) -> StaleCorrectionError:
        return StaleCorrectionError(f"{pointer}: {what} ({correction})")

    match correction:
        case Retype(was, now, nullable):
            if node.get("type") != was or "x-upstream-type" in node:
                raise stale(f"type is {node.get('type')!r}")
            node["type"] = now
            node["x-upstream-type"] = was
            if nullable:
                node["nullable"] = True
        case DropExample(was):
            if "example" not in node or node["example"] != was or type(node["example"]) is not type(was):
                raise stale(f"example is {node.get('example', '(none)')!r}")
            del node["example"]
        case RewordExample(was, now):
            if node.get("example") != was:
                raise stale(f"example is {node.get('example', '(none)')!r}")
            node["example"] = now
        case MoveExample(to):
            try:
                target = resolve_pointer(node, f"/{to}")
            except KeyError:
                raise stale(f"no {to}") from None
            if "example" not in node or "example" in target:
                raise stale("no example to move, or one where it goes")
            target["example"] = node.pop("example")
        case SplitExample(by):
            schema = node.get("schema", {})
            found = schema.get("example")
            names = [item.get(by) for item in found] if isinstance(found, list) else []
            if not names or not all(isinstance(n, str) for n in names) or len(set(names)) != len(names):
                raise stale(f"the schema example is not a list of bodies with distinct {by!r}")
            if "examples" in node or "example" in node:
                raise stale("the media type has examples already")
            node["examples"] = {name: {"value": item} for name, item in zip(names, schema.pop("example"), strict=True)}


def apply_corrections(spec: dict[str, Any], corrections: dict[str, tuple[Correction, str]] | None = None) -> None:
    """Apply every row of ``corrections`` (default :data:`CORRECTIONS`) to ``spec``, in place."""
    for pointer, (correction, _why) in (CORRECTIONS if corrections is None else corrections).items():
        apply_correction(spec, pointer, correction)


def _param(param: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in param:
        found = components.get(param["$ref"].rsplit("/", 1)[-1], {})
        return found if isinstance(found, dict) else {}
    return param


def resend_safe(method: str, op: dict[str, Any], components: dict[str, Any]) -> bool:
    """Whether a repeat of ``op``, sent after a failure that may have been processed, cannot act twice.

    GET only reads: safe. POST, PUT and PATCH never are. A DELETE is safe when it names one object
    by a required, single id (``order_id``, ``client_order_id``, ...): a repeat finds it gone. A
    DELETE that selects by a filter or a list (cancel all, all of a symbol, batch cancels) is not:
    orders placed by other tasks between the two copies would be cancelled by the repeat. Only
    path and query parameters count (upstream spells a signing header ``orderly_account_id``).
    """
    if method == "get":
        return True
    if method != "delete":
        return False
    params = [q for q in (_param(p, components) for p in op.get("parameters", [])) if q.get("in") in ("path", "query")]
    if "requestBody" in op or any(str(p.get("name", "")).endswith("_ids") for p in params):
        return False
    return any(
        p.get("required") is True
        and (p.get("name") == "id" or str(p.get("name", "")).endswith("_id"))
        and p.get("schema", {}).get("type") != "array"
        for p in params
    )


def mark_resend_safe(spec: dict[str, Any]) -> None:
    """Set ``x-orderly-resend-safe`` on every operation of the bundled ``spec`` (:func:`resend_safe`), in place.

    A pass over the finished spec, so that it sees every operation and parameter as bundled.
    """
    components = spec.get("components", {}).get("parameters", {})
    for item in spec["paths"].values():
        for method, op in item.items():
            if method in METHODS:
                op["x-orderly-resend-safe"] = resend_safe(method, op, components)


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
    log: RepairLog | None = None,
) -> dict[str, Any]:
    """Return the bundled form of one operation."""
    log = RepairLog() if log is None else log
    where = f"{method.upper()} {path}"
    text = op.get("description") or ""
    params = op.get("parameters", [])
    kept = [p for p in params if not _is_auth_header(p, components)]
    signed = len(kept) != len(params)
    _log_auth_headers(where, [p for p in params if p not in kept], components, log)

    out: dict[str, Any] = {}
    for key, value in op.items():
        if key == "description":
            continue
        if key == "parameters":
            if kept:
                out["parameters"] = _strip_prose(kept)
                _fix_param_types(out["parameters"], whole, where, log)
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
    if limit is None:
        limit = repairs.read_limit_wording(text, where, log)
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


@dataclass(frozen=True)
class Api:
    """One upstream API: what its bundled spec says about itself, and the corrections made to it.

    ``overlay``: the reviewed overlay file (next to this module) or None; ``corrections``: its
    table of example corrections (:data:`CORRECTIONS` for the main spec).
    """

    title: str
    description: str
    servers: tuple[tuple[str, str], ...]
    overlay: str | None = None
    corrections: dict[str, tuple[Correction, str]] = _field(default_factory=dict)
    names: str = "main"  # its table in tools/names.yaml


MAIN_API = Api(
    "Orderly",
    "Orderly Network REST API, normalised from the published spec by tools/import_spec.py.",
    (("https://api.orderly.org", "mainnet"), ("https://testnet-api.orderly.org", "testnet")),
    overlay="overlay.yaml",
    corrections=CORRECTIONS,
)
SV_API = Api(
    "Orderly Strategy Vault",
    "Orderly Strategy Vault public REST API, normalised from the published spec by tools/import_spec.py.",
    (("https://api-sv.orderly.org", "mainnet"), ("https://testnet-api-sv.orderly.org", "testnet")),
    corrections=SV_CORRECTIONS,
    names="sv",
)
APIS = {"main": MAIN_API, "sv": SV_API}


# --- docs sections and field facts (for finding operations and documenting fields) ----------------

# The docs section of an operation, first match wins. The documentation table's URLs only say public,
# private or strategy vault (their folder); the section comes from the operation's path, read with the
# page's folder: ``(section, pattern over "METHOD /path docs-folder/")``.
DOCS_SECTIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (section, re.compile(pattern))
    for section, pattern in (
        ("admin", r" /v1/admin/"),
        ("strategy vault", r"(/v1/sv[/_]|/v1/public/sv_|_sv_| strategy-vault/)"),
        ("referral", r"/referral"),
        ("broker", r"(/broker|/v1/public/(balance|volume)/stats|/v1/public/futures_market|/v1/public/chain_info)"),
        ("rewards", r"(/campaign|/points|/staking|/distribution_history)"),
        ("notifications", r"/v1/notification/"),
        (
            "orders",
            r" /v1/(order|orders|batch-order|client/order|client/batch-order|algo|trades?"
            r"|client/maintenance_config)\b",
        ),
        (
            "positions",
            r" /v1/(position|positions|positions_lite|position_history|position_margin|liquidations?"
            r"|client/liquidator_liquidations|client/aggregate/positions|funding_fee|client/leverages?"
            r"|client/margin_modes?|claim_insurance_fund)\b",
        ),
        (
            "assets",
            r" /v[12]/(asset|client/holding|client/aggregate/holding|client/asset|withdraw|internal_transfer"
            r"|settle_pnl|settle_nonce|transfer_nonce|withdraw_nonce|pnl_settlement|faucet|delegate_settle_pnl"
            r"|delegate_withdraw_request|sub_account_settle_pnl)",
        ),
        ("system", r" /v1/(public/system_info|public/announcement|ip_info)\b"),
        ("account", r" /v1/public/account\b"),
        ("market data", r" /v1/(public/|kline|orderbook|tv/)"),
        ("account", r" /v1/"),
    )
)


def docs_section(method: str, path: str, urls: list[str]) -> str:
    """The docs section an operation belongs to (orders, positions, assets, account, market data...)."""
    folder = urls[0].partition("/docs/")[2].rpartition("/")[0] if urls else ""  # strategy-vault/strategy-fund/public
    key = f"{method.upper()} {path} {folder}/"
    for section, pattern in DOCS_SECTIONS:
        if pattern.search(key):
            return section
    return "other"


def check_docs_urls(spec: dict[str, Any]) -> None:
    """Refuse any operation's documentation address that is not plain (the overlay's included): it becomes code."""
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                where = f"{method.upper()} {path}"
                for url in [op.get("externalDocs", {}).get("url"), *op.get("x-docs-pages", [])]:
                    if url is not None:
                        plain_url(url, where)


def add_docs_sections(spec: dict[str, Any], docs: dict[tuple[str, str], list[str]]) -> None:
    """Give every operation ``x-docs-section`` (in place)."""
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                op["x-docs-section"] = docs_section(method, path, docs.get((method.upper(), path), []))


TIME_NAME = re.compile(r"(?:^|_)(?:time|timestamp|date|t)$")
EPOCH_UNITS = (("milliseconds", 10**11, 10**14), ("seconds", 10**8, 10**11))


def epoch_unit(name: str, example: Any) -> str | None:
    """``milliseconds`` or ``seconds`` for a time-named field whose example is an epoch count of those."""
    if not TIME_NAME.search(name) or isinstance(example, bool) or not isinstance(example, int | float):
        return None
    for unit, low, high in EPOCH_UNITS:
        if low <= example < high:
            return unit
    return None


class Field(NamedTuple):
    """A property or a parameter: its name, its schema, and its example (a parameter's own, else the schema's)."""

    name: str
    schema: dict[str, Any]
    example: Any
    parameter_example: Any = None  # a parameter's own example: the generated docstring would not show it


def _fields(spec: dict[str, Any]) -> Iterator[Field]:
    """Every property and parameter of ``spec`` with an inline schema (references are not followed)."""
    for node in list(objects(spec)):
        if isinstance(node.get("properties"), dict):
            for name, schema in node["properties"].items():
                if isinstance(schema, dict) and "$ref" not in schema:
                    yield Field(name, schema, schema.get("example"))
        if isinstance(node.get("name"), str) and "in" in node and isinstance(node.get("schema"), dict):
            schema = node["schema"]
            if "$ref" not in schema:
                own = node.get("example") if "example" not in schema else None
                yield Field(node["name"], schema, node.get("example", schema.get("example")), own)


def field_facts(field: Field, units: dict[str, str]) -> str:
    """Our description of a field: its unit or format, from its example or the field's name elsewhere."""
    unit = epoch_unit(field.name, field.example) or units.get(field.name)
    facts = []
    if unit is not None and field.schema.get("type") in ("integer", "number"):
        facts.append(f"Unit: {unit} since the Unix epoch.")
    elif field.schema.get("format") == "date":
        facts.append("Format: date, YYYY-MM-DD.")
    elif field.schema.get("format") == "date-time":
        facts.append("Format: date and time, ISO 8601.")
    if field.parameter_example not in (None, ""):
        facts.append(f"Example: {json.dumps(field.parameter_example, ensure_ascii=False)}.")
    return " ".join(facts)


def describe_fields(spec: dict[str, Any]) -> None:
    """Describe every property and parameter whose unit or format the spec's facts give (in place).

    A time field's unit comes from its example; a field without one takes the unit that every example
    of its name agrees on elsewhere in the spec.
    """
    seen: dict[str, set[str | None]] = {}
    fields = list(_fields(spec))
    for field in fields:
        if field.example is not None and TIME_NAME.search(field.name):
            seen.setdefault(field.name, set()).add(epoch_unit(field.name, field.example))
    units = {name: unit for name, found in seen.items() if len(found) == 1 for unit in found if unit is not None}
    for field in fields:
        text = field_facts(field, units)
        if text:
            field.schema["description"] = text


def normalise(
    spec: dict[str, Any],
    docs: dict[tuple[str, str], list[str]],
    *,
    corrections: dict[str, tuple[Correction, str]] | None = None,
    overlay: list[overlay_mod.Entry] | None = None,
    log: RepairLog | None = None,
    api: Api = MAIN_API,
) -> dict[str, Any]:
    """Return the bundled spec for an upstream spec (``corrections``: default :data:`CORRECTIONS`).

    ``overlay``: the reviewed corrections applied after upstream (none by default); ``log`` collects
    the repairs made. ``spec`` itself is not changed.
    """
    log = RepairLog() if log is None else log
    spec = repairs.snapshot(spec)
    repairs.repair_dangling_refs(spec, log)
    repairs.repair_required_alternatives(spec, log)
    components = spec.get("components", {})
    params = components.get("parameters", {})
    whole = whole_number_params(spec)
    out: dict[str, Any] = {
        "openapi": spec["openapi"],
        "info": {
            "title": api.title,
            "version": str(spec["info"]["version"]),
            "description": api.description,
        },
        "servers": [{"url": url, "description": name} for url, name in api.servers],
        "tags": [{"name": t["name"]} for t in spec.get("tags", [])],
        "paths": {},
    }
    for path, item in spec["paths"].items():
        new_item: dict[str, Any] = {}
        for key, value in item.items():
            if key in METHODS:
                new_item[key] = normalise_operation(key, path, value, params, docs, whole=whole, log=log)
            elif key not in ("description", "summary"):
                new_item[key] = _strip_prose(value)
        out["paths"][path] = new_item

    new_components = _strip_prose(components)
    new_components["parameters"] = {
        name: value for name, value in new_components.get("parameters", {}).items() if not _is_auth_header(value, {})
    }
    for name, param in new_components["parameters"].items():
        _fix_param_types([param], whole, f"/components/parameters/{name}", log)
    signed = any(op.get("security") for item in out["paths"].values() for op in item.values() if isinstance(op, dict))
    new_components["securitySchemes"] = (
        {}
        if not signed
        else {
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
    )
    out["components"] = new_components
    _fix_property_types(out)
    apply_corrections(out, corrections)
    if overlay:
        overlay_mod.apply_overlay(out, overlay, docs=docs, describe=describe)
    # After the overlay, so that the fields it adds are typed by the same rules.
    decide_number_types(out)
    add_closed_sets(out)
    # Facts recorded from the live main API, rows like CORRECTIONS: a spec normalised without those gets neither.
    if api is MAIN_API and (corrections is None or corrections is CORRECTIONS):
        add_recorded_shapes(out)
    before = repairs.snapshot(out)
    fit_examples(out)
    repairs.log_example_fits(before, out, log)
    check_docs_urls(out)
    add_docs_sections(out, docs)
    names_mod.add_names(out, api.names)  # after the sections: a name the review misses is derived from its section
    describe_fields(out)
    # The reviewed model names, after the fields are described (the named schemas keep it all); on a bundle
    # proper only, as the recorded shapes: an upstream version read without corrections only to compare
    # (tools/api_changes.py) may lack a place, and a name changes nothing on the wire.
    if corrections is None or corrections is api.corrections:
        names_mod.name_models(out, api.names)
    mark_resend_safe(out)  # last: it reads the operations as bundled
    return out


# --- exact numbers, ids and closed sets ---------------------------------------------------------
# Every `number` left in the bundled spec is money or a ratio, generated as Decimal (tools/generate.py);
# whole numbers are `integer` (Python int, exact at any size). Decided here, by name, for every schema.

# Whole numbers by name: one rule for parameters and properties (tools/repairs.py).
is_whole_number_name = repairs.is_whole_number_name

# Kinds of id with one type in paths, queries, bodies and answers, whatever upstream declares at each place.
ID_TYPES = {
    "order_id": "integer",
    "algo_order_id": "integer",
    "parent_algo_order_id": "integer",
    "root_algo_order_id": "integer",
    "trade_id": "integer",
    "client_order_id": "string",
}

# Query parameters that take a comma-separated list: declared arrays of their id type, sent as ``1,2,3``.
ID_LISTS = {"order_ids": "integer", "client_order_ids": "string"}


# Money by name: an ``integer`` of such a name is a ``number`` (``min_notional: 1`` can be 0.5 tomorrow).
MONEY_NAME = re.compile(
    r"notional|price|qty|quantity|amount|fee|pnl|margin|balance|collateral|volume|value|^(?:base|quote)_(?:min|max|tick)$"
)


def _retype(schema: dict[str, Any], now: str) -> None:
    if schema.get("type") != now:
        schema.setdefault("x-upstream-type", schema.get("type"))
        schema["type"] = now


def _numeric_names(spec: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Property names declared ``number`` somewhere, and those declared ``integer`` somewhere."""
    numbers: set[str] = set()
    integers: set[str] = set()
    for node in objects(spec):
        properties = node.get("properties")
        if isinstance(properties, dict):
            for name, schema in properties.items():
                kind = schema.get("type") if isinstance(schema, dict) else None
                (numbers if kind == "number" else integers if kind == "integer" else set()).add(name)
    return numbers, integers


def decide_number_types(spec: dict[str, Any]) -> None:
    """Give every numeric property and parameter its one type (in place).

    An id kind of :data:`ID_TYPES` has its type everywhere. Otherwise a number whose name is whole
    (:func:`is_whole_number_name`) is ``integer``; a name declared ``integer`` in one schema and ``number``
    in another is money there (``mark_price``, ``position_qty``): ``number`` everywhere.
    """
    numbers, integers = _numeric_names(spec)
    for node in objects(spec):
        properties = node.get("properties")
        if isinstance(properties, dict):
            for name, schema in properties.items():
                if isinstance(schema, dict):
                    _decide(name, schema, numbers & integers)
    for param in _resolved_params(spec):
        schema = param.get("schema")
        if isinstance(schema, dict):
            _decide(param.get("name", ""), schema, numbers & integers)
            if param.get("in") == "query" and param.get("name") in ID_LISTS and schema.get("type") == "string":
                param["schema"] = {
                    "type": "array",
                    "items": {"type": ID_LISTS[param["name"]]},
                    "x-upstream-type": "string",
                }
                param["style"] = "form"
                param["explode"] = False
                param.pop("example", None)


def _decide(name: str, schema: dict[str, Any], disputed: set[str]) -> None:
    kind = schema.get("type")
    if name in ID_TYPES and kind in ("number", "integer", "string"):
        _retype(schema, ID_TYPES[name])
    elif kind == "number" and is_whole_number_name(name):
        _retype(schema, "integer")
    elif kind == "integer" and (name in disputed or MONEY_NAME.search(name)) and not is_whole_number_name(name):
        _retype(schema, "number")


# Answers recorded from the live API (../shared/upstream/discrepancies.md, Answers): null where upstream allows
# none, and fields upstream does not list. Schema -> property -> its schema; a listed property becomes nullable.
RECORDED_NULLS = {"Trade": ("realized_pnl",), "CreatedOrder": ("order_price", "order_quantity")}
# Always in the answer: an order placed has an id (so it can be passed on to cancel or look up the order).
# A position row always carries its symbol, size, entry and mark prices, cost and unsettled PnL (every row of the
# docs' answer and of the live API has them): typed without Unset, so that position arithmetic needs no narrowing.
RECORDED_REQUIRED = {
    "CreatedOrder": ("order_id",),
    "Position": ("symbol", "position_qty", "average_open_price", "mark_price", "cost_position", "unsettled_pnl"),
}
RECORDED_FIELDS: dict[str, dict[str, Any]] = {
    "Trade": {"order_tag": {"type": "string", "nullable": True}},
    "CreatedOrder": {"order_amount": {"type": "number", "nullable": True}},
}


def add_recorded_shapes(spec: dict[str, Any]) -> None:
    """Make the models fit what the live API was recorded sending (in place); stops when upstream moved."""
    schemas = spec["components"]["schemas"]
    for name, properties in RECORDED_NULLS.items():
        for prop in properties:
            if prop not in schemas[name].get("properties", {}):
                raise StaleCorrectionError(f"{name}.{prop}: not in the spec")
            schemas[name]["properties"][prop]["nullable"] = True
    for name, required in RECORDED_REQUIRED.items():
        listed = schemas[name].setdefault("required", [])
        listed += [prop for prop in required if prop not in listed]
    for name, fields in RECORDED_FIELDS.items():
        declared = schemas[name].setdefault("properties", {})
        for prop, schema in fields.items():
            if prop in declared:
                raise StaleCorrectionError(f"{name}.{prop}: upstream declares it now")
            declared[prop] = dict(schema)


@dataclass(frozen=True)
class ClosedSet:
    """A closed set of text values, one shared enum schema ``name`` for every place that holds it.

    It replaces a ``string`` property named in ``properties`` of an object that also has all of
    ``siblings``, and a query parameter named in ``properties`` of an operation whose path contains
    ``param_paths`` (None: no parameter); never a nullable one or one whose example is not a member.
    """

    name: str
    values: tuple[str, ...]
    properties: frozenset[str]
    siblings: frozenset[str] = frozenset()
    param_paths: str | None = ""


ORDER_TYPES = ("LIMIT", "MARKET", "IOC", "POST_ONLY", "FOK", "ASK", "BID")
ORDER_STATUSES = ("NEW", "CANCELLED", "PARTIAL_FILLED", "FILLED", "REJECTED", "INCOMPLETE", "COMPLETED")
ALGO_TYPES = ("STOP", "TRAILING_STOP", "TAKE_PROFIT", "STOP_LOSS", "TP_SL", "POSITIONAL_TP_SL", "BRACKET")

# Orderly's enums for orders (the docs' enum page): order types, sides, statuses, algo types, margin modes.
CLOSED_SETS = (
    ClosedSet("OrderType", ORDER_TYPES, frozenset({"order_type"})),
    ClosedSet("OrderType", ORDER_TYPES, frozenset({"type"}), frozenset({"order_id", "side", "status"}), None),
    ClosedSet("OrderSide", ("BUY", "SELL"), frozenset({"side"}), frozenset({"symbol"}), param_paths="order"),
    ClosedSet("OrderState", ORDER_STATUSES, frozenset({"status"}), frozenset({"order_id", "side"}), "order"),
    ClosedSet("AlgoType", ALGO_TYPES, frozenset({"algo_type"})),
    ClosedSet("MarginMode", ("CROSS", "ISOLATED"), frozenset({"margin_mode", "default_margin_mode"})),
)


def _fits(schema: Any, values: tuple[str, ...]) -> bool:
    if not isinstance(schema, dict) or schema.get("type") != "string" or schema.get("nullable"):
        return False
    if "enum" in schema and not set(schema["enum"]) <= set(values):
        return False
    return "example" not in schema or schema["example"] in values


def add_closed_sets(spec: dict[str, Any]) -> None:
    """Make each :data:`CLOSED_SETS` place a reference to its shared enum schema (in place)."""
    schemas = spec["components"]["schemas"]
    if any(closed.name in schemas for closed in CLOSED_SETS):
        raise StaleCorrectionError("upstream has a schema named like one of CLOSED_SETS: rename ours")
    used: set[str] = set()
    for node in list(objects(spec)):
        properties = node.get("properties")
        if not isinstance(properties, dict):
            continue
        for closed in CLOSED_SETS:
            if not closed.siblings <= properties.keys():
                continue
            for name in closed.properties & properties.keys():
                if _fits(properties[name], closed.values):
                    properties[name] = {"$ref": f"#/components/schemas/{closed.name}"}
                    used.add(closed.name)
    for path, item in spec["paths"].items():
        for key, op in item.items():
            for param in op.get("parameters", []) if key in METHODS else []:
                for closed in CLOSED_SETS:
                    named = param.get("name") in closed.properties and param.get("in") == "query"
                    where = closed.param_paths is not None and closed.param_paths in path
                    if named and where and _fits(param.get("schema"), closed.values):
                        param["schema"] = {"$ref": f"#/components/schemas/{closed.name}"}
                        used.add(closed.name)
    for closed in CLOSED_SETS:
        if closed.name in used:
            schemas[closed.name] = {"type": "string", "enum": list(closed.values)}


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


def import_bundle(upstream: Path, docs_tsv: Path, api: str = "main") -> tuple[str, RepairLog]:
    """The bundled spec's text for an upstream spec file and its documentation index, and the repairs made.

    ``api``: a key of :data:`APIS`; its overlay and corrections are applied.
    """
    chosen = APIS[api]
    log = RepairLog()
    entries = overlay_mod.load_overlay(TOOLS / chosen.overlay) if chosen.overlay else None
    spec = normalise(
        load_yaml(upstream.read_text(encoding="utf-8")),
        load_docs_index(docs_tsv),
        corrections=chosen.corrections,
        overlay=entries,
        log=log,
        api=chosen,
    )
    return dump(spec), log


def import_file(upstream: Path, docs_tsv: Path, api: str = "main") -> str:
    """The bundled spec's text for an upstream spec file and its documentation index."""
    return import_bundle(upstream, docs_tsv, api)[0]


TOOLS = Path(__file__).resolve().parent
