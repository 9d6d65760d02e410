"""``client.liquidations``: ``claim``, ``claim_insurance_fund``, ``list``, ``list_as_liquidator``, ``list_public``, ``under_liquidation``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Number, Response, Unset, next_page

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.claim_insurance_fund_body_limit_price import (
        ClaimInsuranceFundBodyLimitPrice,
    )
    from ..models.claim_insurance_fund_response import ClaimInsuranceFundResponse
    from ..models.claim_insurance_fund_response_data import (
        ClaimInsuranceFundResponseData,
    )
    from ..models.liquidated_positions_response import LiquidatedPositionsResponse
    from ..models.liquidated_positions_response_data import (
        LiquidatedPositionsResponseData,
    )
    from ..models.liquidation import Liquidation
    from ..models.liquidation_body_limit_price import LiquidationBodyLimitPrice
    from ..models.liquidation_body_symbols import LiquidationBodySymbols
    from ..models.liquidation_response import LiquidationResponse
    from ..models.liquidations_response import LiquidationsResponse
    from ..models.liquidator_liquidation import LiquidatorLiquidation
    from ..models.liquidator_liquidations_response import LiquidatorLiquidationsResponse
    from ..models.pending_liquidation import PendingLiquidation
    from ..models.post_liquidation_response import PostLiquidationResponse
    from ..models.post_liquidation_response_data import PostLiquidationResponseData
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncLiquidations", "AsyncLiquidationsWithRawResponse", "Liquidations", "LiquidationsWithRawResponse"]


class Liquidations:
    """``client.liquidations``: the liquidations operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> LiquidationsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return LiquidationsWithRawResponse(self._client)

    def claim(
        self,
        *,
        liquidation_id: int,
        ratio_qty_request: Number,
        extra_liquidation_ratio: int | Unset = UNSET,
        limit_price: LiquidationBodyLimitPrice | Unset = UNSET,
        symbols: LiquidationBodySymbols | Unset = UNSET,
    ) -> PostLiquidationResponseData:
        """Claim liquidated positions: ``POST /v1/liquidation`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/claim-liquidated-positions
        """
        from ..api.private import post_v1_liquidation
        from ..models.liquidation_body import LiquidationBody

        answer = post_v1_liquidation.sync(
            client=self._client,
            body=LiquidationBody(
                liquidation_id=liquidation_id,
                ratio_qty_request=ratio_qty_request,
                extra_liquidation_ratio=extra_liquidation_ratio,
                limit_price=limit_price,
                symbols=symbols,
            ),
        )
        return answer.data

    def claim_insurance_fund(
        self,
        *,
        claim_id: int,
        symbol: str,
        qty_request: Number,
        limit_price: ClaimInsuranceFundBodyLimitPrice | Unset = UNSET,
    ) -> ClaimInsuranceFundResponseData:
        """Claim insurance fund: ``POST /v1/claim_insurance_fund`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/claim-insurance-fund
        """
        from ..api.private import post_v1_claim_insurance_fund
        from ..models.claim_insurance_fund_body import ClaimInsuranceFundBody

        answer = post_v1_claim_insurance_fund.sync(
            client=self._client,
            body=ClaimInsuranceFundBody(
                claim_id=claim_id,
                symbol=symbol,
                qty_request=qty_request,
                limit_price=limit_price,
            ),
        )
        return answer.data

    def list(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        liquidation_id: int | Unset = UNSET,
    ) -> Iterator[Liquidation]:
        """Get liquidated positions of account: ``GET /v1/liquidations`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-liquidated-positions-of-account
        """
        from ..api.private import get_v1_liquidations

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_liquidations.sync(
                    client=self._client,
                    symbol=symbol,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    sort_by=sort_by,
                    liquidation_id=liquidation_id,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def list_as_liquidator(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Iterator[LiquidatorLiquidation]:
        """Get liquidated positions by liquidator: ``GET /v1/client/liquidator_liquidations`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-liquidated-positions-by-liquidator
        """
        from ..api.private import get_v1_client_liquidator_liquidations

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_client_liquidator_liquidations.sync(
                    client=self._client,
                    symbol=symbol,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def list_public(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
    ) -> LiquidatedPositionsResponseData:
        """Get liquidated positions info: ``GET /v1/public/liquidated_positions``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-liquidated-positions-info
        """
        from ..api.public import get_v1_public_liquidated_positions

        answer = get_v1_public_liquidated_positions.sync(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )
        return answer.data

    def under_liquidation(
        self,
        *,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Iterator[PendingLiquidation]:
        """Get positions under liquidation: ``GET /v1/public/liquidation``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-positions-under-liquidation
        """
        from ..api.public import get_v1_public_liquidation

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_public_liquidation.sync(
                    client=self._client,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following


class AsyncLiquidations:
    """``aclient.liquidations``: the liquidations operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncLiquidationsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncLiquidationsWithRawResponse(self._client)

    async def claim(
        self,
        *,
        liquidation_id: int,
        ratio_qty_request: Number,
        extra_liquidation_ratio: int | Unset = UNSET,
        limit_price: LiquidationBodyLimitPrice | Unset = UNSET,
        symbols: LiquidationBodySymbols | Unset = UNSET,
    ) -> PostLiquidationResponseData:
        """Claim liquidated positions: ``POST /v1/liquidation`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/claim-liquidated-positions
        """
        from ..api.private import post_v1_liquidation
        from ..models.liquidation_body import LiquidationBody

        answer = await post_v1_liquidation.asyncio(
            client=self._client,
            body=LiquidationBody(
                liquidation_id=liquidation_id,
                ratio_qty_request=ratio_qty_request,
                extra_liquidation_ratio=extra_liquidation_ratio,
                limit_price=limit_price,
                symbols=symbols,
            ),
        )
        return answer.data

    async def claim_insurance_fund(
        self,
        *,
        claim_id: int,
        symbol: str,
        qty_request: Number,
        limit_price: ClaimInsuranceFundBodyLimitPrice | Unset = UNSET,
    ) -> ClaimInsuranceFundResponseData:
        """Claim insurance fund: ``POST /v1/claim_insurance_fund`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/claim-insurance-fund
        """
        from ..api.private import post_v1_claim_insurance_fund
        from ..models.claim_insurance_fund_body import ClaimInsuranceFundBody

        answer = await post_v1_claim_insurance_fund.asyncio(
            client=self._client,
            body=ClaimInsuranceFundBody(
                claim_id=claim_id,
                symbol=symbol,
                qty_request=qty_request,
                limit_price=limit_price,
            ),
        )
        return answer.data

    async def list(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        liquidation_id: int | Unset = UNSET,
    ) -> AsyncIterator[Liquidation]:
        """Get liquidated positions of account: ``GET /v1/liquidations`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-liquidated-positions-of-account
        """
        from ..api.private import get_v1_liquidations

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_liquidations.asyncio(
                    client=self._client,
                    symbol=symbol,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    sort_by=sort_by,
                    liquidation_id=liquidation_id,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def list_as_liquidator(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> AsyncIterator[LiquidatorLiquidation]:
        """Get liquidated positions by liquidator: ``GET /v1/client/liquidator_liquidations`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-liquidated-positions-by-liquidator
        """
        from ..api.private import get_v1_client_liquidator_liquidations

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_client_liquidator_liquidations.asyncio(
                    client=self._client,
                    symbol=symbol,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def list_public(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
    ) -> LiquidatedPositionsResponseData:
        """Get liquidated positions info: ``GET /v1/public/liquidated_positions``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-liquidated-positions-info
        """
        from ..api.public import get_v1_public_liquidated_positions

        answer = await get_v1_public_liquidated_positions.asyncio(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )
        return answer.data

    async def under_liquidation(
        self,
        *,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> AsyncIterator[PendingLiquidation]:
        """Get positions under liquidation: ``GET /v1/public/liquidation``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-positions-under-liquidation
        """
        from ..api.public import get_v1_public_liquidation

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_public_liquidation.asyncio(
                    client=self._client,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following


class LiquidationsWithRawResponse:
    """``client.liquidations.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def claim(
        self,
        *,
        liquidation_id: int,
        ratio_qty_request: Number,
        extra_liquidation_ratio: int | Unset = UNSET,
        limit_price: LiquidationBodyLimitPrice | Unset = UNSET,
        symbols: LiquidationBodySymbols | Unset = UNSET,
    ) -> Response[PostLiquidationResponse]:
        """Claim liquidated positions: ``POST /v1/liquidation`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/claim-liquidated-positions
        """
        from ..api.private import post_v1_liquidation
        from ..models.liquidation_body import LiquidationBody

        return post_v1_liquidation.sync_detailed(
            client=self._client,
            body=LiquidationBody(
                liquidation_id=liquidation_id,
                ratio_qty_request=ratio_qty_request,
                extra_liquidation_ratio=extra_liquidation_ratio,
                limit_price=limit_price,
                symbols=symbols,
            ),
        )

    def claim_insurance_fund(
        self,
        *,
        claim_id: int,
        symbol: str,
        qty_request: Number,
        limit_price: ClaimInsuranceFundBodyLimitPrice | Unset = UNSET,
    ) -> Response[ClaimInsuranceFundResponse]:
        """Claim insurance fund: ``POST /v1/claim_insurance_fund`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/claim-insurance-fund
        """
        from ..api.private import post_v1_claim_insurance_fund
        from ..models.claim_insurance_fund_body import ClaimInsuranceFundBody

        return post_v1_claim_insurance_fund.sync_detailed(
            client=self._client,
            body=ClaimInsuranceFundBody(
                claim_id=claim_id,
                symbol=symbol,
                qty_request=qty_request,
                limit_price=limit_price,
            ),
        )

    def list(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        liquidation_id: int | Unset = UNSET,
    ) -> Response[LiquidationsResponse]:
        """Get liquidated positions of account: ``GET /v1/liquidations`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-liquidated-positions-of-account
        """
        from ..api.private import get_v1_liquidations

        return get_v1_liquidations.sync_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            sort_by=sort_by,
            liquidation_id=liquidation_id,
        )

    def list_as_liquidator(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[LiquidatorLiquidationsResponse]:
        """Get liquidated positions by liquidator: ``GET /v1/client/liquidator_liquidations`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-liquidated-positions-by-liquidator
        """
        from ..api.private import get_v1_client_liquidator_liquidations

        return get_v1_client_liquidator_liquidations.sync_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )

    def list_public(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
    ) -> Response[LiquidatedPositionsResponse]:
        """Get liquidated positions info: ``GET /v1/public/liquidated_positions``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-liquidated-positions-info
        """
        from ..api.public import get_v1_public_liquidated_positions

        return get_v1_public_liquidated_positions.sync_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )

    def under_liquidation(
        self,
        *,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[LiquidationResponse]:
        """Get positions under liquidation: ``GET /v1/public/liquidation``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-positions-under-liquidation
        """
        from ..api.public import get_v1_public_liquidation

        return get_v1_public_liquidation.sync_detailed(
            client=self._client,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )


class AsyncLiquidationsWithRawResponse:
    """``aclient.liquidations.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def claim(
        self,
        *,
        liquidation_id: int,
        ratio_qty_request: Number,
        extra_liquidation_ratio: int | Unset = UNSET,
        limit_price: LiquidationBodyLimitPrice | Unset = UNSET,
        symbols: LiquidationBodySymbols | Unset = UNSET,
    ) -> Response[PostLiquidationResponse]:
        """Claim liquidated positions: ``POST /v1/liquidation`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/claim-liquidated-positions
        """
        from ..api.private import post_v1_liquidation
        from ..models.liquidation_body import LiquidationBody

        return await post_v1_liquidation.asyncio_detailed(
            client=self._client,
            body=LiquidationBody(
                liquidation_id=liquidation_id,
                ratio_qty_request=ratio_qty_request,
                extra_liquidation_ratio=extra_liquidation_ratio,
                limit_price=limit_price,
                symbols=symbols,
            ),
        )

    async def claim_insurance_fund(
        self,
        *,
        claim_id: int,
        symbol: str,
        qty_request: Number,
        limit_price: ClaimInsuranceFundBodyLimitPrice | Unset = UNSET,
    ) -> Response[ClaimInsuranceFundResponse]:
        """Claim insurance fund: ``POST /v1/claim_insurance_fund`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/claim-insurance-fund
        """
        from ..api.private import post_v1_claim_insurance_fund
        from ..models.claim_insurance_fund_body import ClaimInsuranceFundBody

        return await post_v1_claim_insurance_fund.asyncio_detailed(
            client=self._client,
            body=ClaimInsuranceFundBody(
                claim_id=claim_id,
                symbol=symbol,
                qty_request=qty_request,
                limit_price=limit_price,
            ),
        )

    async def list(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        liquidation_id: int | Unset = UNSET,
    ) -> Response[LiquidationsResponse]:
        """Get liquidated positions of account: ``GET /v1/liquidations`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-liquidated-positions-of-account
        """
        from ..api.private import get_v1_liquidations

        return await get_v1_liquidations.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            sort_by=sort_by,
            liquidation_id=liquidation_id,
        )

    async def list_as_liquidator(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[LiquidatorLiquidationsResponse]:
        """Get liquidated positions by liquidator: ``GET /v1/client/liquidator_liquidations`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-liquidated-positions-by-liquidator
        """
        from ..api.private import get_v1_client_liquidator_liquidations

        return await get_v1_client_liquidator_liquidations.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )

    async def list_public(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
    ) -> Response[LiquidatedPositionsResponse]:
        """Get liquidated positions info: ``GET /v1/public/liquidated_positions``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-liquidated-positions-info
        """
        from ..api.public import get_v1_public_liquidated_positions

        return await get_v1_public_liquidated_positions.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )

    async def under_liquidation(
        self,
        *,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[LiquidationResponse]:
        """Get positions under liquidation: ``GET /v1/public/liquidation``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-positions-under-liquidation
        """
        from ..api.public import get_v1_public_liquidation

        return await get_v1_public_liquidation.asyncio_detailed(
            client=self._client,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )
