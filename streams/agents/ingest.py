"""Ingest: bytes from wire.items (any partition) -> validated WireItem, or a dead letter.

Stateless: each decoded item goes on to wirealert.decoded (one partition), where one router sees
the whole wire, whatever wire.items' partition count (streams.agents.router).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from schemas import DeadLetter
from schemas.codec import RecordError, decode_item
from schemas.envelope import DecodedItem
from streams.agents.batching import BATCH_MAX, BATCH_WITHIN

if TYPE_CHECKING:
    from streams.app import WireApp

log = logging.getLogger(__name__)

TRUNCATED_PREFIX = 64 * 1024


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def _received_at(message: Any) -> datetime:
    # Kafka timestamps are ms since the epoch; faust gives seconds as a float.
    stamp = getattr(message, "timestamp", None)
    return datetime.fromtimestamp(stamp, UTC) if stamp else datetime.now(UTC)


def register(wire: WireApp) -> None:
    metrics = wire.metrics
    max_bytes = wire.settings.max_record_bytes

    async def dead_letter(message: Any, error: RecordError) -> None:
        value = message.value if isinstance(message.value, bytes) else b""
        # A record over the limit would make a dead letter over the limit too: keep a prefix and
        # the digest; the whole record stays where topic/partition/offset say.
        kept = value[:TRUNCATED_PREFIX] if len(value) > max_bytes else value
        letter = DeadLetter(
            reason=error.reason,
            error=error.message,
            topic=message.topic,
            partition=message.partition,
            offset=message.offset,
            key_b64=_b64(message.key if isinstance(message.key, bytes) else None),
            value_b64=_b64(kept) or "",
            value_size=len(value),
            value_sha256=hashlib.sha256(value).hexdigest(),
            value_truncated=len(kept) < len(value),
            received_at=_received_at(message),
        )
        await wire.deadletter_topic.send(key=message.key, value=letter.model_dump_json().encode())
        metrics.items_deadlettered.labels(error.reason).inc()
        log.warning(
            "dead-lettered %s[%d]@%d: %s: %s",
            message.topic, message.partition, message.offset, error.reason, error.message,
        )

    @wire.app.agent(wire.items_topic, name="wirealert.ingest")
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
                    await dead_letter(message, error)
                    continue
                metrics.items_received.labels(item.source or "unknown").inc()
                decoded = DecodedItem(item=item, received_at=_received_at(message))
                deliveries.append(await wire.decoded_topic.send(
                    key=item.uri.encode(), value=decoded.model_dump_json().encode()
                ))
            # The batch is acked (and its offsets committed) only once the router's topic has
            # every item: a crash before replays the batch, and the router drops the repeats.
            if deliveries:
                await asyncio.gather(*deliveries)
            per_item = (time.perf_counter() - started) / max(1, len(events))
            for _ in events:
                metrics.stage_seconds.labels("ingest").observe(per_item)
