"""The answer parser keeps every bound, as the plain rule states it, and gives exactly what ``json`` gives.

``parse_json`` makes each number with a fraction or exponent in one C call of a decimal context that raises
instead of rounding; ``check_structure`` drops empty quote pairs before it counts the nesting. Both are compared
here with the plain rule they stand for, on generated JSON that holds what a hostile server could send:
exponents, numbers of 100 digits, brackets, quotes and backslashes inside strings.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orderly_client.types import (
    MAX_DEPTH,
    MAX_EXPONENT,
    MAX_NUMBER_TEXT,
    check_structure,
    decimal_from_json,
    parse_json,
)

NUMBER = re.compile(rb"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
number_text = st.from_regex(NUMBER, fullmatch=True).map(lambda b: b.decode())
long_number = st.integers(min_value=90, max_value=110).map(lambda n: "1" * n + ".5")
# Around the exponent bounds: the leading digit's place near 1e+MAX_EXPONENT, the last digit's near 1e-MAX_EXPONENT.
edge_number = st.builds(
    lambda sign, digits, exponent: f"{sign}{digits[0]}.{digits[1:] or '0'}e{exponent}",
    st.sampled_from(["", "-"]),
    st.from_regex(r"[0-9]{1,4}", fullmatch=True),
    st.integers(min_value=-MAX_EXPONENT - 5, max_value=MAX_EXPONENT + 5),
)
awkward_text = st.text(alphabet='[]{}"\\,:e0123456789.E+- ab', max_size=12)
leaf = st.one_of(
    number_text, long_number, edge_number, awkward_text.map(json.dumps), st.sampled_from(["true", "false", "null"])
)


def _render(tree: Any) -> str:
    """JSON text of a tree of lists and dicts whose leaves are JSON texts already."""
    if isinstance(tree, list):
        return "[" + ",".join(_render(item) for item in tree) + "]"
    if isinstance(tree, dict):
        return "{" + ",".join(json.dumps(key) + ":" + _render(value) for key, value in tree.items()) + "}"
    return str(tree)


trees = st.recursive(
    leaf, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(awkward_text, inner, max_size=4), max_leaves=30
)


def _within_the_rule(text: str) -> Decimal:
    """The bound as the documentation states it: at most MAX_NUMBER_TEXT digits, the leading digit's place at most
    1e+MAX_EXPONENT, the last digit's place at least 1e-MAX_EXPONENT; ``ValueError`` otherwise."""
    try:
        value = Decimal(text)
    except InvalidOperation:  # beyond what Decimal holds
        raise ValueError(text) from None
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    if len(digits) > MAX_NUMBER_TEXT or value.adjusted() > MAX_EXPONENT or exponent < -MAX_EXPONENT:
        raise ValueError(text)
    return value


def _outcome(parse: Any, text: Any) -> object:
    """What a parser gives: the parsed JSON, or the type of the ValueError it raises."""
    try:
        return parse(text)
    except ValueError as exc:
        return type(exc)


@settings(max_examples=400, deadline=None)
@given(tree=trees)
def test_parse_json_gives_what_the_rule_gives(tree: Any) -> None:
    text = "{" + '"a":' + _render(tree) + "}"
    expected = _outcome(lambda t: json.loads(t, parse_float=_within_the_rule), text)
    for content in (text, text.encode()):
        got = _outcome(parse_json, content)
        assert got == expected
        assert repr(got) == repr(expected)  # Decimal("1.50") stays 1.50, digit for digit


@pytest.mark.parametrize(
    "number",
    [
        "1e330",
        "9.99e330",
        "1e331",
        "1e-330",
        "1.5e-330",
        "1.5e-329",
        "0e330",
        "0e331",
        "0e-330",
        "0e-331",
        "-0e-331",
        "0E1000000000000000000",
        "1e999999999",
        "1e-999999999",
        "1" * 100 + ".0",
        "1" * 99 + ".5",
        "-" + "9" * 99 + ".1",
        "0." + "0" * 329 + "1",
        "0." + "0" * 330 + "1",
        "1.5e0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003",
    ],
)
def test_each_number_at_the_bounds_is_parsed_by_the_rule(number: str) -> None:
    expected = _outcome(_within_the_rule, number)
    assert _outcome(decimal_from_json, number) == expected
    assert repr(_outcome(decimal_from_json, number)) == repr(expected)
    answer = f'{{"a":[1,{number}]}}'
    assert _outcome(parse_json, answer.encode()) == (ValueError if expected is ValueError else {"a": [1, expected]})


def _reference_depth(content: bytes) -> int:
    """The deepest nesting outside strings, walked byte by byte."""
    depth = deepest = 0
    inside = escaped = False
    for byte in content:
        if inside:
            if escaped:
                escaped = False
            elif byte == 0x5C:
                escaped = True
            elif byte == 0x22:
                inside = False
        elif byte == 0x22:
            inside = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            deepest = max(deepest, depth)
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return deepest


@settings(max_examples=300, deadline=None)
@given(depth=st.integers(min_value=MAX_DEPTH - 3, max_value=MAX_DEPTH + 3), filler=st.lists(awkward_text, max_size=60))
def test_check_structure_counts_nesting_outside_strings_only(depth: int, filler: list[str]) -> None:
    strings = ",".join(json.dumps(text) for text in filler)
    content = ("[" * depth + strings + "]" * depth).encode()
    deep = _reference_depth(content) > MAX_DEPTH
    if deep:
        with pytest.raises(ValueError, match="nested"):
            check_structure(content)
    else:
        check_structure(content)
