"""Onboarding from a fresh wallet: register, add a trading key, place and cancel an order, settle, withdraw.

Runs offline against the sandbox, which verifies every wallet signature as Orderly does. Against
testnet, give a funded wallet's key and a broker: ``ORDERLY_WALLET_KEY=0x... python examples/onboarding.py``
(``ORDERLY_BROKER_ID``, default woofi_pro; ``ORDERLY_CHAIN_ID``, default 421614 Arbitrum Sepolia).

    python examples/onboarding.py
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from orderly_auth.wallet import LocalSigner, Wallet
from orderly_network import Credentials, Orderly, OrderlyError

if TYPE_CHECKING:
    from orderly_sandbox import Sandbox

SYMBOL = "PERP_ETH_USDC"


def step(number: int, title: str) -> None:
    print(f"\n[{number}] {title}", flush=True)


@contextlib.contextmanager
def wallet_and_funds() -> Iterator[tuple[Wallet, Sandbox | None]]:
    """A wallet on testnet (ORDERLY_WALLET_KEY set) or a fresh one on the offline sandbox, and the sandbox if any."""
    broker_id = os.environ.get("ORDERLY_BROKER_ID", "woofi_pro")
    chain_id = int(os.environ.get("ORDERLY_CHAIN_ID", "421614"))
    if os.environ.get("ORDERLY_WALLET_KEY"):
        signer = LocalSigner(os.environ["ORDERLY_WALLET_KEY"])
        with Wallet(signer, broker_id=broker_id, chain_id=chain_id, network="testnet") as wallet:
            yield wallet, None
        return
    from orderly_sandbox import Sandbox

    with Sandbox() as sandbox:
        print(f"No ORDERLY_WALLET_KEY set: using the offline sandbox at {sandbox.base_url}")
        signer = LocalSigner.generate()
        with Wallet(signer, broker_id=broker_id, chain_id=chain_id, network="testnet", base_url=sandbox.base_url) as w:
            yield w, sandbox


def client_of(wallet: Wallet, credentials: Credentials) -> Orderly:
    """The client object for the wallet's server, signing with the new key."""
    return Orderly(credentials, network=None if wallet.base_url else wallet.network, base_url=wallet.base_url)


def balances(wallet: Wallet, credentials: Credentials) -> str:
    with client_of(wallet, credentials) as client:
        holdings = client.assets.holdings().holding
    return ", ".join(f"{row.holding.normalize():f} {row.token}" for row in holdings) or "none"


def onboard(wallet: Wallet, sandbox: Sandbox | None) -> None:
    step(1, f"Wallet {wallet.address} (chain {wallet.chain_id}, broker {wallet.broker_id})")
    print(f"    account id derived locally: {wallet.account_id}")

    step(2, "Register the account (EIP-712 Registration)")
    account_id = wallet.registered_account_id() or wallet.register()
    print(f"    registered: {account_id} (matches the derived id)")

    step(3, "Add a trading key (ed25519 pair made here, AddOrderlyKey signed by the wallet)")
    credentials = wallet.add_orderly_key("read,trading", valid_for_days=30)
    print(f"    new key {credentials.orderly_key}, valid 30 days")

    if sandbox is not None:  # offline: the sandbox's faucet, and some realised PnL to settle
        sandbox.faucet(account_id, Decimal("1000"))
        sandbox.add_pnl(account_id, Decimal("12.5"))
    print(f"    balances: {balances(wallet, credentials)}")

    step(4, f"Place and cancel a LIMIT order on {SYMBOL} with the new key")
    client_order_id = f"onboarding-{int(time.time() * 1000)}"
    with client_of(wallet, credentials) as client:
        mark = next(row.mark_price for row in client.market.tickers().rows if row.symbol == SYMBOL)
        rules = client.symbols.get(SYMBOL)
        placed = client.orders.create(
            symbol=SYMBOL,
            order_type="LIMIT",
            side="BUY",
            order_price=rules.round_price(mark * Decimal("0.9"), "floor"),  # below the market: it rests
            order_quantity="0.01",
            client_order_id=client_order_id,
        )
        print(f"    placed order {placed.order_id}")
        cancelled = client.orders.cancel_by_client_id(symbol=SYMBOL, client_order_id=client_order_id)
        print(f"    {cancelled.status}")

    step(5, "Settle PnL (EIP-712 SettlePnl)")
    settle_id = wallet.settle_pnl(credentials)
    print(f"    settlement {settle_id}; balances: {balances(wallet, credentials)}")

    step(6, "Withdraw 100.25 USDC to the wallet (EIP-712 Withdraw, amount signed in raw units)")
    withdraw_id = wallet.withdraw(credentials, "USDC", Decimal("100.25"))
    print(f"    withdrawal {withdraw_id}; balances: {balances(wallet, credentials)}")


def main() -> int:
    try:
        with wallet_and_funds() as (wallet, sandbox):
            onboard(wallet, sandbox)
    except OrderlyError as exc:
        print(f"\nfailed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print("\ndone.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
