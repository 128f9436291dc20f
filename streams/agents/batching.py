"""Batches of events for the agents, without weakening at-least-once.

An agent takes what has arrived (up to BATCH_MAX events, waiting at most BATCH_WITHIN for more),
sends everything the batch produces, awaits all those deliveries together (one round trip to the
broker per batch instead of one per item), and only then writes its tables. faust acks the events
of a `take_events` batch when the agent asks for the next batch, and commits an offset only after
flushing the producer, so a crash anywhere in a batch replays the whole batch; every effect is
idempotent (item_ref, alert_id), so a replay repeats no alert.

A table write needs the event it belongs to: faust picks the changelog partition from the
current event (the partition the source record came from). `in_event` makes a batch's event
current for the write, as faust does while it iterates a stream one event at a time.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Iterator
from typing import Any

from faust import streams as faust_streams

# At most this many events per batch; a batch waits at most BATCH_WITHIN seconds to fill, so at
# low rates an item waits at most that long per stage (a fetch is ~100x longer on the embedded broker).
BATCH_MAX = 200
BATCH_WITHIN = 0.002


@contextlib.contextmanager
def in_event(event: Any) -> Iterator[None]:
    token = faust_streams._current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        faust_streams._current_event.reset(token)
