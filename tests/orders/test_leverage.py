"""Leverage over REST, with the generated functions: the sandbox's margin checks follow what was set."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from orderly_auth import InsufficientMarginError, OrderlyAPIError, create_client
from orderly_client.api.private import (
    get_v1_client_leverage,
    get_v1_client_leverages,
    get_v1_position_symbol,
    post_v1_client_leverage,
    post_v1_client_leverages,
    post_v1_order,
)
from orderly_client.client import AuthenticatedClient
from orderly_client.models import ClientLeverageBody, PostOrderBody, PostV1ClientLeveragesBody
from orderly_client.types import Unset
from orderly_sandbox import Sandbox
from tests.live_support import NO_LIMITS

ETH = "PERP_ETH_USDC"
BTC = "PERP_BTC_USDC"


@pytest.fixture
def account() -> Iterator[tuple[Sandbox, AuthenticatedClient]]:
    """A fresh sandbox whose account holds 1,000 USDC (10,000 USDC of exposure at the default leverage 10)."""
    with (
        Sandbox(seed=3, market_interval=None, enforce_rate_limits=False, starting_usdc=1000) as sb,
        create_client(sb.credentials, base_url=sb.base_url, rate_limit=NO_LIMITS) as client,
    ):
        yield sb, client


def leverage_of(client: AuthenticatedClient, symbol: str) -> int | None:
    """``GET /v1/client/leverage`` for ``symbol`` (the spec leaves ``data`` optional in this answer)."""
    data = get_v1_client_leverage.sync(client=client, symbol=symbol).data
    assert not isinstance(data, Unset)
    return data.leverage if not isinstance(data.leverage, Unset) else None


def bid(client: AuthenticatedClient, sb: Sandbox, quantity: str) -> None:
    """A resting ETH bid a little under the mark (it needs margin but does not fill)."""
    price = (sb.market.mark(ETH) * Decimal("0.99")).quantize(Decimal("0.01"))
    body = PostOrderBody(symbol=ETH, order_type="LIMIT", side="BUY", order_price=price, order_quantity=quantity)
    post_v1_order.sync(client=client, body=body)


def test_the_account_leverage_set_over_rest_moves_the_margin_check(
    account: tuple[Sandbox, AuthenticatedClient],
) -> None:
    sb, client = account
    quantity = str((Decimal(7000) / sb.market.mark(ETH)).quantize(Decimal("0.001")))  # ~7,000 USDC of exposure
    bid(client, sb, quantity)
    with pytest.raises(InsufficientMarginError):
        bid(client, sb, quantity)  # 14,000 > 10,000 at leverage 10
    post_v1_client_leverage.sync(client=client, body=ClientLeverageBody(leverage=20))
    assert leverage_of(client, ETH) == 20
    bid(client, sb, quantity)  # 14,000 <= 20,000 at leverage 20
    # Back to 5 would need 2,800 USDC of margin with 1,000 USDC of collateral: refused, nothing changed.
    with pytest.raises(InsufficientMarginError, match="at leverage 5"):
        post_v1_client_leverage.sync(client=client, body=ClientLeverageBody(leverage=5))
    assert leverage_of(client, ETH) == 20


def test_a_symbols_own_leverage_overrides_the_accounts(account: tuple[Sandbox, AuthenticatedClient]) -> None:
    sb, client = account
    body = PostV1ClientLeveragesBody(symbol=BTC, leverage=25, margin_mode="CROSS")
    answer = post_v1_client_leverages.sync(client=client, body=body).data
    assert not isinstance(answer, Unset) and (answer.symbol, answer.leverage) == (BTC, 25)
    listed = get_v1_client_leverages.sync(client=client).data
    assert not isinstance(listed, Unset) and not isinstance(listed.rows, Unset)
    rows = {row.symbol: row.leverage for row in listed.rows}
    assert rows[BTC] == 25 and rows[ETH] == 10
    assert set(rows) == set(sb.market.info)
    post_v1_client_leverage.sync(client=client, body=ClientLeverageBody(leverage=15))
    assert leverage_of(client, ETH) == 15
    assert leverage_of(client, BTC) == 25
    assert get_v1_position_symbol.sync(ETH, client=client).data.leverage == 15
    assert get_v1_position_symbol.sync(BTC, client=client).data.leverage == 25


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"symbol": BTC, "leverage": 0}, "leverage must be 1.."),
        ({"symbol": BTC, "leverage": 500}, "leverage must be 1..50 for PERP_BTC_USDC"),
        ({"symbol": "PERP_NOPE_USDC", "leverage": 5}, "is not listed"),
        ({"symbol": BTC, "leverage": 5, "margin_mode": "ISOLATED"}, "CROSS margin only"),
    ],
)
def test_a_leverage_the_server_would_refuse_is_refused(
    account: tuple[Sandbox, AuthenticatedClient], body: dict[str, object], message: str
) -> None:
    _, client = account
    with pytest.raises(OrderlyAPIError, match=message):
        post_v1_client_leverages.sync(client=client, body=PostV1ClientLeveragesBody.from_dict(body))
    assert leverage_of(client, BTC) == 10


def test_without_a_symbol_every_symbol_takes_the_leverage_up_to_its_maximum(
    account: tuple[Sandbox, AuthenticatedClient],
) -> None:
    sb, client = account
    post_v1_client_leverages.sync(client=client, body=PostV1ClientLeveragesBody(leverage=30))
    assert {symbol: leverage_of(client, symbol) for symbol in sb.market.info} == {
        "PERP_BTC_USDC": 30,
        "PERP_ETH_USDC": 30,
        "PERP_SOL_USDC": 20,  # base_imr 0.05: at most 20x
        "PERP_WOO_USDC": 10,  # base_imr 0.1: at most 10x
    }


def test_a_batch_the_collateral_cannot_carry_changes_nothing(account: tuple[Sandbox, AuthenticatedClient]) -> None:
    sb, client = account
    post_v1_client_leverages.sync(client=client, body=PostV1ClientLeveragesBody(symbol=BTC, leverage=40))
    quantity = str((Decimal(7000) / sb.market.mark(ETH)).quantize(Decimal("0.001")))
    bid(client, sb, quantity)  # 7,000 USDC of exposure: 700 of margin at 10x
    with pytest.raises(InsufficientMarginError):
        post_v1_client_leverages.sync(client=client, body=PostV1ClientLeveragesBody(leverage=2))  # 3,500 > 1,000
    assert (leverage_of(client, BTC), leverage_of(client, ETH)) == (40, 10)
