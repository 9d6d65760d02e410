"""Enums: strict for what a caller builds, tolerant of values the server adds after the spec."""

from __future__ import annotations

import importlib
import pkgutil
from enum import StrEnum
from typing import cast

import pytest

from orderly_client import models
from orderly_client.models import AssetHistoryRecord, AssetHistoryRecordTransStatus

ENUMS: list[type[StrEnum]] = [
    cls
    for info in pkgutil.iter_modules(models.__path__)
    for cls in vars(importlib.import_module(f"orderly_client.models.{info.name}")).values()
    if isinstance(cls, type) and issubclass(cls, StrEnum) and cls is not StrEnum
]


def test_every_enum_is_found() -> None:
    assert len({cls.__name__ for cls in ENUMS}) == 19


# The cast keeps mypy from inferring sorted()'s items from parametrize's `object` context, not from ENUMS.
@pytest.mark.parametrize(
    "enum", cast("list[type[StrEnum]]", sorted(set(ENUMS), key=lambda c: c.__name__)), ids=lambda c: c.__name__
)
def test_known_values_parse_to_their_members_and_unknown_ones_are_kept(enum: type[StrEnum]) -> None:
    for member in enum:
        assert enum.from_wire(member.value) is member  # type: ignore[attr-defined]
    novel = enum.from_wire("A_VALUE_FROM_A_NEWER_API")  # type: ignore[attr-defined]
    assert isinstance(novel, enum)
    assert novel == "A_VALUE_FROM_A_NEWER_API"
    assert novel.value == "A_VALUE_FROM_A_NEWER_API"
    assert str(novel) == "A_VALUE_FROM_A_NEWER_API"
    with pytest.raises(ValueError):
        enum("A_VALUE_FROM_A_NEWER_API")  # what a caller builds stays strict


def test_an_answer_with_a_new_enum_value_parses_and_round_trips() -> None:
    row = {
        "id": 1,
        "tx_id": "0x1",
        "side": "DEPOSIT",
        "token": "USDC",
        "amount": 1.0,
        "fee": 0.0,
        "trans_status": "REBALANCING",
        "created_time": 1,
        "updated_time": 1,
        "chain_id": "1",
    }
    record = AssetHistoryRecord.from_dict(row)
    assert record.trans_status == "REBALANCING"
    assert record.trans_status not in list(AssetHistoryRecordTransStatus)
    assert record.to_dict()["trans_status"] == "REBALANCING"
