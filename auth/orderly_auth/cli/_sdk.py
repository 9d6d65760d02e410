"""Every call the command line makes into the SDK, in one place: the client, the generated operations,
symbol rules, wallet flows, streams and the sandbox. Commands get plain dicts (exact Decimals) back.

When the SDK grows a resource-oriented client object, only this module changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from .. import NETWORKS, Credentials, KeyPair, OrderlyClient, create_client, generate_key
from .._symbols import SymbolRules, symbol_rules

__all__ = [
    "KNOWN_SERVERS",
    "Account",
    "KeyPair",
    "SymbolRules",
    "faucet",
    "new_key",
    "onboard",
    "open_client",
    "run_sandbox",
    "stream",
]


def open_client(credentials: Credentials | None, base_url: str) -> OrderlyClient:
    """The SDK's client for ``base_url`` (``credentials`` may be None: public operations only)."""
    return create_client(credentials, base_url=base_url)


def new_key() -> KeyPair:
    """A fresh ed25519 Orderly key pair."""
    return generate_key()


#: The REST hosts of the named networks (a profile on one of them stores the network's name, not its URL).
KNOWN_SERVERS = frozenset(NETWORKS.values())


def _dict(model: Any) -> dict[str, Any]:
    return dict(model.to_dict())


class Account:
    """The account's reads and order operations, each one generated function's call."""

    def __init__(self, client: OrderlyClient) -> None:
        self.client = client

    def rules(self, symbol: str) -> SymbolRules:
        """The symbol's tick, step and limits (``GET /v1/public/info``)."""
        return symbol_rules(self.client).get(symbol)

    def balances(self) -> list[dict[str, Any]]:
        from orderly_client.api.private import get_v1_client_holding

        return [_dict(row) for row in get_v1_client_holding.sync(client=self.client).data.holding]

    def positions(self) -> dict[str, Any]:
        from orderly_client.api.private import get_v1_positions

        return _dict(get_v1_positions.sync(client=self.client).data)

    def position(self, symbol: str) -> dict[str, Any] | None:
        rows = [row for row in self.positions().get("rows", []) if row.get("symbol") == symbol]
        return rows[0] if rows else None

    def open_orders(self, symbol: str | None) -> list[dict[str, Any]]:
        from orderly_auth import paginate
        from orderly_client.api.private import get_v1_orders

        kwargs: dict[str, Any] = {"status": "INCOMPLETE", "size": 100}
        if symbol:
            kwargs["symbol"] = symbol
        return [_dict(order) for order in paginate(get_v1_orders, client=self.client, **kwargs)]

    def fills(self, symbol: str | None, limit: int) -> list[dict[str, Any]]:
        from orderly_client.api.private import get_v1_trades

        kwargs: dict[str, Any] = {"size": limit}
        if symbol:
            kwargs["symbol"] = symbol
        return [_dict(row) for row in get_v1_trades.sync(client=self.client, **kwargs).data.rows]

    def info(self) -> dict[str, Any]:
        from orderly_client.api.private import get_v1_client_info

        return _dict(get_v1_client_info.sync(client=self.client).data)

    def leverage(self, symbol: str) -> dict[str, Any]:
        from orderly_client.api.private import get_v1_client_leverage

        return _dict(get_v1_client_leverage.sync(client=self.client, symbol=symbol).data)

    def set_leverage(self, symbol: str, leverage: int) -> dict[str, Any]:
        from orderly_client.api.private import post_v1_client_leverages
        from orderly_client.models import PostV1ClientLeveragesBody

        body = PostV1ClientLeveragesBody(symbol=symbol, leverage=leverage)
        post_v1_client_leverages.sync(client=self.client, body=body)
        return self.leverage(symbol)

    def place(
        self,
        symbol: str,
        side: str,
        order_type: str,
        quantity: Decimal,
        price: Decimal | None,
        *,
        reduce_only: bool = False,
        client_order_id: str | None = None,
    ) -> dict[str, Any]:
        from orderly_client.api.private import post_v1_order
        from orderly_client.models import PostOrderBody

        fields: dict[str, Any] = {
            "symbol": symbol,
            "side": side,
            "order_type": order_type,
            "order_quantity": quantity,
        }
        if price is not None:
            fields["order_price"] = price
        if reduce_only:
            fields["reduce_only"] = True
        if client_order_id:
            fields["client_order_id"] = client_order_id
        return _dict(post_v1_order.sync(client=self.client, body=PostOrderBody(**fields)).data)

    def order(self, order_id: int) -> dict[str, Any]:
        from orderly_client.api.private import get_v1_order_order_id

        return _dict(get_v1_order_order_id.sync(client=self.client, order_id=order_id).data)

    def edit(self, order: dict[str, Any], price: Decimal | None, quantity: Decimal | None) -> dict[str, Any]:
        from orderly_client.api.private import put_v1_order
        from orderly_client.models import OrderBody
        from orderly_client.types import UNSET

        body = OrderBody(
            order_id=order["order_id"],
            symbol=order["symbol"],
            side=order["side"],
            order_type=order["type"],
            order_price=price if price is not None else (order.get("price") or UNSET),
            order_quantity=quantity if quantity is not None else order["quantity"],
        )
        return _dict(put_v1_order.sync(client=self.client, body=body).data)

    def cancel(self, symbol: str, order_id: int) -> dict[str, Any]:
        from orderly_client.api.private import delete_v1_order

        return _dict(delete_v1_order.sync(client=self.client, symbol=symbol, order_id=order_id).data)

    def cancel_all(self, symbol: str | None) -> dict[str, Any]:
        from orderly_client.api.private import delete_v1_orders

        if symbol:
            return _dict(delete_v1_orders.sync(client=self.client, symbol=symbol).data)
        return _dict(delete_v1_orders.sync(client=self.client).data)


