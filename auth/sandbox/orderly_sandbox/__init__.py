"""A local Orderly-like server (REST and WebSocket streams, a simulated market) for tests, demos and offline work.

Import it as ``orderly_sandbox``, its own distribution (orderly-sandbox, released with the SDK at the same
version; ``pip install orderly-client[sandbox]`` installs it, with PyYAML, websockets and eth-account)::

    from orderly_sandbox import Fault, Sandbox

    with Sandbox() as sb:                  # a free loopback port, served from a daemon thread
        sb.base_url                        # "http://127.0.0.1:PORT"
        sb.ws_public_url                   # "ws://127.0.0.1:PORT/ws/stream" (append "/{id}")
        sb.ws_private_url                  # "ws://127.0.0.1:PORT/v2/ws/private/stream" (append "/{account_id}")
        sb.market.step(5); sb.market.book("PERP_ETH_USDC")   # move the market; its own book
        sb.credentials                     # Credentials of a fresh account; its key has every scope
        sb.add_account(scopes=["read"])    # another account, with a read-only key
        sb.inject("POST", "/v1/order", Fault.reset_after_read())
        sb.requests.last                   # what the server received, and what it did with it

From a shell, ``python -m orderly_sandbox --port 8090`` prints the URLs and a test key.

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
| orders: price off ``quote_tick`` or out of range around the mark     | 400  | -1103 |
| orders: quantity off ``base_tick`` or outside ``base_min..base_max`` | 400  | -1104 |
| orders: price x quantity below ``min_notional``                      | 400  | -1102 |
| orders: initial margin above the account's collateral                | 400  | -1101 |
| orders: unknown, another account's, or no longer open                | 400  | -1006 |
| orders: ``client_order_id`` held by one of the account's open orders | 409  | -1007 |

The market (``sb.market``, :mod:`._market`) is simulated and seeded: a book per listed symbol
(:data:`._symbols.SYMBOLS`) with liquidity around a moving mark, matching with price-time
priority, fills into positions and balances (``sb.balances``). Orders, trades, positions,
holdings, account info (``/v1/client/info``, ``/v1/account_info``), asset history (the faucet,
starting funds and withdrawals), key info, funding-rate history (what the simulation paid) and the
market data operations answer from it; ``cancel_all_after`` arms a deadline a timer thread fires;
margins follow Orderly's IMR/MMR formulas (with the IMR factor). Every other operation
answers the example built from its response schema. The WebSocket streams (:mod:`._ws`) push
the same state; ``sb.stream_faults`` breaks them on purpose.

Wallet operations (registration, Orderly keys, withdrawals, settlement, transfers, delegate signer,
Strategy Vault; :mod:`._wallet_handlers`) are answered from state too: the wallet's EIP-712 signature
is verified (the signer recovered with eth-account must be ``userAddress``), then, where Orderly
documents no code, these are the sandbox's choices:

| wallet check                                                          | HTTP | code  |
| --------------------------------------------------------------------- | ---- | ----- |
| signed key past its expiration (keys added by ``AddOrderlyKey``)      | 401  | -1002 |
| a signed field missing or not of its Solidity type; bad signature     | 400  | -1005 |
| signature does not recover ``userAddress`` (other key, domain, data)  | 400  | -1005 |
| ``verifyingContract`` not the network's; chain, broker, token unknown | 400  | -1005 |
| message ``timestamp`` more than 300 s from the server clock           | 400  | -1005 |
| registration nonce not issued, used, or older than 2 minutes         | 400  | -1005 |
| key: scope unknown, expiry past or over 365 days, bad ``orderlyKey``  | 400  | -1005 |
| funds: the wallet does not own the key's account; receiver not own    | 400  | -1005 |
| withdraw/settle/transfer nonce ahead of the issued one                | 400  | -1005 |
| wallet not registered (key, ``get_account``); receiver account unknown | 400  | -1006 |
| wallet registered twice, key added twice, a fund nonce used again     | 409  | -1007 |
| withdrawal, transfer or vault deposit above the balance               | 400  | -1101 |

``GET /v1/tv/kline_history`` serves the live candles and before them a deterministic past
(:mod:`._history`), so history downloads over any past range can be checked exactly; ``POST
/v1/faucet/usdc`` credits 1000 USDC to a registered wallet's account.
``sb.faucet(account_id, amount, token="USDC")`` funds an account; ``sb.add_pnl`` books PnL that a
``settle_pnl`` moves into USDC; ``Sandbox(network="testnet")`` picks the verifying contracts.

The Strategy Vault's operations (``create_sv_client(base_url=sb.base_url)``) answer the examples
built from its spec's response schemas.
"""

from ._balances import Balances, InsufficientBalanceError
from ._faults import Fault
from ._log import RecordedRequest, RequestLog
from ._market import BookView, Market
from ._orders import MARK_PRICES
from ._sandbox import ALL_SCOPES, Sandbox
from ._stream_faults import StreamFaultRecord, StreamFaults
from ._symbols import SYMBOLS, SymbolInfo

__all__ = [
    "ALL_SCOPES",
    "MARK_PRICES",
    "SYMBOLS",
    "Balances",
    "BookView",
    "Fault",
    "InsufficientBalanceError",
    "Market",
    "RecordedRequest",
    "RequestLog",
    "Sandbox",
    "StreamFaultRecord",
    "StreamFaults",
    "SymbolInfo",
]
