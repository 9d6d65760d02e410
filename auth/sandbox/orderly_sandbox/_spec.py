"""The bundled OpenAPI spec: found, parsed once, and turned into operations the sandbox can route."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

SPEC_NAME = "orderly.openapi.yaml"
METHODS = ("get", "post", "put", "delete")
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"

JSON = dict[str, Any]


def find_spec() -> Path:
    """The spec shipped in the wheel next to this module, else the one at the root of a checkout."""
    here = Path(__file__).resolve()
    for candidate in (here.parent / SPEC_NAME, here.parents[3] / SPEC_NAME):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{SPEC_NAME} is neither in {here.parent} nor at the repository root {here.parents[3]}")


def _yaml_loader() -> tuple[Any, Any]:
    """PyYAML's safe loader (the C one when built), changed to leave dates as strings, and the module."""
    try:
        yaml: Any = importlib.import_module("yaml")
    except ModuleNotFoundError:
        raise RuntimeError("the sandbox reads the spec with PyYAML: pip install 'orderly-client[sandbox]'") from None
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    resolvers = {
        first: [(tag, regexp) for tag, regexp in entries if tag != _TIMESTAMP_TAG]
        for first, entries in base.yaml_implicit_resolvers.items()
    }
    return type("_SpecLoader", (base,), {"yaml_implicit_resolvers": resolvers}), yaml


#: Where a JSON copy of the parsed spec is kept between runs (parsing the YAML takes most of a second).
CACHE_ENV = "ORDERLY_SANDBOX_CACHE_DIR"


def cache_dir() -> Path | None:
    """The folder for the parsed-spec cache: ``$ORDERLY_SANDBOX_CACHE_DIR`` ("" turns it off), else the user cache."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "orderly-client"


@functools.cache
def load_document(path: Path) -> JSON:
    """The parsed spec at ``path``, read once per process.

    The YAML is parsed once per content: a JSON copy keyed by the file's SHA-256 is kept in
    :func:`cache_dir` (only when JSON gives back exactly the same document) and read next time.
    """
    raw = path.read_bytes()
    folder = cache_dir()
    cached = folder / f"spec-{hashlib.sha256(raw).hexdigest()[:32]}.json" if folder is not None else None
    if cached is not None:
        with contextlib.suppress(OSError, ValueError):
            document: JSON = json.loads(cached.read_bytes())
            return document
    loader, yaml = _yaml_loader()
    document = yaml.load(raw, Loader=loader)  # a SafeLoader subclass
    if cached is not None:
        _write_cache(cached, document)
    return document


def _write_cache(target: Path, document: JSON) -> None:
    """Keep a JSON copy of ``document`` at ``target`` if JSON holds it exactly; never fails the caller."""
    with contextlib.suppress(OSError, TypeError, ValueError):
        text = json.dumps(document, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
        if json.loads(text) != document:
            return  # something JSON cannot say (a non-string key, say): parse the YAML each time
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".spec-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.replace(temporary, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most ``requests`` in any window of ``period`` seconds, counted per ``scope``."""

    requests: int
    period: float
    scope: str


@dataclass(frozen=True, slots=True)
class Parameter:
    """A query, path or header parameter of an operation."""

    name: str
    location: str
    required: bool
    schema: JSON


