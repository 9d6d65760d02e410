"""Repairs by kind: the defects an upstream spec can bring, found and fixed wherever they appear.

Each kind is a rule, never a name: a new upstream version with a new instance of a known kind is
repaired the same way, and each repair is recorded in a :class:`RepairLog` whose summary the
importer prints and writes (``docs/spec-repairs.md``). What no rule can repair stops the import
with :class:`UnrepairableSpecError` and says where and why.

Kinds:
- ``dangling-ref``: a ``$ref`` to a schema the file does not define. It points at the schema the
  reference was renamed to (a defined schema nothing references whose name differs from it by
  words added or dropped), else at the schema every other property of the same name references
  (``meta`` is ``PaginationMeta``), else becomes an open object, so no answer is dropped;
- ``auth-header``: the request-signing headers declared as parameters (inline or as references,
  spelt with underscores or slightly wrong): they become the ``orderly`` security scheme;
- ``whole-number``: a parameter declared ``number`` that only takes whole numbers (its name says
  so, or it is ``integer`` elsewhere): it becomes ``integer``;
- ``rate-limit``: a rate limit in a wording the main pattern does not read; a sentence that looks
  like a limit but reads as none stops the import;
- ``required-alternatives``: an ``anyOf``/``oneOf`` whose branches only list required fields
  ("``bonus_max_rebate_rate`` or its legacy ``max_rebate_rate``"): the generator can not type it;
  it is dropped and kept as ``x-required-one-of``;
- ``example``: examples made to fit their schema (``import_spec.fit_examples``), counted here.
"""

from __future__ import annotations

import copy
import difflib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "AUTH_HEADER_NAMES",
    "Repair",
    "RepairLog",
    "UnrepairableSpecError",
    "auth_header",
    "is_whole_number_name",
    "log_example_fits",
    "read_limit_wording",
    "repair_dangling_refs",
    "repair_required_alternatives",
    "snapshot",
    "walk",
]

SCHEMA_PREFIX = "#/components/schemas/"


class UnrepairableSpecError(ValueError):
    """The upstream spec has a defect no repair rule covers: the message says where and what."""


@dataclass(frozen=True)
class Repair:
    """One repair: its kind, where it was made (operation or JSON pointer) and what was done."""

    kind: str
    where: str
    what: str


KIND_TITLES = {
    "dangling-ref": "References to undefined schemas",
    "auth-header": "Request-signing headers declared as parameters",
    "whole-number": "Whole numbers declared `number`",
    "rate-limit": "Rate limits in other wordings",
    "required-alternatives": "Alternatives that only say which fields are required",
    "example": "Examples made to fit their schema",
}


@dataclass
class RepairLog:
    """The repairs of one import, in the order they were made."""

    repairs: list[Repair] = field(default_factory=list)

    def add(self, kind: str, where: str, what: str) -> None:
        """Record one repair."""
        self.repairs.append(Repair(kind, where, what))

    def of_kind(self, kind: str) -> list[Repair]:
        """The repairs of one kind."""
        return [r for r in self.repairs if r.kind == kind]

    def counts(self) -> dict[str, int]:
        """How many repairs of each kind, in :data:`KIND_TITLES` order."""
        found = Counter(r.kind for r in self.repairs)
        return {kind: found[kind] for kind in [*KIND_TITLES, *sorted(set(found) - set(KIND_TITLES))] if found[kind]}

    def summary(self, title: str = "Repairs of the upstream spec") -> str:
        """A readable Markdown summary: one section per kind, similar repairs grouped with their places."""
        lines = [f"# {title}", ""]
        if not self.repairs:
            return "\n".join([*lines, "No repairs were needed.", ""])
        total = ", ".join(f"{n} {kind}" for kind, n in self.counts().items())
        lines += [f"{len(self.repairs)} repairs: {total}.", ""]
        for kind in self.counts():
            lines += [f"## {KIND_TITLES.get(kind, kind)}", ""]
            grouped: dict[str, list[str]] = {}
            for repair in self.of_kind(kind):
                places = grouped.setdefault(repair.what, [])
                if repair.where not in places:
                    places.append(repair.where)
            for what, places in grouped.items():
                shown = ", ".join(f"`{p}`" for p in places[:6])
                more = f" and {len(places) - 6} more" if len(places) > 6 else ""
                count = sum(1 for r in self.of_kind(kind) if r.what == what)
                spread = f" in {len(places)} places" if count != len(places) else ""
                times = "once" if count == 1 else f"{count} times"
                lines.append(f"- {what} ({times}{spread}: {shown}{more})")
            lines.append("")
        return "\n".join(lines)


