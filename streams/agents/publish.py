"""Publish: wire.alerts -> Redis (stream + channel), once per alert_id.

faust commits an offset only after the agent has processed the event, and `sink.publish` returns
only once Redis has the alert (it retries through outages), so an offset is never committed for an
alert Redis has not accepted.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from schemas.codec import decode_alert

if TYPE_CHECKING:
    from streams.runtime.context import WorkerContext

log = logging.getLogger(__name__)


def register(context: WorkerContext) -> None:
    metrics = context.metrics

    @context.app.agent(context.alerts_topic, name="wirealert.publish")
    async def publish(alerts: Any) -> None:
        async for value in alerts:
            started = time.perf_counter()
            try:
                alert = decode_alert(value)
            except ValidationError as exc:
                # Only this app writes wire.alerts; a bad record there is a bug or a foreign
                # producer. Log and go on rather than block every alert behind it.
                log.error("skipping a record on wire.alerts that is not an alert: %s", exc)
                continue
            try:
                published = await context.sink.publish(alert)
            except BaseException:
                # Not in Redis (the worker is stopping during an outage, or a bug): faust acks the
                # event as the agent body exits, so take a reference first. The event then stays
                # unacked, its offset is never committed and the next worker publishes it.
                event = alerts.current_event
                if event is not None:
                    event.message.incref()
                raise
            if published:
                context.recent_alerts.append(alert)
            metrics.stage_seconds.labels("publish").observe(time.perf_counter() - started)
