"""Each request shape the overlay adds (tools/overlay.yaml) builds with the generated functions and is accepted.

The sandbox checks every request against the bundled spec (unknown parameters, missing required
fields, types) and verifies its signature, so a shape the overlay did not make valid is refused.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from orderly_auth import InvalidRequestError
from orderly_client.api.private import (
    get_v1_asset_history,
    get_v1_orders,
    get_v1_volume_broker_daily,
    post_v1_algo_order,
    post_v1_client_leverage,
    post_v1_client_reset_orderly_key_ip_restriction,
    post_v1_client_set_orderly_key_ip_restriction,
    post_v1_liquidation,
    post_v1_notification_inbox_mark_read,
    post_v1_notification_inbox_mark_read_all,
    post_v1_order,
    put_v1_order,
)
from orderly_client.api.public import (
    get_v1_account_sv_transaction_history,
    get_v1_public_campaign_stats,
    get_v1_public_campaign_user,
)
from orderly_client.client import AuthenticatedClient
from orderly_client.models import (
    ClientLeverageBody,
    LiquidationBody,
    OrderBody,
    PostOrderBody,
    PostV1AlgoOrderBody,
    PostV1AlgoOrderBodyChildOrdersItem,
    PostV1ClientResetOrderlyKeyIpRestrictionBody,
    PostV1ClientSetOrderlyKeyIpRestrictionBody,
    PostV1NotificationInboxMarkReadAllBody,
    PostV1NotificationInboxMarkReadBody,
)
from orderly_client.types import Response
from orderly_sandbox import Sandbox


def accepted(sandbox: Sandbox, response: Response[Any], operation: str) -> dict[str, Any]:
    """The request reached ``operation`` and was answered 200; returns its JSON body (``{}`` if none)."""
    record = sandbox.requests.last
    assert record is not None
    assert record.operation == operation
    assert response.status_code == 200, response.content
    assert record.status == 200 and record.code is None, record.message
    body: dict[str, Any] = json.loads(record.body) if record.body else {}
    return body


def query(sandbox: Sandbox) -> str:
    record = sandbox.requests.last
    assert record is not None
    return record.target.partition("?")[2]


def test_account_leverage(client: AuthenticatedClient, sandbox: Sandbox) -> None:
    response = post_v1_client_leverage.sync_detailed(client=client, body=ClientLeverageBody(leverage=10))
    assert accepted(sandbox, response, "POST /v1/client/leverage") == {"leverage": 10}
    assert sandbox.requests.last is not None and "orderly-signature" in sandbox.requests.last.headers


@pytest.mark.parametrize(
    ("algo_type", "fields"),
    [
        # A STOP order without child orders.
        ("STOP", {"type_": "LIMIT", "side": "BUY", "quantity": 1.0, "price": 2900.0, "trigger_price": 2950.0}),
        # TP_SL without side or type, POSITIONAL_TP_SL without quantity either: the child orders carry them.
        ("TP_SL", {"quantity": 1.0}),
        ("POSITIONAL_TP_SL", {}),
    ],
)
def test_algo_orders_without_the_fields_their_type_omits(
    client: AuthenticatedClient, sandbox: Sandbox, algo_type: str, fields: dict[str, Any]
) -> None:
    children = (
        []
        if algo_type == "STOP"
        else [
            PostV1AlgoOrderBodyChildOrdersItem(
                symbol="PERP_ETH_USDC", algo_type="TAKE_PROFIT", side="SELL", type_="MARKET", trigger_price=3300.0
            ),
            PostV1AlgoOrderBodyChildOrdersItem(
                symbol="PERP_ETH_USDC",
                algo_type="STOP_LOSS",
                side="SELL",
                type_="CLOSE_POSITION",
                trigger_price=2700.0,
                trigger_price_type="MARK_PRICE",
                reduce_only=True,
            ),
        ]
    )
    body = PostV1AlgoOrderBody(symbol="PERP_ETH_USDC", algo_type=algo_type, **fields)
    if children:
        body.child_orders = children
    sent = accepted(sandbox, post_v1_algo_order.sync_detailed(client=client, body=body), "POST /v1/algo/order")
    assert "child_orders" not in sent if algo_type == "STOP" else len(sent["child_orders"]) == 2
    if algo_type != "STOP":
        assert "side" not in sent and "type" not in sent
        assert sent["child_orders"][0] == {
            "symbol": "PERP_ETH_USDC",
            "algo_type": "TAKE_PROFIT",
            "side": "SELL",
            "type": "MARKET",
            "trigger_price": 3300.0,
        }
    if algo_type == "POSITIONAL_TP_SL":
        assert "quantity" not in sent


def test_edit_order_with_order_tag(client: AuthenticatedClient, sandbox: Sandbox) -> None:
    placed = post_v1_order.sync(
        client=client,
        body=PostOrderBody(
            symbol="PERP_ETH_USDC", order_type="LIMIT", side="BUY", order_price=2000.0, order_quantity=1.0
        ),
    )
    assert placed is not None and placed.data is not None
    order_id = placed.data.order_id
    edit = OrderBody(
        order_id=order_id,
        symbol="PERP_ETH_USDC",
        order_type="LIMIT",
        side="BUY",
        order_price=2001.0,
        order_quantity=1.0,
        order_tag="broker_tag",
    )
    sent = accepted(sandbox, put_v1_order.sync_detailed(client=client, body=edit), "PUT /v1/order")
    assert sent["order_tag"] == "broker_tag"


@pytest.mark.parametrize(
    ("module", "operation", "arguments", "expected"),
    [
        (get_v1_asset_history, "GET /v1/asset/history", {"balance_token": "USDC"}, "balance_token=USDC"),
        (get_v1_orders, "GET /v1/orders", {"source_type": "ALGO"}, "source_type=ALGO"),
        (
            get_v1_volume_broker_daily,
            "GET /v1/volume/broker/daily",
            {"start_date": "2024-01-01", "end_date": "2024-01-31", "broker_id": "woofi_pro", "order_tags": "a"},
            "broker_id=woofi_pro",
        ),
        (
            get_v1_public_campaign_user,
            "GET /v1/public/campaign/user",
            {"campaign_id": 7, "user_address": "0xabc"},
            "user_address=0xabc",
        ),
        (
            get_v1_public_campaign_stats,
            "GET /v1/public/campaign/stats",
            {"campaign_id": 7, "order_tag": "tag"},
            "order_tag=tag",
        ),
        (
            get_v1_account_sv_transaction_history,
            "GET /v1/account_sv_transaction_history",
            {"status": "completed"},
            "status=completed",
        ),
    ],
)
def test_added_query_parameters(
    client: AuthenticatedClient,
    sandbox: Sandbox,
    *,
    module: Any,
    operation: str,
    arguments: dict[str, Any],
    expected: str,
) -> None:
    accepted(sandbox, module.sync_detailed(client=client, **arguments), operation)
    assert expected in query(sandbox).split("&")


def test_liquidation_claim_without_limit_price(client: AuthenticatedClient, sandbox: Sandbox) -> None:
    body = LiquidationBody(liquidation_id=101, ratio_qty_request=1)
    sent = accepted(sandbox, post_v1_liquidation.sync_detailed(client=client, body=body), "POST /v1/liquidation")
    assert sent == {"liquidation_id": 101, "ratio_qty_request": 1}


@pytest.mark.parametrize(
    ("module", "operation", "body", "expected"),
    [
        (
            post_v1_client_set_orderly_key_ip_restriction,
            "POST /v1/client/set_orderly_key_ip_restriction",
            PostV1ClientSetOrderlyKeyIpRestrictionBody(orderly_key="ed25519:abc", ip_restriction_list="10.0.0.1"),
            {"orderly_key": "ed25519:abc", "ip_restriction_list": "10.0.0.1"},
        ),
        (
            post_v1_client_reset_orderly_key_ip_restriction,
            "POST /v1/client/reset_orderly_key_ip_restriction",
            PostV1ClientResetOrderlyKeyIpRestrictionBody(orderly_key="ed25519:abc", reset_mode="ALLOW_ALL_IPS"),
            {"orderly_key": "ed25519:abc", "reset_mode": "ALLOW_ALL_IPS"},
        ),
        (
            post_v1_notification_inbox_mark_read,
            "POST /v1/notification/inbox/mark_read",
            PostV1NotificationInboxMarkReadBody(flag=1, ids=["1", "2"]),
            {"flag": 1, "ids": ["1", "2"]},
        ),
        (
            post_v1_notification_inbox_mark_read_all,
            "POST /v1/notification/inbox/mark_read_all",
            PostV1NotificationInboxMarkReadAllBody(flag=1),
            {"flag": 1},
        ),
    ],
)
def test_posts_with_json_bodies(
    client: AuthenticatedClient, sandbox: Sandbox, *, module: Any, operation: str, body: Any, expected: dict[str, Any]
) -> None:
    sent = accepted(sandbox, module.sync_detailed(client=client, body=body), operation)
    assert sent == expected
    assert query(sandbox) == ""


def test_the_old_query_shape_is_refused(client: AuthenticatedClient, sandbox: Sandbox) -> None:
    """The sandbox holds requests to the corrected spec: fields as query parameters are unknown now."""
    with pytest.raises(InvalidRequestError, match="unknown parameter 'flag'"):
        client.get_httpx_client().post("/v1/notification/inbox/mark_read_all", params={"flag": 1})
    record = sandbox.requests.last
    assert record is not None and record.operation == "POST /v1/notification/inbox/mark_read_all"
    assert record.status == 400 and record.code == -1004


def test_batch_cancel_ids_with_bare_or_encoded_commas(client: AuthenticatedClient, sandbox: Sandbox) -> None:
    """Left as it is (docs/spec-corrections.md): one comma-separated string, accepted either way."""
    from orderly_client.api.private import delete_v1_batch_order

    def place() -> int:
        body = PostOrderBody(
            symbol="PERP_ETH_USDC", order_type="LIMIT", side="BUY", order_price=2000.0, order_quantity=1.0
        )
        placed = post_v1_order.sync(client=client, body=body)
        assert placed is not None and placed.data is not None
        return placed.data.order_id

    ids = [place(), place()]
    accepted(sandbox, delete_v1_batch_order.sync_detailed(client=client, order_ids=ids), "DELETE /v1/batch-order")
    assert query(sandbox) == "order_ids=" + "%2C".join(map(str, ids))
    ids = [place(), place()]
    response = client.get_httpx_client().delete("/v1/batch-order?order_ids=" + ",".join(map(str, ids)))
    assert response.status_code == 200
    assert query(sandbox) == "order_ids=" + ",".join(map(str, ids))
