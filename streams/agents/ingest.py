"""Ingest: bytes from wire.items -> validated WireItem, or a dead letter; re-sends stop here."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from schemas import DeadLetter, WireItem
from schemas.codec import RecordError, decode_item
from schemas.envelope import RoutedItem
from streams.agents.batching import BATCH_MAX, BATCH_WITHIN, in_event
from streams.agents.state_cache import StateCache
from streams.agents.version_expiry import seen_of, version_of
from streams.detect import RouterState, VersionVerdict, check_version, route_item

if TYPE_CHECKING:
    from streams.app import WireApp

log = logging.getLogger(__name__)

TRUNCATED_PREFIX = 64 * 1024


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def item_time(item: WireItem) -> float:
    """The item's time as epoch seconds, never later than now (a clock that runs ahead of the
    wire must not expire everything)."""
    return min(item.versioncreated.timestamp(), time.time())


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

    expiry = wire.version_expiry
    wire.app.on_partitions_revoked.connect(expiry.on_rebalance)
    # One router per wire.items partition (one in all, by default), kept deserialised.
    routers = StateCache(wire.router_states, RouterState, lambda key: RouterState())
    wire.app.on_partitions_revoked.connect(routers.on_rebalance)
    wire.app.on_partitions_assigned.connect(routers.on_rebalance)

    def forget_expired(events: list[Any]) -> None:
        """Delete the uris whose last version is older than the TTL, in the batch's partitions."""
        by_partition = {event.message.partition: event for event in events}
        for partition, event in by_partition.items():
            for seen, uri in expiry.expired(partition):
                # Only if the table still has that very entry (not a newer version since).
                stored = wire.uri_versions.get(uri)
                if stored is not None and seen_of(stored) <= seen:
                    with in_event(event):
                        del wire.uri_versions[uri]

    @wire.app.agent(wire.items_topic, name="wirealert.ingest")
    async def ingest(records: Any) -> None:
        async for events in records.take_events(BATCH_MAX, within=BATCH_WITHIN):
            started = time.perf_counter()
            # Versions decided in this batch: a re-send inside the batch is caught before the
            # table has the first copy's version.
            batch_versions: dict[str, int] = {}
            forwarded: list[tuple[Any, str, int, float]] = []
            working: dict[int, tuple[RouterState, Any]] = {}  # partition -> (router, last event)
            deliveries = []
            dead = 0
            for event in events:
                message = event.message
                try:
                    item = decode_item(event.value, max_bytes=max_bytes)
                except RecordError as error:
                    metrics.items_received.labels("unparsed").inc()
                    await dead_letter(message, error)
                    dead += 1
                    continue
                metrics.items_received.labels(item.source or "unknown").inc()
                last = batch_versions.get(item.uri) or version_of(wire.uri_versions.get(item.uri))
                verdict = check_version(last, item)
                if verdict is not VersionVerdict.new:
                    metrics.duplicates.labels(
                        "exact" if verdict is VersionVerdict.duplicate else "stale"
                    ).inc()
                    continue
                batch_versions[item.uri] = item.version
                if message.partition in working:
                    router = working[message.partition][0]
                else:
                    router = routers.take(str(message.partition).encode())
                working[message.partition] = (router, event)
                route = route_item(router, item, t=int(item_time(item)), config=wire.detect_config)
                routed = RoutedItem(item=item, route_key=route.key, hint=route.hint,
                                    received_at=_received_at(message))
                deliveries.append(await wire.routed_topic.send(
                    key=routed.route_key.encode(), value=routed.model_dump_json().encode()
                ))
                forwarded.append((event, item.uri, item.version, item_time(item)))
            # Wait until the broker has the routed items before recording their versions: if we
            # crash in between, the replay forwards them again (harmless: the incidents stage
            # knows the item_ref), instead of skipping items that never went on.
            if deliveries:
                await asyncio.gather(*deliveries)
            for event, uri, version, seen in forwarded:
                with in_event(event):
                    wire.uri_versions[uri] = [version, seen]
                expiry.record(event.message.partition, uri, seen)
            for partition, (router, last) in working.items():
                with in_event(last):
                    routers.store(str(partition).encode(), router)
            forget_expired(events)
            # Per item: the batch's time shared out (dead letters are not timed, as before).
            timed = len(events) - dead
            per_item = (time.perf_counter() - started) / max(1, timed)
            for _ in range(timed):
                metrics.stage_seconds.labels("ingest").observe(per_item)
