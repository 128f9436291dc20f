"""The transport's consumer: after a rebalance, a partition with nothing committed goes back to its
start (aiokafka's seek_to_committed leaves it where it was, and records faust skipped while the
rebalance suspended its flow were lost: a two-worker group on Apache Kafka ingested 13 of 21)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from aiokafka import TopicPartition
from faust.types import TP

from streams.runtime.transport import ConsumerThread, uncommitted


class FakeConsumer:
    def __init__(self, committed: dict[TopicPartition, int | None]) -> None:
        self.committed = committed
        self.to_beginning: list[TopicPartition] = []

    async def seek_to_committed(self) -> dict[TopicPartition, int | None]:
        return dict(self.committed)

    async def seek_to_beginning(self, *partitions: TopicPartition) -> None:
        self.to_beginning += partitions


def thread_with(consumer: FakeConsumer, changelogs: set[str]) -> ConsumerThread:
    thread = object.__new__(ConsumerThread)   # no running thread: its calls run inline

    async def call_thread(fun: Callable[..., Any], *args: Any) -> Any:
        return await fun(*args)

    thread.__dict__.update(
        app=SimpleNamespace(tables=SimpleNamespace(changelog_topics=changelogs)),
        call_thread=call_thread, _ensure_consumer=lambda: consumer)
    return thread


def test_partitions_with_nothing_committed_are_sent_to_their_start() -> None:
    items0, items1 = TopicPartition("wire.items", 0), TopicPartition("wire.items", 1)
    routed, changelog = TopicPartition("wirealert.routed", 2), TopicPartition("app-t-changelog", 0)
    consumer = FakeConsumer({items0: None, items1: 17, routed: 0, changelog: None})
    offsets = asyncio.run(thread_with(consumer, {"app-t-changelog"}).seek_to_committed())
    assert offsets[items1] == 17                      # what faust reads its offsets from
    assert sorted(consumer.to_beginning) == [items0, routed]


def test_nothing_to_do_when_every_partition_has_a_commit() -> None:
    consumer = FakeConsumer({TopicPartition("wire.items", 0): 5})
    asyncio.run(thread_with(consumer, set()).seek_to_committed())
    assert consumer.to_beginning == []


def test_uncommitted_takes_faust_partitions_too() -> None:
    assert uncommitted({TP("wire.items", 3): None, TP("wire.items", 4): 9}, set()) == [
        TopicPartition("wire.items", 3)]
