"""Incidents: one shard's state + one item -> decision and alerts, via streams.detect.process."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from schemas import DeadLetter, DecisionStatus
from schemas.codec import encode_alert
from schemas.envelope import RoutedItem
from streams.detect import ShardState, process
from streams.topic_names import ROUTED_TOPIC

if TYPE_CHECKING:
    from streams.app import WireApp

log = logging.getLogger(__name__)


def register(wire: WireApp) -> None:
    metrics = wire.metrics

    async def dead_letter_item(routed: RoutedItem, exc: Exception) -> None:
        value = routed.item.model_dump_json().encode()
        letter = DeadLetter(
            reason="detect_error", error=f"{type(exc).__name__}: {exc}"[:2000], topic=ROUTED_TOPIC,
            partition=-1, offset=-1, value_b64=base64.b64encode(value).decode("ascii"),
            value_size=len(value), value_sha256=hashlib.sha256(value).hexdigest(),
            received_at=routed.received_at,
        )
        await wire.deadletter_topic.send(
            key=routed.item.uri.encode(), value=letter.model_dump_json().encode()
        )
        metrics.items_deadlettered.labels("detect_error").inc()

    def load_state(key: bytes) -> ShardState:
        raw = wire.shard_states.get(key)
        return ShardState(key=key.decode()) if raw is None else ShardState.model_validate_json(raw)

    @wire.app.agent(wire.routed_topic, name="wirealert.incidents")
    async def incidents(routed_items: Any) -> None:
        async for value in routed_items:
            started = time.perf_counter()
            routed = RoutedItem.model_validate_json(value)
            key = routed.route_key.encode()
            state = load_state(key)
            try:
                outcome = process(state, routed.item, now=datetime.now(UTC), config=wire.detect_config)
            except Exception as exc:
                # A bug in the core must not stop the stream: the item goes to the dead-letter
                # topic with the error (state unchanged, as the failed attempt is discarded).
                log.exception("detection failed for %s", routed.item.item_ref)
                await dead_letter_item(routed, exc)
                continue
            status = outcome.decision.status
            if status is DecisionStatus.duplicate:
                metrics.duplicates.labels("exact").inc()
            elif status is DecisionStatus.near_duplicate:
                metrics.duplicates.labels("near").inc()
            deliveries = []
            for alert in outcome.alerts:
                stamped = alert.model_copy(update={"received_at": routed.received_at})
                deliveries.append(
                    await wire.alerts_topic.send(
                        key=alert.incident_id.encode(), value=encode_alert(stamped)
                    )
                )
            # Alerts first, then state: a crash in between replays the item against the old
            # state, which gives the same alerts with the same ids, and Redis drops the repeats.
            if deliveries:
                await asyncio.gather(*deliveries)
            wire.shard_states[key] = state.model_dump_json().encode()
            wire.open_incidents[routed.route_key] = len(state.incidents)
            metrics.incidents_open.set(sum(wire.open_incidents.values()))
            metrics.stage_seconds.labels("incidents").observe(time.perf_counter() - started)
