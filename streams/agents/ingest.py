"""Ingest: bytes from wire.items -> validated WireItem, or a dead letter; re-sends stop here."""

from __future__ import annotations

import base64
import hashlib
import logging
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from schemas import DeadLetter
from schemas.codec import RecordError, decode_item
from schemas.envelope import RoutedItem
from streams.detect import VersionVerdict, check_version, route_key

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
        async for event in records.events():
            started = time.perf_counter()
            message = event.message
            try:
                item = decode_item(event.value, max_bytes=max_bytes)
            except RecordError as error:
                metrics.items_received.labels("unparsed").inc()
                await dead_letter(message, error)
                continue
            metrics.items_received.labels(item.source or "unknown").inc()
            verdict = check_version(wire.uri_versions.get(item.uri), item)
            if verdict is not VersionVerdict.new:
                metrics.duplicates.labels("exact" if verdict is VersionVerdict.duplicate else "stale").inc()
                metrics.stage_seconds.labels("ingest").observe(time.perf_counter() - started)
                continue
            routed = RoutedItem(item=item, route_key=route_key(item), received_at=_received_at(message))
            # Wait until the broker has the routed item before recording the version: if we crash
            # in between, the replay forwards it again (harmless: the incidents stage knows the
            # item_ref), instead of skipping an item that never went on.
            delivery = await wire.routed_topic.send(
                key=routed.route_key.encode(), value=routed.model_dump_json().encode()
            )
            await delivery
            wire.uri_versions[item.uri] = item.version
            metrics.stage_seconds.labels("ingest").observe(time.perf_counter() - started)
