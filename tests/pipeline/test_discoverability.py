"""Finding the right call: plain-word search, OPERATIONS' facts, docstrings, field docs, help(), the task index."""

from __future__ import annotations

import enum
import importlib
import importlib.util
import inspect
import pydoc
import re
import sys
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest
import yaml

import orderly_auth
from orderly_auth import ConfigurationError, find_operations
from orderly_auth._find import SECTIONS, SYNONYMS
from orderly_client import models
from orderly_client.api import OPERATIONS, Operation
from tests.pipeline._pipeline_support import ROOT

EXPECTED_OPERATIONS = 230  # 229 upstream, 1 from the overlay (tools/overlay.yaml)

# Plain words -> the operations that answer them; the best match must be one of these.
PLAIN_WORDS: dict[str, set[str]] = {
    "balance": {"GET /v1/client/holding"},
    "my balances": {"GET /v1/client/holding"},
    "cancel all": {"DELETE /v1/orders"},
    "edit order": {"PUT /v1/order"},
    "modify order": {"PUT /v1/order"},
    "funding rate": {
        "GET /v1/public/funding_rate/{symbol}",
        "GET /v1/public/funding_rates",
        "GET /v1/public/funding_rate_history",
        "GET /v1/public/market_info/funding_history",
    },
    "leverage": {"GET /v1/client/leverage", "GET /v1/client/leverages"},
    "set leverage": {"POST /v1/client/leverages"},
    "place order": {"POST /v1/order"},
    "positions": {"GET /v1/positions", "GET /v1/position/{symbol}"},
    "my fills": {"GET /v1/trades", "GET /v1/trade/{trade_id}"},
    "order book": {"GET /v1/orderbook/{symbol}"},
    "candles": {"GET /v1/kline"},
    "batch cancel": {"DELETE /v1/batch-order", "DELETE /v1/client/batch-order"},
}


def _key(op: Operation) -> str:
    return f"{op.method} {op.path}"


# A trader's own phrasing, by class of failure seen: the order said as the trade, questions about one's money
# (never the testnet faucet), quotes and the top of the book, settling profit. The answer must be in the top three.
TRADER_WORDS: dict[str, str] = {
    "buy 0.1 ETH at 2500": "POST /v1/order",
    "sell 1 BTC limit 60000": "POST /v1/order",
    "go long ETH": "POST /v1/order",
    "how much money do I have": "GET /v1/client/holding",
    "what's my USDC balance": "GET /v1/client/holding",
    "available margin": "GET /v1/client/holding",
    "best bid and ask": "GET /v1/orderbook/{symbol}",
    "quote for ETH": "GET /v1/orderbook/{symbol}",
    "top of book": "GET /v1/orderbook/{symbol}",
    "spread on ETH": "GET /v1/orderbook/{symbol}",
    "settle my profit": "POST /v1/settle_pnl",
    "realize pnl": "POST /v1/settle_pnl",
    "profit settlement": "POST /v1/settle_pnl",
    "withdraw usdc": "POST /v1/withdraw_request",
}


@pytest.mark.parametrize("words", TRADER_WORDS)
def test_trader_phrasing_finds_the_call_in_the_top_three(words: str) -> None:
    found = find_operations(words, limit=3)
    assert TRADER_WORDS[words] in [_key(f.operation) for f in found], [str(f) for f in found]


def test_found_operation_names_its_client_method() -> None:
    (found,) = find_operations("place order", limit=1)
    assert found.method == "client.orders.create"
    assert str(found).startswith("client.orders.create(...)")


@pytest.mark.parametrize("words", PLAIN_WORDS)
def test_plain_words_find_the_right_operation(words: str) -> None:
    found = find_operations(words)
    assert found, words
    best = found[0]
    assert _key(best.operation) in PLAIN_WORDS[words], [str(f) for f in found[:3]]
    # What it returns is importable as written: module path + function.
    module_name, _, function = best.function.rpartition(".")
    assert function == "sync"
    assert callable(getattr(importlib.import_module(module_name), function))
    assert [f.score for f in found] == sorted((f.score for f in found), reverse=True)


def test_words_that_match_nothing_find_nothing() -> None:
    assert find_operations("zebra quokka") == []
    assert find_operations("get") == []  # a verb alone is not a find


def test_find_by_section() -> None:
    positions = find_operations(section="positions", limit=1000)
    assert {_key(f.operation) for f in positions} == {_key(op) for op in OPERATIONS if op.section == "positions"}
    assert "GET /v1/positions" in {_key(f.operation) for f in positions}
    cancels = find_operations("cancel", section="orders", limit=1000)
    assert cancels and all(f.operation.section == "orders" for f in cancels)
    assert cancels[0].operation.method == "DELETE"
    with pytest.raises(ConfigurationError, match="unknown section"):
        find_operations(section="nonsense")


