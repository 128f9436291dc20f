"""Incidents: performs the plan of each batch (`streams.agents.plans`): alerts and dead letters
sent and confirmed, then the shard states written."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from schemas import DecisionStatus
from schemas.codec import encode_alert
from streams.agents.batching import BATCH_MAX, BATCH_WITHIN, in_event
from streams.agents.errors import ErrorPolicy, describe
from streams.agents.plans import Decided, Rejected, plan_incidents
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

    @context.app.agent(context.routed_topic, name="wirealert.incidents")
    @policy.total("incidents")
    async def incidents(routed_items: Any) -> None:
        async for events in routed_items.take_events(BATCH_MAX, within=BATCH_WITHIN):
            started = time.perf_counter()
            plan = plan_incidents([event.value for event in events], cache.take,
                                  now=lambda: datetime.now(UTC), config=context.detect_config)
            deliveries = []
            for step in plan.steps:
                message = events[step.index].message
                if isinstance(step, Rejected):
                    deliveries.append(await dead_letter(message, step))
                    continue
                record(step)
                for alert in step.alerts():
                    deliveries.append(await context.alerts_topic.send(
                        key=alert.incident_id.encode(), value=encode_alert(alert)))
            # Alerts first, then state: a crash in between replays the batch against the old
            # state, which gives the same alerts with the same ids, and Redis drops the repeats.
            await policy.delivered(deliveries, "the alerts and dead letters of a batch")
            for key, state in plan.states.items():
                # the changelog partition is the routed item's partition
                with in_event(events[plan.last_index[key]]):
                    cache.store(key, state)
                context.open_incidents[state.key] = len(state.incidents)
            metrics.incidents_open.set(sum(context.open_incidents.values()))
            # Per item: the batch's time shared out (items that failed detection are not timed).
            per_item = (time.perf_counter() - started) / max(1, plan.decided)
            for _ in range(plan.decided):
                metrics.stage_seconds.labels("incidents").observe(per_item)

    async def dead_letter(message: Any, step: Rejected) -> Awaitable[Any]:
        routed = step.routed
        if routed is None:
            return await policy.dead_letter(message, step.reason, str(step.error))
        log.error("detection failed for %s", routed.item.item_ref, exc_info=step.error)
        return await policy.dead_letter(message, step.reason, describe(step.error),
                                        origin=step.origin, item_ref=routed.item.item_ref,
                                        route=routed.route_key)

    def record(step: Decided) -> None:
        """The item's audit line and counters."""
        decision, routed = step.outcome.decision, step.routed
        suppressed = step.outcome.suppressed
        audit.item(routed.item.item_ref, route=routed.route_key, decision=decision.status.value,
                   incident_id=decision.incident_id,
                   alert_ids=[a.alert_id for a in step.outcome.alerts],
                   **({"withheld": suppressed, "reason": decision.reason} if suppressed else {}))
        if decision.status is DecisionStatus.duplicate:
            metrics.duplicates.labels("exact").inc()
        elif decision.status is DecisionStatus.near_duplicate:
            metrics.duplicates.labels("near").inc()
        if suppressed:
            metrics.items_old.inc()   # old news: processed into state, alerts withheld
