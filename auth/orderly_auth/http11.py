"""The lean HTTP/1.1 transports: an explicit opt-in, faster than httpx2's own for this API.

    from orderly_auth import create_client
    from orderly_auth.http11 import AsyncHTTP11Transport, HTTP11Transport

    client = create_client(credentials, transport=HTTP11Transport(), async_transport=AsyncHTTP11Transport())

Measured by ``make bench`` (docs/benchmarks.md): lower sequential latency and several times the
throughput of httpx2's transports with 50 requests in flight. Limits: HTTP/1.1 only (no HTTP/2),
no proxies and no proxy environment variables (``trust_env`` has no effect), no
``Expect: 100-continue``; TLS through :mod:`ssl` with httpx2's certificate handling (``verify``).
Tools that hook httpx2's own transports (tracing, mocking) do not see its requests.
"""

from ._http11 import AsyncHTTP11Transport, HTTP11Transport

__all__ = ["AsyncHTTP11Transport", "HTTP11Transport"]