def test_synonyms_point_at_words_of_the_spec() -> None:
    """Every word a synonym maps to occurs in some operation's summary or path: none is dead."""
    vocabulary: set[str] = set()
    for op in OPERATIONS:
        text = f"{op.summary} {op.path} {op.resource} {op.verb}".replace("_", " ")
        vocabulary |= set(orderly_auth._find.words(text))
    dead = {
        word: target
        for word, targets in SYNONYMS.items()
        for target in targets
        if orderly_auth._find._stem(target) not in vocabulary
    }
    assert dead == {}


def test_operations_carry_summary_docs_page_and_section(bundled_spec: dict[str, Any]) -> None:
    assert len(OPERATIONS) == EXPECTED_OPERATIONS
    for op in OPERATIONS:
        spec_op = bundled_spec["paths"][op.path][op.method.lower()]
        assert op.summary == spec_op["summary"] and op.summary
        assert op.docs_url == spec_op.get("externalDocs", {}).get("url")
        assert op.section == spec_op["x-docs-section"]
        assert op.section in SECTIONS
        assert op.import_path == f"orderly_client.api.{op.module}"
    with_docs = [op for op in OPERATIONS if op.docs_url]
    assert len(with_docs) >= EXPECTED_OPERATIONS - 1  # one operation has no page in the docs index
    # The sections a trader looks for are all there.
    assert {"orders", "positions", "assets", "account", "market data", "referral", "broker"} <= {
        op.section for op in OPERATIONS
    }


def test_docs_sections_by_path(import_spec: ModuleType) -> None:
    section = import_spec.docs_section
    assert section("get", "/v1/client/holding", []) == "assets"
    assert section("delete", "/v1/orders", []) == "orders"
    assert section("get", "/v1/positions", []) == "positions"
    assert section("get", "/v1/public/futures", []) == "market data"
    assert section("get", "/v1/admin/positions", []) == "admin"
    assert section("get", "/v1/referral/info", []) == "referral"
    assert section("get", "/v1/broker/user_info", []) == "broker"
    assert section("get", "/v1/anything", ["https://orderly.network/docs/strategy-vault/strategy-fund/public/p"]) == (
        "strategy vault"
    )


# --- docstrings ------------------------------------------------------------------------------------


def expected_raises(op: Operation) -> set[str]:
    """What a generated function raises through create_client's client (see _transport.py's _Call)."""
    names = {
        "orderly_auth.ConnectError",
        "orderly_auth.TransportError",
        "orderly_auth.RateLimitError",
        "orderly_auth.ServerError",
        "orderly_auth.OrderlyAPIError",
        "orderly_client.errors.UnparsableResponse",
    }
    if op.signed:
        names |= {"orderly_auth.MissingCredentialsError", "orderly_auth.AuthenticationError"}
    if not op.resend_safe:
        names.add("orderly_auth.OutcomeUnknownError")
    else:
        names.add("orderly_auth.ResponseError")  # an unreadable answer; the others raise OutcomeUnknownError
    if "{" in op.path:
        names.add("orderly_client.errors.PathParameterError")
    names.add("orderly_auth.ClientClosedError")
    return names


def raises_section(doc: str) -> dict[str, str]:
    """The Raises section of a Google-style docstring: exception name -> its text."""
    section = doc.split("Raises:\n", 1)[1].split("\n\n", 1)[0]
    entries: dict[str, str] = {}
    name = ""
    for line in section.splitlines():
        match = re.match(r"\s{4}(\S+): (.*)", line)
        if match:
            name = match[1]
            entries[name] = match[2]
        else:
            entries[name] += " " + line.strip()
    return entries


def _resolve(dotted: str) -> type[BaseException]:
    module, _, name = dotted.rpartition(".")
    value = getattr(importlib.import_module(module), name)
    assert inspect.isclass(value) and issubclass(value, BaseException), dotted
    return value


FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


@pytest.mark.parametrize("op", OPERATIONS, ids=_key)
def test_docstring_answers_the_question(op: Operation) -> None:
    module = importlib.import_module(op.import_path)
    functions = [getattr(module, name) for name in FUNCTIONS if hasattr(module, name)]
    assert len(functions) >= 2
    for function in functions:
        doc = inspect.getdoc(function) or ""
        lines = doc.splitlines()
        assert lines[0] == op.summary
        assert lines[2].startswith(f"`{op.method} {op.path}` ({op.section})")
        if op.signed:
            assert f"Signed request; key scope `{op.scope}`." in doc
        else:
            assert "Public request, no signature." in doc
        limit = op.rate_limit
        assert (f"Rate limit: {limit.requests} per {int(limit.period)} s" if limit else "none documented") in doc
        if op.docs_url:
            assert f"Docs: {op.docs_url}" in doc
        raised = raises_section(doc)
        assert set(raised) == expected_raises(op)
        for name in raised:
            _resolve(name)
        # Every class of the code table is named, in the OrderlyAPIError line.
        for cls in set(orderly_auth._errors.ERROR_CODES.values()):
            assert cls.__name__ in doc, cls
        assert "UnexpectedStatus" not in doc and "httpx2.TimeoutException" not in doc
        parameters = [p for p in inspect.signature(function).parameters if p != "client"]
        args = doc.split("Args:\n", 1)[1].split("\n\n", 1)[0] if parameters else ""
        for parameter in parameters:
            assert re.search(rf"^\s{{4}}{parameter} \(", args, re.M), parameter


