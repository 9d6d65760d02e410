from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bool_from_wire,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="TvSymbolResponse")


@_attrs_define(repr=False)
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
        pointvalue (list[Decimal | int]):
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
    pointvalue: list[Decimal | int]
    expiration: list[int]
    bar_source: list[str]
    bar_transform: list[str]
    bar_fillgaps: list[str]
    isin: list[str]
    wkn: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
            pointvalue_item: Decimal | int
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
        _s = _src_dict.pop("s")
        s = _s if type(_s) is str else str_from_wire(_s, "s")

        symbol = []
        _symbol = _src_dict.pop("symbol")
        for symbol_item_data in _symbol:
            _symbol_item = symbol_item_data
            symbol_item = _symbol_item if type(_symbol_item) is str else str_from_wire(_symbol_item, "symbol_item")

            symbol.append(symbol_item)

        description = []
        _description = _src_dict.pop("description")
        for description_item_data in _description:
            _description_item = description_item_data
            description_item = (
                _description_item
                if type(_description_item) is str
                else str_from_wire(_description_item, "description_item")
            )

            description.append(description_item)

        currency = []
        _currency = _src_dict.pop("currency")
        for currency_item_data in _currency:
            _currency_item = currency_item_data
            currency_item = (
                _currency_item if type(_currency_item) is str else str_from_wire(_currency_item, "currency_item")
            )

            currency.append(currency_item)

        base_currency = []
        _base_currency = _src_dict.pop("base-currency")
        for base_currency_item_data in _base_currency:
            _base_currency_item = base_currency_item_data
            base_currency_item: str
            if type(_base_currency_item) is str:
                base_currency_item = _base_currency_item
            else:

                def _parse_base_currency_item(data: object) -> str:
                    if not (isinstance(data, (str, int)) and not isinstance(data, bool)):
                        raise TypeError("base-currency_item: expected str, got " + repr(data)[:60])
                    _base_currency_item_type_0 = data
                    base_currency_item_type_0 = (
                        _base_currency_item_type_0
                        if type(_base_currency_item_type_0) is str
                        else str_from_wire(_base_currency_item_type_0, "base-currency_item")
                    )

                    return base_currency_item_type_0

                base_currency_item = _parse_base_currency_item(_base_currency_item)

            base_currency.append(base_currency_item)

        exchange_listed = []
        _exchange_listed = _src_dict.pop("exchange-listed")
        for exchange_listed_item_data in _exchange_listed:
            _exchange_listed_item = exchange_listed_item_data
            exchange_listed_item = (
                _exchange_listed_item
                if type(_exchange_listed_item) is str
                else str_from_wire(_exchange_listed_item, "exchange-listed_item")
            )

            exchange_listed.append(exchange_listed_item)

        exchange_traded = []
        _exchange_traded = _src_dict.pop("exchange-traded")
        for exchange_traded_item_data in _exchange_traded:
            _exchange_traded_item = exchange_traded_item_data
            exchange_traded_item = (
                _exchange_traded_item
                if type(_exchange_traded_item) is str
                else str_from_wire(_exchange_traded_item, "exchange-traded_item")
            )

            exchange_traded.append(exchange_traded_item)

        minmovement = []
        _minmovement = _src_dict.pop("minmovement")
        for minmovement_item_data in _minmovement:
            _minmovement_item = minmovement_item_data
            minmovement_item = (
                _minmovement_item
                if type(_minmovement_item) is int
                else int_from_wire(_minmovement_item, "minmovement_item")
            )

            minmovement.append(minmovement_item)

        minmovement2 = []
        _minmovement2 = _src_dict.pop("minmovement2")
        for minmovement2_item_data in _minmovement2:
            _minmovement2_item = minmovement2_item_data
            minmovement2_item = (
                _minmovement2_item
                if type(_minmovement2_item) is int
                else int_from_wire(_minmovement2_item, "minmovement2_item")
            )

            minmovement2.append(minmovement2_item)

        fractional = []
        _fractional = _src_dict.pop("fractional")
        for fractional_item_data in _fractional:
            _fractional_item = fractional_item_data
            fractional_item = (
                _fractional_item
                if type(_fractional_item) is bool
                else bool_from_wire(_fractional_item, "fractional_item")
            )

            fractional.append(fractional_item)

        pricescale = []
        _pricescale = _src_dict.pop("pricescale")
        for pricescale_item_data in _pricescale:
            _pricescale_item = pricescale_item_data
            pricescale_item = (
                _pricescale_item
                if type(_pricescale_item) is int
                else int_from_wire(_pricescale_item, "pricescale_item")
            )

            pricescale.append(pricescale_item)

        root = []
        _root = _src_dict.pop("root")
        for root_item_data in _root:
            _root_item = root_item_data
            root_item: str
            if type(_root_item) is str:
                root_item = _root_item
            else:

                def _parse_root_item(data: object) -> str:
                    if not (isinstance(data, (str, int)) and not isinstance(data, bool)):
                        raise TypeError("root_item: expected str, got " + repr(data)[:60])
                    _root_item_type_0 = data
                    root_item_type_0 = (
                        _root_item_type_0
                        if type(_root_item_type_0) is str
                        else str_from_wire(_root_item_type_0, "root_item")
                    )

                    return root_item_type_0

                root_item = _parse_root_item(_root_item)

            root.append(root_item)

        root_description = []
        _root_description = _src_dict.pop("root-description")
        for root_description_item_data in _root_description:
            _root_description_item = root_description_item_data
            root_description_item: str
            if type(_root_description_item) is str:
                root_description_item = _root_description_item
            else:

                def _parse_root_description_item(data: object) -> str:
                    if not (isinstance(data, (str, int)) and not isinstance(data, bool)):
                        raise TypeError("root-description_item: expected str, got " + repr(data)[:60])
                    _root_description_item_type_0 = data
                    root_description_item_type_0 = (
                        _root_description_item_type_0
                        if type(_root_description_item_type_0) is str
                        else str_from_wire(_root_description_item_type_0, "root-description_item")
                    )

                    return root_description_item_type_0

                root_description_item = _parse_root_description_item(_root_description_item)

            root_description.append(root_description_item)

        has_intraday = []
        _has_intraday = _src_dict.pop("has-intraday")
        for has_intraday_item_data in _has_intraday:
            _has_intraday_item = has_intraday_item_data
            has_intraday_item = (
                _has_intraday_item
                if type(_has_intraday_item) is bool
                else bool_from_wire(_has_intraday_item, "has-intraday_item")
            )

            has_intraday.append(has_intraday_item)

        has_no_volume = []
        _has_no_volume = _src_dict.pop("has-no-volume")
        for has_no_volume_item_data in _has_no_volume:
            _has_no_volume_item = has_no_volume_item_data
            has_no_volume_item = (
                _has_no_volume_item
                if type(_has_no_volume_item) is bool
                else bool_from_wire(_has_no_volume_item, "has-no-volume_item")
            )

            has_no_volume.append(has_no_volume_item)

        type_ = []
        _type_ = _src_dict.pop("type")
        for type_item_data in _type_:
            _type_item = type_item_data
            type_item = _type_item if type(_type_item) is str else str_from_wire(_type_item, "type_item")

            type_.append(type_item)

        is_cfd = []
        _is_cfd = _src_dict.pop("is-cfd")
        for is_cfd_item_data in _is_cfd:
            _is_cfd_item = is_cfd_item_data
            is_cfd_item = _is_cfd_item if type(_is_cfd_item) is bool else bool_from_wire(_is_cfd_item, "is-cfd_item")

            is_cfd.append(is_cfd_item)

        ticker = []
        _ticker = _src_dict.pop("ticker")
        for ticker_item_data in _ticker:
            _ticker_item = ticker_item_data
            ticker_item = _ticker_item if type(_ticker_item) is str else str_from_wire(_ticker_item, "ticker_item")

            ticker.append(ticker_item)

        timezone = []
        _timezone = _src_dict.pop("timezone")
        for timezone_item_data in _timezone:
            _timezone_item = timezone_item_data
            timezone_item = (
                _timezone_item if type(_timezone_item) is str else str_from_wire(_timezone_item, "timezone_item")
            )

            timezone.append(timezone_item)

        session_regular = []
        _session_regular = _src_dict.pop("session-regular")
        for session_regular_item_data in _session_regular:
            _session_regular_item = session_regular_item_data
            session_regular_item = (
                _session_regular_item
                if type(_session_regular_item) is str
                else str_from_wire(_session_regular_item, "session-regular_item")
            )

            session_regular.append(session_regular_item)

        session_extended = []
        _session_extended = _src_dict.pop("session-extended")
        for session_extended_item_data in _session_extended:
            _session_extended_item = session_extended_item_data
            session_extended_item = (
                _session_extended_item
                if type(_session_extended_item) is str
                else str_from_wire(_session_extended_item, "session-extended_item")
            )

            session_extended.append(session_extended_item)

        session_premarket = []
        _session_premarket = _src_dict.pop("session-premarket")
        for session_premarket_item_data in _session_premarket:
            _session_premarket_item = session_premarket_item_data
            session_premarket_item: str
            if type(_session_premarket_item) is str:
                session_premarket_item = _session_premarket_item
            else:

                def _parse_session_premarket_item(data: object) -> str:
                    if not (isinstance(data, (str, int)) and not isinstance(data, bool)):
                        raise TypeError("session-premarket_item: expected str, got " + repr(data)[:60])
                    _session_premarket_item_type_0 = data
                    session_premarket_item_type_0 = (
                        _session_premarket_item_type_0
                        if type(_session_premarket_item_type_0) is str
                        else str_from_wire(_session_premarket_item_type_0, "session-premarket_item")
                    )

                    return session_premarket_item_type_0

                session_premarket_item = _parse_session_premarket_item(_session_premarket_item)

            session_premarket.append(session_premarket_item)

        session_postmarket = []
        _session_postmarket = _src_dict.pop("session-postmarket")
        for session_postmarket_item_data in _session_postmarket:
            _session_postmarket_item = session_postmarket_item_data
            session_postmarket_item: str
            if type(_session_postmarket_item) is str:
                session_postmarket_item = _session_postmarket_item
            else:

                def _parse_session_postmarket_item(data: object) -> str:
                    if not (isinstance(data, (str, int)) and not isinstance(data, bool)):
                        raise TypeError("session-postmarket_item: expected str, got " + repr(data)[:60])
                    _session_postmarket_item_type_0 = data
                    session_postmarket_item_type_0 = (
                        _session_postmarket_item_type_0
                        if type(_session_postmarket_item_type_0) is str
                        else str_from_wire(_session_postmarket_item_type_0, "session-postmarket_item")
                    )

                    return session_postmarket_item_type_0

                session_postmarket_item = _parse_session_postmarket_item(_session_postmarket_item)

            session_postmarket.append(session_postmarket_item)

        supported_resolutions = []
        _supported_resolutions = _src_dict.pop("supported-resolutions")
        for supported_resolutions_item_data in _supported_resolutions:
            supported_resolutions_item = []
            _supported_resolutions_item = supported_resolutions_item_data
            for supported_resolutions_item_item_data in _supported_resolutions_item:
                _supported_resolutions_item_item = supported_resolutions_item_item_data
                supported_resolutions_item_item = (
                    _supported_resolutions_item_item
                    if type(_supported_resolutions_item_item) is str
                    else str_from_wire(_supported_resolutions_item_item, "supported-resolutions_item_item")
                )

                supported_resolutions_item.append(supported_resolutions_item_item)

            supported_resolutions.append(supported_resolutions_item)

        has_daily = []
        _has_daily = _src_dict.pop("has-daily")
        for has_daily_item_data in _has_daily:
            _has_daily_item = has_daily_item_data
            has_daily_item = (
                _has_daily_item if type(_has_daily_item) is bool else bool_from_wire(_has_daily_item, "has-daily_item")
            )

            has_daily.append(has_daily_item)

        intraday_multipliers = []
        _intraday_multipliers = _src_dict.pop("intraday-multipliers")
        for intraday_multipliers_item_data in _intraday_multipliers:
            intraday_multipliers_item = []
            _intraday_multipliers_item = intraday_multipliers_item_data
            for intraday_multipliers_item_item_data in _intraday_multipliers_item:
                _intraday_multipliers_item_item = intraday_multipliers_item_item_data
                intraday_multipliers_item_item = (
                    _intraday_multipliers_item_item
                    if type(_intraday_multipliers_item_item) is str
                    else str_from_wire(_intraday_multipliers_item_item, "intraday-multipliers_item_item")
                )

                intraday_multipliers_item.append(intraday_multipliers_item_item)

            intraday_multipliers.append(intraday_multipliers_item)

        has_weekly_and_monthly = []
        _has_weekly_and_monthly = _src_dict.pop("has-weekly-and-monthly")
        for has_weekly_and_monthly_item_data in _has_weekly_and_monthly:
            _has_weekly_and_monthly_item = has_weekly_and_monthly_item_data
            has_weekly_and_monthly_item = (
                _has_weekly_and_monthly_item
                if type(_has_weekly_and_monthly_item) is bool
                else bool_from_wire(_has_weekly_and_monthly_item, "has-weekly-and-monthly_item")
            )

            has_weekly_and_monthly.append(has_weekly_and_monthly_item)

        pointvalue = []
        _pointvalue = _src_dict.pop("pointvalue")
        for pointvalue_item_data in _pointvalue:
            _pointvalue_item = pointvalue_item_data
            pointvalue_item: Decimal | int
            if type(_pointvalue_item) is int:
                pointvalue_item = _pointvalue_item
            else:

                def _parse_pointvalue_item(data: object) -> Decimal | int:
                    try:
                        if not (isinstance(data, (int, str)) and not isinstance(data, bool)):
                            raise TypeError()  # tried, not the last: the next type is tried (no message to build)
                        _pointvalue_item_type_0 = data
                        pointvalue_item_type_0 = (
                            _pointvalue_item_type_0
                            if type(_pointvalue_item_type_0) is int
                            else int_from_wire(_pointvalue_item_type_0, "pointvalue_item")
                        )

                        return pointvalue_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not (isinstance(data, (Decimal, int, float, str)) and not isinstance(data, bool)):
                        raise TypeError("pointvalue_item: expected Decimal | int, got " + repr(data)[:60])
                    _pointvalue_item_type_1 = data
                    pointvalue_item_type_1 = (
                        _pointvalue_item_type_1
                        if type(_pointvalue_item_type_1) is Decimal
                        else decimal_from_wire(_pointvalue_item_type_1, "pointvalue_item")
                    )

                    return pointvalue_item_type_1

                pointvalue_item = _parse_pointvalue_item(_pointvalue_item)

            pointvalue.append(pointvalue_item)

        expiration = []
        _expiration = _src_dict.pop("expiration")
        for expiration_item_data in _expiration:
            _expiration_item = expiration_item_data
            expiration_item: int
            if type(_expiration_item) is int:
                expiration_item = _expiration_item
            else:

                def _parse_expiration_item(data: object) -> int:
                    if not (isinstance(data, (int, str)) and not isinstance(data, bool)):
                        raise TypeError("expiration_item: expected int, got " + repr(data)[:60])
                    _expiration_item_type_0 = data
                    expiration_item_type_0 = (
                        _expiration_item_type_0
                        if type(_expiration_item_type_0) is int
                        else int_from_wire(_expiration_item_type_0, "expiration_item")
                    )

                    return expiration_item_type_0

                expiration_item = _parse_expiration_item(_expiration_item)

            expiration.append(expiration_item)

        bar_source = []
        _bar_source = _src_dict.pop("bar-source")
        for bar_source_item_data in _bar_source:
            _bar_source_item = bar_source_item_data
            bar_source_item = (
                _bar_source_item
                if type(_bar_source_item) is str
                else str_from_wire(_bar_source_item, "bar-source_item")
            )

            bar_source.append(bar_source_item)

        bar_transform = []
        _bar_transform = _src_dict.pop("bar-transform")
        for bar_transform_item_data in _bar_transform:
            _bar_transform_item = bar_transform_item_data
            bar_transform_item = (
                _bar_transform_item
                if type(_bar_transform_item) is str
                else str_from_wire(_bar_transform_item, "bar-transform_item")
            )

            bar_transform.append(bar_transform_item)

        bar_fillgaps = []
        _bar_fillgaps = _src_dict.pop("bar-fillgaps")
        for bar_fillgaps_item_data in _bar_fillgaps:
            _bar_fillgaps_item = bar_fillgaps_item_data
            bar_fillgaps_item = (
                _bar_fillgaps_item
                if type(_bar_fillgaps_item) is str
                else str_from_wire(_bar_fillgaps_item, "bar-fillgaps_item")
            )

            bar_fillgaps.append(bar_fillgaps_item)

        isin = []
        _isin = _src_dict.pop("isin")
        for isin_item_data in _isin:
            _isin_item = isin_item_data
            isin_item = _isin_item if type(_isin_item) is str else str_from_wire(_isin_item, "isin_item")

            isin.append(isin_item)

        wkn = []
        _wkn = _src_dict.pop("wkn")
        for wkn_item_data in _wkn:
            _wkn_item = wkn_item_data
            wkn_item = _wkn_item if type(_wkn_item) is str else str_from_wire(_wkn_item, "wkn_item")

            wkn.append(wkn_item)

        _result = cls(
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
