"""Every repr is total: a half-built instance prints, so a traceback with locals always formats."""

from __future__ import annotations

import traceback
from collections.abc import Callable

import pytest

from orderly_auth import (
    ConfigurationError,
    OrderlyClient,
    OrderlyTransport,
    RateLimitConfig,
    RetryConfig,
    SymbolRules,
    create_client,
)
from orderly_auth._auth import OrderlyAuth
from orderly_auth._find import FoundOperation, find_operations

HALF_BUILT = [FoundOperation, OrderlyAuth, OrderlyClient, OrderlyTransport, RateLimitConfig, RetryConfig, SymbolRules]


@pytest.mark.parametrize("cls", HALF_BUILT, ids=lambda cls: cls.__name__)
def test_repr_of_a_half_built_instance(cls: type) -> None:
    half: object = object.__new__(cls)
    assert repr(half).startswith(cls.__name__ + "(")


@pytest.mark.parametrize(
    "build",
    [lambda: RetryConfig(timeout="abc"), lambda: RateLimitConfig(headroom="x"), lambda: RetryConfig(attempts=0)],
)
def test_a_traceback_with_locals_formats_after_a_failed_config(build: Callable[[], object]) -> None:
    with pytest.raises((ValueError, TypeError, ConfigurationError)) as failed:
        build()
    text = "".join(traceback.TracebackException.from_exception(failed.value, capture_locals=True).format())
    assert "self = " in text


def test_whole_instances_still_show_their_fields() -> None:
    assert repr(RetryConfig()) == (
        "RetryConfig(attempts=4, timeout=30.0, wait_initial=0.1, wait_max=5.0, wait_exp_base=2.0, enabled=True)"
    )
    assert repr(RateLimitConfig()).startswith("RateLimitConfig(enabled=True, headroom=1.0, margin=0.005")
    found = find_operations("faucet")[0]
    assert repr(found).startswith("FoundOperation(function='orderly_client.api.public.post_v1_faucet_usdc.sync'")
    with create_client() as client:
        assert repr(client).startswith("OrderlyClient(server='https://api.orderly.org', account_id=None")