def test_enum_parameters_list_their_values() -> None:
    """An argument typed by an enum lists its allowed values (every such argument of every operation)."""
    checked = 0
    for op in OPERATIONS:
        module = importlib.import_module(op.import_path)
        doc = " ".join((inspect.getdoc(module.sync_detailed) or "").split())
        hints = inspect.signature(module.sync_detailed).parameters
        for name, parameter in hints.items():
            enum = next((t for t in _types(parameter.annotation) if inspect.isclass(t) and _is_enum(t)), None)
            if enum is not None:
                line = re.search(rf"{name} \([^)]*\):.*?One of: (.*?)\.", doc)
                assert line, (op, name)
                assert set(line[1].split(", ")) == {str(m.value) for m in enum}, (op, name)
                checked += 1
    assert checked >= 1


def _types(annotation: Any) -> list[Any]:
    args = getattr(annotation, "__args__", None)
    return [annotation] if args is None else [t for a in args for t in _types(a)]


def _is_enum(value: type) -> typing.TypeGuard[type[enum.Enum]]:
    return issubclass(value, enum.Enum)


# --- model fields ----------------------------------------------------------------------------------


def _model_classes() -> list[type]:
    return [getattr(models, name) for name in models.__all__ if hasattr(getattr(models, name), "from_dict")]


def test_model_fields_are_documented_from_facts() -> None:
    """Each model's docstring lists every field with its type; enums give their values, examples show."""
    fields = with_values = with_example = with_unit = 0
    for cls in _model_classes():
        doc = inspect.getdoc(cls) or ""
        # One entry per field: its first line and the indented lines that continue it, joined.
        doc = re.sub(r"\n {5,}", " ", doc)
        for name, kind in attrs_fields(cls):
            line = re.search(rf"^\s+{re.escape(name)} \((.+?)\):(.*)$", doc, re.M)
            assert line, (cls.__name__, name)
            fields += 1
            text = line[2]
            with_values += "One of:" in text
            with_example += "Example:" in text
            with_unit += "Unit:" in text or "Format:" in text
            enum = next((t for t in _types(kind) if inspect.isclass(t) and _is_enum(t)), None)
            if enum is not None:
                listed = re.search(r"One of: (.*?)\.( |$)", text)
                assert listed, (cls.__name__, name)
                assert set(listed[1].split(", ")) == {str(m.value) for m in enum}, (cls.__name__, name)
    print(f"{fields} fields: {with_values} with allowed values, {with_example} with an example, {with_unit} a unit")
    assert fields > 1000 and with_values > 20 and with_example > 500 and with_unit > 50


def attrs_fields(cls: type) -> list[tuple[str, Any]]:
    """(name, type) of each field of a model; its lazily imported types resolve through ``models``."""
    hints = typing.get_type_hints(cls, {**vars(sys.modules[cls.__module__]), **vars(models)})
    return [(f.name, hints.get(f.name)) for f in attrs.fields(cls) if f.name != "additional_properties"]


# --- help(orderly_auth) ----------------------------------------------------------------------------


def test_help_shows_functions_not_exception_boilerplate() -> None:
    text = pydoc.render_doc(orderly_auth, renderer=pydoc.plaintext)  # type: ignore[attr-defined]
    functions = text.index("\nFUNCTIONS\n")
    for name in ("create_client", "find_operations", "paginate", "generate_key"):
        assert re.search(rf"^    {name}\(", text[functions:], re.M), name
    # No exception class is documented here (help(orderly_auth.errors) does, as a tree) ...
    for name in orderly_auth.errors.__all__:
        assert f"class {name}(" not in text, name
    assert "orderly_auth.errors" in text
    # A guard against boilerplate (each exception class would add dozens of lines): about 950 lines on 3.11,
    # 1,180 on 3.13, whose pydoc writes signatures and inherited members over more lines.
    assert len(text.splitlines()) < 1300
    # ... and each is still importable from the package, the same class.
    for name in orderly_auth.errors.__all__:
        assert getattr(orderly_auth, name) is getattr(orderly_auth.errors, name)
    tree = pydoc.render_doc(orderly_auth.errors, renderer=pydoc.plaintext)  # type: ignore[attr-defined]
    assert "OrderlyError\n" in tree and "└── OrderlyAPIError" in tree