@dataclass(frozen=True, slots=True)
class Operation:
    """One method on one path of the spec, with what the sandbox checks for it."""

    method: str
    path: str
    signed: bool
    scope: str | None
    rate_limit: RateLimit | None
    parameters: tuple[Parameter, ...]
    body_schema: JSON | None
    body_required: bool
    response_schema: JSON
    key: str = field(init=False)
    _by_location: dict[str, dict[str, Parameter]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_location: dict[str, dict[str, Parameter]] = {"query": {}, "path": {}, "header": {}}
        for parameter in self.parameters:
            by_location.setdefault(parameter.location, {})[parameter.name] = parameter
        # ``key``, ``"METHOD /path/{template}"``, is the name the sandbox uses for the operation.
        object.__setattr__(self, "key", f"{self.method} {self.path}")
        object.__setattr__(self, "_by_location", by_location)

    def parameters_in(self, location: str) -> Mapping[str, Parameter]:
        """The parameters found in ``location`` (query, path or header), by name."""
        return self._by_location.get(location, {})


def resolve(document: JSON, node: JSON) -> JSON:
    """``node`` with any chain of local ``$ref`` followed."""
    seen = 0
    while "$ref" in node:
        reference = node["$ref"]
        if not isinstance(reference, str) or not reference.startswith("#/"):
            raise ValueError(f"only local references are supported, got {reference!r}")
        target: Any = document
        for part in reference[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
        seen += 1
        if seen > 32:
            raise ValueError(f"reference loop at {reference}")
    return node


def _operation(document: JSON, method: str, path: str, raw: JSON, shared: list[JSON]) -> Operation:
    parameters = []
    for entry in [*shared, *raw.get("parameters", [])]:
        parameter = resolve(document, entry)
        parameters.append(
            Parameter(
                name=parameter["name"],
                location=parameter["in"],
                required=bool(parameter.get("required", parameter["in"] == "path")),
                schema=parameter.get("schema", {}),
            )
        )
    body_schema = None
    body_required = False
    if "requestBody" in raw:
        request_body = resolve(document, raw["requestBody"])
        body_schema = request_body.get("content", {}).get("application/json", {}).get("schema")
        body_required = bool(request_body.get("required", False))
    answer = resolve(document, raw["responses"]["200"])
    limit = raw.get("x-rate-limit")
    return Operation(
        method=method.upper(),
        path=path,
        signed=bool(raw.get("security")),
        scope=raw.get("x-orderly-scope"),
        rate_limit=RateLimit(int(limit["requests"]), float(limit["period"]), str(limit["scope"])) if limit else None,
        parameters=tuple(parameters),
        body_schema=body_schema,
        body_required=body_required,
        response_schema=answer.get("content", {}).get("application/json", {}).get("schema", {}),
    )


@dataclass(frozen=True, slots=True)
class Match:
    """An operation found for a request, with its path parameters (percent-decoded)."""

    operation: Operation
    path_params: Mapping[str, str]


class Spec:
    """The operations of the spec, and routing from a request's method and raw path to one of them."""

    def __init__(self, document: JSON) -> None:
        self.document = document
        operations: list[Operation] = []
        for path, item in document["paths"].items():
            shared = item.get("parameters", [])
            for method in METHODS:
                if method in item:
                    operations.append(_operation(document, method, path, item[method], shared))
        self.operations: tuple[Operation, ...] = tuple(operations)
        self.by_key: dict[str, Operation] = {operation.key: operation for operation in operations}
        self._literal: dict[tuple[str, str], Operation] = {}
        # Templated paths, literal segments before parameters: fewer parameters are tried first.
        self._templated: dict[int, list[tuple[tuple[str | None, ...], tuple[str, ...], Operation]]] = {}
        for operation in sorted(operations, key=lambda op: op.path.count("{")):
            segments = operation.path.split("/")
            if "{" not in operation.path:
                self._literal[(operation.method, operation.path)] = operation
                continue
            pattern = tuple(None if s.startswith("{") else s for s in segments)
            names = tuple(s[1:-1] for s in segments if s.startswith("{"))
            self._templated.setdefault(len(segments), []).append((pattern, names, operation))

    @classmethod
    def load(cls, path: Path | None = None) -> Spec:
        """The spec at ``path`` (default: :func:`find_spec`), parsed and indexed once per process."""
        return _load_spec(path or find_spec())

    def operation(self, method: str, path: str) -> Operation:
        """The operation ``METHOD /path/{template}``; ``KeyError`` with a clear message if there is none."""
        key = f"{method.upper()} {path}"
        try:
            return self.by_key[key]
        except KeyError:
            raise KeyError(f"the spec has no operation {key}") from None

    def route(self, method: str, raw_path: str) -> Match | None:
        """The operation answering ``method`` on ``raw_path`` (no query), or None."""
        operation = self._literal.get((method, raw_path))
        if operation is not None:
            return Match(operation, {})
        segments = raw_path.split("/")
        for pattern, names, candidate in self._templated.get(len(segments), ()):
            if candidate.method != method:
                continue
            values = []
            for expected, actual in zip(pattern, segments, strict=True):
                if expected is None:
                    if not actual:
                        break
                    values.append(unquote(actual))
                elif expected != actual:
                    break
            else:
                return Match(candidate, dict(zip(names, values, strict=True)))
        return None


@functools.cache
def _load_spec(path: Path) -> Spec:
    return Spec(load_document(path))
