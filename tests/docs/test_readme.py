"""The README's Python examples run as written, against the sandbox (placeholders excepted).

Blocks that do not make their own use ``client``, the client object (``Orderly``) the credentials block makes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from orderly_network import Orderly, Settings
from orderly_sandbox import Sandbox
from tests.live_support import NO_LIMITS

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
RUNNABLE = [block for block in BLOCKS if "…" not in block]  # "0x…" marks a placeholder for your own key


def test_the_readme_has_examples_and_only_one_needs_your_key() -> None:
    assert len(BLOCKS) >= 4
    assert len(BLOCKS) - len(RUNNABLE) == 1


@pytest.mark.parametrize("block", RUNNABLE, ids=[b.splitlines()[0][:40] for b in RUNNABLE])
def test_readme_example_runs(block: str, capsys: pytest.CaptureFixture[str]) -> None:
    with Sandbox(enforce_rate_limits=False) as sandbox:
        settings = Settings(rate_limit=NO_LIMITS)
        with Orderly(sandbox.credentials, base_url=sandbox.base_url, settings=settings) as client:
            exec(compile(block, str(README), "exec"), {"client": client})
    capsys.readouterr()
