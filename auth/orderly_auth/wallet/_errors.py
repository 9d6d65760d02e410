"""Errors of the wallet flows: bad input found before signing, and answers that disagree with what was signed."""

from __future__ import annotations

from .._errors import ConfigurationError, OrderlyError

__all__ = ["AccountMismatchError", "AmountPrecisionError", "WalletConfigError", "WalletError"]


class WalletError(OrderlyError):
    """Base of the wallet layer's own errors."""


class WalletConfigError(WalletError, ConfigurationError):
    """Bad input to a wallet flow or builder (address, chain, broker, scope, expiry...), found before signing."""


class AmountPrecisionError(WalletConfigError):
    """An amount with more decimal places than the token has: it is refused, never rounded."""


class AccountMismatchError(WalletError):
    """The server's account id differs from the one derived from the wallet address and broker id."""
