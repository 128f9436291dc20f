"""Consumer lag per assigned partition: `wirealert_consumer_lag{topic,partition}`.

Lag is what Kafka tools (kafka-consumer-groups, Burrow) call lag: the partition's high-water mark
(the offset the next record will get) minus the group's committed offset (the next record this
worker will process). A timer refreshes it every few seconds from faust's consumer: the
high-water mark comes from the last fetch response (no broker round trip), the committed offset
from faust's own bookkeeping of what it committed. Only the agents' source topics count: faust
reads table changelogs for recovery and never commits them.

A revoked partition's series is removed, so a partition moved to another worker is reported by
that worker only, and a sum over workers stays the group's lag.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from faust.types import TP
from mode.types.signals import BaseSignalT

from streams.runtime.topic_names import ALERTS_TOPIC, ITEMS_TOPIC, ROUTED_TOPIC

if TYPE_CHECKING:
    from streams.runtime.context import WorkerContext
    from streams.runtime.metrics import Metrics

log = logging.getLogger(__name__)

LAG_INTERVAL_S = 2.0
SOURCE_TOPICS = frozenset({ITEMS_TOPIC, ROUTED_TOPIC, ALERTS_TOPIC})


def partition_lag(highwater: int | None, committed: int | None, read: int | None) -> int | None:
    """Records behind, or None when the high-water mark is not known yet.

    Before the first commit, the last read offset stands in for the committed one; before any
    read either, everything up to the high-water mark is behind (the group starts at earliest).
    """
    if highwater is None:
        return None
    if committed is not None:
        position = committed
    elif read is not None:
        position = read + 1
    else:
        position = 0
    return max(0, highwater - position)


class LagGauge:
    """Keeps `metrics.consumer_lag` to exactly the assigned source partitions."""

    def __init__(self, metrics: Metrics) -> None:
        self._gauge = metrics.consumer_lag
        self._reported: set[TP] = set()

    def update(self, lags: Mapping[TP, int]) -> None:
        for tp, lag in lags.items():
            self._gauge.labels(tp.topic, str(tp.partition)).set(lag)
        self.forget(self._reported - set(lags))
        self._reported = set(lags)

    def forget(self, tps: Iterable[TP]) -> None:
        for tp in tps:
            if tp.topic not in SOURCE_TOPICS:
                continue
            with contextlib.suppress(KeyError):  # KeyError: never reported
                self._gauge.remove(tp.topic, str(tp.partition))
            self._reported.discard(tp)


def read_lags(consumer: Any) -> dict[TP, int]:
    """Lag of every assigned source partition whose high-water mark the consumer knows."""
    lags: dict[TP, int] = {}
    for tp in consumer.assignment():
        if tp.topic not in SOURCE_TOPICS:
            continue
        try:
            highwater = consumer.highwater(tp)
        except Exception:  # partition revoked between assignment() and here
            continue
        # faust's Consumer keeps what it committed and read per partition (the same maps its
        # commit logic uses); it has no public accessor for them.
        lag = partition_lag(highwater, consumer._committed_offset.get(tp),
                            consumer._read_offset.get(tp))
        if lag is not None:
            lags[tp] = lag
    return lags


def register_lag(context: WorkerContext) -> LagGauge:
    app = context.app
    gauge = LagGauge(context.metrics)

    async def refresh_lag() -> None:
        consumer = app.consumer
        if consumer is None or app.rebalancing:
            return
        gauge.update(read_lags(consumer))

    async def on_revoked(sender: Any, /, *args: Any, signal: BaseSignalT[Any], **kwargs: Any) -> None:
        revoked: set[TP] = args[0] if args else kwargs.get("revoked", set())
        gauge.forget(revoked)

    app.timer(interval=LAG_INTERVAL_S, name="wirealert.consumer_lag")(refresh_lag)
    app.on_partitions_revoked.connect(on_revoked)

    return gauge
