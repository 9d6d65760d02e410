"""Deprecated since 0.2, removed in 0.3: ``python -m orderly_auth.sandbox`` runs ``python -m orderly_sandbox``."""

from __future__ import annotations

import sys

from orderly_sandbox.__main__ import main

if __name__ == "__main__":
    sys.stderr.write("python -m orderly_auth.sandbox is deprecated: use python -m orderly_sandbox\n")
    sys.exit(main())
