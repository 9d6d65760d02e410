"""The answer parser's quick paths give what its checked paths give, and keep every bound.

``parse_json`` skips the Python call per number when a C-speed look at the text shows no exponent and no long
number; ``check_structure`` drops empty quote pairs before it counts the nesting. Both are compared here with
the plain rule they stand for, on generated JSON that holds what a hostile server could send: exponents,
numbers of 100 digits, brackets, quotes and backslashes inside strings.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orderly_client.types import (
    MAX_DEPTH,
    MAX_EXPONENT,
    MAX_NUMBER_TEXT,
    _decoder,
    _plain_numbers,
    check_structure,
    parse_json,
)

NUMBER = re.compile(rb"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
number_text = st.from_regex(NUMBER, fullmatch=True).map(lambda b: b.decode())
long_number = st.integers(min_value=90, max_value=110).map(lambda n: "1" * n + ".5")
awkward_text = st.text(alphabet='[]{}"\\,:e0123456789.E+- ab', max_size=12)
leaf = st.one_of(number_text, long_number, awkward_text.map(json.dumps), st.sampled_from(["true", "false", "null"]))


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


def _checked(text: str) -> object:
    """What the checked path gives: the parsed JSON, or the ValueError it raises."""
    try:
        return _decoder.decode(text)
    except ValueError as exc:
        return type(exc)


def _numbers(value: Any) -> list[Decimal]:
    if isinstance(value, list):
        return [n for item in value for n in _numbers(item)]
    if isinstance(value, dict):
        return [n for item in value.values() for n in _numbers(item)]
    return [value] if isinstance(value, Decimal) else []


@settings(max_examples=400, deadline=None)
@given(tree=trees)
def test_parse_json_gives_what_the_checked_path_gives(tree: Any) -> None:
    text = "{" + '"a":' + _render(tree) + "}"
    raw = text.encode()
    try:
        quick: object = parse_json(raw)
    except ValueError as exc:
        quick = type(exc)
    assert quick == _checked(text)
    assert repr(quick) == repr(_checked(text))  # Decimal("1.50") stays 1.50, digit for digit
    if _plain_numbers(raw):  # the quick path was taken: every number is within the bounds as written
        for number in _numbers(quick):
            assert -MAX_EXPONENT <= number.adjusted() <= MAX_EXPONENT
            assert len(number.as_tuple().digits) <= MAX_NUMBER_TEXT


@pytest.mark.parametrize(
    "number",
    ["1e5", "1E5", "1.5e+3", "2.5E-7", "0e-999999999", "1e999999999", "1" * 101 + ".5", "-" + "9" * 99 + ".1"],
)
def test_an_exponent_or_a_long_number_takes_the_checked_path(number: str) -> None:
    raw = b'{"a":[1,%b]}' % number.encode()
    assert not _plain_numbers(raw)
    assert _plain_numbers(b'{"a":[1,2.5,"x"]}')


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
