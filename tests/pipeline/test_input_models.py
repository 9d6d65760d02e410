"""The request-body models (those with converters) build from a dict exactly as their constructor builds them.

Their ``from_dict`` converts each received value once and sets it past ``__init__`` (whose converters would only
convert it again): compared here, model by model, with the constructor given the same values, for numbers sent
as text and as floats. Setting a field by hand afterwards still converts it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest

from orderly_client import models
from orderly_client.types import UNSET

# A value of each simple declared type (optional ones too, "X | Unset"), different for each field (a value set on
# the wrong field shows); a model's optional fields of other types are left unset.
SIMPLE: dict[str, Callable[[int], object]] = {
    "Decimal": lambda n: f"{n}.25",
    "bool": lambda n: n % 2 == 0,
    "int": lambda n: n + 7,
    "str": lambda n: f"x{n}",
    "list[str]": lambda n: ["a", str(n)],
}


def _input_models() -> list[type[Any]]:
    found = []
    for name in sorted(dir(models)):
        cls = getattr(models, name)
        if isinstance(cls, type) and attrs.has(cls) and any(f.converter is not None for f in attrs.fields(cls)):
            found.append(cls)
    return found


INPUT_MODELS = _input_models()


def _declared(field: attrs.Attribute[Any]) -> tuple[str, bool]:
    """A field's declared type less None and Unset, and whether it may be left unset."""
    parts = str(field.type).split(" | ")
    return " | ".join(part for part in parts if part not in ("None", "Unset")), "Unset" in parts


def _value(base: str, n: int = 0) -> object:
    """The ``n``-th field's value for type ``base`` (``UNSET`` when there is no simple one)."""
    if base in SIMPLE:
        return SIMPLE[base](n)
    member = getattr(models, base, None)
    if isinstance(member, type) and issubclass(member, enum.Enum):
        members = list(member)
        return members[n % len(members)].value
    return UNSET


def _arguments(cls: type[Any]) -> dict[str, object]:
    arguments = {}
    for n, field in enumerate(attrs.fields(cls)):
        if not field.init:
            continue
        base, optional = _declared(field)
        value = _value(base, n)
        if value is UNSET and not optional:
            pytest.skip(f"{cls.__name__}.{field.name}: no simple value for {field.type}")
        arguments[field.name] = value
    return arguments


def test_there_are_input_models() -> None:
    assert len(INPUT_MODELS) >= 20
    assert models.PostOrderBody in INPUT_MODELS


@pytest.mark.parametrize("numbers", ["text", "float"])
@pytest.mark.parametrize("cls", INPUT_MODELS, ids=lambda cls: cls.__name__)
def test_from_dict_builds_what_the_constructor_builds(cls: type[Any], numbers: str) -> None:
    expected = cls(**_arguments(cls))
    expected.additional_properties = {"an_extra_key": 1}
    sent = expected.to_dict()
    for key, value in sent.items():
        if isinstance(value, Decimal):
            sent[key] = str(value) if numbers == "text" else float(value)
    built = cls.from_dict(sent)
    assert built == expected
    for field in attrs.fields(cls):
        assert type(getattr(built, field.name)) is type(getattr(expected, field.name)), field.name


@pytest.mark.parametrize("cls", INPUT_MODELS, ids=lambda cls: cls.__name__)
def test_a_field_set_by_hand_after_from_dict_is_still_converted(cls: type[Any]) -> None:
    built = cls.from_dict(cls(**_arguments(cls)).to_dict())
    field = next(field for field in attrs.fields(cls) if field.converter is not None)
    base, _ = _declared(field)
    if base == "Decimal":
        setattr(built, field.name, "0.1")
        assert getattr(built, field.name) == Decimal("0.1")
        assert type(getattr(built, field.name)) is Decimal
        with pytest.raises((TypeError, ValueError)):
            setattr(built, field.name, "not a number")
    else:
        members = getattr(models, base)
        last = list(members)[-1]
        setattr(built, field.name, last.value)
        assert getattr(built, field.name) is last
        with pytest.raises(ValueError):
            setattr(built, field.name, "NOT_A_MEMBER")
