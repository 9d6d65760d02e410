"""Endpoint functions of the Orderly REST API, one module per operation, grouped by tag.

``OPERATIONS`` lists every operation with what a client needs to send it: whether it is
signed, the key scope it needs, its documented rate limit (``x-rate-limit``) and whether a
repeat after a failure that may have been processed cannot act twice (``x-orderly-resend-safe``);
and what a reader needs to find it: its summary, its documentation page and its docs section
(search them with ``orderly_auth.find_operations``).
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
    resend_safe: bool = False  # the spec's x-orderly-resend-safe; not resent when unsure
    summary: str = ""
    docs_url: str | None = None
    section: str = ""
    servers: tuple[str, ...] = ()  # the spec's operation-level servers: the only hosts that serve it

    @property
    def import_path(self) -> str:
        """The import path of the operation's module, which holds ``sync``, ``asyncio`` and their ``_detailed`` forms."""
        return f"{__name__}.{self.module}"


OPERATIONS: tuple[Operation, ...] = (
    Operation(
        "GET",
        "/v1/public/strategy_vault/fund/info",
        "public.get_v1_public_strategy_vault_fund_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Strategy Fund Details",
        docs_url="https://orderly.network/docs/strategy-vault/strategy-fund/public/get-strategy-fund-details",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/fund/pending_transactions",
        "public.get_v1_public_strategy_vault_fund_pending_transactions",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Preview Users Pending Requests",
        docs_url="https://orderly.network/docs/strategy-vault/strategy-fund/public/get-preview-users-pending-requests",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/fund/period_info",
        "public.get_v1_public_strategy_vault_fund_period_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Period History and Fund Period Instructions",
        docs_url="https://orderly.network/docs/strategy-vault/strategy-fund/public/get-period-history-and-fund-period-instructions",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/lp/claim_info",
        "public.get_v1_public_strategy_vault_lp_claim_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Liquidity Provider Claim Info",
        docs_url="https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-claim-info",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/lp/fees_history",
        "public.get_v1_public_strategy_vault_lp_fees_history",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Liquidity Provider Fee History",
        docs_url="https://orderly.network/docs/strategy-vault/liquidity-provider/public/fees-history",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/lp/info",
        "public.get_v1_public_strategy_vault_lp_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Liquidity Provider Info",
        docs_url="https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-info",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/lp/performance",
        "public.get_v1_public_strategy_vault_lp_performance",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Liquidity Provider Performance",
        docs_url="https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-performance",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/lp/performance_chart",
        "public.get_v1_public_strategy_vault_lp_performance_chart",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Liquidity Provider TVL/PnL History",
        docs_url="https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-performance-chart",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/lp/transaction_history",
        "public.get_v1_public_strategy_vault_lp_transaction_history",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Liquidity Provider Transaction History",
        docs_url="https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-transaction-history",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/sp/claim_info",
        "public.get_v1_public_strategy_vault_sp_claim_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Strategy Provider Claimable Amount",
        docs_url="https://orderly.network/docs/strategy-vault/strategy-provider/public/sp-claim-info",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/sp/fees_history",
        "public.get_v1_public_strategy_vault_sp_fees_history",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Strategy Provider Fee History",
        docs_url="https://orderly.network/docs/strategy-vault/strategy-provider/public/sp-fees-history",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/sp/info",
        "public.get_v1_public_strategy_vault_sp_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Strategy Provider’s Info",
        docs_url="https://orderly.network/docs/strategy-vault/strategy-provider/public/get-strategy-providers-info",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/sp/transaction_history",
        "public.get_v1_public_strategy_vault_sp_transaction_history",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Strategy Provider Transaction History",
        docs_url="https://orderly.network/docs/strategy-vault/strategy-provider/public/sp-transaction-history",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/user/overall_info",
        "public.get_v1_public_strategy_vault_user_overall_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get User Overall Statistics across Strategy Vaults",
        docs_url="https://orderly.network/docs/strategy-vault/vault/public/user-overall-statistics",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/info",
        "public.get_v1_public_strategy_vault_vault_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Strategy Vault Info",
        docs_url="https://orderly.network/docs/strategy-vault/vault/public/vault-info",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/liquidator_history",
        "public.get_v1_public_strategy_vault_vault_liquidator_history",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Strategy Vault Liquidator History",
        docs_url="https://orderly.network/docs/strategy-vault/vault/public/vault-liquidator-history",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/open_orders",
        "public.get_v1_public_strategy_vault_vault_open_orders",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Strategy Vault Open Orders",
        docs_url="https://orderly.network/docs/strategy-vault/vault/public/vault-open-orders",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/order_history",
        "public.get_v1_public_strategy_vault_vault_order_history",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Strategy Vault Order History",
        docs_url="https://orderly.network/docs/strategy-vault/vault/public/get-strategy-vault-order-history",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/overall_info",
        "public.get_v1_public_strategy_vault_vault_overall_info",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Overall Statistics of all Strategy Vaults",
        docs_url="https://orderly.network/docs/strategy-vault/vault/public/vault-overall-statistics",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/performance",
        "public.get_v1_public_strategy_vault_vault_performance",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Strategy Vault Performance",
        docs_url="https://orderly.network/docs/strategy-vault/vault/public/vault-performance",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/performance_chart",
        "public.get_v1_public_strategy_vault_vault_performance_chart",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Strategy Vault TVL/PnL History",
        docs_url="https://orderly.network/docs/strategy-vault/vault/public/vault-performance-chart",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/positions",
        "public.get_v1_public_strategy_vault_vault_positions",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Strategy Vault Positions",
        docs_url="https://orderly.network/docs/strategy-vault/vault/public/vault-positions",
        section="strategy vault",
        resend_safe=True,
    ),
    Operation(
        "GET",
        "/v1/public/strategy_vault/vault/trade_history",
        "public.get_v1_public_strategy_vault_vault_trade_history",
        False,
        None,
        RateLimit(10, 1, "ip"),
        summary="Get Strategy Vault Trade History",
        docs_url="https://orderly.network/docs/strategy-vault/vault/public/vault-trade-history",
        section="strategy vault",
        resend_safe=True,
    ),
)
