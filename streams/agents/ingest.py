"""Ingest: bytes from wire.items -> validated WireItem, or a dead letter; re-sends stop here."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from schemas import WireItem
from schemas.codec import RecordError, decode_item, encode_routed
from schemas.envelope import RoutedItem
from streams import audit
from streams.agents.batching import BATCH_MAX, BATCH_WITHIN, in_event
from streams.agents.errors import ErrorPolicy, describe, received_at
from streams.agents.state_cache import StateCache
from streams.agents.version_expiry import seen_of, version_of
from streams.detect import RouterState, VersionVerdict, check_version, route_item

if TYPE_CHECKING:
    from streams.app import WireApp

log = logging.getLogger(__name__)

def item_time(item: WireItem) -> float:
    """The item's time as epoch seconds, never later than now (a clock that runs ahead of the
    wire must not expire everything)."""
    return min(item.versioncreated.timestamp(), time.time())


def register(wire: WireApp) -> None:
    metrics = wire.metrics
    max_bytes = wire.settings.max_record_bytes

    policy = ErrorPolicy(wire.deadletter_topic, metrics)

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
    @policy.total("ingest")
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
                    deliveries.append(await policy.dead_letter(message, error.reason, error.message))
                    dead += 1
                    continue
                metrics.items_received.labels(item.source or "unknown").inc()
                last = batch_versions.get(item.uri) or version_of(wire.uri_versions.get(item.uri))
                verdict = check_version(last, item)
                if verdict is not VersionVerdict.new:
                    audit.item(item.item_ref, decision=verdict.value)
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
                try:
                    route = route_item(router, item, t=int(item_time(item)), config=wire.detect_config)
                    routed = RoutedItem(item=item, route_key=route.key, hint=route.hint,
                                        received_at=received_at(message),
                                        origin_partition=message.partition,
                                        origin_offset=message.offset)
                    value = encode_routed(routed)
                except RecordError as error:   # too large for the broker even without its HTML
                    deliveries.append(await policy.dead_letter(
                        message, error.reason, error.message, item_ref=item.item_ref))
                    dead += 1
                    continue
                except Exception as exc:  # the router failed on this item: it alone is lost
                    log.exception("routing failed for %s", item.item_ref)
                    deliveries.append(await policy.dead_letter(
                        message, "route_error", describe(exc), item_ref=item.item_ref))
                    dead += 1
                    continue
                try:
                    delivery = await wire.routed_topic.send(key=routed.route_key.encode(), value=value)
                except Exception as exc:  # refused before it left (e.g. over the request size)
                    deliveries.append(await policy.dead_letter(
                        message, "send_error", describe(exc), item_ref=item.item_ref))
                    dead += 1
                    continue
                deliveries.append(delivery)
                forwarded.append((event, item.uri, item.version, item_time(item)))
            # Wait until the broker has the routed items before recording their versions: if we
            # crash in between, the replay forwards them again (harmless: the incidents stage
            # knows the item_ref), instead of skipping items that never went on.
            await policy.delivered(deliveries, "the routed items and dead letters of a batch")
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
