"""Deprecated since 0.2, removed in 0.3: the sandbox is its own distribution now, imported as ``orderly_sandbox``.

``from orderly_auth.sandbox import Sandbox`` keeps working for one release (with a DeprecationWarning);
``pip install orderly-client[sandbox]`` installs ``orderly_sandbox``. Its private modules are not aliased here.
"""

from __future__ import annotations

import warnings

warnings.warn(
    "orderly_auth.sandbox is deprecated: import orderly_sandbox (pip install orderly-client[sandbox])",
    DeprecationWarning,
    stacklevel=2,
)

from orderly_sandbox import *  # noqa: E402, F403 (the shim re-exports the whole public API)
from orderly_sandbox import __all__ as __all__  # noqa: E402
