"""Incidents: one shard's state + one item -> decision and alerts, via streams.detect.process."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from schemas import DecisionStatus
from schemas.codec import encode_alert
from schemas.envelope import RoutedItem
from streams.agents.batching import BATCH_MAX, BATCH_WITHIN, in_event
from streams.agents.errors import ErrorPolicy, describe
from streams.detect import ShardState, process
from streams.runtime import audit

if TYPE_CHECKING:
    from streams.runtime.context import WorkerContext

log = logging.getLogger(__name__)


def register(context: WorkerContext) -> None:
    metrics = context.metrics

    policy = ErrorPolicy(context.deadletter_topic, metrics)

    # Shard states stay deserialised between batches: one JSON parse per rebalance, not per item.
    cache = context.shard_store
    # After a rebalance the table may hold states another worker wrote: start the cache afresh
    # (its entries also check that the table still holds the head record they were made from).
    context.app.on_partitions_revoked.connect(cache.on_rebalance)
    context.app.on_partitions_assigned.connect(cache.on_rebalance)

    def replayed(key: bytes, done: list[tuple[RoutedItem, datetime]]) -> ShardState:
        """The shard's state before a failed item: the stored state plus the batch's earlier items."""
        state = cache.take(key)
        for routed, now in done:
            process(state, routed.item, now=now, config=context.detect_config, hint=routed.hint,
                    wire_clock=routed.wire_clock)
        return state

    @context.app.agent(context.routed_topic, name="wirealert.incidents")
    @policy.total("incidents")
    async def incidents(routed_items: Any) -> None:
        async for events in routed_items.take_events(BATCH_MAX, within=BATCH_WITHIN):
            started = time.perf_counter()
            working: dict[bytes, ShardState] = {}
            done: dict[bytes, list[tuple[RoutedItem, datetime]]] = {}
            last_event: dict[bytes, Any] = {}
            deliveries = []
            for event in events:
                try:
                    routed = RoutedItem.model_validate_json(event.value)
                except ValidationError as exc:   # only ingest writes wire.routed: a foreign record
                    deliveries.append(await policy.dead_letter(event.message, "invalid", str(exc)))
                    continue
                key = routed.route_key.encode()
                state = working.get(key)
                if state is None:
                    state = working[key] = cache.take(key)
                now = datetime.now(UTC)
                try:
                    outcome = process(state, routed.item, now=now, config=context.detect_config,
                                      hint=routed.hint, wire_clock=routed.wire_clock)
                except Exception as exc:
                    # A bug in the core must not stop the stream: the item goes to the dead-letter
                    # topic with the error, and the failed attempt is discarded (the shard's
                    # state is rebuilt as it was before this item).
                    log.exception("detection failed for %s", routed.item.item_ref)
                    working[key] = replayed(key, done.get(key, []))
                    origin = (None if routed.origin_partition is None or routed.origin_offset is None
                              else (routed.origin_partition, routed.origin_offset))
                    deliveries.append(await policy.dead_letter(
                        event.message, "detect_error", describe(exc), origin=origin,
                        item_ref=routed.item.item_ref, route=routed.route_key))
                    continue
                done.setdefault(key, []).append((routed, now))
                last_event[key] = event
                status = outcome.decision.status
                audit.item(routed.item.item_ref, route=routed.route_key, decision=status.value,
                           incident_id=outcome.decision.incident_id,
                           alert_ids=[a.alert_id for a in outcome.alerts],
                           **({"withheld": outcome.suppressed, "reason": outcome.decision.reason}
                              if outcome.suppressed else {}))
                if status is DecisionStatus.duplicate:
                    metrics.duplicates.labels("exact").inc()
                elif status is DecisionStatus.near_duplicate:
                    metrics.duplicates.labels("near").inc()
                if outcome.suppressed:
                    metrics.items_old.inc()   # old news: processed into state, alerts withheld
                for alert in outcome.alerts:
                    stamped = alert.model_copy(update={"received_at": routed.received_at})
                    deliveries.append(
                        await context.alerts_topic.send(
                            key=alert.incident_id.encode(), value=encode_alert(stamped)
                        )
                    )
            # Alerts first, then state: a crash in between replays the batch against the old
            # state, which gives the same alerts with the same ids, and Redis drops the repeats.
            await policy.delivered(deliveries, "the alerts and dead letters of a batch")
            for key, state in working.items():
                event = last_event.get(key)
                if event is None:
                    continue           # no item of this shard went through: state unchanged
                with in_event(event):  # the changelog partition is the routed item's partition
                    cache.store(key, state)
                context.open_incidents[state.key] = len(state.incidents)
            metrics.incidents_open.set(sum(context.open_incidents.values()))
            # Per item: the batch's time shared out (items that failed detection are not timed).
            timed = sum(len(items) for items in done.values())
            per_item = (time.perf_counter() - started) / max(1, timed)
            for _ in range(timed):
                metrics.stage_seconds.labels("incidents").observe(per_item)

