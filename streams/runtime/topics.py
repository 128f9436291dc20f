"""Make sure the contract topics exist before faust starts, and learn wire.items' partition count.

faust requires a table's changelog to have as many partitions as the topic that feeds it. The
topics may already exist (created by an operator, or auto-created by a producer with the broker's
default count), so the worker adopts the partition count wire.items really has, instead of
failing with PartitionsMismatch after the group join.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from streams.runtime.connections import KafkaConnection

log = logging.getLogger(__name__)


async def _ensure(
    kafka: KafkaConnection, topics: list[str], partitions: int, replicas: int
) -> dict[str, int]:
    admin = AIOKafkaAdminClient(request_timeout_ms=10_000, **kafka.client_args())
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [t for t in topics if t not in existing]
        if missing:
            # Another worker may create it between our list and create.
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(
                    [NewTopic(t, num_partitions=partitions, replication_factor=replicas) for t in missing]
                )
        # Apache Kafka creates topics asynchronously: right after CreateTopics a describe can
        # still answer UNKNOWN_TOPIC_OR_PARTITION with no partitions (the embedded broker never
        # does). Ask again until every topic has its partitions, within the request timeout.
        deadline = time.monotonic() + 10.0
        while True:
            described = await admin.describe_topics(topics)
            counts = {d["topic"]: len(d["partitions"]) for d in described if d.get("partitions")}
            if set(topics) <= counts.keys() or time.monotonic() > deadline:
                return counts
            await asyncio.sleep(0.1)
    finally:
        await admin.close()


def ensure_topics(
    kafka: KafkaConnection, topics: list[str], partitions: int, replicas: int
) -> dict[str, int]:
    """Create missing topics; return {topic: partition count} as the broker reports it."""
    counts = asyncio.run(_ensure(kafka, topics, partitions, replicas))
    log.info("topics: %s", counts)
    return counts
