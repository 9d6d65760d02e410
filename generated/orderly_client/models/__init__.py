"""Data models of the Orderly API.

Each model is imported on first use, so importing one endpoint loads only the models it
needs; ``from orderly_client.models import X`` works as usual and type checkers see every name.
The models a trader touches have reviewed names (tools/names.yaml: ``Kline``, ``Holding``...); the class
names they had before (``KlineResponseDataRowsItem``) still import, with a DeprecationWarning, until 0.3.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any
from warnings import warn

if TYPE_CHECKING:
    from .account_info import AccountInfo
    from .account_info_imr_factor import AccountInfoImrFactor
    from .account_info_max_notional import AccountInfoMaxNotional
    from .account_info_response import AccountInfoResponse
    from .account_overview import AccountOverview
    from .account_summary import AccountSummary
    from .add_sub_account_response import AddSubAccountResponse
    from .add_sub_account_response_data import AddSubAccountResponseData
    from .admin_algo_orders_response import AdminAlgoOrdersResponse
    from .admin_algo_orders_response_data import AdminAlgoOrdersResponseData
    from .admin_algo_orders_response_data_rows_item import (
        AdminAlgoOrdersResponseDataRowsItem,
    )
    from .admin_algo_orders_response_data_rows_item_child_orders_item import (
        AdminAlgoOrdersResponseDataRowsItemChildOrdersItem,
    )
    from .admin_asset_convert_history_detail import AdminAssetConvertHistoryDetail
    from .admin_asset_convert_history_record import AdminAssetConvertHistoryRecord
    from .admin_asset_convert_history_record_converted_asset import (
        AdminAssetConvertHistoryRecordConvertedAsset,
    )
    from .admin_asset_convert_history_response import AdminAssetConvertHistoryResponse
    from .admin_asset_convert_history_response_data import (
        AdminAssetConvertHistoryResponseData,
    )
    from .admin_asset_history_record import AdminAssetHistoryRecord
    from .admin_asset_history_response import AdminAssetHistoryResponse
    from .admin_asset_history_response_data import AdminAssetHistoryResponseData
    from .admin_liquidations_response import AdminLiquidationsResponse
    from .admin_liquidations_response_data import AdminLiquidationsResponseData
    from .admin_liquidations_response_data_rows_item import (
        AdminLiquidationsResponseDataRowsItem,
    )
    from .admin_liquidations_response_data_rows_item_positions_by_perp_item import (
        AdminLiquidationsResponseDataRowsItemPositionsByPerpItem,
    )
    from .admin_order import AdminOrder
    from .admin_orders_response import AdminOrdersResponse
    from .admin_orders_response_data import AdminOrdersResponseData
    from .admin_trades_response import AdminTradesResponse
    from .admin_trades_response_data import AdminTradesResponseData
    from .admin_trades_response_data_rows_item import AdminTradesResponseDataRowsItem
    from .admin_volume_stats_response import AdminVolumeStatsResponse
    from .admin_volume_stats_response_data import AdminVolumeStatsResponseData
    from .aggregate_holding import AggregateHolding
    from .aggregate_holding_response import AggregateHoldingResponse
    from .aggregate_holding_response_data import AggregateHoldingResponseData
    from .aggregate_position import AggregatePosition
    from .aggregate_positions_response import AggregatePositionsResponse
    from .aggregate_positions_response_data import AggregatePositionsResponseData
    from .algo_child_order import AlgoChildOrder
    from .algo_client_order_response import AlgoClientOrderResponse
    from .algo_order import AlgoOrder
    from .algo_order_response import AlgoOrderResponse
    from .algo_order_trades_response import AlgoOrderTradesResponse
    from .algo_order_trades_response_data import AlgoOrderTradesResponseData
    from .algo_orders_response import AlgoOrdersResponse
    from .algo_orders_response_data import AlgoOrdersResponseData
    from .algo_trade import AlgoTrade
    from .algo_type import AlgoType
    from .all_notifications_response import AllNotificationsResponse
    from .all_notifications_response_data import AllNotificationsResponseData
    from .announcement import Announcement
    from .archive_order_enum_response import ArchiveOrderEnumResponse
    from .archive_order_enum_response_data import ArchiveOrderEnumResponseData
    from .archive_order_enum_response_data_pair_overrides import (
        ArchiveOrderEnumResponseDataPairOverrides,
    )
    from .archive_order_enum_response_data_status import (
        ArchiveOrderEnumResponseDataStatus,
    )
    from .asset_history_record import AssetHistoryRecord
    from .asset_history_record_trans_status import AssetHistoryRecordTransStatus
    from .asset_history_response import AssetHistoryResponse
    from .asset_history_response_data import AssetHistoryResponseData
    from .auto_referral_progress_response import AutoReferralProgressResponse
    from .auto_referral_progress_response_data import AutoReferralProgressResponseData
    from .available_symbols_response import AvailableSymbolsResponse
    from .available_symbols_response_data import AvailableSymbolsResponseData
    from .basic_response import BasicResponse
    from .batch_create_order_body import BatchCreateOrderBody
    from .batch_order_response import BatchOrderResponse
    from .batch_order_response_data import BatchOrderResponseData
    from .broker_list_response import BrokerListResponse
    from .broker_list_response_data import BrokerListResponseData
    from .broker_list_response_data_rows_item import BrokerListResponseDataRowsItem
    from .broker_stats_response import BrokerStatsResponse
    from .broker_stats_response_data import BrokerStatsResponseData
    from .broker_stats_response_data_rows_item import BrokerStatsResponseDataRowsItem
    from .builder_auto_referral_info_response import BuilderAutoReferralInfoResponse
    from .builder_auto_referral_info_response_data import (
        BuilderAutoReferralInfoResponseData,
    )
    from .cancel_all_after_body import CancelAllAfterBody
    from .cancel_all_after_response import CancelAllAfterResponse
    from .cancel_all_after_response_data import CancelAllAfterResponseData
    from .chain_info_response import ChainInfoResponse
    from .chain_info_response_data import ChainInfoResponseData
    from .chain_info_response_data_rows_item import ChainInfoResponseDataRowsItem
    from .check_referral_code_response import CheckReferralCodeResponse
    from .check_referral_code_response_data import CheckReferralCodeResponseData
    from .claim_code_response import ClaimCodeResponse
    from .claim_code_response_data import ClaimCodeResponseData
    from .claim_insurance_fund_body import ClaimInsuranceFundBody
    from .claim_insurance_fund_body_limit_price import ClaimInsuranceFundBodyLimitPrice
    from .claim_insurance_fund_response import ClaimInsuranceFundResponse
    from .claim_insurance_fund_response_data import ClaimInsuranceFundResponseData
    from .client_holding_response import ClientHoldingResponse
    from .client_holding_response_data import ClientHoldingResponseData
    from .client_info_response import ClientInfoResponse
    from .client_leverage_body import ClientLeverageBody
    from .client_maintenance_config_body import ClientMaintenanceConfigBody
    from .client_maintenance_config_response import ClientMaintenanceConfigResponse
    from .client_maintenance_config_response_data import (
        ClientMaintenanceConfigResponseData,
    )
    from .client_order_response import ClientOrderResponse
    from .client_statistics_response import ClientStatisticsResponse
    from .client_statistics_response_data import ClientStatisticsResponseData
    from .config_response import ConfigResponse
    from .config_response_data import ConfigResponseData
    from .create_algo_order_child_request import CreateAlgoOrderChildRequest
    from .create_internal_transfer_request import CreateInternalTransferRequest
    from .create_internal_transfer_request_receiver_list_item import (
        CreateInternalTransferRequestReceiverListItem,
    )
    from .create_internal_transfer_v1_response import CreateInternalTransferV1Response
    from .create_internal_transfer_v1_response_data import (
        CreateInternalTransferV1ResponseData,
    )
    from .create_internal_transfer_v2_request import CreateInternalTransferV2Request
    from .create_internal_transfer_v2_request_message import (
        CreateInternalTransferV2RequestMessage,
    )
    from .create_internal_transfer_v2_request_message_chain_type import (
        CreateInternalTransferV2RequestMessageChainType,
    )
    from .create_internal_transfer_v2_response import CreateInternalTransferV2Response
    from .create_internal_transfer_v2_response_data import (
        CreateInternalTransferV2ResponseData,
    )
    from .create_order_enum_body import CreateOrderEnumBody
    from .create_order_enum_body_pair_overrides import CreateOrderEnumBodyPairOverrides
    from .create_update_stage_request import CreateUpdateStageRequest
    from .created_algo_order import CreatedAlgoOrder
    from .created_order import CreatedOrder
    from .daily_stats import DailyStats
    from .daily_volume import DailyVolume
    from .daily_volume_response import DailyVolumeResponse
    from .delegate_orderly_key_body import DelegateOrderlyKeyBody
    from .delegate_orderly_key_body_message import DelegateOrderlyKeyBodyMessage
    from .delegate_settle_pnl_body import DelegateSettlePnlBody
    from .delegate_settle_pnl_body_message import DelegateSettlePnlBodyMessage
    from .delegate_signer_body import DelegateSignerBody
    from .delegate_signer_body_message import DelegateSignerBodyMessage
    from .delegate_signer_response import DelegateSignerResponse
    from .delegate_signer_response_data import DelegateSignerResponseData
    from .delegate_withdraw_request_body import DelegateWithdrawRequestBody
    from .delegate_withdraw_request_body_message import (
        DelegateWithdrawRequestBodyMessage,
    )
    from .delete_all_pending_algo_order_response import (
        DeleteAllPendingAlgoOrderResponse,
    )
    from .delete_all_pending_algo_order_response_data import (
        DeleteAllPendingAlgoOrderResponseData,
    )
    from .delete_order_response import DeleteOrderResponse
    from .delete_order_response_data import DeleteOrderResponseData
    from .edit_algo_order_child_request import EditAlgoOrderChildRequest
    from .edit_algo_order_child_request_child_orders_item import (
        EditAlgoOrderChildRequestChildOrdersItem,
    )
    from .empty_data_response import EmptyDataResponse
    from .empty_data_response_data import EmptyDataResponseData
    from .enable_multi_level_response import EnableMultiLevelResponse
    from .enable_multi_level_response_data import EnableMultiLevelResponseData
    from .error_response import ErrorResponse
    from .exchange_information_response import ExchangeInformationResponse
    from .fee_program_response import FeeProgramResponse
    from .fee_program_response_data import FeeProgramResponseData
    from .fee_program_response_data_rows_item import FeeProgramResponseDataRowsItem
    from .funding_fee import FundingFee
    from .funding_fee_history_response import FundingFeeHistoryResponse
    from .funding_fee_history_response_data import FundingFeeHistoryResponseData
    from .funding_rate import FundingRate
    from .funding_rate_history_response import FundingRateHistoryResponse
    from .funding_rate_history_response_data import FundingRateHistoryResponseData
    from .funding_rate_record import FundingRateRecord
    from .funding_rate_response import FundingRateResponse
    from .funding_rates_response import FundingRatesResponse
    from .funding_rates_response_data import FundingRatesResponseData
    from .future_info import FutureInfo
    from .future_info_response import FutureInfoResponse
    from .future_info_response_data import FutureInfoResponseData
    from .futures_fee_program_response import FuturesFeeProgramResponse
    from .futures_fee_program_response_data import FuturesFeeProgramResponseData
    from .futures_fee_program_response_data_rows_item import (
        FuturesFeeProgramResponseDataRowsItem,
    )
    from .futures_info_response import FuturesInfoResponse
    from .futures_info_response_data import FuturesInfoResponseData
    from .get_account_details_response import GetAccountDetailsResponse
    from .get_account_details_response_data import GetAccountDetailsResponseData
    from .get_account_response import GetAccountResponse
    from .get_account_response_data import GetAccountResponseData
    from .get_account_strategy_vault_transaction_history import (
        GetAccountStrategyVaultTransactionHistory,
    )
    from .get_account_strategy_vault_transaction_history_data import (
        GetAccountStrategyVaultTransactionHistoryData,
    )
    from .get_account_strategy_vault_transaction_history_data_rows_item import (
        GetAccountStrategyVaultTransactionHistoryDataRowsItem,
    )
    from .get_admin_referee_list_response import GetAdminRefereeListResponse
    from .get_admin_referee_list_response_data import GetAdminRefereeListResponseData
    from .get_admin_referee_list_response_data_rows_item import (
        GetAdminRefereeListResponseDataRowsItem,
    )
    from .get_admin_referee_list_response_data_rows_item_bind_type import (
        GetAdminRefereeListResponseDataRowsItemBindType,
    )
    from .get_all_accounts_response import GetAllAccountsResponse
    from .get_all_accounts_response_data import GetAllAccountsResponseData
    from .get_announcements_response import GetAnnouncementsResponse
    from .get_announcements_response_data import GetAnnouncementsResponseData
    from .get_broker_daily_response import GetBrokerDailyResponse
    from .get_broker_daily_response_data import GetBrokerDailyResponseData
    from .get_broker_daily_response_data_meta import GetBrokerDailyResponseDataMeta
    from .get_broker_daily_response_data_rows_item import (
        GetBrokerDailyResponseDataRowsItem,
    )
    from .get_broker_info_response import GetBrokerInfoResponse
    from .get_broker_info_response_data import GetBrokerInfoResponseData
    from .get_broker_response import GetBrokerResponse
    from .get_broker_response_data import GetBrokerResponseData
    from .get_builder_daily_fee_revenue_response import (
        GetBuilderDailyFeeRevenueResponse,
    )
    from .get_builder_daily_fee_revenue_response_data import (
        GetBuilderDailyFeeRevenueResponseData,
    )
    from .get_builder_daily_fee_revenue_response_data_rows_item import (
        GetBuilderDailyFeeRevenueResponseDataRowsItem,
    )
    from .get_campaign_check_response import GetCampaignCheckResponse
    from .get_campaign_check_response_data import GetCampaignCheckResponseData
    from .get_campaign_detailed_stats_response import GetCampaignDetailedStatsResponse
    from .get_campaign_detailed_stats_response_data import (
        GetCampaignDetailedStatsResponseData,
    )
    from .get_campaign_detailed_stats_response_data_rows_item import (
        GetCampaignDetailedStatsResponseDataRowsItem,
    )
    from .get_campaign_ranking_response import GetCampaignRankingResponse
    from .get_campaign_ranking_response_data import GetCampaignRankingResponseData
    from .get_campaign_ranking_response_data_rows_item import (
        GetCampaignRankingResponseDataRowsItem,
    )
    from .get_campaign_stats_response import GetCampaignStatsResponse
    from .get_campaign_stats_response_data import GetCampaignStatsResponseData
    from .get_campaign_user_response import GetCampaignUserResponse
    from .get_campaign_user_response_data import GetCampaignUserResponseData
    from .get_campaigns_response import GetCampaignsResponse
    from .get_campaigns_response_data import GetCampaignsResponseData
    from .get_campaigns_response_data_rows_item import GetCampaignsResponseDataRowsItem
    from .get_default_broker_fees_response import GetDefaultBrokerFeesResponse
    from .get_default_broker_fees_response_data import GetDefaultBrokerFeesResponseData
    from .get_distribution_history_response import GetDistributionHistoryResponse
    from .get_distribution_history_response_data import (
        GetDistributionHistoryResponseData,
    )
    from .get_distribution_history_response_data_meta import (
        GetDistributionHistoryResponseDataMeta,
    )
    from .get_distribution_history_response_data_rows_item import (
        GetDistributionHistoryResponseDataRowsItem,
    )
    from .get_epoch_dates_response import GetEpochDatesResponse
    from .get_epoch_dates_response_data import GetEpochDatesResponseData
    from .get_epoch_dates_response_data_rows_item import (
        GetEpochDatesResponseDataRowsItem,
    )
    from .get_epoch_points_response import GetEpochPointsResponse
    from .get_epoch_points_response_data import GetEpochPointsResponseData
    from .get_epoch_points_response_data_rows_item import (
        GetEpochPointsResponseDataRowsItem,
    )
    from .get_index_price_source_response import GetIndexPriceSourceResponse
    from .get_index_price_source_response_data import GetIndexPriceSourceResponseData
    from .get_internal_transfer_history_response import (
        GetInternalTransferHistoryResponse,
    )
    from .get_internal_transfer_history_response_data import (
        GetInternalTransferHistoryResponseData,
    )
    from .get_ip_info_response import GetIpInfoResponse
    from .get_ip_info_response_data import GetIpInfoResponseData
    from .get_leverage_setting_response import GetLeverageSettingResponse
    from .get_leverage_setting_response_data import GetLeverageSettingResponseData
    from .get_market_funding_rate_history_response import (
        GetMarketFundingRateHistoryResponse,
    )
    from .get_market_funding_rate_history_response_data import (
        GetMarketFundingRateHistoryResponseData,
    )
    from .get_market_volume_by_broker_response import GetMarketVolumeByBrokerResponse
    from .get_market_volume_by_broker_response_data import (
        GetMarketVolumeByBrokerResponseData,
    )
    from .get_max_rebate_rate_response import GetMaxRebateRateResponse
    from .get_max_rebate_rate_response_data import GetMaxRebateRateResponseData
    from .get_multi_level_admin_config_response import GetMultiLevelAdminConfigResponse
    from .get_multi_level_admin_config_response_data import (
        GetMultiLevelAdminConfigResponseData,
    )
    from .get_multi_level_admin_config_response_data_rebate_basis_mode import (
        GetMultiLevelAdminConfigResponseDataRebateBasisMode,
    )
    from .get_multi_level_admin_info_response import GetMultiLevelAdminInfoResponse
    from .get_multi_level_admin_info_response_data import (
        GetMultiLevelAdminInfoResponseData,
    )
    from .get_multi_level_admin_info_response_data_rows_item import (
        GetMultiLevelAdminInfoResponseDataRowsItem,
    )
    from .get_multi_level_admin_summary_response import (
        GetMultiLevelAdminSummaryResponse,
    )
    from .get_multi_level_admin_summary_response_data import (
        GetMultiLevelAdminSummaryResponseData,
    )
    from .get_multi_level_admin_summary_response_data_rows_item import (
        GetMultiLevelAdminSummaryResponseDataRowsItem,
    )
    from .get_multi_level_statistics_response import GetMultiLevelStatisticsResponse
    from .get_multi_level_statistics_response_data import (
        GetMultiLevelStatisticsResponseData,
    )
    from .get_order_enum_response import GetOrderEnumResponse
    from .get_order_enum_with_stats_response import GetOrderEnumWithStatsResponse
    from .get_order_enums_response import GetOrderEnumsResponse
    from .get_order_enums_with_stats_response import GetOrderEnumsWithStatsResponse
    from .get_orderly_key_response import GetOrderlyKeyResponse
    from .get_orderly_key_response_data import GetOrderlyKeyResponseData
    from .get_point_stages_response import GetPointStagesResponse
    from .get_point_stages_response_data import GetPointStagesResponseData
    from .get_point_stages_response_data_rows_item import (
        GetPointStagesResponseDataRowsItem,
    )
    from .get_points_leaderboard_response import GetPointsLeaderboardResponse
    from .get_points_leaderboard_response_data import GetPointsLeaderboardResponseData
    from .get_points_leaderboard_response_data_rows_item import (
        GetPointsLeaderboardResponseDataRowsItem,
    )
    from .get_points_response import GetPointsResponse
    from .get_points_response_data import GetPointsResponseData
    from .get_points_response_data_rows_item import GetPointsResponseDataRowsItem
    from .get_price_for_small_charts_response import GetPriceForSmallChartsResponse
    from .get_price_for_small_charts_response_data import (
        GetPriceForSmallChartsResponseData,
    )
    from .get_rebate_info_response import GetRebateInfoResponse
    from .get_rebate_info_response_data import GetRebateInfoResponseData
    from .get_rebate_summary_response import GetRebateSummaryResponse
    from .get_rebate_summary_response_data import GetRebateSummaryResponseData
    from .get_rebate_summary_response_data_meta import GetRebateSummaryResponseDataMeta
    from .get_rebate_summary_response_data_rows_item import (
        GetRebateSummaryResponseDataRowsItem,
    )
    from .get_referee_history_response import GetRefereeHistoryResponse
    from .get_referee_history_response_data import GetRefereeHistoryResponseData
    from .get_referee_history_response_data_meta import (
        GetRefereeHistoryResponseDataMeta,
    )
    from .get_referee_history_response_data_rows_item import (
        GetRefereeHistoryResponseDataRowsItem,
    )
    from .get_referee_info_response import GetRefereeInfoResponse
    from .get_referee_info_response_data import GetRefereeInfoResponseData
    from .get_referee_info_response_data_meta import GetRefereeInfoResponseDataMeta
    from .get_referee_info_response_data_rows_item import (
        GetRefereeInfoResponseDataRowsItem,
    )
    from .get_referee_list_response import GetRefereeListResponse
    from .get_referee_list_response_data import GetRefereeListResponseData
    from .get_referee_list_response_data_rows_item import (
        GetRefereeListResponseDataRowsItem,
    )
    from .get_referee_list_response_data_rows_item_bind_type import (
        GetRefereeListResponseDataRowsItemBindType,
    )
    from .get_referee_rebate_summary_response import GetRefereeRebateSummaryResponse
    from .get_referee_rebate_summary_response_data import (
        GetRefereeRebateSummaryResponseData,
    )
    from .get_referee_rebate_summary_response_data_rows_item import (
        GetRefereeRebateSummaryResponseDataRowsItem,
    )
    from .get_referral_code_response import GetReferralCodeResponse
    from .get_referral_code_response_data import GetReferralCodeResponseData
    from .get_referral_code_response_data_meta import GetReferralCodeResponseDataMeta
    from .get_referral_code_response_data_rows_item import (
        GetReferralCodeResponseDataRowsItem,
    )
    from .get_referral_code_response_data_rows_item_referral_codes_item import (
        GetReferralCodeResponseDataRowsItemReferralCodesItem,
    )
    from .get_referral_history_response import GetReferralHistoryResponse
    from .get_referral_history_response_data import GetReferralHistoryResponseData
    from .get_referral_history_response_data_meta import (
        GetReferralHistoryResponseDataMeta,
    )
    from .get_referral_history_response_data_rows_item import (
        GetReferralHistoryResponseDataRowsItem,
    )
    from .get_referral_info_response import GetReferralInfoResponse
    from .get_referral_info_response_data import GetReferralInfoResponseData
    from .get_referral_info_response_data_referee_info import (
        GetReferralInfoResponseDataRefereeInfo,
    )
    from .get_referral_info_response_data_referrer_info import (
        GetReferralInfoResponseDataReferrerInfo,
    )
    from .get_referral_info_response_data_referrer_info_referral_codes_item import (
        GetReferralInfoResponseDataReferrerInfoReferralCodesItem,
    )
    from .get_stage_parameters_response import GetStageParametersResponse
    from .get_stage_parameters_response_data import GetStageParametersResponseData
    from .get_stage_parameters_response_data_rows_item import (
        GetStageParametersResponseDataRowsItem,
    )
    from .get_stage_rankings_response import GetStageRankingsResponse
    from .get_stage_rankings_response_data import GetStageRankingsResponseData
    from .get_stage_rankings_response_data_meta import GetStageRankingsResponseDataMeta
    from .get_stage_rankings_response_data_rows_item import (
        GetStageRankingsResponseDataRowsItem,
    )
    from .get_staking_overview_response import GetStakingOverviewResponse
    from .get_staking_overview_response_data import GetStakingOverviewResponseData
    from .get_staking_overview_response_data_rows_item import (
        GetStakingOverviewResponseDataRowsItem,
    )
    from .get_transfer_nonce_response import GetTransferNonceResponse
    from .get_transfer_nonce_response_data import GetTransferNonceResponseData
    from .get_tvl_by_broker_response import GetTVLByBrokerResponse
    from .get_tvl_by_broker_response_data import GetTVLByBrokerResponseData
    from .get_unstake_details_response import GetUnstakeDetailsResponse
    from .get_unstake_details_response_data import GetUnstakeDetailsResponseData
    from .get_user_daily_stats_response import GetUserDailyStatsResponse
    from .get_user_daily_stats_response_data import GetUserDailyStatsResponseData
    from .get_user_statistics_response import GetUserStatisticsResponse
    from .get_user_statistics_response_data import GetUserStatisticsResponseData
    from .get_user_statistics_response_data_weekly_breakdown import (
        GetUserStatisticsResponseDataWeeklyBreakdown,
    )
    from .get_user_statistics_response_data_weekly_breakdown_last_week import (
        GetUserStatisticsResponseDataWeeklyBreakdownLastWeek,
    )
    from .get_user_statistics_response_data_weekly_breakdown_this_week import (
        GetUserStatisticsResponseDataWeeklyBreakdownThisWeek,
    )
    from .get_v1_admin_asset_history_status import GetV1AdminAssetHistoryStatus
    from .get_v1_admin_orders_source_type import GetV1AdminOrdersSourceType
    from .get_v1_broker_daily_fee_revenue_response_400 import (
        GetV1BrokerDailyFeeRevenueResponse400,
    )
    from .get_v1_referral_multi_level_admin_info_sort_by import (
        GetV1ReferralMultiLevelAdminInfoSortBy,
    )
    from .get_v1_referral_multi_level_admin_summary_aggregate_by import (
        GetV1ReferralMultiLevelAdminSummaryAggregateBy,
    )
    from .get_v1_referral_multi_level_statistics_time_range import (
        GetV1ReferralMultiLevelStatisticsTimeRange,
    )
    from .get_valor_2_batch_info_response import GetValor2BatchInfoResponse
    from .get_valor_2_batch_info_response_data import GetValor2BatchInfoResponseData
    from .get_valor_2_batch_info_response_data_rows_item import (
        GetValor2BatchInfoResponseDataRowsItem,
    )
    from .get_valor_2_pool_info_response import GetValor2PoolInfoResponse
    from .get_valor_2_pool_info_response_data import GetValor2PoolInfoResponseData
    from .get_valor_2_redeem_info_response import GetValor2RedeemInfoResponse
    from .get_valor_2_redeem_info_response_data import GetValor2RedeemInfoResponseData
    from .get_valor_2_redeem_info_response_data_redeeming_valor_list_item import (
        GetValor2RedeemInfoResponseDataRedeemingValorListItem,
    )
    from .get_valor_2_revenue_buyback_response import GetValor2RevenueBuybackResponse
    from .get_valor_2_revenue_buyback_response_data_item import (
        GetValor2RevenueBuybackResponseDataItem,
    )
    from .get_valor_batch_info_response import GetValorBatchInfoResponse
    from .get_valor_batch_info_response_data import GetValorBatchInfoResponseData
    from .get_valor_batch_info_response_data_rows_item import (
        GetValorBatchInfoResponseDataRowsItem,
    )
    from .get_valor_pool_info_response import GetValorPoolInfoResponse
    from .get_valor_pool_info_response_data import GetValorPoolInfoResponseData
    from .get_valor_redeem_info_response import GetValorRedeemInfoResponse
    from .get_valor_redeem_info_response_data import GetValorRedeemInfoResponseData
    from .get_valor_redeem_info_response_data_chain_details_item import (
        GetValorRedeemInfoResponseDataChainDetailsItem,
    )
    from .get_volume_prerequisite_response import GetVolumePrerequisiteResponse
    from .get_volume_prerequisite_response_data import GetVolumePrerequisiteResponseData
    from .get_wallet_staked_balance_response import GetWalletStakedBalanceResponse
    from .get_wallet_staked_balance_response_data import (
        GetWalletStakedBalanceResponseData,
    )
    from .getes_order_vesting_list_response import GetesORDERVestingListResponse
    from .getes_order_vesting_list_response_data import (
        GetesORDERVestingListResponseData,
    )
    from .getes_order_vesting_list_response_data_rows_item import (
        GetesORDERVestingListResponseDataRowsItem,
    )
    from .holding import Holding
    from .index_price_source import IndexPriceSource
    from .insurance_fund import InsuranceFund
    from .insurance_fund_response import InsuranceFundResponse
    from .insurance_fund_response_data import InsuranceFundResponseData
    from .internal_transfer import InternalTransfer
    from .internal_transfer_history_response import InternalTransferHistoryResponse
    from .internal_transfer_history_response_data import (
        InternalTransferHistoryResponseData,
    )
    from .internal_transfer_history_response_data_meta import (
        InternalTransferHistoryResponseDataMeta,
    )
    from .internal_transfer_history_response_data_rows_item import (
        InternalTransferHistoryResponseDataRowsItem,
    )
    from .ip_restriction_response import IpRestrictionResponse
    from .ip_restriction_response_data import IpRestrictionResponseData
    from .key_info import KeyInfo
    from .key_info_response import KeyInfoResponse
    from .key_info_response_data import KeyInfoResponseData
    from .kline import Kline
    from .kline_history_response import KlineHistoryResponse
    from .kline_response import KlineResponse
    from .kline_response_data import KlineResponseData
    from .leaderboard_response import LeaderboardResponse
    from .leaderboard_response_data import LeaderboardResponseData
    from .leaderboard_response_data_meta import LeaderboardResponseDataMeta
    from .leaderboard_response_data_rows_item import LeaderboardResponseDataRowsItem
    from .leverage import Leverage
    from .leverage_response import LeverageResponse
    from .leverages_response import LeveragesResponse
    from .leverages_response_data import LeveragesResponseData
    from .liquidated_positions_response import LiquidatedPositionsResponse
    from .liquidated_positions_response_data import LiquidatedPositionsResponseData
    from .liquidation import Liquidation
    from .liquidation_body import LiquidationBody
    from .liquidation_body_limit_price import LiquidationBodyLimitPrice
    from .liquidation_body_symbols import LiquidationBodySymbols
    from .liquidation_position import LiquidationPosition
    from .liquidation_response import LiquidationResponse
    from .liquidation_response_data import LiquidationResponseData
    from .liquidations_response import LiquidationsResponse
    from .liquidations_response_data import LiquidationsResponseData
    from .liquidator_liquidation import LiquidatorLiquidation
    from .liquidator_liquidations_response import LiquidatorLiquidationsResponse
    from .liquidator_liquidations_response_data import (
        LiquidatorLiquidationsResponseData,
    )
    from .margin_mode import MarginMode
    from .margin_modes_response import MarginModesResponse
    from .margin_modes_response_data import MarginModesResponseData
    from .market_funding_history import MarketFundingHistory
    from .market_funding_history_funding import MarketFundingHistoryFunding
    from .market_funding_history_funding_1d import MarketFundingHistoryFunding1D
    from .market_funding_history_funding_3d import MarketFundingHistoryFunding3D
    from .market_funding_history_funding_7d import MarketFundingHistoryFunding7D
    from .market_funding_history_funding_14d import MarketFundingHistoryFunding14D
    from .market_funding_history_funding_30d import MarketFundingHistoryFunding30D
    from .market_funding_history_funding_90d import MarketFundingHistoryFunding90D
    from .market_funding_history_funding_180d import MarketFundingHistoryFunding180D
    from .market_funding_history_funding_last import MarketFundingHistoryFundingLast
    from .market_open_interests_response import MarketOpenInterestsResponse
    from .market_open_interests_response_data import MarketOpenInterestsResponseData
    from .market_price_change_info_response import MarketPriceChangeInfoResponse
    from .market_price_change_info_response_data import (
        MarketPriceChangeInfoResponseData,
    )
    from .market_trade import MarketTrade
    from .market_trades_response import MarketTradesResponse
    from .market_trades_response_data import MarketTradesResponseData
    from .notification import Notification
    from .notification_content_raw import NotificationContentRaw
    from .open_interest import OpenInterest
    from .order import Order
    from .order_body import OrderBody
    from .order_custom_field import OrderCustomField
    from .order_enum import OrderEnum
    from .order_enum_pair_overrides import OrderEnumPairOverrides
    from .order_enum_status import OrderEnumStatus
    from .order_enum_with_stats import OrderEnumWithStats
    from .order_enum_with_stats_usage_stats import OrderEnumWithStatsUsageStats
    from .order_response import OrderResponse
    from .order_side import OrderSide
    from .order_state import OrderState
    from .order_status_response import OrderStatusResponse
    from .order_trades_response import OrderTradesResponse
    from .order_trades_response_data import OrderTradesResponseData
    from .order_type import OrderType
    from .orderbook import Orderbook
    from .orderbook_entry import OrderbookEntry
    from .orderbook_response import OrderbookResponse
    from .orderly_key_body import OrderlyKeyBody
    from .orderly_key_body_message import OrderlyKeyBodyMessage
    from .orderly_key_response import OrderlyKeyResponse
    from .orderly_key_response_data import OrderlyKeyResponseData
    from .orders_response import OrdersResponse
    from .orders_response_data import OrdersResponseData
    from .pagination_meta import PaginationMeta
    from .pending_liquidation import PendingLiquidation
    from .pending_liquidation_position import PendingLiquidationPosition
    from .perp_position import PerpPosition
    from .pnl_settlement import PnlSettlement
    from .pnl_settlement_history_response import PnlSettlementHistoryResponse
    from .pnl_settlement_history_response_data import PnlSettlementHistoryResponseData
    from .pnl_settlement_symbol import PnlSettlementSymbol
    from .position import Position
    from .position_history_record import PositionHistoryRecord
    from .position_history_response import PositionHistoryResponse
    from .position_history_response_data import PositionHistoryResponseData
    from .position_lite import PositionLite
    from .position_response import PositionResponse
    from .positions_lite_response import PositionsLiteResponse
    from .positions_lite_response_data import PositionsLiteResponseData
    from .positions_response import PositionsResponse
    from .positions_response_data import PositionsResponseData
    from .post_algo_order_response import PostAlgoOrderResponse
    from .post_liquidation_response import PostLiquidationResponse
    from .post_liquidation_response_data import PostLiquidationResponseData
    from .post_order_body import PostOrderBody
    from .post_order_response import PostOrderResponse
    from .post_v1_algo_order_body import PostV1AlgoOrderBody
    from .post_v1_algo_order_body_child_orders_item import (
        PostV1AlgoOrderBodyChildOrdersItem,
    )
    from .post_v1_batch_order_body import PostV1BatchOrderBody
    from .post_v1_broker_fee_rate_default_body import PostV1BrokerFeeRateDefaultBody
    from .post_v1_broker_fee_rate_set_body import PostV1BrokerFeeRateSetBody
    from .post_v1_broker_fee_rate_set_default_body import (
        PostV1BrokerFeeRateSetDefaultBody,
    )
    from .post_v1_broker_order_enum_archive_body import PostV1BrokerOrderEnumArchiveBody
    from .post_v1_broker_order_enum_unarchive_body import (
        PostV1BrokerOrderEnumUnarchiveBody,
    )
    from .post_v1_client_add_sub_account_body import PostV1ClientAddSubAccountBody
    from .post_v1_client_campaign_sign_up_body import PostV1ClientCampaignSignUpBody
    from .post_v1_client_leverages_body import PostV1ClientLeveragesBody
    from .post_v1_client_margin_mode_body import PostV1ClientMarginModeBody
    from .post_v1_client_reset_orderly_key_ip_restriction_body import (
        PostV1ClientResetOrderlyKeyIpRestrictionBody,
    )
    from .post_v1_client_set_orderly_key_ip_restriction_body import (
        PostV1ClientSetOrderlyKeyIpRestrictionBody,
    )
    from .post_v1_client_update_sub_account_body import PostV1ClientUpdateSubAccountBody
    from .post_v1_faucet_usdc_body import PostV1FaucetUsdcBody
    from .post_v1_notification_inbox_mark_read_all_body import (
        PostV1NotificationInboxMarkReadAllBody,
    )
    from .post_v1_notification_inbox_mark_read_body import (
        PostV1NotificationInboxMarkReadBody,
    )
    from .post_v1_position_margin_body import PostV1PositionMarginBody
    from .post_v1_position_margin_body_type import PostV1PositionMarginBodyType
    from .post_v1_referral_auto_referral_update_body import (
        PostV1ReferralAutoReferralUpdateBody,
    )
    from .post_v1_referral_bind_body import PostV1ReferralBindBody
    from .post_v1_referral_create_body import PostV1ReferralCreateBody
    from .post_v1_referral_edit_description_body import (
        PostV1ReferralEditDescriptionBody,
    )
    from .post_v1_referral_edit_description_response_200 import (
        PostV1ReferralEditDescriptionResponse200,
    )
    from .post_v1_referral_edit_description_response_200_data_type_0 import (
        PostV1ReferralEditDescriptionResponse200DataType0,
    )
    from .post_v1_referral_edit_referee_description_body import (
        PostV1ReferralEditRefereeDescriptionBody,
    )
    from .post_v1_referral_edit_referee_description_response_200 import (
        PostV1ReferralEditRefereeDescriptionResponse200,
    )
    from .post_v1_referral_edit_referee_description_response_200_data_type_0 import (
        PostV1ReferralEditRefereeDescriptionResponse200DataType0,
    )
    from .post_v1_referral_edit_referral_code_body import (
        PostV1ReferralEditReferralCodeBody,
    )
    from .post_v1_referral_edit_split_body import PostV1ReferralEditSplitBody
    from .post_v1_referral_multi_level_admin_body import (
        PostV1ReferralMultiLevelAdminBody,
    )
    from .post_v1_referral_multi_level_admin_create_affiliate_body import (
        PostV1ReferralMultiLevelAdminCreateAffiliateBody,
    )
    from .post_v1_referral_multi_level_admin_reset_affiliate_body import (
        PostV1ReferralMultiLevelAdminResetAffiliateBody,
    )
    from .post_v1_referral_multi_level_admin_update_affiliate_body import (
        PostV1ReferralMultiLevelAdminUpdateAffiliateBody,
    )
    from .post_v1_referral_multi_level_admin_update_body import (
        PostV1ReferralMultiLevelAdminUpdateBody,
    )
    from .post_v1_referral_multi_level_claim_code_body import (
        PostV1ReferralMultiLevelClaimCodeBody,
    )
    from .post_v1_referral_multi_level_rebate_rate_set_default_body import (
        PostV1ReferralMultiLevelRebateRateSetDefaultBody,
    )
    from .post_v1_referral_multi_level_rebate_rate_update_body import (
        PostV1ReferralMultiLevelRebateRateUpdateBody,
    )
    from .post_v1_referral_update_body import PostV1ReferralUpdateBody
    from .post_v1_sub_account_settle_pnl_body import PostV1SubAccountSettlePnlBody
    from .post_v1_sv_manual_period_delivery_body import PostV1SvManualPeriodDeliveryBody
    from .post_v1_sv_operation_request_body import PostV1SvOperationRequestBody
    from .post_v1_sv_operation_request_body_message import (
        PostV1SvOperationRequestBodyMessage,
    )
    from .post_v1_sv_sp_orderly_key_body import PostV1SvSpOrderlyKeyBody
    from .post_v1_sv_sp_orderly_key_body_message import PostV1SvSpOrderlyKeyBodyMessage
    from .post_v1_sv_sp_settle_pnl_body import PostV1SvSpSettlePnlBody
    from .post_v1_sv_sp_settle_pnl_body_message import PostV1SvSpSettlePnlBodyMessage
    from .price_change import PriceChange
    from .price_history import PriceHistory
    from .price_history_price_list_item import PriceHistoryPriceListItem
    from .public_liquidation import PublicLiquidation
    from .public_liquidation_position import PublicLiquidationPosition
    from .put_order_response import PutOrderResponse
    from .put_order_response_data import PutOrderResponseData
    from .put_v1_algo_order_body import PutV1AlgoOrderBody
    from .receiver_address_response import ReceiverAddressResponse
    from .receiver_address_response_data import ReceiverAddressResponseData
    from .receiver_event import ReceiverEvent
    from .receiver_events_response import ReceiverEventsResponse
    from .receiver_events_response_data import ReceiverEventsResponseData
    from .register_account_body import RegisterAccountBody
    from .register_account_body_message import RegisterAccountBodyMessage
    from .register_account_response import RegisterAccountResponse
    from .register_account_response_data import RegisterAccountResponseData
    from .registration_nonce_response import RegistrationNonceResponse
    from .registration_nonce_response_data import RegistrationNonceResponseData
    from .remove_orderly_key_body import RemoveOrderlyKeyBody
    from .scheduled_maintenance import ScheduledMaintenance
    from .set_ip_restriction_response import SetIpRestrictionResponse
    from .set_ip_restriction_response_data import SetIpRestrictionResponseData
    from .settle_nonce_response import SettleNonceResponse
    from .settle_nonce_response_data import SettleNonceResponseData
    from .settle_pnl_body import SettlePnlBody
    from .settle_pnl_body_message import SettlePnlBodyMessage
    from .settle_pnl_response import SettlePnlResponse
    from .settle_pnl_response_data import SettlePnlResponseData
    from .share_history_response import ShareHistoryResponse
    from .share_history_response_data import ShareHistoryResponseData
    from .share_history_response_data_meta import ShareHistoryResponseDataMeta
    from .share_history_response_data_rows_item import ShareHistoryResponseDataRowsItem
    from .sub_account import SubAccount
    from .sub_account_response import SubAccountResponse
    from .sub_account_response_data import SubAccountResponseData
    from .sv_nonce_response import SvNonceResponse
    from .sv_nonce_response_data import SvNonceResponseData
    from .symbol import Symbol
    from .symbol_leverage import SymbolLeverage
    from .symbol_margin_mode import SymbolMarginMode
    from .system_info_response import SystemInfoResponse
    from .system_status import SystemStatus
    from .token_chain import TokenChain
    from .token_info import TokenInfo
    from .token_info_response import TokenInfoResponse
    from .token_info_response_data import TokenInfoResponseData
    from .trade import Trade
    from .trade_response import TradeResponse
    from .trades_response import TradesResponse
    from .trades_response_data import TradesResponseData
    from .tv_config_response import TvConfigResponse
    from .tv_config_response_d import TvConfigResponseD
    from .tv_config_response_d_account_manager_item import (
        TvConfigResponseDAccountManagerItem,
    )
    from .tv_config_response_d_durations_item import TvConfigResponseDDurationsItem
    from .tv_config_response_d_position_custom_fields_item import (
        TvConfigResponseDPositionCustomFieldsItem,
    )
    from .tv_config_response_d_pulling_interval import TvConfigResponseDPullingInterval
    from .tv_history_response import TvHistoryResponse
    from .tv_symbol_response import TvSymbolResponse
    from .unarchive_order_enum_response import UnarchiveOrderEnumResponse
    from .unarchive_order_enum_response_data import UnarchiveOrderEnumResponseData
    from .unarchive_order_enum_response_data_pair_overrides import (
        UnarchiveOrderEnumResponseDataPairOverrides,
    )
    from .unarchive_order_enum_response_data_status import (
        UnarchiveOrderEnumResponseDataStatus,
    )
    from .unread_notifications_response import UnreadNotificationsResponse
    from .unread_notifications_response_data import UnreadNotificationsResponseData
    from .update_order_enum_body import UpdateOrderEnumBody
    from .update_order_enum_body_pair_overrides_type_0 import (
        UpdateOrderEnumBodyPairOverridesType0,
    )
    from .user_fee_rates_response import UserFeeRatesResponse
    from .user_fee_rates_response_data import UserFeeRatesResponseData
    from .user_fee_rates_response_data_meta import UserFeeRatesResponseDataMeta
    from .user_fee_rates_response_data_rows_item import UserFeeRatesResponseDataRowsItem
    from .vault_balance import VaultBalance
    from .vault_balance_response import VaultBalanceResponse
    from .vault_balance_response_data import VaultBalanceResponseData
    from .venue_transfer_history_response import VenueTransferHistoryResponse
    from .venue_transfer_history_response_data import VenueTransferHistoryResponseData
    from .venue_transfer_history_response_data_meta import (
        VenueTransferHistoryResponseDataMeta,
    )
    from .venue_transfer_history_response_data_rows_item import (
        VenueTransferHistoryResponseDataRowsItem,
    )
    from .venue_withdrawal_history_response import VenueWithdrawalHistoryResponse
    from .venue_withdrawal_history_response_data import (
        VenueWithdrawalHistoryResponseData,
    )
    from .venue_withdrawal_history_response_data_meta import (
        VenueWithdrawalHistoryResponseDataMeta,
    )
    from .venue_withdrawal_history_response_data_rows_item import (
        VenueWithdrawalHistoryResponseDataRowsItem,
    )
    from .verify_referral_code_response import VerifyReferralCodeResponse
    from .verify_referral_code_response_data import VerifyReferralCodeResponseData
    from .volume_stats_response import VolumeStatsResponse
    from .volume_stats_response_data import VolumeStatsResponseData
    from .wallet_account import WalletAccount
    from .withdraw_nonce_reponse import WithdrawNonceReponse
    from .withdraw_nonce_reponse_data import WithdrawNonceReponseData
    from .withdraw_request_body import WithdrawRequestBody
    from .withdraw_request_body_message import WithdrawRequestBodyMessage
    from .withdraw_response import WithdrawResponse
    from .withdraw_response_data import WithdrawResponseData

    AccountInfoResponseData = AccountOverview  # deprecated
    AggregateHoldingResponseDataRowsItem = AggregateHolding  # deprecated
    AggregatePositionsResponseDataRowsItem = AggregatePosition  # deprecated
    AlgoOrderChildOrdersItem = AlgoChildOrder  # deprecated
    ClientHoldingResponseDataHoldingItem = Holding  # deprecated
    ClientInfoResponseData = AccountInfo  # deprecated
    ClientInfoResponseDataImrFactor = AccountInfoImrFactor  # deprecated
    ClientInfoResponseDataMaxNotional = AccountInfoMaxNotional  # deprecated
    DailyVolumeResponseDataItem = DailyVolume  # deprecated
    FundingFeeHistoryResponseDataRowsItem = FundingFee  # deprecated
    FundingRateHistoryResponseDataRowsItem = FundingRateRecord  # deprecated
    GetAllAccountsResponseDataRowsItem = WalletAccount  # deprecated
    GetAnnouncementsResponseDataRowsItem = Announcement  # deprecated
    GetIndexPriceSourceResponseDataRowsItem = IndexPriceSource  # deprecated
    GetInternalTransferHistoryResponseDataRowsItem = InternalTransfer  # deprecated
    GetMarketFundingRateHistoryResponseDataRowsItem = MarketFundingHistory  # deprecated
    GetMarketFundingRateHistoryResponseDataRowsItemFunding = MarketFundingHistoryFunding  # deprecated
    GetMarketFundingRateHistoryResponseDataRowsItemFunding14D = MarketFundingHistoryFunding14D  # deprecated
    GetMarketFundingRateHistoryResponseDataRowsItemFunding180D = MarketFundingHistoryFunding180D  # deprecated
    GetMarketFundingRateHistoryResponseDataRowsItemFunding1D = MarketFundingHistoryFunding1D  # deprecated
    GetMarketFundingRateHistoryResponseDataRowsItemFunding30D = MarketFundingHistoryFunding30D  # deprecated
    GetMarketFundingRateHistoryResponseDataRowsItemFunding3D = MarketFundingHistoryFunding3D  # deprecated
    GetMarketFundingRateHistoryResponseDataRowsItemFunding7D = MarketFundingHistoryFunding7D  # deprecated
    GetMarketFundingRateHistoryResponseDataRowsItemFunding90D = MarketFundingHistoryFunding90D  # deprecated
    GetMarketFundingRateHistoryResponseDataRowsItemFundingLast = MarketFundingHistoryFundingLast  # deprecated
    GetPriceForSmallChartsResponseDataRowsItem = PriceHistory  # deprecated
    GetPriceForSmallChartsResponseDataRowsItemPriceListItem = PriceHistoryPriceListItem  # deprecated
    GetUserDailyStatsResponseDataRowsItem = DailyStats  # deprecated
    InsuranceFundResponseDataRowsItem = InsuranceFund  # deprecated
    KeyInfoResponseDataRowsItem = KeyInfo  # deprecated
    KlineResponseDataRowsItem = Kline  # deprecated
    LeverageResponseData = Leverage  # deprecated
    LeveragesResponseDataRowsItem = SymbolLeverage  # deprecated
    LiquidatedPositionsResponseDataRowsItem = PublicLiquidation  # deprecated
    LiquidatedPositionsResponseDataRowsItemPositionsByPerpItem = PublicLiquidationPosition  # deprecated
    LiquidationResponseDataRowsItem = PendingLiquidation  # deprecated
    LiquidationResponseDataRowsItemPositionsByPerpItem = PendingLiquidationPosition  # deprecated
    LiquidationsResponseDataRowsItem = Liquidation  # deprecated
    LiquidationsResponseDataRowsItemPositionsByPerpItem = LiquidationPosition  # deprecated
    LiquidatorLiquidationsResponseDataRowsItem = LiquidatorLiquidation  # deprecated
    MarginModesResponseDataRowsItem = SymbolMarginMode  # deprecated
    MarketOpenInterestsResponseDataRowsItem = OpenInterest  # deprecated
    MarketPriceChangeInfoResponseDataRowsItem = PriceChange  # deprecated
    MarketTradesResponseDataRowsItem = MarketTrade  # deprecated
    OrderbookResponseData = Orderbook  # deprecated
    PnlSettlementHistoryResponseDataRowsItem = PnlSettlement  # deprecated
    PnlSettlementHistoryResponseDataRowsItemSymbolsItem = PnlSettlementSymbol  # deprecated
    PositionHistoryResponseDataRowsItem = PositionHistoryRecord  # deprecated
    ReceiverEventsResponseDataRowsItem = ReceiverEvent  # deprecated
    SubAccountResponseDataRowsItem = SubAccount  # deprecated
    SystemInfoResponseData = SystemStatus  # deprecated
    SystemInfoResponseDataScheduledMaintenance = ScheduledMaintenance  # deprecated
    TokenInfoResponseDataRowsItem = TokenInfo  # deprecated
    TokenInfoResponseDataRowsItemChainDetailsItem = TokenChain  # deprecated
    VaultBalanceResponseDataRowsItem = VaultBalance  # deprecated

_MODULE_OF: dict[str, str] = {
    "AccountInfo": ".account_info",
    "AccountInfoImrFactor": ".account_info_imr_factor",
    "AccountInfoMaxNotional": ".account_info_max_notional",
    "AccountInfoResponse": ".account_info_response",
    "AccountOverview": ".account_overview",
    "AccountSummary": ".account_summary",
    "AddSubAccountResponse": ".add_sub_account_response",
    "AddSubAccountResponseData": ".add_sub_account_response_data",
    "AdminAlgoOrdersResponse": ".admin_algo_orders_response",
    "AdminAlgoOrdersResponseData": ".admin_algo_orders_response_data",
    "AdminAlgoOrdersResponseDataRowsItem": ".admin_algo_orders_response_data_rows_item",
    "AdminAlgoOrdersResponseDataRowsItemChildOrdersItem": ".admin_algo_orders_response_data_rows_item_child_orders_item",
    "AdminAssetConvertHistoryDetail": ".admin_asset_convert_history_detail",
    "AdminAssetConvertHistoryRecord": ".admin_asset_convert_history_record",
    "AdminAssetConvertHistoryRecordConvertedAsset": ".admin_asset_convert_history_record_converted_asset",
    "AdminAssetConvertHistoryResponse": ".admin_asset_convert_history_response",
    "AdminAssetConvertHistoryResponseData": ".admin_asset_convert_history_response_data",
    "AdminAssetHistoryRecord": ".admin_asset_history_record",
    "AdminAssetHistoryResponse": ".admin_asset_history_response",
    "AdminAssetHistoryResponseData": ".admin_asset_history_response_data",
    "AdminLiquidationsResponse": ".admin_liquidations_response",
    "AdminLiquidationsResponseData": ".admin_liquidations_response_data",
    "AdminLiquidationsResponseDataRowsItem": ".admin_liquidations_response_data_rows_item",
    "AdminLiquidationsResponseDataRowsItemPositionsByPerpItem": ".admin_liquidations_response_data_rows_item_positions_by_perp_item",
    "AdminOrder": ".admin_order",
    "AdminOrdersResponse": ".admin_orders_response",
    "AdminOrdersResponseData": ".admin_orders_response_data",
    "AdminTradesResponse": ".admin_trades_response",
    "AdminTradesResponseData": ".admin_trades_response_data",
    "AdminTradesResponseDataRowsItem": ".admin_trades_response_data_rows_item",
    "AdminVolumeStatsResponse": ".admin_volume_stats_response",
    "AdminVolumeStatsResponseData": ".admin_volume_stats_response_data",
    "AggregateHolding": ".aggregate_holding",
    "AggregateHoldingResponse": ".aggregate_holding_response",
    "AggregateHoldingResponseData": ".aggregate_holding_response_data",
    "AggregatePosition": ".aggregate_position",
    "AggregatePositionsResponse": ".aggregate_positions_response",
    "AggregatePositionsResponseData": ".aggregate_positions_response_data",
    "AlgoChildOrder": ".algo_child_order",
    "AlgoClientOrderResponse": ".algo_client_order_response",
    "AlgoOrder": ".algo_order",
    "AlgoOrderResponse": ".algo_order_response",
    "AlgoOrderTradesResponse": ".algo_order_trades_response",
    "AlgoOrderTradesResponseData": ".algo_order_trades_response_data",
    "AlgoOrdersResponse": ".algo_orders_response",
    "AlgoOrdersResponseData": ".algo_orders_response_data",
    "AlgoTrade": ".algo_trade",
    "AlgoType": ".algo_type",
    "AllNotificationsResponse": ".all_notifications_response",
    "AllNotificationsResponseData": ".all_notifications_response_data",
    "Announcement": ".announcement",
    "ArchiveOrderEnumResponse": ".archive_order_enum_response",
    "ArchiveOrderEnumResponseData": ".archive_order_enum_response_data",
    "ArchiveOrderEnumResponseDataPairOverrides": ".archive_order_enum_response_data_pair_overrides",
    "ArchiveOrderEnumResponseDataStatus": ".archive_order_enum_response_data_status",
    "AssetHistoryRecord": ".asset_history_record",
    "AssetHistoryRecordTransStatus": ".asset_history_record_trans_status",
    "AssetHistoryResponse": ".asset_history_response",
    "AssetHistoryResponseData": ".asset_history_response_data",
    "AutoReferralProgressResponse": ".auto_referral_progress_response",
    "AutoReferralProgressResponseData": ".auto_referral_progress_response_data",
    "AvailableSymbolsResponse": ".available_symbols_response",
    "AvailableSymbolsResponseData": ".available_symbols_response_data",
    "BasicResponse": ".basic_response",
    "BatchCreateOrderBody": ".batch_create_order_body",
    "BatchOrderResponse": ".batch_order_response",
    "BatchOrderResponseData": ".batch_order_response_data",
    "BrokerListResponse": ".broker_list_response",
    "BrokerListResponseData": ".broker_list_response_data",
    "BrokerListResponseDataRowsItem": ".broker_list_response_data_rows_item",
    "BrokerStatsResponse": ".broker_stats_response",
    "BrokerStatsResponseData": ".broker_stats_response_data",
    "BrokerStatsResponseDataRowsItem": ".broker_stats_response_data_rows_item",
    "BuilderAutoReferralInfoResponse": ".builder_auto_referral_info_response",
    "BuilderAutoReferralInfoResponseData": ".builder_auto_referral_info_response_data",
    "CancelAllAfterBody": ".cancel_all_after_body",
    "CancelAllAfterResponse": ".cancel_all_after_response",
    "CancelAllAfterResponseData": ".cancel_all_after_response_data",
    "ChainInfoResponse": ".chain_info_response",
    "ChainInfoResponseData": ".chain_info_response_data",
    "ChainInfoResponseDataRowsItem": ".chain_info_response_data_rows_item",
    "CheckReferralCodeResponse": ".check_referral_code_response",
    "CheckReferralCodeResponseData": ".check_referral_code_response_data",
    "ClaimCodeResponse": ".claim_code_response",
    "ClaimCodeResponseData": ".claim_code_response_data",
    "ClaimInsuranceFundBody": ".claim_insurance_fund_body",
    "ClaimInsuranceFundBodyLimitPrice": ".claim_insurance_fund_body_limit_price",
    "ClaimInsuranceFundResponse": ".claim_insurance_fund_response",
    "ClaimInsuranceFundResponseData": ".claim_insurance_fund_response_data",
    "ClientHoldingResponse": ".client_holding_response",
    "ClientHoldingResponseData": ".client_holding_response_data",
    "ClientInfoResponse": ".client_info_response",
    "ClientLeverageBody": ".client_leverage_body",
    "ClientMaintenanceConfigBody": ".client_maintenance_config_body",
    "ClientMaintenanceConfigResponse": ".client_maintenance_config_response",
    "ClientMaintenanceConfigResponseData": ".client_maintenance_config_response_data",
    "ClientOrderResponse": ".client_order_response",
    "ClientStatisticsResponse": ".client_statistics_response",
    "ClientStatisticsResponseData": ".client_statistics_response_data",
    "ConfigResponse": ".config_response",
    "ConfigResponseData": ".config_response_data",
    "CreateAlgoOrderChildRequest": ".create_algo_order_child_request",
    "CreateInternalTransferRequest": ".create_internal_transfer_request",
    "CreateInternalTransferRequestReceiverListItem": ".create_internal_transfer_request_receiver_list_item",
    "CreateInternalTransferV1Response": ".create_internal_transfer_v1_response",
    "CreateInternalTransferV1ResponseData": ".create_internal_transfer_v1_response_data",
    "CreateInternalTransferV2Request": ".create_internal_transfer_v2_request",
    "CreateInternalTransferV2RequestMessage": ".create_internal_transfer_v2_request_message",
    "CreateInternalTransferV2RequestMessageChainType": ".create_internal_transfer_v2_request_message_chain_type",
    "CreateInternalTransferV2Response": ".create_internal_transfer_v2_response",
    "CreateInternalTransferV2ResponseData": ".create_internal_transfer_v2_response_data",
    "CreateOrderEnumBody": ".create_order_enum_body",
    "CreateOrderEnumBodyPairOverrides": ".create_order_enum_body_pair_overrides",
    "CreateUpdateStageRequest": ".create_update_stage_request",
    "CreatedAlgoOrder": ".created_algo_order",
    "CreatedOrder": ".created_order",
    "DailyStats": ".daily_stats",
    "DailyVolume": ".daily_volume",
    "DailyVolumeResponse": ".daily_volume_response",
    "DelegateOrderlyKeyBody": ".delegate_orderly_key_body",
    "DelegateOrderlyKeyBodyMessage": ".delegate_orderly_key_body_message",
    "DelegateSettlePnlBody": ".delegate_settle_pnl_body",
    "DelegateSettlePnlBodyMessage": ".delegate_settle_pnl_body_message",
    "DelegateSignerBody": ".delegate_signer_body",
    "DelegateSignerBodyMessage": ".delegate_signer_body_message",
    "DelegateSignerResponse": ".delegate_signer_response",
    "DelegateSignerResponseData": ".delegate_signer_response_data",
    "DelegateWithdrawRequestBody": ".delegate_withdraw_request_body",
    "DelegateWithdrawRequestBodyMessage": ".delegate_withdraw_request_body_message",
    "DeleteAllPendingAlgoOrderResponse": ".delete_all_pending_algo_order_response",
    "DeleteAllPendingAlgoOrderResponseData": ".delete_all_pending_algo_order_response_data",
    "DeleteOrderResponse": ".delete_order_response",
    "DeleteOrderResponseData": ".delete_order_response_data",
    "EditAlgoOrderChildRequest": ".edit_algo_order_child_request",
    "EditAlgoOrderChildRequestChildOrdersItem": ".edit_algo_order_child_request_child_orders_item",
    "EmptyDataResponse": ".empty_data_response",
    "EmptyDataResponseData": ".empty_data_response_data",
    "EnableMultiLevelResponse": ".enable_multi_level_response",
    "EnableMultiLevelResponseData": ".enable_multi_level_response_data",
    "ErrorResponse": ".error_response",
    "ExchangeInformationResponse": ".exchange_information_response",
    "FeeProgramResponse": ".fee_program_response",
    "FeeProgramResponseData": ".fee_program_response_data",
    "FeeProgramResponseDataRowsItem": ".fee_program_response_data_rows_item",
    "FundingFee": ".funding_fee",
    "FundingFeeHistoryResponse": ".funding_fee_history_response",
    "FundingFeeHistoryResponseData": ".funding_fee_history_response_data",
    "FundingRate": ".funding_rate",
    "FundingRateHistoryResponse": ".funding_rate_history_response",
    "FundingRateHistoryResponseData": ".funding_rate_history_response_data",
    "FundingRateRecord": ".funding_rate_record",
    "FundingRateResponse": ".funding_rate_response",
    "FundingRatesResponse": ".funding_rates_response",
    "FundingRatesResponseData": ".funding_rates_response_data",
    "FutureInfo": ".future_info",
    "FutureInfoResponse": ".future_info_response",
    "FutureInfoResponseData": ".future_info_response_data",
    "FuturesFeeProgramResponse": ".futures_fee_program_response",
    "FuturesFeeProgramResponseData": ".futures_fee_program_response_data",
    "FuturesFeeProgramResponseDataRowsItem": ".futures_fee_program_response_data_rows_item",
    "FuturesInfoResponse": ".futures_info_response",
    "FuturesInfoResponseData": ".futures_info_response_data",
    "GetAccountDetailsResponse": ".get_account_details_response",
    "GetAccountDetailsResponseData": ".get_account_details_response_data",
    "GetAccountResponse": ".get_account_response",
    "GetAccountResponseData": ".get_account_response_data",
    "GetAccountStrategyVaultTransactionHistory": ".get_account_strategy_vault_transaction_history",
    "GetAccountStrategyVaultTransactionHistoryData": ".get_account_strategy_vault_transaction_history_data",
    "GetAccountStrategyVaultTransactionHistoryDataRowsItem": ".get_account_strategy_vault_transaction_history_data_rows_item",
    "GetAdminRefereeListResponse": ".get_admin_referee_list_response",
    "GetAdminRefereeListResponseData": ".get_admin_referee_list_response_data",
    "GetAdminRefereeListResponseDataRowsItem": ".get_admin_referee_list_response_data_rows_item",
    "GetAdminRefereeListResponseDataRowsItemBindType": ".get_admin_referee_list_response_data_rows_item_bind_type",
    "GetAllAccountsResponse": ".get_all_accounts_response",
    "GetAllAccountsResponseData": ".get_all_accounts_response_data",
    "GetAnnouncementsResponse": ".get_announcements_response",
    "GetAnnouncementsResponseData": ".get_announcements_response_data",
    "GetBrokerDailyResponse": ".get_broker_daily_response",
    "GetBrokerDailyResponseData": ".get_broker_daily_response_data",
    "GetBrokerDailyResponseDataMeta": ".get_broker_daily_response_data_meta",
    "GetBrokerDailyResponseDataRowsItem": ".get_broker_daily_response_data_rows_item",
    "GetBrokerInfoResponse": ".get_broker_info_response",
    "GetBrokerInfoResponseData": ".get_broker_info_response_data",
    "GetBrokerResponse": ".get_broker_response",
    "GetBrokerResponseData": ".get_broker_response_data",
    "GetBuilderDailyFeeRevenueResponse": ".get_builder_daily_fee_revenue_response",
    "GetBuilderDailyFeeRevenueResponseData": ".get_builder_daily_fee_revenue_response_data",
    "GetBuilderDailyFeeRevenueResponseDataRowsItem": ".get_builder_daily_fee_revenue_response_data_rows_item",
    "GetCampaignCheckResponse": ".get_campaign_check_response",
    "GetCampaignCheckResponseData": ".get_campaign_check_response_data",
    "GetCampaignDetailedStatsResponse": ".get_campaign_detailed_stats_response",
    "GetCampaignDetailedStatsResponseData": ".get_campaign_detailed_stats_response_data",
    "GetCampaignDetailedStatsResponseDataRowsItem": ".get_campaign_detailed_stats_response_data_rows_item",
    "GetCampaignRankingResponse": ".get_campaign_ranking_response",
    "GetCampaignRankingResponseData": ".get_campaign_ranking_response_data",
    "GetCampaignRankingResponseDataRowsItem": ".get_campaign_ranking_response_data_rows_item",
    "GetCampaignStatsResponse": ".get_campaign_stats_response",
    "GetCampaignStatsResponseData": ".get_campaign_stats_response_data",
    "GetCampaignUserResponse": ".get_campaign_user_response",
    "GetCampaignUserResponseData": ".get_campaign_user_response_data",
    "GetCampaignsResponse": ".get_campaigns_response",
    "GetCampaignsResponseData": ".get_campaigns_response_data",
    "GetCampaignsResponseDataRowsItem": ".get_campaigns_response_data_rows_item",
    "GetDefaultBrokerFeesResponse": ".get_default_broker_fees_response",
    "GetDefaultBrokerFeesResponseData": ".get_default_broker_fees_response_data",
    "GetDistributionHistoryResponse": ".get_distribution_history_response",
    "GetDistributionHistoryResponseData": ".get_distribution_history_response_data",
    "GetDistributionHistoryResponseDataMeta": ".get_distribution_history_response_data_meta",
    "GetDistributionHistoryResponseDataRowsItem": ".get_distribution_history_response_data_rows_item",
    "GetEpochDatesResponse": ".get_epoch_dates_response",
    "GetEpochDatesResponseData": ".get_epoch_dates_response_data",
    "GetEpochDatesResponseDataRowsItem": ".get_epoch_dates_response_data_rows_item",
    "GetEpochPointsResponse": ".get_epoch_points_response",
    "GetEpochPointsResponseData": ".get_epoch_points_response_data",
    "GetEpochPointsResponseDataRowsItem": ".get_epoch_points_response_data_rows_item",
    "GetIndexPriceSourceResponse": ".get_index_price_source_response",
    "GetIndexPriceSourceResponseData": ".get_index_price_source_response_data",
    "GetInternalTransferHistoryResponse": ".get_internal_transfer_history_response",
    "GetInternalTransferHistoryResponseData": ".get_internal_transfer_history_response_data",
    "GetIpInfoResponse": ".get_ip_info_response",
    "GetIpInfoResponseData": ".get_ip_info_response_data",
    "GetLeverageSettingResponse": ".get_leverage_setting_response",
    "GetLeverageSettingResponseData": ".get_leverage_setting_response_data",
    "GetMarketFundingRateHistoryResponse": ".get_market_funding_rate_history_response",
    "GetMarketFundingRateHistoryResponseData": ".get_market_funding_rate_history_response_data",
    "GetMarketVolumeByBrokerResponse": ".get_market_volume_by_broker_response",
    "GetMarketVolumeByBrokerResponseData": ".get_market_volume_by_broker_response_data",
    "GetMaxRebateRateResponse": ".get_max_rebate_rate_response",
    "GetMaxRebateRateResponseData": ".get_max_rebate_rate_response_data",
    "GetMultiLevelAdminConfigResponse": ".get_multi_level_admin_config_response",
    "GetMultiLevelAdminConfigResponseData": ".get_multi_level_admin_config_response_data",
    "GetMultiLevelAdminConfigResponseDataRebateBasisMode": ".get_multi_level_admin_config_response_data_rebate_basis_mode",
    "GetMultiLevelAdminInfoResponse": ".get_multi_level_admin_info_response",
    "GetMultiLevelAdminInfoResponseData": ".get_multi_level_admin_info_response_data",
    "GetMultiLevelAdminInfoResponseDataRowsItem": ".get_multi_level_admin_info_response_data_rows_item",
    "GetMultiLevelAdminSummaryResponse": ".get_multi_level_admin_summary_response",
    "GetMultiLevelAdminSummaryResponseData": ".get_multi_level_admin_summary_response_data",
    "GetMultiLevelAdminSummaryResponseDataRowsItem": ".get_multi_level_admin_summary_response_data_rows_item",
    "GetMultiLevelStatisticsResponse": ".get_multi_level_statistics_response",
    "GetMultiLevelStatisticsResponseData": ".get_multi_level_statistics_response_data",
    "GetOrderEnumResponse": ".get_order_enum_response",
    "GetOrderEnumWithStatsResponse": ".get_order_enum_with_stats_response",
    "GetOrderEnumsResponse": ".get_order_enums_response",
    "GetOrderEnumsWithStatsResponse": ".get_order_enums_with_stats_response",
    "GetOrderlyKeyResponse": ".get_orderly_key_response",
    "GetOrderlyKeyResponseData": ".get_orderly_key_response_data",
    "GetPointStagesResponse": ".get_point_stages_response",
    "GetPointStagesResponseData": ".get_point_stages_response_data",
    "GetPointStagesResponseDataRowsItem": ".get_point_stages_response_data_rows_item",
    "GetPointsLeaderboardResponse": ".get_points_leaderboard_response",
    "GetPointsLeaderboardResponseData": ".get_points_leaderboard_response_data",
    "GetPointsLeaderboardResponseDataRowsItem": ".get_points_leaderboard_response_data_rows_item",
    "GetPointsResponse": ".get_points_response",
    "GetPointsResponseData": ".get_points_response_data",
    "GetPointsResponseDataRowsItem": ".get_points_response_data_rows_item",
    "GetPriceForSmallChartsResponse": ".get_price_for_small_charts_response",
    "GetPriceForSmallChartsResponseData": ".get_price_for_small_charts_response_data",
    "GetRebateInfoResponse": ".get_rebate_info_response",
    "GetRebateInfoResponseData": ".get_rebate_info_response_data",
    "GetRebateSummaryResponse": ".get_rebate_summary_response",
    "GetRebateSummaryResponseData": ".get_rebate_summary_response_data",
    "GetRebateSummaryResponseDataMeta": ".get_rebate_summary_response_data_meta",
    "GetRebateSummaryResponseDataRowsItem": ".get_rebate_summary_response_data_rows_item",
    "GetRefereeHistoryResponse": ".get_referee_history_response",
    "GetRefereeHistoryResponseData": ".get_referee_history_response_data",
    "GetRefereeHistoryResponseDataMeta": ".get_referee_history_response_data_meta",
    "GetRefereeHistoryResponseDataRowsItem": ".get_referee_history_response_data_rows_item",
    "GetRefereeInfoResponse": ".get_referee_info_response",
    "GetRefereeInfoResponseData": ".get_referee_info_response_data",
    "GetRefereeInfoResponseDataMeta": ".get_referee_info_response_data_meta",
    "GetRefereeInfoResponseDataRowsItem": ".get_referee_info_response_data_rows_item",
    "GetRefereeListResponse": ".get_referee_list_response",
    "GetRefereeListResponseData": ".get_referee_list_response_data",
    "GetRefereeListResponseDataRowsItem": ".get_referee_list_response_data_rows_item",
    "GetRefereeListResponseDataRowsItemBindType": ".get_referee_list_response_data_rows_item_bind_type",
    "GetRefereeRebateSummaryResponse": ".get_referee_rebate_summary_response",
    "GetRefereeRebateSummaryResponseData": ".get_referee_rebate_summary_response_data",
    "GetRefereeRebateSummaryResponseDataRowsItem": ".get_referee_rebate_summary_response_data_rows_item",
    "GetReferralCodeResponse": ".get_referral_code_response",
    "GetReferralCodeResponseData": ".get_referral_code_response_data",
    "GetReferralCodeResponseDataMeta": ".get_referral_code_response_data_meta",
    "GetReferralCodeResponseDataRowsItem": ".get_referral_code_response_data_rows_item",
    "GetReferralCodeResponseDataRowsItemReferralCodesItem": ".get_referral_code_response_data_rows_item_referral_codes_item",
    "GetReferralHistoryResponse": ".get_referral_history_response",
    "GetReferralHistoryResponseData": ".get_referral_history_response_data",
    "GetReferralHistoryResponseDataMeta": ".get_referral_history_response_data_meta",
    "GetReferralHistoryResponseDataRowsItem": ".get_referral_history_response_data_rows_item",
    "GetReferralInfoResponse": ".get_referral_info_response",
    "GetReferralInfoResponseData": ".get_referral_info_response_data",
    "GetReferralInfoResponseDataRefereeInfo": ".get_referral_info_response_data_referee_info",
    "GetReferralInfoResponseDataReferrerInfo": ".get_referral_info_response_data_referrer_info",
    "GetReferralInfoResponseDataReferrerInfoReferralCodesItem": ".get_referral_info_response_data_referrer_info_referral_codes_item",
    "GetStageParametersResponse": ".get_stage_parameters_response",
    "GetStageParametersResponseData": ".get_stage_parameters_response_data",
    "GetStageParametersResponseDataRowsItem": ".get_stage_parameters_response_data_rows_item",
    "GetStageRankingsResponse": ".get_stage_rankings_response",
    "GetStageRankingsResponseData": ".get_stage_rankings_response_data",
    "GetStageRankingsResponseDataMeta": ".get_stage_rankings_response_data_meta",
    "GetStageRankingsResponseDataRowsItem": ".get_stage_rankings_response_data_rows_item",
    "GetStakingOverviewResponse": ".get_staking_overview_response",
    "GetStakingOverviewResponseData": ".get_staking_overview_response_data",
    "GetStakingOverviewResponseDataRowsItem": ".get_staking_overview_response_data_rows_item",
    "GetTransferNonceResponse": ".get_transfer_nonce_response",
    "GetTransferNonceResponseData": ".get_transfer_nonce_response_data",
    "GetTVLByBrokerResponse": ".get_tvl_by_broker_response",
    "GetTVLByBrokerResponseData": ".get_tvl_by_broker_response_data",
    "GetUnstakeDetailsResponse": ".get_unstake_details_response",
    "GetUnstakeDetailsResponseData": ".get_unstake_details_response_data",
    "GetUserDailyStatsResponse": ".get_user_daily_stats_response",
    "GetUserDailyStatsResponseData": ".get_user_daily_stats_response_data",
    "GetUserStatisticsResponse": ".get_user_statistics_response",
    "GetUserStatisticsResponseData": ".get_user_statistics_response_data",
    "GetUserStatisticsResponseDataWeeklyBreakdown": ".get_user_statistics_response_data_weekly_breakdown",
    "GetUserStatisticsResponseDataWeeklyBreakdownLastWeek": ".get_user_statistics_response_data_weekly_breakdown_last_week",
    "GetUserStatisticsResponseDataWeeklyBreakdownThisWeek": ".get_user_statistics_response_data_weekly_breakdown_this_week",
    "GetV1AdminAssetHistoryStatus": ".get_v1_admin_asset_history_status",
    "GetV1AdminOrdersSourceType": ".get_v1_admin_orders_source_type",
    "GetV1BrokerDailyFeeRevenueResponse400": ".get_v1_broker_daily_fee_revenue_response_400",
    "GetV1ReferralMultiLevelAdminInfoSortBy": ".get_v1_referral_multi_level_admin_info_sort_by",
    "GetV1ReferralMultiLevelAdminSummaryAggregateBy": ".get_v1_referral_multi_level_admin_summary_aggregate_by",
    "GetV1ReferralMultiLevelStatisticsTimeRange": ".get_v1_referral_multi_level_statistics_time_range",
    "GetValor2BatchInfoResponse": ".get_valor_2_batch_info_response",
    "GetValor2BatchInfoResponseData": ".get_valor_2_batch_info_response_data",
    "GetValor2BatchInfoResponseDataRowsItem": ".get_valor_2_batch_info_response_data_rows_item",
    "GetValor2PoolInfoResponse": ".get_valor_2_pool_info_response",
    "GetValor2PoolInfoResponseData": ".get_valor_2_pool_info_response_data",
    "GetValor2RedeemInfoResponse": ".get_valor_2_redeem_info_response",
    "GetValor2RedeemInfoResponseData": ".get_valor_2_redeem_info_response_data",
    "GetValor2RedeemInfoResponseDataRedeemingValorListItem": ".get_valor_2_redeem_info_response_data_redeeming_valor_list_item",
    "GetValor2RevenueBuybackResponse": ".get_valor_2_revenue_buyback_response",
    "GetValor2RevenueBuybackResponseDataItem": ".get_valor_2_revenue_buyback_response_data_item",
    "GetValorBatchInfoResponse": ".get_valor_batch_info_response",
    "GetValorBatchInfoResponseData": ".get_valor_batch_info_response_data",
    "GetValorBatchInfoResponseDataRowsItem": ".get_valor_batch_info_response_data_rows_item",
    "GetValorPoolInfoResponse": ".get_valor_pool_info_response",
    "GetValorPoolInfoResponseData": ".get_valor_pool_info_response_data",
    "GetValorRedeemInfoResponse": ".get_valor_redeem_info_response",
    "GetValorRedeemInfoResponseData": ".get_valor_redeem_info_response_data",
    "GetValorRedeemInfoResponseDataChainDetailsItem": ".get_valor_redeem_info_response_data_chain_details_item",
    "GetVolumePrerequisiteResponse": ".get_volume_prerequisite_response",
    "GetVolumePrerequisiteResponseData": ".get_volume_prerequisite_response_data",
    "GetWalletStakedBalanceResponse": ".get_wallet_staked_balance_response",
    "GetWalletStakedBalanceResponseData": ".get_wallet_staked_balance_response_data",
    "GetesORDERVestingListResponse": ".getes_order_vesting_list_response",
    "GetesORDERVestingListResponseData": ".getes_order_vesting_list_response_data",
    "GetesORDERVestingListResponseDataRowsItem": ".getes_order_vesting_list_response_data_rows_item",
    "Holding": ".holding",
    "IndexPriceSource": ".index_price_source",
    "InsuranceFund": ".insurance_fund",
    "InsuranceFundResponse": ".insurance_fund_response",
    "InsuranceFundResponseData": ".insurance_fund_response_data",
    "InternalTransfer": ".internal_transfer",
    "InternalTransferHistoryResponse": ".internal_transfer_history_response",
    "InternalTransferHistoryResponseData": ".internal_transfer_history_response_data",
    "InternalTransferHistoryResponseDataMeta": ".internal_transfer_history_response_data_meta",
    "InternalTransferHistoryResponseDataRowsItem": ".internal_transfer_history_response_data_rows_item",
    "IpRestrictionResponse": ".ip_restriction_response",
    "IpRestrictionResponseData": ".ip_restriction_response_data",
    "KeyInfo": ".key_info",
    "KeyInfoResponse": ".key_info_response",
    "KeyInfoResponseData": ".key_info_response_data",
    "Kline": ".kline",
    "KlineHistoryResponse": ".kline_history_response",
    "KlineResponse": ".kline_response",
    "KlineResponseData": ".kline_response_data",
    "LeaderboardResponse": ".leaderboard_response",
    "LeaderboardResponseData": ".leaderboard_response_data",
    "LeaderboardResponseDataMeta": ".leaderboard_response_data_meta",
    "LeaderboardResponseDataRowsItem": ".leaderboard_response_data_rows_item",
    "Leverage": ".leverage",
    "LeverageResponse": ".leverage_response",
    "LeveragesResponse": ".leverages_response",
    "LeveragesResponseData": ".leverages_response_data",
    "LiquidatedPositionsResponse": ".liquidated_positions_response",
    "LiquidatedPositionsResponseData": ".liquidated_positions_response_data",
    "Liquidation": ".liquidation",
    "LiquidationBody": ".liquidation_body",
    "LiquidationBodyLimitPrice": ".liquidation_body_limit_price",
    "LiquidationBodySymbols": ".liquidation_body_symbols",
    "LiquidationPosition": ".liquidation_position",
    "LiquidationResponse": ".liquidation_response",
    "LiquidationResponseData": ".liquidation_response_data",
    "LiquidationsResponse": ".liquidations_response",
    "LiquidationsResponseData": ".liquidations_response_data",
    "LiquidatorLiquidation": ".liquidator_liquidation",
    "LiquidatorLiquidationsResponse": ".liquidator_liquidations_response",
    "LiquidatorLiquidationsResponseData": ".liquidator_liquidations_response_data",
    "MarginMode": ".margin_mode",
    "MarginModesResponse": ".margin_modes_response",
    "MarginModesResponseData": ".margin_modes_response_data",
    "MarketFundingHistory": ".market_funding_history",
    "MarketFundingHistoryFunding": ".market_funding_history_funding",
    "MarketFundingHistoryFunding14D": ".market_funding_history_funding_14d",
    "MarketFundingHistoryFunding180D": ".market_funding_history_funding_180d",
    "MarketFundingHistoryFunding1D": ".market_funding_history_funding_1d",
    "MarketFundingHistoryFunding30D": ".market_funding_history_funding_30d",
    "MarketFundingHistoryFunding3D": ".market_funding_history_funding_3d",
    "MarketFundingHistoryFunding7D": ".market_funding_history_funding_7d",
    "MarketFundingHistoryFunding90D": ".market_funding_history_funding_90d",
    "MarketFundingHistoryFundingLast": ".market_funding_history_funding_last",
    "MarketOpenInterestsResponse": ".market_open_interests_response",
    "MarketOpenInterestsResponseData": ".market_open_interests_response_data",
    "MarketPriceChangeInfoResponse": ".market_price_change_info_response",
    "MarketPriceChangeInfoResponseData": ".market_price_change_info_response_data",
    "MarketTrade": ".market_trade",
    "MarketTradesResponse": ".market_trades_response",
    "MarketTradesResponseData": ".market_trades_response_data",
    "Notification": ".notification",
    "NotificationContentRaw": ".notification_content_raw",
    "OpenInterest": ".open_interest",
    "Order": ".order",
    "OrderBody": ".order_body",
    "OrderCustomField": ".order_custom_field",
    "OrderEnum": ".order_enum",
    "OrderEnumPairOverrides": ".order_enum_pair_overrides",
    "OrderEnumStatus": ".order_enum_status",
    "OrderEnumWithStats": ".order_enum_with_stats",
    "OrderEnumWithStatsUsageStats": ".order_enum_with_stats_usage_stats",
    "OrderResponse": ".order_response",
    "OrderSide": ".order_side",
    "OrderState": ".order_state",
    "OrderStatusResponse": ".order_status_response",
    "OrderTradesResponse": ".order_trades_response",
    "OrderTradesResponseData": ".order_trades_response_data",
    "OrderType": ".order_type",
    "Orderbook": ".orderbook",
    "OrderbookEntry": ".orderbook_entry",
    "OrderbookResponse": ".orderbook_response",
    "OrderlyKeyBody": ".orderly_key_body",
    "OrderlyKeyBodyMessage": ".orderly_key_body_message",
    "OrderlyKeyResponse": ".orderly_key_response",
    "OrderlyKeyResponseData": ".orderly_key_response_data",
    "OrdersResponse": ".orders_response",
    "OrdersResponseData": ".orders_response_data",
    "PaginationMeta": ".pagination_meta",
    "PendingLiquidation": ".pending_liquidation",
    "PendingLiquidationPosition": ".pending_liquidation_position",
    "PerpPosition": ".perp_position",
    "PnlSettlement": ".pnl_settlement",
    "PnlSettlementHistoryResponse": ".pnl_settlement_history_response",
    "PnlSettlementHistoryResponseData": ".pnl_settlement_history_response_data",
    "PnlSettlementSymbol": ".pnl_settlement_symbol",
    "Position": ".position",
    "PositionHistoryRecord": ".position_history_record",
    "PositionHistoryResponse": ".position_history_response",
    "PositionHistoryResponseData": ".position_history_response_data",
    "PositionLite": ".position_lite",
    "PositionResponse": ".position_response",
    "PositionsLiteResponse": ".positions_lite_response",
    "PositionsLiteResponseData": ".positions_lite_response_data",
    "PositionsResponse": ".positions_response",
    "PositionsResponseData": ".positions_response_data",
    "PostAlgoOrderResponse": ".post_algo_order_response",
    "PostLiquidationResponse": ".post_liquidation_response",
    "PostLiquidationResponseData": ".post_liquidation_response_data",
    "PostOrderBody": ".post_order_body",
    "PostOrderResponse": ".post_order_response",
    "PostV1AlgoOrderBody": ".post_v1_algo_order_body",
    "PostV1AlgoOrderBodyChildOrdersItem": ".post_v1_algo_order_body_child_orders_item",
    "PostV1BatchOrderBody": ".post_v1_batch_order_body",
    "PostV1BrokerFeeRateDefaultBody": ".post_v1_broker_fee_rate_default_body",
    "PostV1BrokerFeeRateSetBody": ".post_v1_broker_fee_rate_set_body",
    "PostV1BrokerFeeRateSetDefaultBody": ".post_v1_broker_fee_rate_set_default_body",
    "PostV1BrokerOrderEnumArchiveBody": ".post_v1_broker_order_enum_archive_body",
    "PostV1BrokerOrderEnumUnarchiveBody": ".post_v1_broker_order_enum_unarchive_body",
    "PostV1ClientAddSubAccountBody": ".post_v1_client_add_sub_account_body",
    "PostV1ClientCampaignSignUpBody": ".post_v1_client_campaign_sign_up_body",
    "PostV1ClientLeveragesBody": ".post_v1_client_leverages_body",
    "PostV1ClientMarginModeBody": ".post_v1_client_margin_mode_body",
    "PostV1ClientResetOrderlyKeyIpRestrictionBody": ".post_v1_client_reset_orderly_key_ip_restriction_body",
    "PostV1ClientSetOrderlyKeyIpRestrictionBody": ".post_v1_client_set_orderly_key_ip_restriction_body",
    "PostV1ClientUpdateSubAccountBody": ".post_v1_client_update_sub_account_body",
    "PostV1FaucetUsdcBody": ".post_v1_faucet_usdc_body",
    "PostV1NotificationInboxMarkReadAllBody": ".post_v1_notification_inbox_mark_read_all_body",
    "PostV1NotificationInboxMarkReadBody": ".post_v1_notification_inbox_mark_read_body",
    "PostV1PositionMarginBody": ".post_v1_position_margin_body",
    "PostV1PositionMarginBodyType": ".post_v1_position_margin_body_type",
    "PostV1ReferralAutoReferralUpdateBody": ".post_v1_referral_auto_referral_update_body",
    "PostV1ReferralBindBody": ".post_v1_referral_bind_body",
    "PostV1ReferralCreateBody": ".post_v1_referral_create_body",
    "PostV1ReferralEditDescriptionBody": ".post_v1_referral_edit_description_body",
    "PostV1ReferralEditDescriptionResponse200": ".post_v1_referral_edit_description_response_200",
    "PostV1ReferralEditDescriptionResponse200DataType0": ".post_v1_referral_edit_description_response_200_data_type_0",
    "PostV1ReferralEditRefereeDescriptionBody": ".post_v1_referral_edit_referee_description_body",
    "PostV1ReferralEditRefereeDescriptionResponse200": ".post_v1_referral_edit_referee_description_response_200",
    "PostV1ReferralEditRefereeDescriptionResponse200DataType0": ".post_v1_referral_edit_referee_description_response_200_data_type_0",
    "PostV1ReferralEditReferralCodeBody": ".post_v1_referral_edit_referral_code_body",
    "PostV1ReferralEditSplitBody": ".post_v1_referral_edit_split_body",
    "PostV1ReferralMultiLevelAdminBody": ".post_v1_referral_multi_level_admin_body",
    "PostV1ReferralMultiLevelAdminCreateAffiliateBody": ".post_v1_referral_multi_level_admin_create_affiliate_body",
    "PostV1ReferralMultiLevelAdminResetAffiliateBody": ".post_v1_referral_multi_level_admin_reset_affiliate_body",
    "PostV1ReferralMultiLevelAdminUpdateAffiliateBody": ".post_v1_referral_multi_level_admin_update_affiliate_body",
    "PostV1ReferralMultiLevelAdminUpdateBody": ".post_v1_referral_multi_level_admin_update_body",
    "PostV1ReferralMultiLevelClaimCodeBody": ".post_v1_referral_multi_level_claim_code_body",
    "PostV1ReferralMultiLevelRebateRateSetDefaultBody": ".post_v1_referral_multi_level_rebate_rate_set_default_body",
    "PostV1ReferralMultiLevelRebateRateUpdateBody": ".post_v1_referral_multi_level_rebate_rate_update_body",
    "PostV1ReferralUpdateBody": ".post_v1_referral_update_body",
    "PostV1SubAccountSettlePnlBody": ".post_v1_sub_account_settle_pnl_body",
    "PostV1SvManualPeriodDeliveryBody": ".post_v1_sv_manual_period_delivery_body",
    "PostV1SvOperationRequestBody": ".post_v1_sv_operation_request_body",
    "PostV1SvOperationRequestBodyMessage": ".post_v1_sv_operation_request_body_message",
    "PostV1SvSpOrderlyKeyBody": ".post_v1_sv_sp_orderly_key_body",
    "PostV1SvSpOrderlyKeyBodyMessage": ".post_v1_sv_sp_orderly_key_body_message",
    "PostV1SvSpSettlePnlBody": ".post_v1_sv_sp_settle_pnl_body",
    "PostV1SvSpSettlePnlBodyMessage": ".post_v1_sv_sp_settle_pnl_body_message",
    "PriceChange": ".price_change",
    "PriceHistory": ".price_history",
    "PriceHistoryPriceListItem": ".price_history_price_list_item",
    "PublicLiquidation": ".public_liquidation",
    "PublicLiquidationPosition": ".public_liquidation_position",
    "PutOrderResponse": ".put_order_response",
    "PutOrderResponseData": ".put_order_response_data",
    "PutV1AlgoOrderBody": ".put_v1_algo_order_body",
    "ReceiverAddressResponse": ".receiver_address_response",
    "ReceiverAddressResponseData": ".receiver_address_response_data",
    "ReceiverEvent": ".receiver_event",
    "ReceiverEventsResponse": ".receiver_events_response",
    "ReceiverEventsResponseData": ".receiver_events_response_data",
    "RegisterAccountBody": ".register_account_body",
    "RegisterAccountBodyMessage": ".register_account_body_message",
    "RegisterAccountResponse": ".register_account_response",
    "RegisterAccountResponseData": ".register_account_response_data",
    "RegistrationNonceResponse": ".registration_nonce_response",
    "RegistrationNonceResponseData": ".registration_nonce_response_data",
    "RemoveOrderlyKeyBody": ".remove_orderly_key_body",
    "ScheduledMaintenance": ".scheduled_maintenance",
    "SetIpRestrictionResponse": ".set_ip_restriction_response",
    "SetIpRestrictionResponseData": ".set_ip_restriction_response_data",
    "SettleNonceResponse": ".settle_nonce_response",
    "SettleNonceResponseData": ".settle_nonce_response_data",
    "SettlePnlBody": ".settle_pnl_body",
    "SettlePnlBodyMessage": ".settle_pnl_body_message",
    "SettlePnlResponse": ".settle_pnl_response",
    "SettlePnlResponseData": ".settle_pnl_response_data",
    "ShareHistoryResponse": ".share_history_response",
    "ShareHistoryResponseData": ".share_history_response_data",
    "ShareHistoryResponseDataMeta": ".share_history_response_data_meta",
    "ShareHistoryResponseDataRowsItem": ".share_history_response_data_rows_item",
    "SubAccount": ".sub_account",
    "SubAccountResponse": ".sub_account_response",
    "SubAccountResponseData": ".sub_account_response_data",
    "SvNonceResponse": ".sv_nonce_response",
    "SvNonceResponseData": ".sv_nonce_response_data",
    "Symbol": ".symbol",
    "SymbolLeverage": ".symbol_leverage",
    "SymbolMarginMode": ".symbol_margin_mode",
    "SystemInfoResponse": ".system_info_response",
    "SystemStatus": ".system_status",
    "TokenChain": ".token_chain",
    "TokenInfo": ".token_info",
    "TokenInfoResponse": ".token_info_response",
    "TokenInfoResponseData": ".token_info_response_data",
    "Trade": ".trade",
    "TradeResponse": ".trade_response",
    "TradesResponse": ".trades_response",
    "TradesResponseData": ".trades_response_data",
    "TvConfigResponse": ".tv_config_response",
    "TvConfigResponseD": ".tv_config_response_d",
    "TvConfigResponseDAccountManagerItem": ".tv_config_response_d_account_manager_item",
    "TvConfigResponseDDurationsItem": ".tv_config_response_d_durations_item",
    "TvConfigResponseDPositionCustomFieldsItem": ".tv_config_response_d_position_custom_fields_item",
    "TvConfigResponseDPullingInterval": ".tv_config_response_d_pulling_interval",
    "TvHistoryResponse": ".tv_history_response",
    "TvSymbolResponse": ".tv_symbol_response",
    "UnarchiveOrderEnumResponse": ".unarchive_order_enum_response",
    "UnarchiveOrderEnumResponseData": ".unarchive_order_enum_response_data",
    "UnarchiveOrderEnumResponseDataPairOverrides": ".unarchive_order_enum_response_data_pair_overrides",
    "UnarchiveOrderEnumResponseDataStatus": ".unarchive_order_enum_response_data_status",
    "UnreadNotificationsResponse": ".unread_notifications_response",
    "UnreadNotificationsResponseData": ".unread_notifications_response_data",
    "UpdateOrderEnumBody": ".update_order_enum_body",
    "UpdateOrderEnumBodyPairOverridesType0": ".update_order_enum_body_pair_overrides_type_0",
    "UserFeeRatesResponse": ".user_fee_rates_response",
    "UserFeeRatesResponseData": ".user_fee_rates_response_data",
    "UserFeeRatesResponseDataMeta": ".user_fee_rates_response_data_meta",
    "UserFeeRatesResponseDataRowsItem": ".user_fee_rates_response_data_rows_item",
    "VaultBalance": ".vault_balance",
    "VaultBalanceResponse": ".vault_balance_response",
    "VaultBalanceResponseData": ".vault_balance_response_data",
    "VenueTransferHistoryResponse": ".venue_transfer_history_response",
    "VenueTransferHistoryResponseData": ".venue_transfer_history_response_data",
    "VenueTransferHistoryResponseDataMeta": ".venue_transfer_history_response_data_meta",
    "VenueTransferHistoryResponseDataRowsItem": ".venue_transfer_history_response_data_rows_item",
    "VenueWithdrawalHistoryResponse": ".venue_withdrawal_history_response",
    "VenueWithdrawalHistoryResponseData": ".venue_withdrawal_history_response_data",
    "VenueWithdrawalHistoryResponseDataMeta": ".venue_withdrawal_history_response_data_meta",
    "VenueWithdrawalHistoryResponseDataRowsItem": ".venue_withdrawal_history_response_data_rows_item",
    "VerifyReferralCodeResponse": ".verify_referral_code_response",
    "VerifyReferralCodeResponseData": ".verify_referral_code_response_data",
    "VolumeStatsResponse": ".volume_stats_response",
    "VolumeStatsResponseData": ".volume_stats_response_data",
    "WalletAccount": ".wallet_account",
    "WithdrawNonceReponse": ".withdraw_nonce_reponse",
    "WithdrawNonceReponseData": ".withdraw_nonce_reponse_data",
    "WithdrawRequestBody": ".withdraw_request_body",
    "WithdrawRequestBodyMessage": ".withdraw_request_body_message",
    "WithdrawResponse": ".withdraw_response",
    "WithdrawResponseData": ".withdraw_response_data",
}

# The old class name of each model with a reviewed name: it still imports, with a warning, until 0.3.
_FORMER_NAMES: dict[str, str] = {
    "AccountInfoResponseData": "AccountOverview",
    "AggregateHoldingResponseDataRowsItem": "AggregateHolding",
    "AggregatePositionsResponseDataRowsItem": "AggregatePosition",
    "AlgoOrderChildOrdersItem": "AlgoChildOrder",
    "ClientHoldingResponseDataHoldingItem": "Holding",
    "ClientInfoResponseData": "AccountInfo",
    "ClientInfoResponseDataImrFactor": "AccountInfoImrFactor",
    "ClientInfoResponseDataMaxNotional": "AccountInfoMaxNotional",
    "DailyVolumeResponseDataItem": "DailyVolume",
    "FundingFeeHistoryResponseDataRowsItem": "FundingFee",
    "FundingRateHistoryResponseDataRowsItem": "FundingRateRecord",
    "GetAllAccountsResponseDataRowsItem": "WalletAccount",
    "GetAnnouncementsResponseDataRowsItem": "Announcement",
    "GetIndexPriceSourceResponseDataRowsItem": "IndexPriceSource",
    "GetInternalTransferHistoryResponseDataRowsItem": "InternalTransfer",
    "GetMarketFundingRateHistoryResponseDataRowsItem": "MarketFundingHistory",
    "GetMarketFundingRateHistoryResponseDataRowsItemFunding": "MarketFundingHistoryFunding",
    "GetMarketFundingRateHistoryResponseDataRowsItemFunding14D": "MarketFundingHistoryFunding14D",
    "GetMarketFundingRateHistoryResponseDataRowsItemFunding180D": "MarketFundingHistoryFunding180D",
    "GetMarketFundingRateHistoryResponseDataRowsItemFunding1D": "MarketFundingHistoryFunding1D",
    "GetMarketFundingRateHistoryResponseDataRowsItemFunding30D": "MarketFundingHistoryFunding30D",
    "GetMarketFundingRateHistoryResponseDataRowsItemFunding3D": "MarketFundingHistoryFunding3D",
    "GetMarketFundingRateHistoryResponseDataRowsItemFunding7D": "MarketFundingHistoryFunding7D",
    "GetMarketFundingRateHistoryResponseDataRowsItemFunding90D": "MarketFundingHistoryFunding90D",
    "GetMarketFundingRateHistoryResponseDataRowsItemFundingLast": "MarketFundingHistoryFundingLast",
    "GetPriceForSmallChartsResponseDataRowsItem": "PriceHistory",
    "GetPriceForSmallChartsResponseDataRowsItemPriceListItem": "PriceHistoryPriceListItem",
    "GetUserDailyStatsResponseDataRowsItem": "DailyStats",
    "InsuranceFundResponseDataRowsItem": "InsuranceFund",
    "KeyInfoResponseDataRowsItem": "KeyInfo",
    "KlineResponseDataRowsItem": "Kline",
    "LeverageResponseData": "Leverage",
    "LeveragesResponseDataRowsItem": "SymbolLeverage",
    "LiquidatedPositionsResponseDataRowsItem": "PublicLiquidation",
    "LiquidatedPositionsResponseDataRowsItemPositionsByPerpItem": "PublicLiquidationPosition",
    "LiquidationResponseDataRowsItem": "PendingLiquidation",
    "LiquidationResponseDataRowsItemPositionsByPerpItem": "PendingLiquidationPosition",
    "LiquidationsResponseDataRowsItem": "Liquidation",
    "LiquidationsResponseDataRowsItemPositionsByPerpItem": "LiquidationPosition",
    "LiquidatorLiquidationsResponseDataRowsItem": "LiquidatorLiquidation",
    "MarginModesResponseDataRowsItem": "SymbolMarginMode",
    "MarketOpenInterestsResponseDataRowsItem": "OpenInterest",
    "MarketPriceChangeInfoResponseDataRowsItem": "PriceChange",
    "MarketTradesResponseDataRowsItem": "MarketTrade",
    "OrderbookResponseData": "Orderbook",
    "PnlSettlementHistoryResponseDataRowsItem": "PnlSettlement",
    "PnlSettlementHistoryResponseDataRowsItemSymbolsItem": "PnlSettlementSymbol",
    "PositionHistoryResponseDataRowsItem": "PositionHistoryRecord",
    "ReceiverEventsResponseDataRowsItem": "ReceiverEvent",
    "SubAccountResponseDataRowsItem": "SubAccount",
    "SystemInfoResponseData": "SystemStatus",
    "SystemInfoResponseDataScheduledMaintenance": "ScheduledMaintenance",
    "TokenInfoResponseDataRowsItem": "TokenInfo",
    "TokenInfoResponseDataRowsItemChainDetailsItem": "TokenChain",
    "VaultBalanceResponseDataRowsItem": "VaultBalance",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        if name in _FORMER_NAMES:
            new = _FORMER_NAMES[name]
            warn(f"{name} is now {new} (the old name goes in 0.3)", DeprecationWarning, stacklevel=2)
            return __getattr__(new)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_OF])


__all__ = (
    "AccountInfo",
    "AccountInfoImrFactor",
    "AccountInfoMaxNotional",
    "AccountInfoResponse",
    "AccountOverview",
    "AccountSummary",
    "AddSubAccountResponse",
    "AddSubAccountResponseData",
    "AdminAlgoOrdersResponse",
    "AdminAlgoOrdersResponseData",
    "AdminAlgoOrdersResponseDataRowsItem",
    "AdminAlgoOrdersResponseDataRowsItemChildOrdersItem",
    "AdminAssetConvertHistoryDetail",
    "AdminAssetConvertHistoryRecord",
    "AdminAssetConvertHistoryRecordConvertedAsset",
    "AdminAssetConvertHistoryResponse",
    "AdminAssetConvertHistoryResponseData",
    "AdminAssetHistoryRecord",
    "AdminAssetHistoryResponse",
    "AdminAssetHistoryResponseData",
    "AdminLiquidationsResponse",
    "AdminLiquidationsResponseData",
    "AdminLiquidationsResponseDataRowsItem",
    "AdminLiquidationsResponseDataRowsItemPositionsByPerpItem",
    "AdminOrder",
    "AdminOrdersResponse",
    "AdminOrdersResponseData",
    "AdminTradesResponse",
    "AdminTradesResponseData",
    "AdminTradesResponseDataRowsItem",
    "AdminVolumeStatsResponse",
    "AdminVolumeStatsResponseData",
    "AggregateHolding",
    "AggregateHoldingResponse",
    "AggregateHoldingResponseData",
    "AggregatePosition",
    "AggregatePositionsResponse",
    "AggregatePositionsResponseData",
    "AlgoChildOrder",
    "AlgoClientOrderResponse",
    "AlgoOrder",
    "AlgoOrderResponse",
    "AlgoOrdersResponse",
    "AlgoOrdersResponseData",
    "AlgoOrderTradesResponse",
    "AlgoOrderTradesResponseData",
    "AlgoTrade",
    "AlgoType",
    "AllNotificationsResponse",
    "AllNotificationsResponseData",
    "Announcement",
    "ArchiveOrderEnumResponse",
    "ArchiveOrderEnumResponseData",
    "ArchiveOrderEnumResponseDataPairOverrides",
    "ArchiveOrderEnumResponseDataStatus",
    "AssetHistoryRecord",
    "AssetHistoryRecordTransStatus",
    "AssetHistoryResponse",
    "AssetHistoryResponseData",
    "AutoReferralProgressResponse",
    "AutoReferralProgressResponseData",
    "AvailableSymbolsResponse",
    "AvailableSymbolsResponseData",
    "BasicResponse",
    "BatchCreateOrderBody",
    "BatchOrderResponse",
    "BatchOrderResponseData",
    "BrokerListResponse",
    "BrokerListResponseData",
    "BrokerListResponseDataRowsItem",
    "BrokerStatsResponse",
    "BrokerStatsResponseData",
    "BrokerStatsResponseDataRowsItem",
    "BuilderAutoReferralInfoResponse",
    "BuilderAutoReferralInfoResponseData",
    "CancelAllAfterBody",
    "CancelAllAfterResponse",
    "CancelAllAfterResponseData",
    "ChainInfoResponse",
    "ChainInfoResponseData",
    "ChainInfoResponseDataRowsItem",
    "CheckReferralCodeResponse",
    "CheckReferralCodeResponseData",
    "ClaimCodeResponse",
    "ClaimCodeResponseData",
    "ClaimInsuranceFundBody",
    "ClaimInsuranceFundBodyLimitPrice",
    "ClaimInsuranceFundResponse",
    "ClaimInsuranceFundResponseData",
    "ClientHoldingResponse",
    "ClientHoldingResponseData",
    "ClientInfoResponse",
    "ClientLeverageBody",
    "ClientMaintenanceConfigBody",
    "ClientMaintenanceConfigResponse",
    "ClientMaintenanceConfigResponseData",
    "ClientOrderResponse",
    "ClientStatisticsResponse",
    "ClientStatisticsResponseData",
    "ConfigResponse",
    "ConfigResponseData",
    "CreateAlgoOrderChildRequest",
    "CreatedAlgoOrder",
    "CreatedOrder",
    "CreateInternalTransferRequest",
    "CreateInternalTransferRequestReceiverListItem",
    "CreateInternalTransferV1Response",
    "CreateInternalTransferV1ResponseData",
    "CreateInternalTransferV2Request",
    "CreateInternalTransferV2RequestMessage",
    "CreateInternalTransferV2RequestMessageChainType",
    "CreateInternalTransferV2Response",
    "CreateInternalTransferV2ResponseData",
    "CreateOrderEnumBody",
    "CreateOrderEnumBodyPairOverrides",
    "CreateUpdateStageRequest",
    "DailyStats",
    "DailyVolume",
    "DailyVolumeResponse",
    "DelegateOrderlyKeyBody",
    "DelegateOrderlyKeyBodyMessage",
    "DelegateSettlePnlBody",
    "DelegateSettlePnlBodyMessage",
    "DelegateSignerBody",
    "DelegateSignerBodyMessage",
    "DelegateSignerResponse",
    "DelegateSignerResponseData",
    "DelegateWithdrawRequestBody",
    "DelegateWithdrawRequestBodyMessage",
    "DeleteAllPendingAlgoOrderResponse",
    "DeleteAllPendingAlgoOrderResponseData",
    "DeleteOrderResponse",
    "DeleteOrderResponseData",
    "EditAlgoOrderChildRequest",
    "EditAlgoOrderChildRequestChildOrdersItem",
    "EmptyDataResponse",
    "EmptyDataResponseData",
    "EnableMultiLevelResponse",
    "EnableMultiLevelResponseData",
    "ErrorResponse",
    "ExchangeInformationResponse",
    "FeeProgramResponse",
    "FeeProgramResponseData",
    "FeeProgramResponseDataRowsItem",
    "FundingFee",
    "FundingFeeHistoryResponse",
    "FundingFeeHistoryResponseData",
    "FundingRate",
    "FundingRateHistoryResponse",
    "FundingRateHistoryResponseData",
    "FundingRateRecord",
    "FundingRateResponse",
    "FundingRatesResponse",
    "FundingRatesResponseData",
    "FutureInfo",
    "FutureInfoResponse",
    "FutureInfoResponseData",
    "FuturesFeeProgramResponse",
    "FuturesFeeProgramResponseData",
    "FuturesFeeProgramResponseDataRowsItem",
    "FuturesInfoResponse",
    "FuturesInfoResponseData",
    "GetAccountDetailsResponse",
    "GetAccountDetailsResponseData",
    "GetAccountResponse",
    "GetAccountResponseData",
    "GetAccountStrategyVaultTransactionHistory",
    "GetAccountStrategyVaultTransactionHistoryData",
    "GetAccountStrategyVaultTransactionHistoryDataRowsItem",
    "GetAdminRefereeListResponse",
    "GetAdminRefereeListResponseData",
    "GetAdminRefereeListResponseDataRowsItem",
    "GetAdminRefereeListResponseDataRowsItemBindType",
    "GetAllAccountsResponse",
    "GetAllAccountsResponseData",
    "GetAnnouncementsResponse",
    "GetAnnouncementsResponseData",
    "GetBrokerDailyResponse",
    "GetBrokerDailyResponseData",
    "GetBrokerDailyResponseDataMeta",
    "GetBrokerDailyResponseDataRowsItem",
    "GetBrokerInfoResponse",
    "GetBrokerInfoResponseData",
    "GetBrokerResponse",
    "GetBrokerResponseData",
    "GetBuilderDailyFeeRevenueResponse",
    "GetBuilderDailyFeeRevenueResponseData",
    "GetBuilderDailyFeeRevenueResponseDataRowsItem",
    "GetCampaignCheckResponse",
    "GetCampaignCheckResponseData",
    "GetCampaignDetailedStatsResponse",
    "GetCampaignDetailedStatsResponseData",
    "GetCampaignDetailedStatsResponseDataRowsItem",
    "GetCampaignRankingResponse",
    "GetCampaignRankingResponseData",
    "GetCampaignRankingResponseDataRowsItem",
    "GetCampaignsResponse",
    "GetCampaignsResponseData",
    "GetCampaignsResponseDataRowsItem",
    "GetCampaignStatsResponse",
    "GetCampaignStatsResponseData",
    "GetCampaignUserResponse",
    "GetCampaignUserResponseData",
    "GetDefaultBrokerFeesResponse",
    "GetDefaultBrokerFeesResponseData",
    "GetDistributionHistoryResponse",
    "GetDistributionHistoryResponseData",
    "GetDistributionHistoryResponseDataMeta",
    "GetDistributionHistoryResponseDataRowsItem",
    "GetEpochDatesResponse",
    "GetEpochDatesResponseData",
    "GetEpochDatesResponseDataRowsItem",
    "GetEpochPointsResponse",
    "GetEpochPointsResponseData",
    "GetEpochPointsResponseDataRowsItem",
    "GetesORDERVestingListResponse",
    "GetesORDERVestingListResponseData",
    "GetesORDERVestingListResponseDataRowsItem",
    "GetIndexPriceSourceResponse",
    "GetIndexPriceSourceResponseData",
    "GetInternalTransferHistoryResponse",
    "GetInternalTransferHistoryResponseData",
    "GetIpInfoResponse",
    "GetIpInfoResponseData",
    "GetLeverageSettingResponse",
    "GetLeverageSettingResponseData",
    "GetMarketFundingRateHistoryResponse",
    "GetMarketFundingRateHistoryResponseData",
    "GetMarketVolumeByBrokerResponse",
    "GetMarketVolumeByBrokerResponseData",
    "GetMaxRebateRateResponse",
    "GetMaxRebateRateResponseData",
    "GetMultiLevelAdminConfigResponse",
    "GetMultiLevelAdminConfigResponseData",
    "GetMultiLevelAdminConfigResponseDataRebateBasisMode",
    "GetMultiLevelAdminInfoResponse",
    "GetMultiLevelAdminInfoResponseData",
    "GetMultiLevelAdminInfoResponseDataRowsItem",
    "GetMultiLevelAdminSummaryResponse",
    "GetMultiLevelAdminSummaryResponseData",
    "GetMultiLevelAdminSummaryResponseDataRowsItem",
    "GetMultiLevelStatisticsResponse",
    "GetMultiLevelStatisticsResponseData",
    "GetOrderEnumResponse",
    "GetOrderEnumsResponse",
    "GetOrderEnumsWithStatsResponse",
    "GetOrderEnumWithStatsResponse",
    "GetOrderlyKeyResponse",
    "GetOrderlyKeyResponseData",
    "GetPointsLeaderboardResponse",
    "GetPointsLeaderboardResponseData",
    "GetPointsLeaderboardResponseDataRowsItem",
    "GetPointsResponse",
    "GetPointsResponseData",
    "GetPointsResponseDataRowsItem",
    "GetPointStagesResponse",
    "GetPointStagesResponseData",
    "GetPointStagesResponseDataRowsItem",
    "GetPriceForSmallChartsResponse",
    "GetPriceForSmallChartsResponseData",
    "GetRebateInfoResponse",
    "GetRebateInfoResponseData",
    "GetRebateSummaryResponse",
    "GetRebateSummaryResponseData",
    "GetRebateSummaryResponseDataMeta",
    "GetRebateSummaryResponseDataRowsItem",
    "GetRefereeHistoryResponse",
    "GetRefereeHistoryResponseData",
    "GetRefereeHistoryResponseDataMeta",
    "GetRefereeHistoryResponseDataRowsItem",
    "GetRefereeInfoResponse",
    "GetRefereeInfoResponseData",
    "GetRefereeInfoResponseDataMeta",
    "GetRefereeInfoResponseDataRowsItem",
    "GetRefereeListResponse",
    "GetRefereeListResponseData",
    "GetRefereeListResponseDataRowsItem",
    "GetRefereeListResponseDataRowsItemBindType",
    "GetRefereeRebateSummaryResponse",
    "GetRefereeRebateSummaryResponseData",
    "GetRefereeRebateSummaryResponseDataRowsItem",
    "GetReferralCodeResponse",
    "GetReferralCodeResponseData",
    "GetReferralCodeResponseDataMeta",
    "GetReferralCodeResponseDataRowsItem",
    "GetReferralCodeResponseDataRowsItemReferralCodesItem",
    "GetReferralHistoryResponse",
    "GetReferralHistoryResponseData",
    "GetReferralHistoryResponseDataMeta",
    "GetReferralHistoryResponseDataRowsItem",
    "GetReferralInfoResponse",
    "GetReferralInfoResponseData",
    "GetReferralInfoResponseDataRefereeInfo",
    "GetReferralInfoResponseDataReferrerInfo",
    "GetReferralInfoResponseDataReferrerInfoReferralCodesItem",
    "GetStageParametersResponse",
    "GetStageParametersResponseData",
    "GetStageParametersResponseDataRowsItem",
    "GetStageRankingsResponse",
    "GetStageRankingsResponseData",
    "GetStageRankingsResponseDataMeta",
    "GetStageRankingsResponseDataRowsItem",
    "GetStakingOverviewResponse",
    "GetStakingOverviewResponseData",
    "GetStakingOverviewResponseDataRowsItem",
    "GetTransferNonceResponse",
    "GetTransferNonceResponseData",
    "GetTVLByBrokerResponse",
    "GetTVLByBrokerResponseData",
    "GetUnstakeDetailsResponse",
    "GetUnstakeDetailsResponseData",
    "GetUserDailyStatsResponse",
    "GetUserDailyStatsResponseData",
    "GetUserStatisticsResponse",
    "GetUserStatisticsResponseData",
    "GetUserStatisticsResponseDataWeeklyBreakdown",
    "GetUserStatisticsResponseDataWeeklyBreakdownLastWeek",
    "GetUserStatisticsResponseDataWeeklyBreakdownThisWeek",
    "GetV1AdminAssetHistoryStatus",
    "GetV1AdminOrdersSourceType",
    "GetV1BrokerDailyFeeRevenueResponse400",
    "GetV1ReferralMultiLevelAdminInfoSortBy",
    "GetV1ReferralMultiLevelAdminSummaryAggregateBy",
    "GetV1ReferralMultiLevelStatisticsTimeRange",
    "GetValor2BatchInfoResponse",
    "GetValor2BatchInfoResponseData",
    "GetValor2BatchInfoResponseDataRowsItem",
    "GetValor2PoolInfoResponse",
    "GetValor2PoolInfoResponseData",
    "GetValor2RedeemInfoResponse",
    "GetValor2RedeemInfoResponseData",
    "GetValor2RedeemInfoResponseDataRedeemingValorListItem",
    "GetValor2RevenueBuybackResponse",
    "GetValor2RevenueBuybackResponseDataItem",
    "GetValorBatchInfoResponse",
    "GetValorBatchInfoResponseData",
    "GetValorBatchInfoResponseDataRowsItem",
    "GetValorPoolInfoResponse",
    "GetValorPoolInfoResponseData",
    "GetValorRedeemInfoResponse",
    "GetValorRedeemInfoResponseData",
    "GetValorRedeemInfoResponseDataChainDetailsItem",
    "GetVolumePrerequisiteResponse",
    "GetVolumePrerequisiteResponseData",
    "GetWalletStakedBalanceResponse",
    "GetWalletStakedBalanceResponseData",
    "Holding",
    "IndexPriceSource",
    "InsuranceFund",
    "InsuranceFundResponse",
    "InsuranceFundResponseData",
    "InternalTransfer",
    "InternalTransferHistoryResponse",
    "InternalTransferHistoryResponseData",
    "InternalTransferHistoryResponseDataMeta",
    "InternalTransferHistoryResponseDataRowsItem",
    "IpRestrictionResponse",
    "IpRestrictionResponseData",
    "KeyInfo",
    "KeyInfoResponse",
    "KeyInfoResponseData",
    "Kline",
    "KlineHistoryResponse",
    "KlineResponse",
    "KlineResponseData",
    "LeaderboardResponse",
    "LeaderboardResponseData",
    "LeaderboardResponseDataMeta",
    "LeaderboardResponseDataRowsItem",
    "Leverage",
    "LeverageResponse",
    "LeveragesResponse",
    "LeveragesResponseData",
    "LiquidatedPositionsResponse",
    "LiquidatedPositionsResponseData",
    "Liquidation",
    "LiquidationBody",
    "LiquidationBodyLimitPrice",
    "LiquidationBodySymbols",
    "LiquidationPosition",
    "LiquidationResponse",
    "LiquidationResponseData",
    "LiquidationsResponse",
    "LiquidationsResponseData",
    "LiquidatorLiquidation",
    "LiquidatorLiquidationsResponse",
    "LiquidatorLiquidationsResponseData",
    "MarginMode",
    "MarginModesResponse",
    "MarginModesResponseData",
    "MarketFundingHistory",
    "MarketFundingHistoryFunding",
    "MarketFundingHistoryFunding14D",
    "MarketFundingHistoryFunding180D",
    "MarketFundingHistoryFunding1D",
    "MarketFundingHistoryFunding30D",
    "MarketFundingHistoryFunding3D",
    "MarketFundingHistoryFunding7D",
    "MarketFundingHistoryFunding90D",
    "MarketFundingHistoryFundingLast",
    "MarketOpenInterestsResponse",
    "MarketOpenInterestsResponseData",
    "MarketPriceChangeInfoResponse",
    "MarketPriceChangeInfoResponseData",
    "MarketTrade",
    "MarketTradesResponse",
    "MarketTradesResponseData",
    "Notification",
    "NotificationContentRaw",
    "OpenInterest",
    "Order",
    "OrderBody",
    "Orderbook",
    "OrderbookEntry",
    "OrderbookResponse",
    "OrderCustomField",
    "OrderEnum",
    "OrderEnumPairOverrides",
    "OrderEnumStatus",
    "OrderEnumWithStats",
    "OrderEnumWithStatsUsageStats",
    "OrderlyKeyBody",
    "OrderlyKeyBodyMessage",
    "OrderlyKeyResponse",
    "OrderlyKeyResponseData",
    "OrderResponse",
    "OrderSide",
    "OrdersResponse",
    "OrdersResponseData",
    "OrderState",
    "OrderStatusResponse",
    "OrderTradesResponse",
    "OrderTradesResponseData",
    "OrderType",
    "PaginationMeta",
    "PendingLiquidation",
    "PendingLiquidationPosition",
    "PerpPosition",
    "PnlSettlement",
    "PnlSettlementHistoryResponse",
    "PnlSettlementHistoryResponseData",
    "PnlSettlementSymbol",
    "Position",
    "PositionHistoryRecord",
    "PositionHistoryResponse",
    "PositionHistoryResponseData",
    "PositionLite",
    "PositionResponse",
    "PositionsLiteResponse",
    "PositionsLiteResponseData",
    "PositionsResponse",
    "PositionsResponseData",
    "PostAlgoOrderResponse",
    "PostLiquidationResponse",
    "PostLiquidationResponseData",
    "PostOrderBody",
    "PostOrderResponse",
    "PostV1AlgoOrderBody",
    "PostV1AlgoOrderBodyChildOrdersItem",
    "PostV1BatchOrderBody",
    "PostV1BrokerFeeRateDefaultBody",
    "PostV1BrokerFeeRateSetBody",
    "PostV1BrokerFeeRateSetDefaultBody",
    "PostV1BrokerOrderEnumArchiveBody",
    "PostV1BrokerOrderEnumUnarchiveBody",
    "PostV1ClientAddSubAccountBody",
    "PostV1ClientCampaignSignUpBody",
    "PostV1ClientLeveragesBody",
    "PostV1ClientMarginModeBody",
    "PostV1ClientResetOrderlyKeyIpRestrictionBody",
    "PostV1ClientSetOrderlyKeyIpRestrictionBody",
    "PostV1ClientUpdateSubAccountBody",
    "PostV1FaucetUsdcBody",
    "PostV1NotificationInboxMarkReadAllBody",
    "PostV1NotificationInboxMarkReadBody",
    "PostV1PositionMarginBody",
    "PostV1PositionMarginBodyType",
    "PostV1ReferralAutoReferralUpdateBody",
    "PostV1ReferralBindBody",
    "PostV1ReferralCreateBody",
    "PostV1ReferralEditDescriptionBody",
    "PostV1ReferralEditDescriptionResponse200",
    "PostV1ReferralEditDescriptionResponse200DataType0",
    "PostV1ReferralEditRefereeDescriptionBody",
    "PostV1ReferralEditRefereeDescriptionResponse200",
    "PostV1ReferralEditRefereeDescriptionResponse200DataType0",
    "PostV1ReferralEditReferralCodeBody",
    "PostV1ReferralEditSplitBody",
    "PostV1ReferralMultiLevelAdminBody",
    "PostV1ReferralMultiLevelAdminCreateAffiliateBody",
    "PostV1ReferralMultiLevelAdminResetAffiliateBody",
    "PostV1ReferralMultiLevelAdminUpdateAffiliateBody",
    "PostV1ReferralMultiLevelAdminUpdateBody",
    "PostV1ReferralMultiLevelClaimCodeBody",
    "PostV1ReferralMultiLevelRebateRateSetDefaultBody",
    "PostV1ReferralMultiLevelRebateRateUpdateBody",
    "PostV1ReferralUpdateBody",
    "PostV1SubAccountSettlePnlBody",
    "PostV1SvManualPeriodDeliveryBody",
    "PostV1SvOperationRequestBody",
    "PostV1SvOperationRequestBodyMessage",
    "PostV1SvSpOrderlyKeyBody",
    "PostV1SvSpOrderlyKeyBodyMessage",
    "PostV1SvSpSettlePnlBody",
    "PostV1SvSpSettlePnlBodyMessage",
    "PriceChange",
    "PriceHistory",
    "PriceHistoryPriceListItem",
    "PublicLiquidation",
    "PublicLiquidationPosition",
    "PutOrderResponse",
    "PutOrderResponseData",
    "PutV1AlgoOrderBody",
    "ReceiverAddressResponse",
    "ReceiverAddressResponseData",
    "ReceiverEvent",
    "ReceiverEventsResponse",
    "ReceiverEventsResponseData",
    "RegisterAccountBody",
    "RegisterAccountBodyMessage",
    "RegisterAccountResponse",
    "RegisterAccountResponseData",
    "RegistrationNonceResponse",
    "RegistrationNonceResponseData",
    "RemoveOrderlyKeyBody",
    "ScheduledMaintenance",
    "SetIpRestrictionResponse",
    "SetIpRestrictionResponseData",
    "SettleNonceResponse",
    "SettleNonceResponseData",
    "SettlePnlBody",
    "SettlePnlBodyMessage",
    "SettlePnlResponse",
    "SettlePnlResponseData",
    "ShareHistoryResponse",
    "ShareHistoryResponseData",
    "ShareHistoryResponseDataMeta",
    "ShareHistoryResponseDataRowsItem",
    "SubAccount",
    "SubAccountResponse",
    "SubAccountResponseData",
    "SvNonceResponse",
    "SvNonceResponseData",
    "Symbol",
    "SymbolLeverage",
    "SymbolMarginMode",
    "SystemInfoResponse",
    "SystemStatus",
    "TokenChain",
    "TokenInfo",
    "TokenInfoResponse",
    "TokenInfoResponseData",
    "Trade",
    "TradeResponse",
    "TradesResponse",
    "TradesResponseData",
    "TvConfigResponse",
    "TvConfigResponseD",
    "TvConfigResponseDAccountManagerItem",
    "TvConfigResponseDDurationsItem",
    "TvConfigResponseDPositionCustomFieldsItem",
    "TvConfigResponseDPullingInterval",
    "TvHistoryResponse",
    "TvSymbolResponse",
    "UnarchiveOrderEnumResponse",
    "UnarchiveOrderEnumResponseData",
    "UnarchiveOrderEnumResponseDataPairOverrides",
    "UnarchiveOrderEnumResponseDataStatus",
    "UnreadNotificationsResponse",
    "UnreadNotificationsResponseData",
    "UpdateOrderEnumBody",
    "UpdateOrderEnumBodyPairOverridesType0",
    "UserFeeRatesResponse",
    "UserFeeRatesResponseData",
    "UserFeeRatesResponseDataMeta",
    "UserFeeRatesResponseDataRowsItem",
    "VaultBalance",
    "VaultBalanceResponse",
    "VaultBalanceResponseData",
    "VenueTransferHistoryResponse",
    "VenueTransferHistoryResponseData",
    "VenueTransferHistoryResponseDataMeta",
    "VenueTransferHistoryResponseDataRowsItem",
    "VenueWithdrawalHistoryResponse",
    "VenueWithdrawalHistoryResponseData",
    "VenueWithdrawalHistoryResponseDataMeta",
    "VenueWithdrawalHistoryResponseDataRowsItem",
    "VerifyReferralCodeResponse",
    "VerifyReferralCodeResponseData",
    "VolumeStatsResponse",
    "VolumeStatsResponseData",
    "WalletAccount",
    "WithdrawNonceReponse",
    "WithdrawNonceReponseData",
    "WithdrawRequestBody",
    "WithdrawRequestBodyMessage",
    "WithdrawResponse",
    "WithdrawResponseData",
)
