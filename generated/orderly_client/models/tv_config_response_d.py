from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..types import (
    model_repr,
)

if TYPE_CHECKING:
    from ..models.account_summary import AccountSummary
    from ..models.order_custom_field import OrderCustomField
    from ..models.tv_config_response_d_account_manager_item import (
        TvConfigResponseDAccountManagerItem,
    )
    from ..models.tv_config_response_d_durations_item import (
        TvConfigResponseDDurationsItem,
    )
    from ..models.tv_config_response_d_position_custom_fields_item import (
        TvConfigResponseDPositionCustomFieldsItem,
    )
    from ..models.tv_config_response_d_pulling_interval import (
        TvConfigResponseDPullingInterval,
    )


T = TypeVar("T", bound="TvConfigResponseD")


@_attrs_define(repr=False)
class TvConfigResponseD:
    """
    Attributes:
        account_summary_row (list[AccountSummary]):
        account_manager (list[TvConfigResponseDAccountManagerItem]):
        durations (list[TvConfigResponseDDurationsItem]):
        order_custom_fields (list[OrderCustomField]):
        order_history_custom_fields (list[OrderCustomField]):
        position_custom_fields (list[TvConfigResponseDPositionCustomFieldsItem]):
        pulling_interval (TvConfigResponseDPullingInterval):
    """

    account_summary_row: list[AccountSummary]
    account_manager: list[TvConfigResponseDAccountManagerItem]
    durations: list[TvConfigResponseDDurationsItem]
    order_custom_fields: list[OrderCustomField]
    order_history_custom_fields: list[OrderCustomField]
    position_custom_fields: list[TvConfigResponseDPositionCustomFieldsItem]
    pulling_interval: TvConfigResponseDPullingInterval
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            AccountSummary = _models.AccountSummary
            OrderCustomField = _models.OrderCustomField
            TvConfigResponseDAccountManagerItem = _models.TvConfigResponseDAccountManagerItem
            TvConfigResponseDDurationsItem = _models.TvConfigResponseDDurationsItem
            TvConfigResponseDPositionCustomFieldsItem = _models.TvConfigResponseDPositionCustomFieldsItem
            TvConfigResponseDPullingInterval = _models.TvConfigResponseDPullingInterval
        account_summary_row = []
        for account_summary_row_item_data in self.account_summary_row:
            account_summary_row_item = account_summary_row_item_data.to_dict()
            account_summary_row.append(account_summary_row_item)

        account_manager = []
        for account_manager_item_data in self.account_manager:
            account_manager_item = account_manager_item_data.to_dict()
            account_manager.append(account_manager_item)

        durations = []
        for durations_item_data in self.durations:
            durations_item = durations_item_data.to_dict()
            durations.append(durations_item)

        order_custom_fields = []
        for order_custom_fields_item_data in self.order_custom_fields:
            order_custom_fields_item = order_custom_fields_item_data.to_dict()
            order_custom_fields.append(order_custom_fields_item)

        order_history_custom_fields = []
        for order_history_custom_fields_item_data in self.order_history_custom_fields:
            order_history_custom_fields_item = order_history_custom_fields_item_data.to_dict()
            order_history_custom_fields.append(order_history_custom_fields_item)

        position_custom_fields = []
        for position_custom_fields_item_data in self.position_custom_fields:
            position_custom_fields_item = position_custom_fields_item_data.to_dict()
            position_custom_fields.append(position_custom_fields_item)

        pulling_interval = self.pulling_interval.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountSummaryRow": account_summary_row,
                "accountManager": account_manager,
                "durations": durations,
                "orderCustomFields": order_custom_fields,
                "orderHistoryCustomFields": order_history_custom_fields,
                "positionCustomFields": position_custom_fields,
                "pullingInterval": pulling_interval,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            AccountSummary = _models.AccountSummary
            OrderCustomField = _models.OrderCustomField
            TvConfigResponseDAccountManagerItem = _models.TvConfigResponseDAccountManagerItem
            TvConfigResponseDDurationsItem = _models.TvConfigResponseDDurationsItem
            TvConfigResponseDPositionCustomFieldsItem = _models.TvConfigResponseDPositionCustomFieldsItem
            TvConfigResponseDPullingInterval = _models.TvConfigResponseDPullingInterval
        _src_dict = dict(src_dict)
        account_summary_row = []
        _account_summary_row = _src_dict.pop("accountSummaryRow")
        for account_summary_row_item_data in _account_summary_row:
            account_summary_row_item = AccountSummary.from_dict(account_summary_row_item_data)

            account_summary_row.append(account_summary_row_item)

        account_manager = []
        _account_manager = _src_dict.pop("accountManager")
        for account_manager_item_data in _account_manager:
            account_manager_item = TvConfigResponseDAccountManagerItem.from_dict(account_manager_item_data)

            account_manager.append(account_manager_item)

        durations = []
        _durations = _src_dict.pop("durations")
        for durations_item_data in _durations:
            durations_item = TvConfigResponseDDurationsItem.from_dict(durations_item_data)

            durations.append(durations_item)

        order_custom_fields = []
        _order_custom_fields = _src_dict.pop("orderCustomFields")
        for order_custom_fields_item_data in _order_custom_fields:
            order_custom_fields_item = OrderCustomField.from_dict(order_custom_fields_item_data)

            order_custom_fields.append(order_custom_fields_item)

        order_history_custom_fields = []
        _order_history_custom_fields = _src_dict.pop("orderHistoryCustomFields")
        for order_history_custom_fields_item_data in _order_history_custom_fields:
            order_history_custom_fields_item = OrderCustomField.from_dict(order_history_custom_fields_item_data)

            order_history_custom_fields.append(order_history_custom_fields_item)

        position_custom_fields = []
        _position_custom_fields = _src_dict.pop("positionCustomFields")
        for position_custom_fields_item_data in _position_custom_fields:
            position_custom_fields_item = TvConfigResponseDPositionCustomFieldsItem.from_dict(
                position_custom_fields_item_data
            )

            position_custom_fields.append(position_custom_fields_item)

        pulling_interval = TvConfigResponseDPullingInterval.from_dict(_src_dict.pop("pullingInterval"))

        _result = cls(
            account_summary_row=account_summary_row,
            account_manager=account_manager,
            durations=durations,
            order_custom_fields=order_custom_fields,
            order_history_custom_fields=order_history_custom_fields,
            position_custom_fields=position_custom_fields,
            pulling_interval=pulling_interval,
        )

        _result.additional_properties = _src_dict
        return _result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
