from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TvSymbolResponse")


@_attrs_define
class TvSymbolResponse:
    """
    Attributes:
        s (str):
        symbol (list[str]):
        description (list[str]):
        currency (list[str]):
        base_currency (list[str]):
        exchange_listed (list[str]):
        exchange_traded (list[str]):
        minmovement (list[int]):
        minmovement2 (list[int]):
        fractional (list[bool]):
        pricescale (list[int]):
        root (list[str]):
        root_description (list[str]):
        has_intraday (list[bool]):
        has_no_volume (list[bool]):
        type_ (list[str]):
        is_cfd (list[bool]):
        ticker (list[str]):
        timezone (list[str]):
        session_regular (list[str]):
        session_extended (list[str]):
        session_premarket (list[str]):
        session_postmarket (list[str]):
        supported_resolutions (list[list[str]]):
        has_daily (list[bool]):
        intraday_multipliers (list[list[str]]):
        has_weekly_and_monthly (list[bool]):
        pointvalue (list[float | int]):
        expiration (list[int]):
        bar_source (list[str]):
        bar_transform (list[str]):
        bar_fillgaps (list[str]):
        isin (list[str]):
        wkn (list[str]):
    """

    s: str
    symbol: list[str]
    description: list[str]
    currency: list[str]
    base_currency: list[str]
    exchange_listed: list[str]
    exchange_traded: list[str]
    minmovement: list[int]
    minmovement2: list[int]
    fractional: list[bool]
    pricescale: list[int]
    root: list[str]
    root_description: list[str]
    has_intraday: list[bool]
    has_no_volume: list[bool]
    type_: list[str]
    is_cfd: list[bool]
    ticker: list[str]
    timezone: list[str]
    session_regular: list[str]
    session_extended: list[str]
    session_premarket: list[str]
    session_postmarket: list[str]
    supported_resolutions: list[list[str]]
    has_daily: list[bool]
    intraday_multipliers: list[list[str]]
    has_weekly_and_monthly: list[bool]
    pointvalue: list[float | int]
    expiration: list[int]
    bar_source: list[str]
    bar_transform: list[str]
    bar_fillgaps: list[str]
    isin: list[str]
    wkn: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        s = self.s

        symbol = self.symbol

        description = self.description

        currency = self.currency

        base_currency = []
        for base_currency_item_data in self.base_currency:
            base_currency_item: str
            base_currency_item = base_currency_item_data
            base_currency.append(base_currency_item)

        exchange_listed = self.exchange_listed

        exchange_traded = self.exchange_traded

        minmovement = self.minmovement

        minmovement2 = self.minmovement2

        fractional = self.fractional

        pricescale = self.pricescale

        root = []
        for root_item_data in self.root:
            root_item: str
            root_item = root_item_data
            root.append(root_item)

        root_description = []
        for root_description_item_data in self.root_description:
            root_description_item: str
            root_description_item = root_description_item_data
            root_description.append(root_description_item)

        has_intraday = self.has_intraday

        has_no_volume = self.has_no_volume

        type_ = self.type_

        is_cfd = self.is_cfd

        ticker = self.ticker

        timezone = self.timezone

        session_regular = self.session_regular

        session_extended = self.session_extended

        session_premarket = []
        for session_premarket_item_data in self.session_premarket:
            session_premarket_item: str
            session_premarket_item = session_premarket_item_data
            session_premarket.append(session_premarket_item)

        session_postmarket = []
        for session_postmarket_item_data in self.session_postmarket:
            session_postmarket_item: str
            session_postmarket_item = session_postmarket_item_data
            session_postmarket.append(session_postmarket_item)

        supported_resolutions = []
        for supported_resolutions_item_data in self.supported_resolutions:
            supported_resolutions_item = supported_resolutions_item_data

            supported_resolutions.append(supported_resolutions_item)

        has_daily = self.has_daily

        intraday_multipliers = []
        for intraday_multipliers_item_data in self.intraday_multipliers:
            intraday_multipliers_item = intraday_multipliers_item_data

            intraday_multipliers.append(intraday_multipliers_item)

        has_weekly_and_monthly = self.has_weekly_and_monthly

        pointvalue = []
        for pointvalue_item_data in self.pointvalue:
            pointvalue_item: float | int
            pointvalue_item = pointvalue_item_data
            pointvalue.append(pointvalue_item)

        expiration = []
        for expiration_item_data in self.expiration:
            expiration_item: int
            expiration_item = expiration_item_data
            expiration.append(expiration_item)

        bar_source = self.bar_source

        bar_transform = self.bar_transform

        bar_fillgaps = self.bar_fillgaps

        isin = self.isin

        wkn = self.wkn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "s": s,
                "symbol": symbol,
                "description": description,
                "currency": currency,
                "base-currency": base_currency,
                "exchange-listed": exchange_listed,
                "exchange-traded": exchange_traded,
                "minmovement": minmovement,
                "minmovement2": minmovement2,
                "fractional": fractional,
                "pricescale": pricescale,
                "root": root,
                "root-description": root_description,
                "has-intraday": has_intraday,
                "has-no-volume": has_no_volume,
                "type": type_,
                "is-cfd": is_cfd,
                "ticker": ticker,
                "timezone": timezone,
                "session-regular": session_regular,
                "session-extended": session_extended,
                "session-premarket": session_premarket,
                "session-postmarket": session_postmarket,
                "supported-resolutions": supported_resolutions,
                "has-daily": has_daily,
                "intraday-multipliers": intraday_multipliers,
                "has-weekly-and-monthly": has_weekly_and_monthly,
                "pointvalue": pointvalue,
                "expiration": expiration,
                "bar-source": bar_source,
                "bar-transform": bar_transform,
                "bar-fillgaps": bar_fillgaps,
                "isin": isin,
                "wkn": wkn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        s = _src_dict.pop("s")

        symbol = cast(list[str], _src_dict.pop("symbol"))

        description = cast(list[str], _src_dict.pop("description"))

        currency = cast(list[str], _src_dict.pop("currency"))

        base_currency = []
        _base_currency = _src_dict.pop("base-currency")
        for base_currency_item_data in _base_currency:

            def _parse_base_currency_item(data: object) -> str:
                return cast(str, data)

            base_currency_item = _parse_base_currency_item(base_currency_item_data)

            base_currency.append(base_currency_item)

        exchange_listed = cast(list[str], _src_dict.pop("exchange-listed"))

        exchange_traded = cast(list[str], _src_dict.pop("exchange-traded"))

        minmovement = cast(list[int], _src_dict.pop("minmovement"))

        minmovement2 = cast(list[int], _src_dict.pop("minmovement2"))

        fractional = cast(list[bool], _src_dict.pop("fractional"))

        pricescale = cast(list[int], _src_dict.pop("pricescale"))

        root = []
        _root = _src_dict.pop("root")
        for root_item_data in _root:

            def _parse_root_item(data: object) -> str:
                return cast(str, data)

            root_item = _parse_root_item(root_item_data)

            root.append(root_item)

        root_description = []
        _root_description = _src_dict.pop("root-description")
        for root_description_item_data in _root_description:

            def _parse_root_description_item(data: object) -> str:
                return cast(str, data)

            root_description_item = _parse_root_description_item(root_description_item_data)

            root_description.append(root_description_item)

        has_intraday = cast(list[bool], _src_dict.pop("has-intraday"))

        has_no_volume = cast(list[bool], _src_dict.pop("has-no-volume"))

        type_ = cast(list[str], _src_dict.pop("type"))

        is_cfd = cast(list[bool], _src_dict.pop("is-cfd"))

        ticker = cast(list[str], _src_dict.pop("ticker"))

        timezone = cast(list[str], _src_dict.pop("timezone"))

        session_regular = cast(list[str], _src_dict.pop("session-regular"))

        session_extended = cast(list[str], _src_dict.pop("session-extended"))

        session_premarket = []
        _session_premarket = _src_dict.pop("session-premarket")
        for session_premarket_item_data in _session_premarket:

            def _parse_session_premarket_item(data: object) -> str:
                return cast(str, data)

            session_premarket_item = _parse_session_premarket_item(session_premarket_item_data)

            session_premarket.append(session_premarket_item)

        session_postmarket = []
        _session_postmarket = _src_dict.pop("session-postmarket")
        for session_postmarket_item_data in _session_postmarket:

            def _parse_session_postmarket_item(data: object) -> str:
                return cast(str, data)

            session_postmarket_item = _parse_session_postmarket_item(session_postmarket_item_data)

            session_postmarket.append(session_postmarket_item)

        supported_resolutions = []
        _supported_resolutions = _src_dict.pop("supported-resolutions")
        for supported_resolutions_item_data in _supported_resolutions:
            supported_resolutions_item = cast(list[str], supported_resolutions_item_data)

            supported_resolutions.append(supported_resolutions_item)

        has_daily = cast(list[bool], _src_dict.pop("has-daily"))

        intraday_multipliers = []
        _intraday_multipliers = _src_dict.pop("intraday-multipliers")
        for intraday_multipliers_item_data in _intraday_multipliers:
            intraday_multipliers_item = cast(list[str], intraday_multipliers_item_data)

            intraday_multipliers.append(intraday_multipliers_item)

        has_weekly_and_monthly = cast(list[bool], _src_dict.pop("has-weekly-and-monthly"))

        pointvalue = []
        _pointvalue = _src_dict.pop("pointvalue")
        for pointvalue_item_data in _pointvalue:

            def _parse_pointvalue_item(data: object) -> float | int:
                return cast(float | int, data)

            pointvalue_item = _parse_pointvalue_item(pointvalue_item_data)

            pointvalue.append(pointvalue_item)

        expiration = []
        _expiration = _src_dict.pop("expiration")
        for expiration_item_data in _expiration:

            def _parse_expiration_item(data: object) -> int:
                return cast(int, data)

            expiration_item = _parse_expiration_item(expiration_item_data)

            expiration.append(expiration_item)

        bar_source = cast(list[str], _src_dict.pop("bar-source"))

        bar_transform = cast(list[str], _src_dict.pop("bar-transform"))

        bar_fillgaps = cast(list[str], _src_dict.pop("bar-fillgaps"))

        isin = cast(list[str], _src_dict.pop("isin"))

        wkn = cast(list[str], _src_dict.pop("wkn"))

        tv_symbol_response = cls(
            s=s,
            symbol=symbol,
            description=description,
            currency=currency,
            base_currency=base_currency,
            exchange_listed=exchange_listed,
            exchange_traded=exchange_traded,
            minmovement=minmovement,
            minmovement2=minmovement2,
            fractional=fractional,
            pricescale=pricescale,
            root=root,
            root_description=root_description,
            has_intraday=has_intraday,
            has_no_volume=has_no_volume,
            type_=type_,
            is_cfd=is_cfd,
            ticker=ticker,
            timezone=timezone,
            session_regular=session_regular,
            session_extended=session_extended,
            session_premarket=session_premarket,
            session_postmarket=session_postmarket,
            supported_resolutions=supported_resolutions,
            has_daily=has_daily,
            intraday_multipliers=intraday_multipliers,
            has_weekly_and_monthly=has_weekly_and_monthly,
            pointvalue=pointvalue,
            expiration=expiration,
            bar_source=bar_source,
            bar_transform=bar_transform,
            bar_fillgaps=bar_fillgaps,
            isin=isin,
            wkn=wkn,
        )

        tv_symbol_response.additional_properties = _src_dict
        return tv_symbol_response

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
