"""The lean HTTP/1.1 transports: what the default connection layer sends direct requests through.

``create_client`` uses them for every request that goes straight to the server (no proxy), behind a
layer that routes proxied requests as httpx2 does. Passed explicitly, they skip that routing:

    from orderly_auth import create_client
    from orderly_auth.http11 import AsyncHTTP11Transport, HTTP11Transport

    client = create_client(credentials, transport=HTTP11Transport(), async_transport=AsyncHTTP11Transport())

Measured by ``make bench`` (docs/benchmarks.md): lower sequential latency and several times the
throughput of httpx2's transports with 50 requests in flight. Limits: HTTP/1.1 only (no HTTP/2), no
proxies of their own, no ``Expect: 100-continue``; TLS through :mod:`ssl` with httpx2's certificate
handling (``verify``, and with ``trust_env`` ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``). Tools that hook
httpx2's own transports (rather than the client) do not see their requests.
"""

from ._http11 import HTTP11Transport
from ._http11_async import AsyncHTTP11Transport

__all__ = ["AsyncHTTP11Transport", "HTTP11Transport"]
