"""The ``orderly`` command line (the ``cli`` extra: Click and Rich): ``orderly --help``.

Only the console script imports this package; ``import orderly_auth`` never loads Click or Rich.
"""

import sys

__all__ = ["main"]


def main() -> None:
    """Entry point of the ``orderly`` console script."""
    from ._app import main as run

    sys.exit(run())
