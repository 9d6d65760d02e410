"""The sandbox answers account info, asset history, key info and funding-rate history from its state."""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal

import pytest

from orderly_auth import InsufficientMarginError, create_client
from orderly_auth.bot import fetch_account_risk
from orderly_auth.wallet import LocalSigner, Wallet
from orderly_client.api.private import get_v1_account_info, get_v1_asset_history, get_v1_client_key_info, post_v1_order
from orderly_client.api.public import get_v1_public_funding_rate_history
from orderly_client.models import PostOrderBody
from orderly_sandbox import Sandbox
from tests.bot.bot_support import client_for

ETH = "PERP_ETH_USDC"


def test_account_info_is_the_accounts_own(sandbox: Sandbox) -> None:
    client = client_for(sandbox)
    fresh = get_v1_account_info.sync(client=client).data
    assert fresh.total_collateral_value == fresh.free_collateral == Decimal(10000)  # not the spec's 500000 example
    body = PostOrderBody(symbol=ETH, order_type="MARKET", side="BUY", order_quantity=Decimal("1"))
    post_v1_order.sync(client=client, body=body)
    info = get_v1_account_info.sync(client=client).data
    risk = fetch_account_risk(client)
    assert info.total_collateral_value == risk.total_collateral and info.free_collateral == risk.free_collateral


def test_asset_history_shows_a_real_withdrawal_and_key_info_the_real_keys(sandbox: Sandbox) -> None:
    wallet = Wallet(
        LocalSigner.generate(), broker_id="woofi_pro", chain_id=421614, network="testnet", base_url=sandbox.base_url
    )
    account_id = wallet.register()
    credentials = wallet.add_orderly_key("read,trading")
    sandbox.faucet(account_id, "100")
    wallet.withdraw(credentials, "USDC", Decimal("25.5"))
    client = create_client(credentials, base_url=sandbox.base_url)
    rows = get_v1_asset_history.sync(client=client).data.rows
    assert [(r.side, r.token, r.amount, str(r.trans_status)) for r in rows][:2] == [
        ("WITHDRAW", "USDC", Decimal("25.5"), "COMPLETED"),
        ("DEPOSIT", "USDC", Decimal("100"), "COMPLETED"),
    ]
    assert rows[0].chain_id == "421614" and rows[0].created_time > 1_700_000_000_000  # now, not a 2023 example
    withdrawals = get_v1_asset_history.sync(client=client, side="WITHDRAW").data.rows
    assert len(withdrawals) == 1
    keys = get_v1_client_key_info.sync(client=client).data.rows
    assert [k.orderly_key for k in keys] == [credentials.orderly_key]
    assert keys[0].key_status == "ACTIVE" and set(str(keys[0].scope).split(",")) == {"read", "trading"}


def test_funding_rate_history_is_what_the_simulation_paid(sandbox: Sandbox) -> None:
    client = client_for(sandbox)
    assert get_v1_public_funding_rate_history.sync(client=client, symbol=ETH).data.rows == []  # nothing paid yet
    paid = 0
    while not sandbox.market.state[ETH].funding_history:
        sandbox.market.step(50)
        paid += 1
        assert paid < 100, "the simulation pays funding every few hundred steps"
    rows = get_v1_public_funding_rate_history.sync(client=client, symbol=ETH).data.rows
    state = sandbox.market.state[ETH]
    assert len(rows) == len(state.funding_history)
    assert rows[0].funding_rate == state.last_funding_rate and rows[0].symbol == ETH


def test_max_withdrawable_is_the_engines_limit(sandbox: Sandbox) -> None:
    wallet = Wallet(
        LocalSigner.generate(), broker_id="woofi_pro", chain_id=421614, network="testnet", base_url=sandbox.base_url
    )
    account_id = wallet.register()
    credentials = wallet.add_orderly_key("read,trading")
    sandbox.faucet(account_id, "1000")
    client = create_client(credentials, base_url=sandbox.base_url)
    body = PostOrderBody(symbol=ETH, order_type="MARKET", side="BUY", order_quantity=Decimal("1"))
    post_v1_order.sync(client=client, body=body)  # a position: part of the USDC is margin now
    risk = fetch_account_risk(client)
    limit = risk.max_withdrawable
    assert 0 < limit < risk.usdc
    micro = Decimal("0.000001")  # USDC has 6 decimals: amounts are whole micro-USDC
    allowed = (limit / micro).to_integral_value(ROUND_FLOOR) * micro
    with pytest.raises(InsufficientMarginError):
        wallet.withdraw(credentials, "USDC", allowed + micro)
    wallet.withdraw(credentials, "USDC", allowed)
    assert fetch_account_risk(client).max_withdrawable < micro
