"""What a trading bot needs beyond single calls (the ``bot`` layer, written by hand on the generated client).

- client order ids on every order (assigned by the client's pipeline: :class:`orderly_auth.ClientOrderIds`);
- :func:`resolve_outcome` / :func:`aresolve_outcome`: what became of orders an ``OutcomeUnknownError`` left open.
"""

from ._outcome import OrderOutcome, aresolve_outcome, resolve_outcome

__all__ = ["OrderOutcome", "aresolve_outcome", "resolve_outcome"]
