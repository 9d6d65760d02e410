"""Every wallet-signed operation of the spec is reachable through a flow, or listed as not supported with a reason.

Walks the bundled spec for operations whose JSON body has ``message``, ``signature`` and
``userAddress``, and checks them against the SDK's message types and the tables in docs/wallet.md.
"""

from __future__ import annotations

import re
from pathlib import Path

import orderly_auth.wallet as wallet_module
from orderly_auth.wallet import DELEGATE_KEY_DOMAIN, MESSAGE_TYPES, DomainKind, Wallet
from orderly_sandbox._responses import schemas_for
from orderly_sandbox._spec import Spec

DOCS = (Path(__file__).resolve().parents[2] / "docs" / "wallet.md").read_text(encoding="utf-8")
WALLET_BODY = {"message", "signature", "userAddress"}
_ROW = re.compile(r"^\| `(?P<op>(?:GET|POST|PUT|DELETE) [^`]+)` \| (?P<rest>.+) \|$", re.MULTILINE)


def wallet_signed_operations() -> set[str]:
    spec = Spec.load()
    schemas = schemas_for(spec)
    found = set()
    for key, operation in spec.by_key.items():
        if operation.body_schema is None:
            continue
        properties = schemas.flatten(operation.body_schema).get("properties", {})
        if set(properties) >= WALLET_BODY:
            found.add(key)
    return found


def _rows() -> dict[str, list[str]]:
    return {match["op"]: [cell.strip() for cell in match["rest"].split(" | ")] for match in _ROW.finditer(DOCS)}


def test_the_spec_has_wallet_signed_operations() -> None:
    assert len(wallet_signed_operations()) == 12


def test_every_wallet_signed_operation_is_covered_or_listed() -> None:
    rows = _rows()
    for operation in sorted(wallet_signed_operations()):
        assert operation in rows, f"{operation} is neither covered nor listed in docs/wallet.md"
        cells = rows[operation]
        if operation in MESSAGE_TYPES:
            type_name, flow, builder = cells
            assert type_name == MESSAGE_TYPES[operation].name
            assert callable(getattr(Wallet, flow.strip("`()")))
            assert callable(getattr(wallet_module, builder.strip("`")))
        else:
            (reason,) = cells
            assert len(reason) > 40, f"{operation}: say why it is not supported"
    assert set(MESSAGE_TYPES) <= wallet_signed_operations()


def test_message_type_table_matches_the_code() -> None:
    for kind in MESSAGE_TYPES.values():
        row = re.search(rf"^\| {kind.name} \| (?P<fields>[^|]+) \|", DOCS, re.MULTILINE)
        assert row is not None, kind.name
        fields = row["fields"].replace(" (an account id)", "").strip()
        if "then" in fields:  # "delegateContract address, then Withdraw's fields"
            base = fields.split("then ")[1].split("'")[0]
            (base_kind,) = [k for k in MESSAGE_TYPES.values() if k.name == base]
            assert kind.fields == (("delegateContract", "address"), *base_kind.fields)
        else:
            assert fields == ", ".join(f"{name} {solidity}" for name, solidity in kind.fields)


def test_the_delegate_domain_choice_is_documented() -> None:
    assert DELEGATE_KEY_DOMAIN is DomainKind.OFF_CHAIN
    assert "We follow the documented example: off-chain" in DOCS
    assert "DELEGATE_KEY_DOMAIN" in DOCS
