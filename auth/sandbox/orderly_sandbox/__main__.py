"""``python -m orderly_sandbox``: serve the sandbox until Ctrl-C, printing its URLs and a test key."""

from __future__ import annotations

import argparse
import ipaddress
import signal
import sys
import threading
from collections.abc import Sequence

from orderly_auth._keys import ENV_ACCOUNT_ID, ENV_KEY, ENV_SECRET

from ._accounts import new_key
from ._sandbox import ALL_SCOPES, Sandbox

ENV_BASE_URL = "ORDERLY_BASE_URL"


def host_warning(host: str) -> str | None:
    """The warning for a ``--host`` that serves beyond this machine (None for a loopback address)."""
    if host == "localhost":
        return None
    try:
        if ipaddress.ip_address(host).is_loopback:
            return None
    except ValueError:
        pass  # a host name: it may resolve to any interface
    return (
        f"warning: --host {host} serves the sandbox beyond this machine: anyone who can reach it can mint "
        "test funds (the faucet needs no signature), register wallets and keys, and read the accounts; "
        "use 127.0.0.1 unless you mean it"
    )


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m orderly_sandbox", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: a free one)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--no-rate-limits", action="store_true", help="do not enforce the spec's rate limits")
    parser.add_argument(
        "--timestamp-window", type=float, default=300.0, help="seconds orderly-timestamp may be off (default: 300)"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the simulated market (default: 0)")
    parser.add_argument(
        "--market-interval",
        type=float,
        default=1.0,
        help="seconds between market steps (default: 1; smaller is a faster market)",
    )
    parser.add_argument("--ws-port", type=int, default=0, help="port of the WebSocket streams (default: a free one)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Start the sandbox, print how to reach it, and serve until interrupted."""
    args = _arguments(argv)
    sandbox = Sandbox(
        args.port,
        host=args.host,
        enforce_rate_limits=not args.no_rate_limits,
        timestamp_window=args.timestamp_window,
        log_limit=1_000,  # a long-running server keeps only the latest requests
        seed=args.seed,
        market_interval=args.market_interval,
        ws_port=args.ws_port,
    )
    key = new_key()
    account_id = sandbox.credentials.account_id
    sandbox.register_key(account_id, key.orderly_key, ALL_SCOPES)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    warning = host_warning(args.host)
    if warning is not None:
        sys.stderr.write(warning + "\n")
    with sandbox:
        lines = [
            f"Orderly sandbox serving on {sandbox.base_url} (Ctrl-C to stop)",
            f"public stream:  {sandbox.ws_public_url}/{{id}}",
            f"private stream: {sandbox.ws_private_url}/{account_id}",
            f"account id:  {account_id}",
            f"orderly key: {key.orderly_key}  (scopes: {', '.join(ALL_SCOPES)})",
            f"secret:      {key.secret}",
            "",
            f"export {ENV_BASE_URL}={sandbox.base_url}",
            f"export {ENV_ACCOUNT_ID}={account_id}",
            f"export {ENV_KEY}={key.orderly_key}",
            f"export {ENV_SECRET}={key.secret}",
        ]
        sys.stdout.write("\n".join(lines) + "\n")
        sys.stdout.flush()
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            sys.stderr.write("stopped\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
