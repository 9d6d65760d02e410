"""Requests per 1 s window at the server for N processes on one "10 per 1 s" limit, with and without the shared backend.

Usage: python -m tests.rate_limits.measure [--per-process 20] [N ...]   (needs redis-server or valkey-server)
Prints one row per N: the most requests the sandbox saw in any 1 s window, own limiters vs the shared one.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from orderly_sandbox import Sandbox
from tests.rate_limits.processes import account, max_in_any_window, run_processes
from tests.rate_limits.redis_server import RedisServer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("processes", nargs="*", type=int, default=[2, 4, 8])
    parser.add_argument("--per-process", type=int, default=20, help="requests each process sends")
    options = parser.parse_args()
    print("| processes | requests | most in any 1 s window, own limiters | with the shared backend |")
    print("| ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as directory, Sandbox(enforce_rate_limits=False) as sandbox:
        server = RedisServer(Path(directory))
        server.start()
        try:
            for n in options.processes:
                acct = account(sandbox)
                alone = run_processes(sandbox, [acct] * n, options.per_process, backend=None)
                shared = run_processes(sandbox, [acct] * n, options.per_process, backend=server.url, on_error="refuse")
                print(
                    f"| {n} | {n * options.per_process} | {max_in_any_window(alone.times, 1.0)} "
                    f"| {max_in_any_window(shared.times, 1.0)} |",
                    flush=True,
                )
        finally:
            server.stop()


if __name__ == "__main__":
    main()
