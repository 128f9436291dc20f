"""Router: the whole wire in item-time order -> uri@version bookkeeping -> the item's shard.

It reads wirealert.decoded, which has one partition whatever wire.items has, so one router (on
whichever worker holds that partition) sees every item. Items wait in the reorder stage
(`streams.detect.reorder`) for WIREALERT_REORDER_MS, then go out in item-time order: a version
check against `uri_versions` (re-sends and stale versions stop here), `route_item` against the
one `RouterState`, and on to wirealert.routed keyed by route key.

A held item is not acked: its message keeps a reference until the item has been routed, so the
consumer never commits past it and a crash replays it. Items routed before the crash but not yet
committed come back too and stop at the version check (their versions were recorded once their
routed copy was on the broker). A timer releases the tail of the wire when no more input comes.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from schemas.codec import RecordError
from schemas.envelope import DecodedItem
from streams.agents.batching import BATCH_MAX, BATCH_WITHIN, in_event
from streams.agents.errors import ErrorPolicy, describe
from streams.agents.plans import Dropped, Forward, Unroutable, plan_routes
from streams.agents.version_expiry import seen_of, version_of
from streams.detect import VersionVerdict
from streams.detect.reorder import Released, ReorderBuffer, WireClock, item_order
from streams.runtime import audit

if TYPE_CHECKING:
    from streams.runtime.context import WorkerContext

log = logging.getLogger(__name__)

ROUTER_KEY = b"wire"       # the one RouterState
PARTITION = 0              # wirealert.decoded's only partition
TICK_S = 0.05              # how often the idle timer looks for items whose hold is over

Held = tuple[Any, DecodedItem]   # (event, item)


def _reason_text(error: BaseException) -> str:
    return error.message if isinstance(error, RecordError) else describe(error)


def register(context: WorkerContext) -> None:
    metrics = context.metrics
    policy = ErrorPolicy(context.deadletter_topic, metrics)
    held: ReorderBuffer[Held] = ReorderBuffer(context.settings.reorder_ms / 1000)
    lock = asyncio.Lock()
    hold = context.settings.reorder_ms / 1000
    clock = WireClock(context.settings.items_partitions, idle=max(hold, TICK_S), started=time.time())

    def now() -> float:
        return clock.now(time.time())
    expiry = context.version_expiry
    routers = context.router_store

    async def on_rebalance(*args: Any, **kwargs: Any) -> None:
        # Whatever is held is unacked: the partition's next owner (maybe this worker) replays it.
        held.flush()
        clock.reset(time.time())
        await routers.on_rebalance()
        await expiry.on_rebalance()

    context.app.on_partitions_revoked.connect(on_rebalance)
    context.app.on_partitions_assigned.connect(routers.on_rebalance)

    def forget_expired(event: Any) -> None:
        """Delete the uris whose last version is older than the TTL."""
        for seen, uri in expiry.expired(PARTITION):
            stored = context.uri_versions.get(uri)
            if stored is not None and seen_of(stored) <= seen:
                with in_event(event):
                    del context.uri_versions[uri]

    async def route_released(ready: list[Released[Held]]) -> None:
        started = time.perf_counter()
        router = routers.take(ROUTER_KEY)
        items = [released.payload[1] for released in ready]
        steps = plan_routes(items, lambda uri: version_of(context.uri_versions.get(uri)), router,
                            now=datetime.now(UTC), config=context.detect_config)
        metrics.items_late.inc(sum(released.late for released in ready))
        forwarded: list[tuple[Any, Forward]] = []
        deliveries = []
        for step in steps:
            event = ready[step.index].payload[0]
            if isinstance(step, Dropped):
                audit.item(step.item.item_ref, decision=step.verdict.value)
                metrics.duplicates.labels(
                    "exact" if step.verdict is VersionVerdict.duplicate else "stale"
                ).inc()
            elif isinstance(step, Unroutable):
                if step.reason == "route_error":
                    log.error("routing failed for %s", step.decoded.item.item_ref,
                              exc_info=step.error)
                deliveries.append(await policy.dead_letter(
                    event.message, step.reason, _reason_text(step.error), origin=step.origin,
                    item_ref=step.decoded.item.item_ref))
            else:
                try:
                    delivery = await context.routed_topic.send(
                        key=step.routed.route_key.encode(), value=step.value)
                except Exception as exc:  # refused before it left (e.g. over the request size)
                    deliveries.append(await policy.dead_letter(
                        event.message, "send_error", describe(exc),
                        origin=(step.routed.origin_partition or 0, step.routed.origin_offset or 0),
                        item_ref=step.routed.item.item_ref))
                    continue
                deliveries.append(delivery)
                forwarded.append((event, step))
        # Versions are recorded once the broker has the routed items: a crash in between
        # routes them again (harmless: the incidents stage knows the item_ref).
        await policy.delivered(deliveries, "the routed items and dead letters of a batch")
        for event, step in forwarded:
            item = step.routed.item
            with in_event(event):
                context.uri_versions[item.uri] = [item.version, step.seen]
            expiry.record(PARTITION, item.uri, step.seen)
        last_event = ready[-1].payload[0]
        with in_event(last_event):
            routers.store(ROUTER_KEY, router)
        forget_expired(last_event)
        for released in ready:   # now the consumer may commit past them
            released.payload[0].ack()
        per_item = (time.perf_counter() - started) / len(ready)
        for _ in ready:
            metrics.stage_seconds.labels("route").observe(per_item)

    async def release(now: float) -> None:
        async with lock:
            ready = held.due(now)
            if ready:
                await route_released(ready)
            metrics.items_held.set(len(held))

    @context.app.agent(context.decoded_topic, name="wirealert.router")
    @policy.total("router")
    async def router(records: Any) -> None:
        async for events in records.take_events(BATCH_MAX, within=BATCH_WITHIN):
            async with lock:
                for event in events:
                    decoded = DecodedItem.model_validate_json(event.value)
                    event.message.incref()   # take_events' ack leaves it unacked while held
                    # arrival = when the record reached wire.items: the same on a replay
                    arrived = decoded.received_at.timestamp()
                    clock.saw(decoded.origin_partition or 0, arrived, time.time())
                    held.push(item_order(decoded.item), (event, decoded), arrived)
            await release(now())

    async def release_idle() -> None:
        try:
            if held.next_due() <= now():
                await release(now())
        except Exception as exc:   # as an agent body: stop the worker before anything is acked
            policy.fatal("the router's idle release failed", exc)

    context.app.timer(TICK_S)(release_idle)   # faust's timer decorator is untyped
