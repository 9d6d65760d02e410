"""Rate limits: each operation's x-rate-limit as a sliding window, answered 429 / -1003 beyond it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import httpx2
import pytest
from hypothesis import given
from hypothesis import strategies as st

from orderly_auth._keys import Credentials
from orderly_sandbox import Sandbox
from orderly_sandbox._ratelimit import SlidingWindows, limit_key
from orderly_sandbox._spec import RateLimit, Spec

if TYPE_CHECKING:
    from tests.sandbox.conftest import Api, ErrorOf


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


Limited = tuple[Sandbox, httpx2.Client, FakeClock]  # the `limited` fixture


@given(
    requests=st.integers(1, 5),
    period=st.sampled_from([0.5, 1.0, 3.0]),
    gaps=st.lists(st.sampled_from([0.0, 0.1, 0.25, 0.5, 1.0, 2.5]), max_size=40),
)
def test_never_more_than_n_in_any_window(requests: int, period: float, gaps: list[float]) -> None:
    clock = FakeClock()
    windows = SlidingWindows(clock)
    limit = RateLimit(requests, period, "none")
    accepted: list[float] = []
    for gap in gaps:
        clock.now += gap
        in_window = [t for t in accepted if t > clock.now - period]
        assert windows.admit("k", limit) == (len(in_window) < requests)  # refused only when full
        if len(in_window) < requests:
            accepted.append(clock.now)
    for t in accepted:
        assert sum(1 for u in accepted if t - period < u <= t) <= requests


def test_limit_keys() -> None:
    spec = Spec.load()
    positions = spec.operation("GET", "/v1/positions")
    assert limit_key(positions, "ip", "0xa") == limit_key(positions, "ip", "0xb")
    for scope in ("user", "account", "none"):
        assert limit_key(positions, scope, "0xa") != limit_key(positions, scope, "0xb")
    assert limit_key(positions, "none", "0xa") != limit_key(spec.operation("GET", "/v1/orders"), "none", "0xa")
    futures = spec.operation("GET", "/v1/public/futures")
    assert limit_key(futures, "none", None) == (futures.key,)


@pytest.fixture
def limited() -> Iterator[Limited]:
    with Sandbox() as sb, httpx2.Client(base_url=sb.base_url, verify=False) as client:
        clock = FakeClock()
        sb._app.windows = SlidingWindows(clock)  # deterministic windows: the test moves time
        yield sb, client, clock


def _get(
    sandbox: Sandbox,
    client: httpx2.Client,
    api_cls: type[Api],
    path: str = "/v1/positions",
    credentials: Credentials | None = None,
) -> httpx2.Response:
    return api_cls(sandbox, client).call("GET", path, credentials=credentials or sandbox.credentials)


@pytest.fixture
def api_class(make_api: type[Api]) -> type[Api]:
    return make_api


def test_over_the_limit_is_429(limited: Limited, api_class: type[Api], error: ErrorOf) -> None:
    sb, client, clock = limited
    sb.set_rate_limit("GET", "/v1/positions", 3, period=1.0)
    codes = [_get(sb, client, api_class).status_code for _ in range(3)]
    assert codes == [200, 200, 200]
    refused = _get(sb, client, api_class)
    assert error(refused) == (429, -1003)
    assert "Retry-After" not in refused.headers
    assert "3 requests per 1 s" in refused.json()["message"]
    assert sb.requests.last.verdict == "rejected"
    clock.now += 0.5
    assert _get(sb, client, api_class).status_code == 429  # still inside the window
    clock.now += 0.5
    assert _get(sb, client, api_class).status_code == 200  # the first three left the window


def test_refused_requests_do_not_count(limited: Limited, api_class: type[Api]) -> None:
    sb, client, clock = limited
    sb.set_rate_limit("GET", "/v1/positions", 1, period=1.0)
    assert [_get(sb, client, api_class).status_code for _ in range(5)] == [200, 429, 429, 429, 429]
    clock.now += 1.0
    assert _get(sb, client, api_class).status_code == 200


def test_spec_limit_applies_by_default(limited: Limited, api_class: type[Api]) -> None:
    sb, client, _clock = limited
    body = {
        "orders": [
            {"symbol": "PERP_ETH_USDC", "side": "BUY", "order_type": "LIMIT", "order_price": 2000, "order_quantity": 1}
        ]
    }
    api = api_class(sb, client)
    assert sb._app.spec.operation("POST", "/v1/batch-order").rate_limit == RateLimit(1, 1.0, "none")
    assert api.call("POST", "/v1/batch-order", json_body=body).status_code == 200
    assert api.call("POST", "/v1/batch-order", json_body=body).status_code == 429
    assert len(sb.orders()) == 1


@pytest.mark.parametrize(("scope", "shared"), [("ip", True), ("user", False), ("account", False), ("none", False)])
def test_scope_decides_who_shares_the_window(limited: Limited, api_class: type[Api], scope: str, shared: bool) -> None:
    sb, client, _clock = limited
    other = sb.add_account()
    sb.set_rate_limit("GET", "/v1/positions", 2, period=1.0, scope=scope)
    assert [_get(sb, client, api_class).status_code for _ in range(2)] == [200, 200]
    assert _get(sb, client, api_class, credentials=other).status_code == (429 if shared else 200)
    assert _get(sb, client, api_class, path="/v1/orders").status_code == 200  # another operation: its own window


def test_public_operation_limited_per_operation(limited: Limited, api_class: type[Api]) -> None:
    sb, client, _clock = limited
    sb.set_rate_limit("GET", "/v1/public/futures", 2, period=1.0)
    codes = [client.get("/v1/public/futures").status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    assert client.get("/v1/public/info").status_code == 200


def test_switching_limits_off_and_overrides(limited: Limited, api_class: type[Api]) -> None:
    sb, client, _clock = limited
    sb.set_rate_limit("GET", "/v1/positions", 1, period=10)
    sb.enforce_rate_limits = False
    assert {_get(sb, client, api_class).status_code for _ in range(4)} == {200}
    sb.enforce_rate_limits = True
    sb.set_rate_limit("GET", "/v1/positions", None)
    assert {_get(sb, client, api_class).status_code for _ in range(15)} == {200}
    sb.reset()  # back to the spec's limit
    limit = sb._app.spec.operation("GET", "/v1/positions").rate_limit
    assert isinstance(limit, RateLimit)
    codes = [_get(sb, client, api_class).status_code for _ in range(limit.requests + 1)]
    assert codes[-2:] == [200, 429]


def test_set_rate_limit_checks_its_arguments(sandbox: Sandbox) -> None:
    with pytest.raises(KeyError, match="no operation"):
        sandbox.set_rate_limit("GET", "/v1/nothing", 1)
    with pytest.raises(ValueError):
        sandbox.set_rate_limit("GET", "/v1/positions", 0)
    with pytest.raises(ValueError):
        sandbox.set_rate_limit("GET", "/v1/positions", 1, scope="planet")
