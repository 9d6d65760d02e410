"""Endpoint functions of the Orderly REST API, one module per operation, grouped by tag.

``OPERATIONS`` lists every operation with what a client needs to send it: whether it is
signed, the key scope it needs and its documented rate limit (``x-rate-limit``).
"""

from typing import NamedTuple


class RateLimit(NamedTuple):
    """At most ``requests`` in any window of ``period`` seconds, counted per ``scope``."""

    requests: int
    period: float
    scope: str


class Operation(NamedTuple):
    """One operation of the spec."""

    method: str
    path: str
    module: str
    signed: bool
    scope: str | None
    rate_limit: RateLimit | None


OPERATIONS: tuple[Operation, ...] = (
    Operation(
        "GET",
        "/v1/public/strategy_vault/fund/info",
        "public.get_v1_public_strategy_vault_fund_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/fund/pending_transactions",
        "public.get_v1_public_strategy_vault_fund_pending_transactions",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/fund/period_info",
        "public.get_v1_public_strategy_vault_fund_period_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/lp/claim_info",
        "public.get_v1_public_strategy_vault_lp_claim_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/lp/fees_history",
        "public.get_v1_public_strategy_vault_lp_fees_history",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/lp/info",
        "public.get_v1_public_strategy_vault_lp_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/lp/performance",
        "public.get_v1_public_strategy_vault_lp_performance",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/lp/performance_chart",
        "public.get_v1_public_strategy_vault_lp_performance_chart",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/lp/transaction_history",
        "public.get_v1_public_strategy_vault_lp_transaction_history",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/sp/claim_info",
        "public.get_v1_public_strategy_vault_sp_claim_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/sp/fees_history",
        "public.get_v1_public_strategy_vault_sp_fees_history",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/sp/info",
        "public.get_v1_public_strategy_vault_sp_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/sp/transaction_history",
        "public.get_v1_public_strategy_vault_sp_transaction_history",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/user/overall_info",
        "public.get_v1_public_strategy_vault_user_overall_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/info",
        "public.get_v1_public_strategy_vault_vault_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/liquidator_history",
        "public.get_v1_public_strategy_vault_vault_liquidator_history",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/open_orders",
        "public.get_v1_public_strategy_vault_vault_open_orders",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/order_history",
        "public.get_v1_public_strategy_vault_vault_order_history",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/overall_info",
        "public.get_v1_public_strategy_vault_vault_overall_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/performance",
        "public.get_v1_public_strategy_vault_vault_performance",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/performance_chart",
        "public.get_v1_public_strategy_vault_vault_performance_chart",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/positions",
        "public.get_v1_public_strategy_vault_vault_positions",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/trade_history",
        "public.get_v1_public_strategy_vault_vault_trade_history",
        False,
        None,
        RateLimit(10, 1, "ip"),
    ),
)
