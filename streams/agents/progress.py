"""Ingest progress: each worker's word to the router that its wire.items partitions are caught up.

The router orders the wire by a watermark over the wire.items partitions (streams.detect.reorder
.WireClock). Records move a partition's watermark as they are read; a partition with nothing new
moves only by its ingest worker saying so. Every PROGRESS_S each worker sends one
`IngestProgress` on wirealert.decoded naming its assigned partitions that are caught up: every
record below the partition's high-water mark has been handled (decoded and delivered, or
dead-lettered). Handled means delivered: the word goes out after the items it covers, on the
same producer and the one partition, so a router that reads it has read them.

A worker that dies says nothing more, and its partitions hold the router's clock until the new
owner has replayed them and says they are caught up: the router waits for the replay instead of
concluding from silence that the partition is idle (which reordered the wire after a crash).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from schemas.envelope import IngestProgress
from streams.profiles import fetch_wait_ms, resolve_profile
from streams.topic_names import ITEMS_TOPIC

if TYPE_CHECKING:
    from streams.app import WireApp

log = logging.getLogger(__name__)

PROGRESS_S = 0.25   # how often; the tail of a quiet wire waits up to this on top of the hold
PROGRESS_KEY = b"ingest-progress"


class Handled:
    """The next offset to handle per wire.items partition, as far as this worker has got."""

    def __init__(self) -> None:
        self._next: dict[int, int] = {}

    def done(self, partition: int, offset: int) -> None:
        if offset + 1 > self._next.get(partition, 0):
            self._next[partition] = offset + 1

    def get(self, partition: int) -> int | None:
        return self._next.get(partition)


def caught_up(partitions: Iterable[int], highwater: Mapping[int, int | None],
              committed: Mapping[int, int | None], handled: Handled) -> list[int]:
    """The partitions with nothing left below their high-water mark.

    Where this worker has handled records since it got a partition, its handled offset counts;
    else the group's committed offset (what the previous owner finished). An unknown high-water
    mark (no fetch response yet) is not caught up."""
    out = []
    for partition in partitions:
        end = highwater.get(partition)
        if end is None or end < 0:
            continue
        done = max(handled.get(partition) or 0, committed.get(partition) or 0)
        if done >= end:
            out.append(partition)
    return sorted(out)


def assigned_state(consumer: Any) -> tuple[list[int], dict[int, int | None], dict[int, int | None]]:
    """Assigned wire.items partitions with their high-water marks and committed offsets."""
    partitions: list[int] = []
    highwater: dict[int, int | None] = {}
    committed: dict[int, int | None] = {}
    for tp in consumer.assignment():
        if tp.topic != ITEMS_TOPIC:
            continue
        try:
            highwater[tp.partition] = consumer.highwater(tp)
        except Exception:  # revoked between assignment() and here
            continue
        partitions.append(tp.partition)
        # faust keeps what it committed per partition (its commit logic's own map); no public
        # accessor (streams.lag reads it too; pyproject bounds faust-streaming for it).
        committed[tp.partition] = consumer._committed_offset.get(tp)
    return partitions, highwater, committed


def register_progress(wire: WireApp, handled: Handled) -> None:
    app = wire.app
    # A high-water mark is as old as the last fetch response, up to one fetch wait: the word
    # covers records written before then, not up to the moment it is sent.
    margin = timedelta(milliseconds=fetch_wait_ms(wire.settings, resolve_profile(wire.settings)))

    async def send_progress() -> None:
        consumer = app.consumer
        if consumer is None or app.rebalancing:
            return
        try:
            partitions, highwater, committed = assigned_state(consumer)
            ready = caught_up(partitions, highwater, committed, handled)
            if ready:
                word = IngestProgress(caught_up=ready, at=datetime.now(UTC) - margin)
                await wire.decoded_topic.send(key=PROGRESS_KEY,
                                              value=word.model_dump_json().encode())
        except Exception:   # a lost word only delays the router; the next one is 0.25 s away
            log.warning("could not send ingest progress", exc_info=True)

    app.timer(PROGRESS_S, name="wirealert.ingest_progress")(send_progress)