# --- version -------------------------------------------------------------------------------------


def test_one_version_everywhere() -> None:
    spec = importlib.util.spec_from_file_location("_version", ROOT / "auth" / "orderly_auth" / "_version.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    version = module.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    assert orderly_auth.__version__ == version
    generator = yaml.safe_load((ROOT / "generator-config.yml").read_text(encoding="utf-8"))
    assert generator["package_version_override"] == version
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject and 'path = "auth/orderly_auth/_version.py"' in pyproject
    assert not re.search(r"^version\s*=", pyproject, re.M)
    assert orderly_auth._client.USER_AGENT.endswith(f"/{version}")
    assert f"orderly_client-{version}-py3-none-any.whl" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_release_workflow_builds_checks_and_publishes() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))
    assert workflow[True]["push"]["tags"] == ["v*"]  # YAML 1.1 reads the key `on` as true
    steps = " ".join(str(step) for job in workflow["jobs"].values() for step in job.get("steps", []))
    assert "python -m build" in steps and "twine check" in steps and "pypa/gh-action-pypi-publish" in steps
    assert workflow["jobs"]["publish"]["permissions"] == {"id-token": "write"}  # trusted publishing, no token


# --- the README's task index ---------------------------------------------------------------------


def _task_index() -> ModuleType:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        return importlib.import_module("task_index")
    finally:
        sys.path.remove(str(ROOT / "tools"))


def test_task_index_is_in_step_with_the_spec_and_the_readme(bundled_spec: dict[str, Any]) -> None:
    task_index = _task_index()
    groups = task_index.load_tasks()
    tasks = [(task, op) for _, group in groups for task, op in group]
    assert 25 <= len(tasks) <= 40
    for _task, op in tasks:
        assert op.method.lower() in bundled_spec["paths"][op.path]
        assert callable(importlib.import_module(op.import_path).sync)
    keys = {_key(op) for _, op in tasks}
    # What a trader does daily: market data, account, balances, positions, place / edit / cancel / batch,
    # order and trade history, leverage, funding.
    for key in (
        "GET /v1/public/futures",
        "GET /v1/client/info",
        "GET /v1/client/holding",
        "GET /v1/positions",
        "POST /v1/order",
        "PUT /v1/order",
        "DELETE /v1/order",
        "POST /v1/batch-order",
        "GET /v1/orders",
        "GET /v1/trades",
        "POST /v1/client/leverages",
        "GET /v1/public/funding_rates",
    ):
        assert key in keys, key
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert task_index.updated_readme(readme, task_index.render(groups)) == readme, "run `make readme-index`"
    for _task, op in tasks:
        assert f"`{op.module}.sync`" in readme


def test_task_index_refuses_an_unknown_operation(tmp_path: Path) -> None:
    task_index = _task_index()
    listing = tmp_path / "tasks.yaml"
    listing.write_text("- group: G\n  tasks:\n    - {task: t, op: GET /v1/nowhere}\n", encoding="utf-8")
    with pytest.raises(task_index.TaskIndexError, match="not an operation"):
        task_index.load_tasks(listing)


def test_field_units_come_from_examples(import_spec: ModuleType) -> None:
    assert import_spec.epoch_unit("created_time", 1685429350571) == "milliseconds"
    assert import_spec.epoch_unit("start_time", 1704067200) == "seconds"
    assert import_spec.epoch_unit("price", 1685429350571) is None  # not a time by its name
    assert import_spec.epoch_unit("end_t", True) is None
    spec: dict[str, Any] = {
        "components": {
            "schemas": {
                "A": {"type": "object", "properties": {"updated_time": {"type": "number", "example": 1702989203989}}},
                "B": {"type": "object", "properties": {"updated_time": {"type": "integer"}, "day": {"type": "string"}}},
                "C": {"type": "object", "properties": {"day": {"type": "string", "format": "date"}}},
            }
        },
        "paths": {
            "/x": {"get": {"parameters": [{"name": "symbol", "in": "query", "example": "PERP_BTC_USDC", "schema": {}}]}}
        },
    }
    import_spec.describe_fields(spec)
    schemas = spec["components"]["schemas"]
    unit = "Unit: milliseconds since the Unix epoch."
    assert schemas["A"]["properties"]["updated_time"]["description"] == unit
    assert schemas["B"]["properties"]["updated_time"]["description"] == unit  # the name's unit, from A's example
    assert "description" not in schemas["B"]["properties"]["day"]
    assert schemas["C"]["properties"]["day"]["description"] == "Format: date, YYYY-MM-DD."
    parameter = spec["paths"]["/x"]["get"]["parameters"][0]
    assert parameter["schema"]["description"] == 'Example: "PERP_BTC_USDC".'
