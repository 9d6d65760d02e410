"""How the examples get a client: the offline sandbox, or the network named in the environment."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from orderly_network import Credentials, Orderly


@contextlib.contextmanager
def connect_client() -> Iterator[tuple[Orderly, bool]]:
    """The client object, and whether it talks to the offline sandbox.

    With ORDERLY_ACCOUNT_ID / ORDERLY_SECRET set it uses them on ORDERLY_BASE_URL, else on
    ORDERLY_NETWORK (default testnet); with neither it starts the sandbox in this process.
    """
    if os.environ.get("ORDERLY_ACCOUNT_ID") or os.environ.get("ORDERLY_SECRET"):
        credentials = Credentials.from_env()
        base_url = os.environ.get("ORDERLY_BASE_URL")
        network = None if base_url else os.environ.get("ORDERLY_NETWORK", "testnet")
        print(f"Using account {credentials.account_id} on {base_url or network}", flush=True)
        with Orderly(credentials, network=network, base_url=base_url) as client:
            yield client, False
        return
    from orderly_sandbox import Sandbox

    with Sandbox() as sandbox:
        print(f"No ORDERLY_* credentials set: using the offline sandbox at {sandbox.base_url}", flush=True)
        print(f"Test account {sandbox.credentials.account_id}, key {sandbox.credentials.orderly_key}", flush=True)
        with Orderly(sandbox.credentials, base_url=sandbox.base_url) as client:
            yield client, True
