"""A local Orderly-like REST server for tests, demos and offline development.

Import it as ``orderly_auth.sandbox`` (``import orderly_auth`` does not load it; it needs the
``sandbox`` extra for PyYAML)::

    from orderly_auth.sandbox import Fault, Sandbox

    with Sandbox() as sb:                  # a free loopback port, served from a daemon thread
        sb.base_url                        # "http://127.0.0.1:PORT"
        sb.credentials                     # Credentials of a fresh account; its key has every scope
        sb.add_account(scopes=["read"])    # another account, with a read-only key
        sb.inject("POST", "/v1/order", Fault.reset_after_read())
        sb.requests.last                   # what the server received, and what it did with it

From a shell, ``python -m orderly_auth.sandbox --port 8090`` prints the URL and a test key.

What it checks, in this order, and how it answers (``{"success": false, "code", "message",
"timestamp"}``; successes are ``{"success": true, "data", "timestamp"}``, compact JSON):

| check                                                                | HTTP | code  |
| -------------------------------------------------------------------- | ---- | ----- |
| method and path are an operation of the bundled spec (or the SV one) | 404  | -1000 |
| signed: the four ``orderly-*`` headers present, once, well formed    | 401  | -1001 |
| signed: timestamp within 300 s of the server clock (settable)        | 401  | -1002 |
| signed: key registered to the account, signature verifies, scope     | 401  | -1002 |
| signed: Content-Type JSON for POST/PUT, form-urlencoded GET/DELETE   | 400  | -1005 |
| the operation's ``x-rate-limit`` (sliding window)                    | 429  | -1003 |
| query parameter unknown, or a required one missing                   | 400  | -1004 |
| parameter or JSON body of the wrong type, enum, range or format      | 400  | -1005 |
| signed order requests: ``x-recv-window`` exceeded                    | 401  | -1002 |
| orders: bad symbol/side/type/price/quantity/client_order_id          | 400  | -1005 |
| orders: unknown, another account's, or no longer open                | 400  | -1006 |
| orders: ``client_order_id`` held by one of the account's open orders | 409  | -1007 |

Orders are real state per account; the market is simulated, not matched: each listed symbol
(:data:`MARK_PRICES`) has a fixed mark price, MARKET orders and marketable IOC/FOK fill there,
LIMIT orders rest as NEW until cancelled. The market data operations list those symbols at those
prices. Every other operation answers the example built from its response schema, the Strategy
Vault's (``create_sv_client(base_url=sb.base_url)``) included.
"""

from ._faults import Fault
from ._log import RecordedRequest, RequestLog
from ._orders import MARK_PRICES
from ._sandbox import ALL_SCOPES, Sandbox

__all__ = ["ALL_SCOPES", "MARK_PRICES", "Fault", "RecordedRequest", "RequestLog", "Sandbox"]
