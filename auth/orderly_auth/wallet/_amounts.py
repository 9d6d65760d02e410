"""Token amounts: Decimal amounts in, raw token units (``amount * 10**decimals``) signed, never rounded."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation, localcontext

from ._errors import AmountPrecisionError, WalletConfigError

__all__ = ["from_raw_units", "to_raw_units"]


def to_raw_units(amount: Decimal | int | str, decimals: int, *, token: str | None = None) -> int:
    """``amount`` of a token with ``decimals`` decimal places, in raw units.

    Floats are refused (they are not exact); so are amounts that are not positive or that have
    more decimal places than the token (:class:`AmountPrecisionError`: rounding is the caller's call).
    """
    if isinstance(amount, float | bool) or not isinstance(amount, Decimal | int | str):
        raise WalletConfigError(f"amount must be a Decimal, int or decimal string, not {type(amount).__name__}")
    try:
        value = Decimal(amount)
    except InvalidOperation:
        raise WalletConfigError(f"amount {amount!r} is not a decimal number") from None
    if not value.is_finite() or value <= 0:
        raise WalletConfigError(f"amount must be a positive finite number, got {amount!r}")
    with localcontext() as context:  # exact: enough digits for any amount, so nothing is rounded here
        context.prec = len(value.as_tuple().digits) + abs(decimals) + 2
        raw = value.scaleb(decimals)
    if raw != raw.to_integral_value():
        raise AmountPrecisionError(
            f"amount {amount} has more decimal places than {token or 'the token'} has ({decimals}); round it yourself"
        )
    if raw >= 2**256:
        raise WalletConfigError(f"amount {amount} does not fit a uint256 in raw units")
    return int(raw)


def from_raw_units(raw: int, decimals: int) -> Decimal:
    """Raw units back to a token amount (exact)."""
    with localcontext() as context:
        context.prec = len(str(abs(raw))) + abs(decimals) + 2
        return Decimal(raw).scaleb(-decimals)
