"""Build hook of orderly-sandbox: the bundled specs from the repository into the package.

From a checkout, ``orderly.openapi.yaml`` and ``generated/orderly_sv.openapi.yaml`` sit two folders up
and are force-included next to the modules that read them; from the sdist they are in the package already.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SPECS = {"orderly.openapi.yaml": "orderly.openapi.yaml", "generated/orderly_sv.openapi.yaml": "orderly_sv.openapi.yaml"}


class SpecsHook(BuildHookInterface):  # type: ignore[type-arg]
    """Force-include the repository's bundled specs into ``orderly_sandbox/`` when they are there."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        repository = Path(self.root).resolve().parents[1]
        for source, name in SPECS.items():
            path = repository / source
            if path.is_file() and not (Path(self.root) / "orderly_sandbox" / name).exists():
                build_data["force_include"][str(path)] = f"orderly_sandbox/{name}"
