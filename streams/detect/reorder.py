"""A bounded reorder stage: items held for a while, released in item-time order.

The wire is not in item-time order when it reaches the router: `wire.items` may have several
partitions that consumers interleave as they like, and feeds deliver late. The stage holds each
item for `hold` seconds of wall time after it arrived and then releases it together with every
held item that sorts before it, in `item_order` (versioncreated, then version, then uri; arrival
as the last tie-break). An item that arrives after a later one was released is *late*: it is
still released in order with what is held, and the core's event-time rule (a statement older
than the one that set a field never moves it) takes care of the rest.

Arrival is a time the caller gives (the stream: when the record reached wire.items), and so is
`now` in `due(now)`: the stream passes its `WireClock`, the wall clock once the router has read
all there is, else the wire's own clock (how far every wire.items partition has got), so that a
router working through a backlog releases what it would have released live. Idle handling (as
Flink's idle sources, Kafka Streams' `max.task.idle.ms`): release depends on the clock only, so
the caller asks `due(now)` on a timer and the tail of a stream comes out `hold` seconds after it
arrived, without waiting for more input. At most `max_held` items are
held; past that the earliest in item order go out at once (memory stays bounded under a burst).

`wirealert evaluate` uses the same class with an infinite hold: a file is a wire that arrived all
at once, so it comes out in item-time order, up to `max_held` items at a time; the stream gives
the same order whenever its disorder is within `hold`. The class does no I/O and reads no clock.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from schemas import WireItem

T = TypeVar("T")

MAX_HELD = 10_000

OrderKey = tuple[int, int, str]


def item_order(item: WireItem) -> OrderKey:
    """Where an item stands on the wire's clock: versioncreated (epoch s), version, uri."""
    return int(item.versioncreated.timestamp()), item.version, item.uri


@dataclass(order=True)
class _Held(Generic[T]):
    key: OrderKey
    seq: int
    arrived: float = field(compare=False)
    payload: T = field(compare=False)
    late: bool = field(default=False, compare=False)
    released: bool = field(default=False, compare=False)


@dataclass
class Released(Generic[T]):
    payload: T
    late: bool   # something later in item order had already been released when it arrived


class ReorderBuffer(Generic[T]):
    def __init__(self, hold: float, max_held: int = MAX_HELD) -> None:
        if hold < 0 or max_held < 1:
            raise ValueError("hold must be >= 0 and max_held >= 1")
        self.hold = hold
        self.max_held = max_held
        self._heap: list[_Held[T]] = []
        # Held items by arrival time (a min-heap); released ones are dropped lazily.
        self._arrivals: list[tuple[float, int, _Held[T]]] = []
        self._seq = 0
        self._released_upto: OrderKey | None = None

    def __len__(self) -> int:
        return len(self._heap)

    def push(self, key: OrderKey, payload: T, now: float) -> None:
        late = self._released_upto is not None and key < self._released_upto
        held = _Held(key, self._seq, now, payload, late)
        self._seq += 1
        heapq.heappush(self._heap, held)
        heapq.heappush(self._arrivals, (now, held.seq, held))

    def due(self, now: float) -> list[Released[T]]:
        """Everything whose hold is over, and every held item that sorts before one of those;
        then, if still more than `max_held` are held, the earliest in item order."""
        bound: _Held[T] | None = None
        while self._arrivals and (self._arrivals[0][2].released
                                  or self._arrivals[0][0] + self.hold <= now):
            first = heapq.heappop(self._arrivals)[2]
            if not first.released and (bound is None or first > bound):
                bound = first
        out: list[Released[T]] = []
        while self._heap and ((bound is not None and self._heap[0] <= bound)
                              or len(self._heap) > self.max_held):
            out.append(self._pop())
        return out

    def flush(self) -> list[Released[T]]:
        """Everything held, in item order (the end of a finite input)."""
        out = [self._pop() for _ in range(len(self._heap))]
        self._arrivals.clear()
        return out

    def next_due(self) -> float:
        """When the next hold ends (wall time as given to `push`); inf when nothing is held."""
        while self._arrivals and self._arrivals[0][2].released:
            heapq.heappop(self._arrivals)
        return self._arrivals[0][0] + self.hold if self._arrivals else math.inf

    def _pop(self) -> Released[T]:
        held = heapq.heappop(self._heap)
        held.released = True   # its arrival entry is dropped when reached
        if self._released_upto is None or held.key > self._released_upto:
            self._released_upto = held.key
        return Released(held.payload, held.late)


class WireClock:
    """"Now" for the reorder stage of a stream whose items carry their wire.items partition and
    record time, as Flink's watermark: the earliest of the partitions' latest record times, so
    that no partition is overtaken by another that runs ahead (a slow ingest, a backlog). A
    partition that has sent nothing for `idle` seconds of wall time stops holding the clock back;
    when all are idle, the wall clock is "now" and the tail of the wire comes out."""

    def __init__(self, partitions: int, idle: float, started: float) -> None:
        self.idle = idle
        # wire.items partition -> (latest record time read, wall time it was read)
        self.latest: dict[int, tuple[float, float]] = {
            p: (-math.inf, started) for p in range(partitions)}

    def saw(self, partition: int, at: float, wall: float) -> None:
        before = self.latest.get(partition, (-math.inf, wall))[0]
        self.latest[partition] = (max(before, at), wall)

    def now(self, wall: float) -> float:
        active = [at for at, seen in self.latest.values() if wall - seen < self.idle]
        return min(active) if active else wall

    def reset(self, wall: float) -> None:
        self.latest = {p: (-math.inf, wall) for p in self.latest}
