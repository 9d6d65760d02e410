"""``Settings``: every setting of a client's pipeline as one value, with a readable repr.

``create_client``, ``create_sv_client``, ``Orderly`` and ``AsyncOrderly`` take it whole (``settings=``) or
spelled out as keywords; :func:`orderly_auth._client.build_pipeline` builds from it, so a new setting is
added here once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
import httpx2

from ._errors import ConfigurationError
from ._keys import describe_value
from ._order_ids import ClientOrderIds
from ._ratelimit import RateLimitConfig, RateLimiterRegistry
from ._retry import RetryConfig
from ._transport import DEFAULT_MAX_RESPONSE_SIZE

__all__ = ["Settings"]


def _check_recv_window(_: Any, __: Any, value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value <= 0):
        raise ConfigurationError(f"recv_window must be a positive number of milliseconds, got {describe_value(value)}")


def _check_max_response_size(_: Any, __: Any, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigurationError(f"max_response_size must be a positive number of bytes, got {describe_value(value)}")


def _check_timeout(_: Any, __: Any, value: float | httpx2.Timeout | None) -> None:
    if value is None or isinstance(value, httpx2.Timeout):
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigurationError(
            f"timeout must be a positive number of seconds or an httpx2.Timeout, got {describe_value(value)}"
        )


def _order_ids(value: ClientOrderIds | str | None) -> ClientOrderIds | None:
    return ClientOrderIds(value) if isinstance(value, str) else value


def _headers(value: Mapping[str, str] | tuple[tuple[str, str], ...] | None) -> tuple[tuple[str, str], ...]:
    from ._config import check_headers

    pairs = dict(value) if isinstance(value, tuple) else value  # a tuple: the field's own form (replace())
    return tuple(check_headers(pairs or {}).items())


@attrs.frozen(repr=False)
class Settings:
    """How a client talks to Orderly: timeouts, retries, rate limits, errors, connections (all optional).

    ``Settings(timeout=5, retry=RetryConfig(attempts=2))``; ``settings.replace(recv_window=5000)`` gives a
    changed copy. The fields are those ``create_client`` takes as keywords, with the same defaults.
    """

    timeout: float | httpx2.Timeout | None = attrs.field(default=None, validator=_check_timeout)
    retry: RetryConfig | None = None
    rate_limit: RateLimitConfig | None = None
    recv_window: int | None = attrs.field(default=None, validator=_check_recv_window)
    raise_on_error: bool = True
    headers: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_headers)
    limits: httpx2.Limits | None = None
    proxy: str | None = None
    verify: bool | str = True
    trust_env: bool = True
    transport: httpx2.BaseTransport | None = None
    async_transport: httpx2.AsyncBaseTransport | None = None
    rate_limiters: RateLimiterRegistry | None = None
    max_response_size: int = attrs.field(default=DEFAULT_MAX_RESPONSE_SIZE, validator=_check_max_response_size)
    validate_orders: bool = False
    #: Assigns the ``client_order_id`` of every order sent without one: a :class:`ClientOrderIds` or its
    #: prefix (None: a process-wide generator with prefix ``oc``).
    client_order_ids: ClientOrderIds | None = attrs.field(default=None, converter=_order_ids)

    def replace(self, **changes: Any) -> Settings:
        """A copy with these fields changed (checked as on creation)."""
        return attrs.evolve(self, **changes)

    def __repr__(self) -> str:
        # The fields that differ from the defaults, like httpx's Timeout/Limits: short and readable.
        shown = []
        for field in attrs.fields(Settings):
            value = getattr(self, field.name)
            if value == field.default:
                continue
            if field.name == "headers":  # names only: a header value may be a token
                shown.append(f"headers={sorted(name for name, _ in value)!r}")
            elif field.name == "proxy":  # a proxy URL may carry a password
                shown.append("proxy='...'")
            else:
                shown.append(f"{field.name}={value!r}")
        return f"Settings({', '.join(shown)})"
