"""The backpressure policy of one subscription: the reader never waits; state coalesces; events never drop silently."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from orderly_auth.stream import Message, SlowConsumerError, StreamClosedError, StreamInterrupted, Subscription
from orderly_auth.stream._topics import parser


def sub(topic: str, capacity: int, state: bool) -> tuple[Subscription, list[Subscription]]:
    closed: list[Subscription] = []
    return Subscription(topic, None, state=state, capacity=capacity, private=False, on_close=closed.append), closed


def msg(topic: str, n: int) -> Message:
    return Message(topic, n, {"topic": topic, "ts": n, "data": {"n": n}}, parser(topic))


def test_state_topics_keep_the_latest() -> None:
    s, _ = sub("PERP_ETH_USDC@bbo", 3, state=True)
    for n in range(10):
        s._push(msg(s.topic, n))
    items: list[Any] = []
    while (item := s.get_nowait()) is not None:
        assert isinstance(item, Message)
        items.append(item.ts)
    assert items == [7, 8, 9] and s.coalesced == 7


def test_events_are_kept_while_messages_coalesce() -> None:
    s, _ = sub("PERP_ETH_USDC@bbo", 2, state=True)
    s._push(msg(s.topic, 1))
    s._push(StreamInterrupted("public", "test", 0))
    s._push(msg(s.topic, 2))
    s._push(msg(s.topic, 3))
    kinds = [type(s.get_nowait()).__name__ for _ in range(2)]
    assert kinds == ["StreamInterrupted", "Message"]


def test_event_topics_raise_after_delivering_what_they_held() -> None:
    s, closed = sub("PERP_ETH_USDC@trade", 3, state=False)
    for n in range(8):
        s._push(msg(s.topic, n))
    assert [s.get_nowait().ts for _ in range(3)] == [0, 1, 2]  # type: ignore[union-attr]
    with pytest.raises(SlowConsumerError) as caught:
        s.get_nowait()
    assert caught.value.lost == 5 and caught.value.capacity == 3
    assert closed == [s]  # it unsubscribed: memory stays bounded


def test_a_waiting_reader_is_woken() -> None:
    asyncio.run(_waiting_reader_is_woken())


async def _waiting_reader_is_woken() -> None:
    s, _ = sub("PERP_ETH_USDC@trade", 10, state=False)
    reader = asyncio.ensure_future(s.get())
    await asyncio.sleep(0)
    s._push(msg(s.topic, 1))
    item = await asyncio.wait_for(reader, 5)
    assert isinstance(item, Message) and item.ts == 1


def test_async_iteration_ends_when_closed() -> None:
    asyncio.run(_async_iteration_ends_when_closed())


async def _async_iteration_ends_when_closed() -> None:
    s, closed = sub("PERP_ETH_USDC@trade", 10, state=False)
    s._push(msg(s.topic, 1))
    got = []

    async def read() -> None:
        async for item in s:
            got.append(item)

    task = asyncio.ensure_future(read())
    await asyncio.sleep(0)
    await s.close()
    await asyncio.wait_for(task, 5)
    assert len(got) == 1 and closed == [s]
    with pytest.raises(StreamClosedError):
        await s.get()


def test_events_never_push_out_messages_of_an_event_topic() -> None:
    s, _ = sub("executionreport", 2, state=False)
    s._push(msg(s.topic, 1))
    s._push(msg(s.topic, 2))
    for _ in range(100):  # a reader gone for many reconnects
        s._push(StreamInterrupted("private", "test", 0))
    kinds = [type(item).__name__ for item in s._buffer]
    assert kinds[:2] == ["Message", "Message"] and len(kinds) == 2 + 64  # bounded, messages kept


def test_a_symbol_filter_keeps_only_its_symbols() -> None:
    closed: list[Subscription] = []
    s = Subscription(
        "executionreport",
        None,
        state=False,
        capacity=10,
        private=True,
        on_close=closed.append,
        symbols=frozenset({"PERP_ETH_USDC"}),
    )
    for symbol in ("PERP_ETH_USDC", "PERP_BTC_USDC", "PERP_ETH_USDC"):
        s._push(
            Message(
                "executionreport",
                1,
                {"topic": "executionreport", "data": {"symbol": symbol}},
                parser("executionreport"),
            )
        )
    assert len(s._buffer) == 2
