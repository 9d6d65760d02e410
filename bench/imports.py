"""Cold import time and peak RSS of one client, in a fresh interpreter.

Usage: python bench/imports.py TARGET --url URL

TARGET is ``baseline`` (nothing), ``ours`` (``import orderly_auth`` and one endpoint module),
``connector``, ``ccxt`` or ``ccxt-async``. Prints JSON: seconds to import, peak RSS (KiB, VmHWM) after the
import and after building the client and sending one signed DELETE to the bench server.
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import time
from typing import Any

from common import CLIENT_CPU, CLIENT_ORDER_ID, SYMBOL, keys, pin

IMPORTS = {
    "baseline": [],
    "ours": ["orderly_auth", "orderly_client.api.private.delete_v1_client_order"],
    "connector": ["orderly_evm_connector.rest"],
    "ccxt": ["ccxt"],
    "ccxt-async": ["ccxt.async_support"],
}


def _rss_kib() -> int:
    """Peak RSS of this process in KiB: VmHWM (ru_maxrss would carry the parent's peak across fork+exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def one_call(target: str, url: str) -> Any:
    account_id, orderly_key, secret = keys()
    if target == "ours":
        from orderly_auth import Credentials, RateLimitConfig, create_client
        from orderly_client.api.private import delete_v1_client_order

        client = create_client(Credentials(account_id, secret), base_url=url, rate_limit=RateLimitConfig(enabled=False))
        return delete_v1_client_order.sync(client=client, symbol=SYMBOL, client_order_id=CLIENT_ORDER_ID)
    if target == "connector":
        from orderly_evm_connector.rest import Rest

        rest = Rest(orderly_key=orderly_key, orderly_secret=secret, orderly_account_id=account_id, orderly_api_url=url)
        return rest.cancel_order_by_client_order_id(client_order_id=CLIENT_ORDER_ID, symbol=SYMBOL)
    if target in ("ccxt", "ccxt-async"):
        import ccxt
        import ccxt.async_support

        module: Any = ccxt.async_support if target == "ccxt-async" else ccxt
        exchange = module.woofipro(
            {"apiKey": orderly_key, "secret": secret, "accountId": account_id, "enableRateLimit": False}
        )
        exchange.urls["api"] = {"public": url, "private": url}
        params = {"symbol": SYMBOL, "client_order_id": CLIENT_ORDER_ID}
        if target == "ccxt":
            return exchange.v1PrivateDeleteClientOrder(params)
        import asyncio  # imported here so that it does not count for the imports measured before

        async def run() -> Any:
            try:
                return await exchange.v1PrivateDeleteClientOrder(params)
            finally:
                await exchange.close()

        return asyncio.run(run())
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("target", choices=sorted(IMPORTS))
    parser.add_argument("--url", required=True)
    args = parser.parse_args()
    pin(CLIENT_CPU)
    started = time.perf_counter()
    for name in IMPORTS[args.target]:
        importlib.import_module(name)
    import_s = time.perf_counter() - started
    rss_import = _rss_kib()
    one_call(args.target, args.url)
    print(json.dumps({"import_s": import_s, "rss_import_kib": rss_import, "rss_call_kib": _rss_kib()}))


if __name__ == "__main__":
    main()
