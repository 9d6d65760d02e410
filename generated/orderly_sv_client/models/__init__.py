"""Data models of the Orderly API.

Each model is imported on first use, so importing one endpoint loads only the models it
needs; ``from orderly_client.models import X`` works as usual and type checkers see every name.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .basic_response import BasicResponse
    from .claim_info_response import ClaimInfoResponse
    from .claim_info_response_data import ClaimInfoResponseData
    from .fund_info_response import FundInfoResponse
    from .fund_info_response_data import FundInfoResponseData
    from .lp_claim_info_response import LpClaimInfoResponse
    from .lp_claim_info_response_data import LpClaimInfoResponseData
    from .lp_fees_history_response import LpFeesHistoryResponse
    from .lp_fees_history_response_data import LpFeesHistoryResponseData
    from .lp_fees_history_response_data_rows_item import (
        LpFeesHistoryResponseDataRowsItem,
    )
    from .lp_fees_history_response_meta import LpFeesHistoryResponseMeta
    from .lp_info_response import LpInfoResponse
    from .lp_info_response_data import LpInfoResponseData
    from .lp_info_response_data_rows_item import LpInfoResponseDataRowsItem
    from .lp_performance_chart_response import LpPerformanceChartResponse
    from .lp_performance_chart_response_data import LpPerformanceChartResponseData
    from .lp_performance_chart_response_data_rows_item import (
        LpPerformanceChartResponseDataRowsItem,
    )
    from .lp_performance_response import LpPerformanceResponse
    from .lp_performance_response_data import LpPerformanceResponseData
    from .lp_performance_response_data_rows_item import (
        LpPerformanceResponseDataRowsItem,
    )
    from .lp_transaction_history_response import LpTransactionHistoryResponse
    from .lp_transaction_history_response_data import LpTransactionHistoryResponseData
    from .lp_transaction_history_response_data_meta import (
        LpTransactionHistoryResponseDataMeta,
    )
    from .lp_transaction_history_response_data_rows_item import (
        LpTransactionHistoryResponseDataRowsItem,
    )
    from .order_side import OrderSide
    from .order_state import OrderState
    from .order_type import OrderType
    from .pending_transactions_response import PendingTransactionsResponse
    from .pending_transactions_response_data import PendingTransactionsResponseData
    from .period_info_response import PeriodInfoResponse
    from .period_info_response_data import PeriodInfoResponseData
    from .period_info_response_data_meta import PeriodInfoResponseDataMeta
    from .period_info_response_data_rows_item import PeriodInfoResponseDataRowsItem
    from .sp_fees_history_response import SpFeesHistoryResponse
    from .sp_fees_history_response_data import SpFeesHistoryResponseData
    from .sp_fees_history_response_data_rows_item import (
        SpFeesHistoryResponseDataRowsItem,
    )
    from .sp_fees_history_response_meta import SpFeesHistoryResponseMeta
    from .sp_info_response import SpInfoResponse
    from .sp_info_response_data import SpInfoResponseData
    from .transaction_history_response import TransactionHistoryResponse
    from .transaction_history_response_data import TransactionHistoryResponseData
    from .transaction_history_response_data_meta import (
        TransactionHistoryResponseDataMeta,
    )
    from .transaction_history_response_data_rows_item import (
        TransactionHistoryResponseDataRowsItem,
    )
    from .user_overall_info_response import UserOverallInfoResponse
    from .user_overall_info_response_data import UserOverallInfoResponseData
    from .user_overall_info_response_data_rows_item import (
        UserOverallInfoResponseDataRowsItem,
    )
    from .vault_info_response import VaultInfoResponse
    from .vault_info_response_data import VaultInfoResponseData
    from .vault_info_response_data_rows_item import VaultInfoResponseDataRowsItem
    from .vault_info_response_data_rows_item_supported_chains_item import (
        VaultInfoResponseDataRowsItemSupportedChainsItem,
    )
    from .vault_liquidator_history_response import VaultLiquidatorHistoryResponse
    from .vault_liquidator_history_response_data import (
        VaultLiquidatorHistoryResponseData,
    )
    from .vault_liquidator_history_response_data_meta import (
        VaultLiquidatorHistoryResponseDataMeta,
    )
    from .vault_liquidator_history_response_data_rows_item import (
        VaultLiquidatorHistoryResponseDataRowsItem,
    )
    from .vault_liquidator_history_response_data_rows_item_positions_by_perp_item import (
        VaultLiquidatorHistoryResponseDataRowsItemPositionsByPerpItem,
    )
    from .vault_open_orders_response import VaultOpenOrdersResponse
    from .vault_open_orders_response_data import VaultOpenOrdersResponseData
    from .vault_open_orders_response_data_meta import VaultOpenOrdersResponseDataMeta
    from .vault_open_orders_response_data_rows_item import (
        VaultOpenOrdersResponseDataRowsItem,
    )
    from .vault_open_orders_response_data_rows_item_child_orders_item import (
        VaultOpenOrdersResponseDataRowsItemChildOrdersItem,
    )
    from .vault_order_history_response import VaultOrderHistoryResponse
    from .vault_order_history_response_data import VaultOrderHistoryResponseData
    from .vault_order_history_response_data_meta import (
        VaultOrderHistoryResponseDataMeta,
    )
    from .vault_order_history_response_data_rows_item import (
        VaultOrderHistoryResponseDataRowsItem,
    )
    from .vault_order_history_response_data_rows_item_child_orders_item import (
        VaultOrderHistoryResponseDataRowsItemChildOrdersItem,
    )
    from .vault_overall_info_response import VaultOverallInfoResponse
    from .vault_overall_info_response_data import VaultOverallInfoResponseData
    from .vault_overall_info_response_data_rows_item import (
        VaultOverallInfoResponseDataRowsItem,
    )
    from .vault_performance_chart_response import VaultPerformanceChartResponse
    from .vault_performance_chart_response_data import VaultPerformanceChartResponseData
    from .vault_performance_chart_response_data_rows_item import (
        VaultPerformanceChartResponseDataRowsItem,
    )
    from .vault_performance_response import VaultPerformanceResponse
    from .vault_performance_response_data import VaultPerformanceResponseData
    from .vault_performance_response_data_rows_item import (
        VaultPerformanceResponseDataRowsItem,
    )
    from .vault_positions_response import VaultPositionsResponse
    from .vault_positions_response_data import VaultPositionsResponseData
    from .vault_positions_response_data_rows_item import (
        VaultPositionsResponseDataRowsItem,
    )
    from .vault_trade_history_response import VaultTradeHistoryResponse
    from .vault_trade_history_response_data import VaultTradeHistoryResponseData
    from .vault_trade_history_response_data_meta import (
        VaultTradeHistoryResponseDataMeta,
    )
    from .vault_trade_history_response_data_rows_item import (
        VaultTradeHistoryResponseDataRowsItem,
    )

_MODULE_OF: dict[str, str] = {
    "BasicResponse": ".basic_response",
    "ClaimInfoResponse": ".claim_info_response",
    "ClaimInfoResponseData": ".claim_info_response_data",
    "FundInfoResponse": ".fund_info_response",
    "FundInfoResponseData": ".fund_info_response_data",
    "LpClaimInfoResponse": ".lp_claim_info_response",
    "LpClaimInfoResponseData": ".lp_claim_info_response_data",
    "LpFeesHistoryResponse": ".lp_fees_history_response",
    "LpFeesHistoryResponseData": ".lp_fees_history_response_data",
    "LpFeesHistoryResponseDataRowsItem": ".lp_fees_history_response_data_rows_item",
    "LpFeesHistoryResponseMeta": ".lp_fees_history_response_meta",
    "LpInfoResponse": ".lp_info_response",
    "LpInfoResponseData": ".lp_info_response_data",
    "LpInfoResponseDataRowsItem": ".lp_info_response_data_rows_item",
    "LpPerformanceChartResponse": ".lp_performance_chart_response",
    "LpPerformanceChartResponseData": ".lp_performance_chart_response_data",
    "LpPerformanceChartResponseDataRowsItem": ".lp_performance_chart_response_data_rows_item",
    "LpPerformanceResponse": ".lp_performance_response",
    "LpPerformanceResponseData": ".lp_performance_response_data",
    "LpPerformanceResponseDataRowsItem": ".lp_performance_response_data_rows_item",
    "LpTransactionHistoryResponse": ".lp_transaction_history_response",
    "LpTransactionHistoryResponseData": ".lp_transaction_history_response_data",
    "LpTransactionHistoryResponseDataMeta": ".lp_transaction_history_response_data_meta",
    "LpTransactionHistoryResponseDataRowsItem": ".lp_transaction_history_response_data_rows_item",
    "OrderSide": ".order_side",
    "OrderState": ".order_state",
    "OrderType": ".order_type",
    "PendingTransactionsResponse": ".pending_transactions_response",
    "PendingTransactionsResponseData": ".pending_transactions_response_data",
    "PeriodInfoResponse": ".period_info_response",
    "PeriodInfoResponseData": ".period_info_response_data",
    "PeriodInfoResponseDataMeta": ".period_info_response_data_meta",
    "PeriodInfoResponseDataRowsItem": ".period_info_response_data_rows_item",
    "SpFeesHistoryResponse": ".sp_fees_history_response",
    "SpFeesHistoryResponseData": ".sp_fees_history_response_data",
    "SpFeesHistoryResponseDataRowsItem": ".sp_fees_history_response_data_rows_item",
    "SpFeesHistoryResponseMeta": ".sp_fees_history_response_meta",
    "SpInfoResponse": ".sp_info_response",
    "SpInfoResponseData": ".sp_info_response_data",
    "TransactionHistoryResponse": ".transaction_history_response",
    "TransactionHistoryResponseData": ".transaction_history_response_data",
    "TransactionHistoryResponseDataMeta": ".transaction_history_response_data_meta",
    "TransactionHistoryResponseDataRowsItem": ".transaction_history_response_data_rows_item",
    "UserOverallInfoResponse": ".user_overall_info_response",
    "UserOverallInfoResponseData": ".user_overall_info_response_data",
    "UserOverallInfoResponseDataRowsItem": ".user_overall_info_response_data_rows_item",
    "VaultInfoResponse": ".vault_info_response",
    "VaultInfoResponseData": ".vault_info_response_data",
    "VaultInfoResponseDataRowsItem": ".vault_info_response_data_rows_item",
    "VaultInfoResponseDataRowsItemSupportedChainsItem": ".vault_info_response_data_rows_item_supported_chains_item",
    "VaultLiquidatorHistoryResponse": ".vault_liquidator_history_response",
    "VaultLiquidatorHistoryResponseData": ".vault_liquidator_history_response_data",
    "VaultLiquidatorHistoryResponseDataMeta": ".vault_liquidator_history_response_data_meta",
    "VaultLiquidatorHistoryResponseDataRowsItem": ".vault_liquidator_history_response_data_rows_item",
    "VaultLiquidatorHistoryResponseDataRowsItemPositionsByPerpItem": ".vault_liquidator_history_response_data_rows_item_positions_by_perp_item",
    "VaultOpenOrdersResponse": ".vault_open_orders_response",
    "VaultOpenOrdersResponseData": ".vault_open_orders_response_data",
    "VaultOpenOrdersResponseDataMeta": ".vault_open_orders_response_data_meta",
    "VaultOpenOrdersResponseDataRowsItem": ".vault_open_orders_response_data_rows_item",
    "VaultOpenOrdersResponseDataRowsItemChildOrdersItem": ".vault_open_orders_response_data_rows_item_child_orders_item",
    "VaultOrderHistoryResponse": ".vault_order_history_response",
    "VaultOrderHistoryResponseData": ".vault_order_history_response_data",
    "VaultOrderHistoryResponseDataMeta": ".vault_order_history_response_data_meta",
    "VaultOrderHistoryResponseDataRowsItem": ".vault_order_history_response_data_rows_item",
    "VaultOrderHistoryResponseDataRowsItemChildOrdersItem": ".vault_order_history_response_data_rows_item_child_orders_item",
    "VaultOverallInfoResponse": ".vault_overall_info_response",
    "VaultOverallInfoResponseData": ".vault_overall_info_response_data",
    "VaultOverallInfoResponseDataRowsItem": ".vault_overall_info_response_data_rows_item",
    "VaultPerformanceChartResponse": ".vault_performance_chart_response",
    "VaultPerformanceChartResponseData": ".vault_performance_chart_response_data",
    "VaultPerformanceChartResponseDataRowsItem": ".vault_performance_chart_response_data_rows_item",
    "VaultPerformanceResponse": ".vault_performance_response",
    "VaultPerformanceResponseData": ".vault_performance_response_data",
    "VaultPerformanceResponseDataRowsItem": ".vault_performance_response_data_rows_item",
    "VaultPositionsResponse": ".vault_positions_response",
    "VaultPositionsResponseData": ".vault_positions_response_data",
    "VaultPositionsResponseDataRowsItem": ".vault_positions_response_data_rows_item",
    "VaultTradeHistoryResponse": ".vault_trade_history_response",
    "VaultTradeHistoryResponseData": ".vault_trade_history_response_data",
    "VaultTradeHistoryResponseDataMeta": ".vault_trade_history_response_data_meta",
    "VaultTradeHistoryResponseDataRowsItem": ".vault_trade_history_response_data_rows_item",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_OF])


__all__ = (
    "BasicResponse",
    "ClaimInfoResponse",
    "ClaimInfoResponseData",
    "FundInfoResponse",
    "FundInfoResponseData",
    "LpClaimInfoResponse",
    "LpClaimInfoResponseData",
    "LpFeesHistoryResponse",
    "LpFeesHistoryResponseData",
    "LpFeesHistoryResponseDataRowsItem",
    "LpFeesHistoryResponseMeta",
    "LpInfoResponse",
    "LpInfoResponseData",
    "LpInfoResponseDataRowsItem",
    "LpPerformanceChartResponse",
    "LpPerformanceChartResponseData",
    "LpPerformanceChartResponseDataRowsItem",
    "LpPerformanceResponse",
    "LpPerformanceResponseData",
    "LpPerformanceResponseDataRowsItem",
    "LpTransactionHistoryResponse",
    "LpTransactionHistoryResponseData",
    "LpTransactionHistoryResponseDataMeta",
    "LpTransactionHistoryResponseDataRowsItem",
    "OrderSide",
    "OrderState",
    "OrderType",
    "PendingTransactionsResponse",
    "PendingTransactionsResponseData",
    "PeriodInfoResponse",
    "PeriodInfoResponseData",
    "PeriodInfoResponseDataMeta",
    "PeriodInfoResponseDataRowsItem",
    "SpFeesHistoryResponse",
    "SpFeesHistoryResponseData",
    "SpFeesHistoryResponseDataRowsItem",
    "SpFeesHistoryResponseMeta",
    "SpInfoResponse",
    "SpInfoResponseData",
    "TransactionHistoryResponse",
    "TransactionHistoryResponseData",
    "TransactionHistoryResponseDataMeta",
    "TransactionHistoryResponseDataRowsItem",
    "UserOverallInfoResponse",
    "UserOverallInfoResponseData",
    "UserOverallInfoResponseDataRowsItem",
    "VaultInfoResponse",
    "VaultInfoResponseData",
    "VaultInfoResponseDataRowsItem",
    "VaultInfoResponseDataRowsItemSupportedChainsItem",
    "VaultLiquidatorHistoryResponse",
    "VaultLiquidatorHistoryResponseData",
    "VaultLiquidatorHistoryResponseDataMeta",
    "VaultLiquidatorHistoryResponseDataRowsItem",
    "VaultLiquidatorHistoryResponseDataRowsItemPositionsByPerpItem",
    "VaultOpenOrdersResponse",
    "VaultOpenOrdersResponseData",
    "VaultOpenOrdersResponseDataMeta",
    "VaultOpenOrdersResponseDataRowsItem",
    "VaultOpenOrdersResponseDataRowsItemChildOrdersItem",
    "VaultOrderHistoryResponse",
    "VaultOrderHistoryResponseData",
    "VaultOrderHistoryResponseDataMeta",
    "VaultOrderHistoryResponseDataRowsItem",
    "VaultOrderHistoryResponseDataRowsItemChildOrdersItem",
    "VaultOverallInfoResponse",
    "VaultOverallInfoResponseData",
    "VaultOverallInfoResponseDataRowsItem",
    "VaultPerformanceChartResponse",
    "VaultPerformanceChartResponseData",
    "VaultPerformanceChartResponseDataRowsItem",
    "VaultPerformanceResponse",
    "VaultPerformanceResponseData",
    "VaultPerformanceResponseDataRowsItem",
    "VaultPositionsResponse",
    "VaultPositionsResponseData",
    "VaultPositionsResponseDataRowsItem",
    "VaultTradeHistoryResponse",
    "VaultTradeHistoryResponseData",
    "VaultTradeHistoryResponseDataMeta",
    "VaultTradeHistoryResponseDataRowsItem",
)
