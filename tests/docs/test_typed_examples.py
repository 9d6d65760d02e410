"""The README's Python examples and examples/ type-check with ``mypy --strict`` as written: no asserts, no casts.

Calls are typed for the success path (an error raises), so the answer of ``sync()`` is the model itself.
"""

from __future__ import annotations

import fcntl
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.long  # one mypy run (seconds when its cache is cold): scheduled first

ROOT = Path(__file__).resolve().parents[2]
README_BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), flags=re.DOTALL)
# The README's blocks that make no client use the client object (`Orderly`) the credentials block makes.
PRELUDE = "from orderly_network import Orderly\n\nclient: Orderly\n"


# What each wrong use must make mypy say: the checker is not vacuous. (code, message)
WRONG_TYPED_CALLS = [
    ("rows: list[Trade] = list(paginate(get_v1_orders, client=client))", "PaginatedOperation[Trade]"),
    ("placed = post_v1_order.sync(client=client, body=body)\nplaced.data.nope", 'has no attribute "nope"'),
]
WRONG_CLIENT_OBJECT = [
    ('client.orders.create(symbol="PERP_ETH_USDC", order_type="LIMT", side="BUY")', '"order_type"'),
    ('client.orders.create(symbol="PERP_ETH_USDC", order_type="LIMIT")', 'Missing named argument "side"'),
    ("client.orders.get(order_id=1).nope", 'has no attribute "nope"'),
    ("total: int = client.positions.get(symbol='PERP_ETH_USDC').position_qty", "Decimal"),
    ("rows: list[Trade] = list(client.orders.list())", "Iterator[Order]"),
]
TYPED_CALLS_PRELUDE = (
    "from orderly_client.client import AuthenticatedClient\n\nclient: AuthenticatedClient\n"
    "from orderly_auth import paginate\n"
    "from orderly_client.api.private import get_v1_orders, post_v1_order\n"
    "from orderly_client.models import PostOrderBody, Trade\n"
    'body = PostOrderBody(symbol="PERP_ETH_USDC", order_type="LIMIT", side="BUY", order_price=1)\n'
)
CLIENT_OBJECT_PRELUDE = (
    "from orderly_network import Orderly\nfrom orderly_network.models import Trade\n\nclient = Orderly()\n"
)


@pytest.fixture(scope="module")
def mypy_says(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """One ``mypy --strict`` run over the README's blocks, examples/ and every wrong use: what it says, by file.

    One run, not one per file: the SDK's typed surface is checked once, with the repository's cache, which
    ``make typecheck`` has warmed with the same settings.
    """
    folder = tmp_path_factory.mktemp("typed")
    for index, block in enumerate(README_BLOCKS):
        prelude = "" if "Orderly(" in block else PRELUDE  # a block that makes its own client object
        (folder / f"readme_block_{index}.py").write_text(prelude + block, encoding="utf-8")
    for index, (code, _) in enumerate(WRONG_TYPED_CALLS):
        (folder / f"wrong_call_{index}.py").write_text(TYPED_CALLS_PRELUDE + code + "\n", encoding="utf-8")
    for index, (code, _) in enumerate(WRONG_CLIENT_OBJECT):
        (folder / f"wrong_client_{index}.py").write_text(CLIENT_OBJECT_PRELUDE + code + "\n", encoding="utf-8")
    checked = [*sorted(folder.glob("*.py")), *sorted((ROOT / "examples").glob("*.py"))]
    command = [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--strict"]
    command += ["--cache-dir", str(ROOT / ".mypy_cache"), "--no-error-summary", "--show-absolute-path"]
    # One mypy at a time on that cache (SQLite): every worker and `make typecheck` (which runs beside the tests in
    # `make test`) take the repository's lock file.
    with (ROOT / ".mypy_cache.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        result = subprocess.run([*command, *map(str, checked)], cwd=ROOT, check=False, capture_output=True, text=True)
    assert result.returncode in {0, 1} and not result.stderr, result.stdout + result.stderr
    says: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        path, _, rest = line.partition(":")
        says.setdefault(Path(path).name, []).append(rest)
    assert set(says) <= {path.name for path in checked}, result.stdout
    return says


def test_readme_examples_have_no_asserts_or_casts() -> None:
    assert len(README_BLOCKS) >= 4
    for block in README_BLOCKS:
        assert not re.search(r"^\s*assert\b|\bcast\(", block, flags=re.MULTILINE), block


def test_examples_have_no_asserts_or_casts() -> None:
    for path in sorted((ROOT / "examples").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*assert\b|\bcast\(|# type: ignore", text, flags=re.MULTILINE), path.name


def test_readme_and_examples_pass_mypy_strict(mypy_says: dict[str, list[str]]) -> None:
    assert {name: said for name, said in mypy_says.items() if not name.startswith("wrong_")} == {}


@pytest.mark.parametrize(("index", "message"), [(i, message) for i, (_, message) in enumerate(WRONG_TYPED_CALLS)])
def test_mypy_catches_what_the_types_say(mypy_says: dict[str, list[str]], index: int, message: str) -> None:
    """The checker is not vacuous: the typed answers and rows catch a wrong use."""
    said = mypy_says.get(f"wrong_call_{index}.py", [])
    assert any(" error: " in line for line in said) and message in "\n".join(said), said


@pytest.mark.parametrize(("index", "message"), [(i, message) for i, (_, message) in enumerate(WRONG_CLIENT_OBJECT)])
def test_mypy_catches_misuse_of_the_client_object(mypy_says: dict[str, list[str]], index: int, message: str) -> None:
    """A misspelt enum string, a missing required field, a wrong attribute or type: mypy says so."""
    said = mypy_says.get(f"wrong_client_{index}.py", [])
    assert any(" error: " in line for line in said) and message in "\n".join(said), said
