"""Integration fixtures: a real broker, a real Redis server and real worker processes.

The broker is the embedded one (Tansu), one per stack, unless WIREALERT_TEST_BROKER=kafka, which
runs the same suite on one Apache Kafka broker for the whole session (`make test-kafka`;
tests/brokers.py: topics deleted between stacks, app ids unique). Every wait is on a condition
with a deadline, never a bare sleep.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import pytest
import redis

from schemas import Alert
from streams.clients.push import push_lines
from streams.dev.embedded import ServerProcess, start_redis
from streams.dev.stack import LocalStack
from streams.runtime.connections import KafkaConnection
from tests.brokers import TEST_BROKER as TEST_BROKER
from tests.brokers import broker_stack

T = TypeVar("T")

pytestmark = pytest.mark.integration


def wait_for(predicate: Callable[[], T], *, timeout: float = 30.0, what: str = "condition",
              interval: float = 0.05) -> T:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


def push(stack: LocalStack, lines: Iterable[bytes]) -> None:
    report = asyncio.run(push_lines(list(lines), kafka=KafkaConnection.plain(stack.kafka_url)))
    assert report.rejected == 0, report.errors


def produce_raw(stack: LocalStack, values: Iterable[bytes]) -> None:
    """Send records as any client could, bad ones included (`push` refuses non-JSON lines).

    The request size allows the fuzz tests' 5 MiB records through to the worker, which must
    dead-letter them itself.
    """
    from aiokafka import AIOKafkaProducer

    from streams.runtime.kafka_url import bootstrap_servers

    async def run() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap_servers(stack.kafka_url),
                                    max_request_size=16 << 20)
        await producer.start()
        try:
            for value in values:
                await producer.send_and_wait("wire.items", value)
        finally:
            await producer.stop()

    asyncio.run(run())


def offline_alerts(lines: list[bytes]) -> list[Alert]:
    """The alerts the same detection core gives for these lines offline: what the stream must give."""
    from streams.detect.offline import evaluate_lines

    return [alert for _, alerts in evaluate_lines(lines) for alert in alerts]


def identity(alert: Alert) -> tuple[object, ...]:
    """What must match between stream and offline (not detected_at, which is wall-clock)."""
    return (alert.alert_id, alert.kind, alert.incident_id, alert.item_ref, alert.field,
            alert.old, alert.new, alert.claimed_by, alert.previous_alert_id)


def stream_alerts(stack: LocalStack) -> list[Alert]:
    client = redis.Redis(port=stack.redis.port)
    try:
        return [Alert.model_validate_json(fields[b"alert"])
                for _, fields in client.xrange("wirealert:alerts")]
    finally:
        client.close()


class ChannelRecorder:
    """Records every alert published on channels matching a pattern, in a background thread."""

    def __init__(self, port: int, pattern: str = "alerts.*") -> None:
        self.client = redis.Redis(port=port)
        self.pubsub = self.client.pubsub()
        self.messages: list[tuple[str, Alert]] = []
        self.pubsub.psubscribe(**{pattern: self._record})
        self._thread = self.pubsub.run_in_thread(sleep_time=0.01, daemon=True)

    def _record(self, message: dict[str, Any]) -> None:
        self.messages.append((message["channel"].decode(), Alert.model_validate_json(message["data"])))

    def alerts(self) -> list[Alert]:
        return [alert for _, alert in self.messages]

    def close(self) -> None:
        self._thread.stop()
        self._thread.join(timeout=5)
        self.pubsub.close()
        self.client.close()


@pytest.fixture
def channel_recorder() -> Iterator[Callable[[LocalStack], ChannelRecorder]]:
    recorders: list[ChannelRecorder] = []

    def start(stack: LocalStack) -> ChannelRecorder:
        recorder = ChannelRecorder(stack.redis.port)
        recorders.append(recorder)
        return recorder

    yield start
    for recorder in recorders:
        recorder.close()


@pytest.fixture
def stack() -> Iterator[LocalStack]:
    """A fresh broker + Redis; start workers with stack.start_worker()."""
    with broker_stack("wirealert-test", WIREALERT_BROKER_SESSION_TIMEOUT_S="2") as s:
        yield s


@pytest.fixture
def redis_server() -> Iterator[ServerProcess]:
    server = start_redis()
    yield server
    server.stop()


def consume_all(stack: LocalStack, topic: str, expected: int, timeout: float = 30.0) -> list[Any]:
    """Read a topic from the start until `expected` records arrived (or fail at the deadline)."""
    from aiokafka import AIOKafkaConsumer

    async def run() -> list[Any]:
        consumer = AIOKafkaConsumer(
            topic, bootstrap_servers=f"127.0.0.1:{stack.broker.port}",
            auto_offset_reset="earliest", enable_auto_commit=False, fetch_max_wait_ms=100,
        )
        await consumer.start()
        records: list[Any] = []
        try:
            deadline = time.monotonic() + timeout
            while len(records) < expected and time.monotonic() < deadline:
                batch = await consumer.getmany(timeout_ms=200)
                for msgs in batch.values():
                    records.extend(msgs)
        finally:
            await consumer.stop()
        return records

    return asyncio.run(run())


def jsonl(docs: Iterable[dict[str, Any]]) -> list[bytes]:
    return [json.dumps(d).encode() for d in docs]
