"""The agents' error policy without a broker: dead letters, their delivery, and stopping."""

from __future__ import annotations

import asyncio
import base64
from dataclasses import dataclass
from typing import Any

import pytest

from schemas import DeadLetter
from streams.agents.errors import EXIT_UNAVAILABLE, KEEP_WHOLE, ErrorPolicy, letter_for
from streams.runtime.metrics import Metrics


@dataclass
class Message:
    value: bytes | None
    topic: str = "wire.items"
    partition: int = 3
    offset: int = 41
    key: bytes | None = b"urn:x"
    timestamp: float = 1_704_276_000.0


class Topic:
    """Records sends; a send's delivery fails when `refuse` says so."""

    def __init__(self, refuse: bool = False, raise_on_send: bool = False) -> None:
        self.sent: list[tuple[bytes | None, bytes]] = []
        self.refuse, self.raise_on_send = refuse, raise_on_send

    async def send(self, *, key: bytes | None, value: bytes) -> Any:
        if self.raise_on_send:
            raise RuntimeError("producer closed")
        self.sent.append((key, value))
        delivery: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if self.refuse:
            delivery.set_exception(TimeoutError("no broker"))
        else:
            delivery.set_result(None)
        return delivery


class Exited(Exception):
    pass


def exit_raises(code: int) -> None:
    raise Exited(code)


def test_a_letter_keeps_the_record_and_where_it_was() -> None:
    letter = letter_for(Message(b'{"bad"'), "not_json", "not JSON", origin=(0, 7))
    assert (letter.topic, letter.partition, letter.offset) == ("wire.items", 3, 41)
    assert (letter.origin_partition, letter.origin_offset) == (0, 7)
    assert base64.b64decode(letter.value_b64) == b'{"bad"' and not letter.value_truncated
    assert letter.received_at.year == 2024


def test_a_huge_record_keeps_a_prefix_under_the_broker_limit() -> None:
    letter = letter_for(Message(b"x" * (KEEP_WHOLE + 1)), "too_large", "big")
    assert letter.value_truncated and letter.value_size == KEEP_WHOLE + 1
    assert len(letter.model_dump_json()) < 1_000_000


def test_a_dead_letter_is_sent_counted_and_confirmed() -> None:
    topic, metrics = Topic(), Metrics.create()
    policy = ErrorPolicy(topic, metrics, exit=exit_raises)

    async def run() -> None:
        delivery = await policy.dead_letter(Message(b"?"), "detect_error", "boom")
        await policy.delivered([delivery], "a test batch")

    asyncio.run(run())
    (key, value), = topic.sent
    assert key == b"urn:x" and DeadLetter.model_validate_json(value).reason == "detect_error"
    assert metrics.items_deadlettered.labels("detect_error")._value.get() == 1


@pytest.mark.parametrize("topic", [Topic(refuse=True), Topic(raise_on_send=True)])
def test_a_refused_dead_letter_stops_the_worker(topic: Topic) -> None:
    policy = ErrorPolicy(topic, Metrics.create(), exit=exit_raises)

    async def run() -> None:
        delivery = await policy.dead_letter(Message(b"?"), "invalid", "bad")
        await policy.delivered([delivery], "a test batch")

    with pytest.raises(Exited) as stopped:
        asyncio.run(run())
    assert stopped.value.args == (EXIT_UNAVAILABLE,)


def test_an_exception_leaving_an_agent_body_stops_the_worker_before_any_ack() -> None:
    acked: list[int] = []
    acked_at_exit: list[list[int]] = []

    def exit_now(code: int) -> None:   # os._exit ends the process here: nothing runs after it
        acked_at_exit.append(list(acked))
        raise Exited(code)

    policy = ErrorPolicy(Topic(), Metrics.create(), exit=exit_now)

    async def events() -> Any:
        try:
            yield [1, 2, 3]
        finally:
            acked.extend([1, 2, 3])   # what faust's take_events does in its finally

    @policy.total("test")
    async def body(stream: Any) -> None:
        async for _ in stream:
            raise KeyError("a bug")

    async def run() -> None:
        await body(events())

    with pytest.raises(Exited):
        asyncio.run(run())
    assert acked_at_exit == [[]], "the batch must not be acked when the worker stops for a bug"