def walk(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping below ``node`` with its JSON pointer; examples, enums and defaults are data, not looked into."""
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            if key not in ("example", "examples", "enum", "default"):
                yield from walk(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from walk(item, f"{pointer}/{index}")


def _place(pointer: str) -> str:
    """``GET /v1/x`` for a pointer into an operation, else the pointer itself."""
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    if len(parts) >= 3 and parts[0] == "paths":
        return f"{parts[2].upper()} {parts[1]}"
    if len(parts) >= 3 and parts[0] == "components":
        return f"{parts[2]}"
    return pointer


# --- dangling references ----------------------------------------------------------------------

WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def _words(name: str) -> list[str]:
    return [w.lower() for w in WORD.findall(name)]


def _renamed_to(name: str, orphans: set[str]) -> str | None:
    """The one orphan schema ``name`` was renamed to: same words with words added or dropped, in order."""
    words = _words(name)
    matches = []
    for orphan in sorted(orphans):
        other = _words(orphan)
        short, long = sorted((words, other), key=len)
        if short != long and _is_subsequence(short, long) and len(long) - len(short) <= 2 and len(short) >= 2:
            matches.append(orphan)
    if len(matches) == 1:
        return matches[0]
    close = difflib.get_close_matches(name, sorted(orphans), n=2, cutoff=0.9)
    return close[0] if len(close) == 1 else None


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def _property_name(pointer: str) -> str | None:
    """The property a schema at ``pointer`` describes (itself, or its items)."""
    parts = pointer.split("/")
    if parts and parts[-1] == "items":
        parts = parts[:-1]
    if len(parts) >= 2 and parts[-2] == "properties":
        return parts[-1]
    return None


def repair_dangling_refs(spec: dict[str, Any], log: RepairLog) -> None:
    """Point every reference to an undefined schema at the schema meant (see the module docstring), in place.

    A reference to another missing component (parameter, response...) can not be guessed: it stops the import.
    """
    components = spec.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    nodes = [(p, n) for p, n in walk(spec) if isinstance(n.get("$ref"), str)]
    for pointer, node in nodes:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise UnrepairableSpecError(f"{pointer}: reference {ref!r} is not local to the file")
        if not ref.startswith(SCHEMA_PREFIX):
            kind, _, name = ref.removeprefix("#/components/").partition("/")
            if name not in components.get(kind, {}):
                raise UnrepairableSpecError(f"{_place(pointer)}: {ref!r} is not defined and no rule says what it was")
    referenced = {n["$ref"].removeprefix(SCHEMA_PREFIX) for _, n in nodes if n["$ref"].startswith(SCHEMA_PREFIX)}
    orphans = set(schemas) - referenced
    by_property: dict[str, Counter[str]] = {}
    for pointer, node in nodes:
        name, target = _property_name(pointer), node["$ref"].removeprefix(SCHEMA_PREFIX)
        if name is not None and target in schemas:
            by_property.setdefault(name, Counter())[target] += 1
    decided: dict[str, tuple[str | None, str]] = {}
    for pointer, node in nodes:
        ref = node["$ref"]
        missing = ref.removeprefix(SCHEMA_PREFIX)
        if not ref.startswith(SCHEMA_PREFIX) or missing in schemas:
            continue
        prop = _property_name(pointer)
        key = f"{missing}@{prop}"
        if key not in decided:
            decided[key] = _decide(missing, prop, orphans, by_property)
        target, why = decided[key]
        if target is None:
            node.pop("$ref")
            node["type"] = "object"
            log.add("dangling-ref", _place(pointer), f"`{missing}` is undefined: {why}")
        else:
            node["$ref"] = SCHEMA_PREFIX + target
            log.add("dangling-ref", _place(pointer), f"`{missing}` is undefined: `{target}`, {why}")


def _decide(
    missing: str, prop: str | None, orphans: set[str], by_property: dict[str, Counter[str]]
) -> tuple[str | None, str]:
    renamed = _renamed_to(missing, orphans)
    if renamed is not None:
        return renamed, "the defined schema nothing references, of nearly the same name (renamed)"
    if prop is not None and prop in by_property:
        (best, n), *rest = by_property[prop].most_common()
        if not rest or n >= 2 * rest[0][1]:
            return best, f"the schema of the other `{prop}` properties"
    return None, "an open object (any fields), so the answer is kept"


# --- alternatives that only say which fields are required ------------------------------------

CONSTRAINT_KEYS = frozenset({"required"})


def repair_required_alternatives(spec: dict[str, Any], log: RepairLog) -> None:
    """Drop ``anyOf``/``oneOf`` lists whose branches only list required fields ("one of these two"), in place.

    The generator makes such a schema an untyped union (and code that does not compile); the object
    keeps its properties, and the rule stays as data in ``x-required-one-of`` for the server to enforce.
    """
    for pointer, node in list(walk(spec)):
        for key in ("anyOf", "oneOf"):
            branches = node.get(key)
            if not isinstance(branches, list) or not branches or "properties" not in node:
                continue
            if not all(isinstance(b, dict) and b and set(b) <= CONSTRAINT_KEYS for b in branches):
                continue
            sets = [list(b["required"]) for b in branches]
            del node[key]
            node["x-required-one-of"] = sets
            shown = " or ".join("+".join(f"`{f}`" for f in fields) for fields in sets)
            log.add("required-alternatives", _place(pointer), f"`{key}` of required fields only ({shown}): dropped")


# --- request-signing headers ------------------------------------------------------------------

AUTH_HEADER_NAMES = ("orderly-timestamp", "orderly-account-id", "orderly-key", "orderly-signature")


def auth_header(name: str) -> str | None:
    """The signing header ``name`` stands for (any case, ``_`` for ``-``, one slip of spelling), or None."""
    spelt = name.strip().lower().replace("_", "-")
    if spelt in AUTH_HEADER_NAMES:
        return spelt
    if not spelt.startswith("orderly"):
        return None
    close = difflib.get_close_matches(spelt, AUTH_HEADER_NAMES, n=1, cutoff=0.85)
    return close[0] if close else None


# --- whole numbers ----------------------------------------------------------------------------

# Names that only hold whole numbers: ids, timestamps, counts, ranks, sequence numbers, pages and sizes. The one
# rule for parameters (here) and for properties (tools/import_spec.py's number types).
WHOLE_NUMBER_NAME = re.compile(
    r"^(?:id|ts|timestamp|total|page|size|limit|seq|nonce|rank|decimals|stage|level|tier|records_per_page|current_page"
    r"|starttime|endtime|chainid|payloadtype|expiration|is_maker|total_orders|total_traders|status|flag|t|time|count"
    r"|number)$"
    r"|_(?:id|time|timestamp|t|date|invites|rank|nonce|number|decimal|count|tier|seq|page|size|limit|stage|flag)$"
)


def is_whole_number_name(name: str) -> bool:
    """Whether a property or parameter of this name holds whole numbers (``order_id``, ``page``, ``start_t``...)."""
    return WHOLE_NUMBER_NAME.search(name.lower()) is not None


# --- rate limits ------------------------------------------------------------------------------

UNIT = r"(?P<unit>seconds?|secs?|s|minutes?|mins?|m)"
# Other wordings: "Rate limit: 10 req/s per IP", "10 requests every 2 seconds per user", "Limit - 5 requests/minute".
VARIANT_RE = re.compile(
    r"(?P<n>\d+)\s*(?:requests?|reqs?|calls?)\s*(?:/|per|every|each|a|in)\s*(?:(?P<t>\d+)\s*)?" + UNIT + r"\b"
    r"(?P<scope>(?:\s*(?:,|and)?\s*per\s+(?:IP(?: address)?|user|account))*)",
    re.IGNORECASE,
)
# A sentence that says there is a limit, in any words: if nothing reads it, the import stops.
LIMIT_HINT = re.compile(r"\brate[- ]?limit|\blimit\b\W{0,3}\d|\d+\s*(?:requests?|reqs?)\s*(?:/|per|every|each)", re.I)
UNIT_SECONDS = {"s": 1, "sec": 1, "second": 1, "m": 60, "min": 60, "minute": 60}


def limit_of(match: re.Match[str]) -> dict[str, Any]:
    """``{requests, period, scope}`` of a limit phrase matched with groups n, t, unit and scope (any wording).

    A limit "per user per IP address" is counted per user (one process has one IP).
    """
    unit = match["unit"].lower()
    unit = unit if unit in UNIT_SECONDS else unit.rstrip("s")
    words = match["scope"].lower()
    scope = "user" if "user" in words else "account" if "account" in words else "ip" if "ip" in words else "none"
    return {"requests": int(match["n"]), "period": int(match["t"] or 1) * UNIT_SECONDS[unit], "scope": scope}


def read_limit_wording(text: str, where: str, log: RepairLog) -> dict[str, Any] | None:
    """The rate limit of a description the main pattern did not read; None when it states none.

    :class:`UnrepairableSpecError` when the text looks like it states a limit that no wording rule reads.
    """
    match = VARIANT_RE.search(text)
    if match is None:
        hint = LIMIT_HINT.search(text)
        if hint is None:
            return None
        line = next(line for line in text.splitlines() if hint.group(0) in line).strip()
        raise UnrepairableSpecError(f"{where}: a rate limit in words no rule reads: {line!r} (teach tools/repairs.py)")
    limit = limit_of(match)
    log.add("rate-limit", where, f"read {match.group(0).strip()!r} as {limit['requests']} per {limit['period']} s")
    return limit


# --- examples ---------------------------------------------------------------------------------


def log_example_fits(before: dict[str, Any], after: dict[str, Any], log: RepairLog) -> None:
    """Record what ``import_spec.fit_examples`` changed between a copy of the spec and the spec."""
    old = dict(walk(before))
    for pointer, node in walk(after):
        was = old.get(pointer)
        if was is None:
            continue
        if "example" in was and "example" not in node:
            log.add("example", _place(pointer), "an empty example of a parameter that can not be empty: dropped")
        elif "example" in was and _differs(was["example"], node["example"]):
            log.add("example", _place(pointer), "text that spells a value of the declared type: converted")
        if node.get("nullable") and not was.get("nullable"):
            log.add("example", _place(pointer), "example `null` on a schema that is not nullable: made nullable")
        if "examples" in was and isinstance(was["examples"], dict) and _differs(was["examples"], node.get("examples")):
            log.add("example", _place(pointer), "named examples converted to the declared types")


def _differs(a: Any, b: Any) -> bool:
    """Different as data: ``1`` and ``1.0`` or ``"1"`` differ, ``True`` and ``1`` differ."""
    if type(a) is not type(b):
        return True
    if isinstance(a, dict):
        return a.keys() != b.keys() or any(_differs(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) != len(b) or any(_differs(x, y) for x, y in zip(a, b, strict=True))
    return bool(a != b)


def snapshot(spec: dict[str, Any]) -> dict[str, Any]:
    """A deep copy to compare against after an in-place step."""
    return copy.deepcopy(spec)
