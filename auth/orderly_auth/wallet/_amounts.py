"""Token amounts: Decimal amounts in, raw token units (``amount * 10**decimals``) signed, never rounded."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation, localcontext
from types import MappingProxyType

from ._errors import AmountPrecisionError, WalletConfigError
from ._values import shown

__all__ = ["COLLATERAL_DECIMALS", "MAX_DECIMALS", "check_decimals", "from_raw_units", "to_raw_units"]

#: Orderly's collateral tokens and their decimal places, pinned here: a server's answer that differs
#: is refused, since it would change the signed amount (12 for USDC would sign a million times more).
COLLATERAL_DECIMALS: Mapping[str, int] = MappingProxyType({"USDC": 6, "USDT": 6, "ETH": 18, "WBTC": 8})
#: The most decimal places a token can have here (10**77 raw units already exceed a uint256).
MAX_DECIMALS = 77


def check_decimals(decimals: object, name: str = "decimals") -> int:
    """``decimals`` as an int from 0 to :data:`MAX_DECIMALS`; anything else is refused."""
    if isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= MAX_DECIMALS:
        raise WalletConfigError(f"{name} must be a whole number from 0 to {MAX_DECIMALS}, got {shown(decimals)}")
    return decimals


def to_raw_units(amount: Decimal | int | str, decimals: int, *, token: str | None = None) -> int:
    """``amount`` of a token with ``decimals`` decimal places, in raw units.

    Floats are refused (they are not exact); so are amounts that are not positive or that have
    more decimal places than the token (:class:`AmountPrecisionError`: rounding is the caller's call).
    """
    if isinstance(amount, float | bool) or not isinstance(amount, Decimal | int | str):
        raise WalletConfigError(f"amount must be a Decimal, int or decimal string, not {type(amount).__name__}")
    check_decimals(decimals)
    try:
        value = Decimal(amount)
    except InvalidOperation:
        raise WalletConfigError(f"amount {shown(amount)} is not a decimal number") from None
    if not value.is_finite() or value <= 0:
        raise WalletConfigError(f"amount must be a positive finite number, got {shown(amount)}")
    if value.adjusted() + decimals >= 78:  # at least 10**78 raw units: more than a uint256 holds
        raise WalletConfigError(f"amount {amount} does not fit a uint256 in raw units")
    # Exact integer arithmetic (no decimal context): the digits without trailing zeros, then the scale.
    _, digits, exponent = value.as_tuple()
    significant = len(digits)
    while digits[significant - 1] == 0:  # value > 0: some digit is not 0
        significant -= 1
    scale = int(exponent) + decimals + len(digits) - significant
    if scale < 0:
        raise AmountPrecisionError(
            f"amount {amount} has more decimal places than {token or 'the token'} has ({decimals}); round it yourself"
        )
    raw: int = int("".join(map(str, digits[:significant]))) * 10**scale  # at most 78 digits (checked above)
    if raw >= 2**256:
        raise WalletConfigError(f"amount {amount} does not fit a uint256 in raw units")
    return raw


def from_raw_units(raw: int, decimals: int) -> Decimal:
    """Raw units back to a token amount (exact)."""
    check_decimals(decimals)
    with localcontext() as context:
        context.prec = len(str(abs(raw))) + abs(decimals) + 2
        return Decimal(raw).scaleb(-decimals)
