"""The README's Python examples and examples/ type-check with ``mypy --strict`` as written: no asserts, no casts.

Calls are typed for the success path (an error raises), so the answer of ``sync()`` is the model itself.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README_BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), flags=re.DOTALL)
# The README's blocks after the first use the `client` the first one makes.
PRELUDE = "from orderly_client.client import AuthenticatedClient\n\nclient: AuthenticatedClient\n"


def _mypy(*targets: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--strict"]
    command += ["--cache-dir", str(cwd / ".mypy_cache"), *map(str, targets)]
    return subprocess.run(command, cwd=cwd, check=False, capture_output=True, text=True, timeout=600)


def test_readme_examples_have_no_asserts_or_casts() -> None:
    assert len(README_BLOCKS) >= 4
    for block in README_BLOCKS:
        assert not re.search(r"^\s*assert\b|\bcast\(", block, flags=re.MULTILINE), block


def test_examples_have_no_asserts_or_casts() -> None:
    for path in sorted((ROOT / "examples").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*assert\b|\bcast\(|# type: ignore", text, flags=re.MULTILINE), path.name


def test_readme_and_examples_pass_mypy_strict(tmp_path: Path) -> None:
    for index, block in enumerate(README_BLOCKS):
        prelude = "" if "Orderly(" in block else PRELUDE  # a block that makes its own client object
        (tmp_path / f"readme_block_{index}.py").write_text(prelude + block, encoding="utf-8")
    result = _mypy(*sorted(tmp_path.glob("readme_block_*.py")), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    result = _mypy("examples", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("rows: list[Trade] = list(paginate(get_v1_orders, client=client))", "PaginatedOperation[Trade]"),
        ("placed = post_v1_order.sync(client=client, body=body)\nplaced.data.nope", 'has no attribute "nope"'),
    ],
)
def test_mypy_catches_what_the_types_say(tmp_path: Path, code: str, message: str) -> None:
    """The checker is not vacuous: the typed answers and rows catch a wrong use."""
    source = (
        PRELUDE + "from orderly_auth import paginate\n"
        "from orderly_client.api.private import get_v1_orders, post_v1_order\n"
        "from orderly_client.models import PostOrderBody, Trade\n"
        'body = PostOrderBody(symbol="PERP_ETH_USDC", order_type="LIMIT", side="BUY", order_price=1)\n' + code + "\n"
    )
    (tmp_path / "wrong.py").write_text(source, encoding="utf-8")
    result = _mypy(tmp_path / "wrong.py", cwd=tmp_path)
    assert result.returncode == 1
    assert message in result.stdout


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ('client.orders.create(symbol="PERP_ETH_USDC", order_type="LIMT", side="BUY")', '"order_type"'),
        ('client.orders.create(symbol="PERP_ETH_USDC", order_type="LIMIT")', 'Missing named argument "side"'),
        ("client.orders.get(order_id=1).nope", 'has no attribute "nope"'),
        ("total: int = client.positions.get(symbol='PERP_ETH_USDC').position_qty", "Decimal"),
        ("rows: list[Trade] = list(client.orders.list())", "Iterator[Order]"),
    ],
)
def test_mypy_catches_misuse_of_the_client_object(tmp_path: Path, code: str, message: str) -> None:
    """A misspelt enum string, a missing required field, a wrong attribute or type: mypy says so."""
    source = (
        "from orderly_network import Orderly\nfrom orderly_network.models import Trade\n\n"
        "client = Orderly()\n" + code + "\n"
    )
    (tmp_path / "wrong.py").write_text(source, encoding="utf-8")
    result = _mypy(tmp_path / "wrong.py", cwd=tmp_path)
    assert result.returncode == 1, result.stdout
    assert message in result.stdout, result.stdout
