"""Ingest: bytes from wire.items (any partition) -> validated WireItem, or a dead letter.

Stateless: each decoded item goes on to wirealert.decoded (one partition), where one router sees
the whole wire, whatever wire.items' partition count (streams.agents.router).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from schemas.codec import RecordError, decode_item
from schemas.envelope import DecodedItem
from streams.agents.batching import BATCH_MAX, BATCH_WITHIN
from streams.agents.errors import ErrorPolicy, describe, received_at

if TYPE_CHECKING:
    from streams.runtime.context import WorkerContext

log = logging.getLogger(__name__)


def register(context: WorkerContext) -> None:
    metrics = context.metrics
    max_bytes = context.settings.max_record_bytes
    policy = ErrorPolicy(context.deadletter_topic, metrics)

    @context.app.agent(context.items_topic, name="wirealert.ingest")
    @policy.total("ingest")
    async def ingest(records: Any) -> None:
        async for events in records.take_events(BATCH_MAX, within=BATCH_WITHIN):
            started = time.perf_counter()
            deliveries = []
            for event in events:
                message = event.message
                try:
                    item = decode_item(event.value, max_bytes=max_bytes)
                except RecordError as error:
                    metrics.items_received.labels("unparsed").inc()
                    deliveries.append(await policy.dead_letter(message, error.reason, error.message))
                    continue
                metrics.count_received(item.source)
                decoded = DecodedItem(item=item, received_at=received_at(message),
                                      origin_partition=message.partition,
                                      origin_offset=message.offset)
                try:
                    delivery = await context.decoded_topic.send(
                        key=item.uri.encode(), value=decoded.model_dump_json().encode())
                except Exception as exc:  # refused before it left (e.g. over the request size)
                    deliveries.append(await policy.dead_letter(
                        message, "send_error", describe(exc), item_ref=item.item_ref))
                    continue
                deliveries.append(delivery)
            # The batch is acked (its offsets committed) only once the router's topic has every
            # item: a crash before replays the batch, and the router drops the repeats.
            await policy.delivered(deliveries, "the decoded items and dead letters of a batch")
            per_item = (time.perf_counter() - started) / max(1, len(events))
            for _ in events:
                metrics.stage_seconds.labels("ingest").observe(per_item)
