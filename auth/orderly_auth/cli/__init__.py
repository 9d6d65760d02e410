"""The ``orderly`` command line (the ``cli`` extra: Click and Rich): ``orderly --help``.

Only the console script imports this package; ``import orderly_auth`` never loads Click or Rich.
"""

import sys

__all__ = ["main"]


def main() -> None:
    """Entry point of the ``orderly`` console script."""
    try:
        import click  # noqa: F401
        import rich  # noqa: F401
    except ImportError:  # the script is installed with the SDK; its libraries come with the extra
        sys.stderr.write("the orderly command needs the cli extra: pip install 'orderly-client[cli]'\n")
        sys.exit(3)
    from ._app import main as run

    sys.exit(run())