def faucet(client: OrderlyClient, address: str, broker_id: str, chain_id: int | None) -> dict[str, Any]:
    """Testnet USDC for a wallet's account (``POST /v1/faucet/usdc``, on the operator host the spec names)."""
    from orderly_client.api.public import post_v1_faucet_usdc
    from orderly_client.models import PostV1FaucetUsdcBody

    body = PostV1FaucetUsdcBody(user_address=address, broker_id=broker_id)
    if chain_id is not None:
        body.chain_id = str(chain_id)
    return _dict(post_v1_faucet_usdc.sync(client=client, body=body))


def onboard(
    private_key: str | None,
    *,
    broker_id: str,
    chain_id: int,
    network: str,
    base_url: str,
    scope: str,
    valid_for_days: float,
) -> tuple[str, str, Credentials, KeyPair]:
    """Register the wallet (unless it is already) and add a new Orderly key: (address, account id, credentials, key).

    The key pair is made here and handed to the wallet flow, so its secret can be stored for later runs.

    ``private_key`` None: a freshly generated wallet (the sandbox, trying things out).
    """
    from orderly_auth.wallet import LocalSigner, Wallet

    signer = LocalSigner(private_key) if private_key else LocalSigner.generate()
    with Wallet(signer, broker_id=broker_id, chain_id=chain_id, network=network, base_url=base_url) as wallet:
        account_id = wallet.registered_account_id() or wallet.register()
        pair = generate_key()
        credentials = wallet.add_orderly_key(scope, valid_for_days=valid_for_days, key=pair)
        return wallet.address, account_id, credentials, pair


def stream(credentials: Credentials | None, base_url: str, public_url: str | None, private_url: str | None) -> Any:
    """The SDK's stream client (sync), on the same server as the REST client."""
    from orderly_auth.stream import Stream

    return Stream(credentials, base_url=base_url, public_url=public_url, private_url=private_url)


def run_sandbox(argv: Sequence[str]) -> int:
    """Serve the offline sandbox until interrupted (what ``python -m orderly_sandbox`` does)."""
    from orderly_sandbox.__main__ import main

    return main(list(argv))
