"""What a batch of the router and incidents stages does, computed without a broker: the agents
perform it.

`plan_routes` takes the items the reorder stage released, in item-time order, and says for each
whether it goes on to its shard (with its routed record), stops as a re-send or older version,
or is dead-lettered; it moves the router's state on. `plan_incidents` takes the batch's raw
records and a way to read a shard's stored state, runs each item through the detection core, and
returns, in record order, a step per record (a dead letter, or a decision with its alerts) plus
the shard states to write. It sends nothing and writes nothing, so a unit test calls it with a
dict and checks every effect; the agent (`streams.agents.incidents`) only sends the alerts and
dead letters, awaits them, then writes the states, in that order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from pydantic import ValidationError

from schemas import Alert, WireItem
from schemas.codec import RecordError, encode_routed
from schemas.envelope import DecodedItem, RoutedItem
from streams.detect import (
    DetectConfig,
    Outcome,
    RouterState,
    ShardState,
    VersionVerdict,
    check_version,
    item_epoch,
    process,
    route_item,
)


@dataclass(frozen=True)
class Rejected:
    """The record at `index` goes to the dead-letter topic with its reason."""

    index: int
    reason: str
    error: BaseException
    routed: RoutedItem | None = None   # None: the record was not a routed item at all

    @property
    def origin(self) -> tuple[int, int] | None:
        """The item's place on wire.items (what an operator looks up), when known."""
        routed = self.routed
        if routed is None or routed.origin_partition is None or routed.origin_offset is None:
            return None
        return routed.origin_partition, routed.origin_offset


@dataclass(frozen=True)
class Decided:
    """The record at `index` went through the core: its decision and alerts."""

    index: int
    routed: RoutedItem
    outcome: Outcome

    def alerts(self) -> Iterator[Alert]:
        """The alerts to send, stamped with when their item reached the wire (for latency)."""
        for alert in self.outcome.alerts:
            yield alert.model_copy(update={"received_at": self.routed.received_at})


Step = Rejected | Decided


@dataclass
class IncidentsPlan:
    steps: list[Step] = field(default_factory=list)
    # The shards that took at least one item, and per shard the index of the last record that
    # changed it: its write belongs to that record's event (faust picks the changelog
    # partition from the current event).
    states: dict[bytes, ShardState] = field(default_factory=dict)
    last_index: dict[bytes, int] = field(default_factory=dict)

    @property
    def decided(self) -> int:
        return sum(isinstance(step, Decided) for step in self.steps)


def plan_incidents(values: Sequence[bytes], take_state: Callable[[bytes], ShardState], *,
                   now: Callable[[], datetime], config: DetectConfig) -> IncidentsPlan:
    """The plan for one batch. `take_state(key)` returns the stored state of a shard (a fresh
    object each call); `now()` the wall clock for each item."""
    plan = IncidentsPlan()
    done: dict[bytes, list[tuple[RoutedItem, datetime]]] = {}
    for index, value in enumerate(values):
        try:
            routed = RoutedItem.model_validate_json(value)
        except ValidationError as exc:   # only ingest writes wire.routed: a foreign record
            plan.steps.append(Rejected(index, "invalid", exc))
            continue
        key = routed.route_key.encode()
        state = plan.states.get(key)
        if state is None:
            state = plan.states[key] = take_state(key)
        at = now()
        try:
            outcome = process(state, routed.item, now=at, config=config, hint=routed.hint,
                              wire_clock=routed.wire_clock)
        except Exception as exc:
            # A bug in the core must not stop the stream: the item is dead-lettered and its
            # failed attempt discarded (the shard is rebuilt as it was before this item).
            plan.steps.append(Rejected(index, "detect_error", exc, routed))
            plan.states[key] = _replayed(take_state(key), done.get(key, []), config)
            continue
        done.setdefault(key, []).append((routed, at))
        plan.last_index[key] = index
        plan.steps.append(Decided(index, routed, outcome))
    # A shard whose every item failed is as it was stored: nothing to write.
    plan.states = {key: state for key, state in plan.states.items() if key in plan.last_index}
    return plan


def _replayed(state: ShardState, done: list[tuple[RoutedItem, datetime]],
              config: DetectConfig) -> ShardState:
    """The stored state plus the batch's items before the failed one, as they went the first time."""
    for routed, at in done:
        process(state, routed.item, now=at, config=config, hint=routed.hint,
                wire_clock=routed.wire_clock)
    return state


# --- the router stage ------------------------------------------------------------------------


@dataclass(frozen=True)
class Forward:
    """The item at `index` goes on to its shard: `value` is its record on wirealert.routed."""

    index: int
    routed: RoutedItem
    value: bytes
    seen: int        # its item time (clamped), recorded with its version


@dataclass(frozen=True)
class Dropped:
    """The item at `index` is a re-send or an older version: it stops here."""

    index: int
    item: WireItem
    verdict: VersionVerdict


@dataclass(frozen=True)
class Unroutable:
    """The item at `index` goes to the dead-letter topic with its reason."""

    index: int
    decoded: DecodedItem
    reason: str
    error: BaseException

    @property
    def origin(self) -> tuple[int, int]:
        return self.decoded.origin_partition or 0, self.decoded.origin_offset or 0


RouteStep = Forward | Dropped | Unroutable


def plan_routes(items: Sequence[DecodedItem], last_version: Callable[[str], int | None],
                router: RouterState, *, now: datetime, config: DetectConfig) -> list[RouteStep]:
    """What the router does with items released in item-time order: the version check against
    `last_version(uri)` (the table, before this batch), then `route_item`, which moves `router`
    on. `now`: the wall clock, which caps item time."""
    steps: list[RouteStep] = []
    batch_versions: dict[str, int] = {}
    for index, decoded in enumerate(items):
        item = decoded.item
        verdict = check_version(batch_versions.get(item.uri) or last_version(item.uri), item)
        if verdict is not VersionVerdict.new:
            steps.append(Dropped(index, item, verdict))
            continue
        batch_versions[item.uri] = item.version
        seen = item_epoch(item, now)
        try:
            wire_clock = router.clock or None
            route = route_item(router, item, t=seen, config=config)
            routed = RoutedItem(item=item, route_key=route.key, hint=route.hint,
                                received_at=decoded.received_at,
                                origin_partition=decoded.origin_partition,
                                origin_offset=decoded.origin_offset, wire_clock=wire_clock)
            value = encode_routed(routed)
        except RecordError as error:   # too large for the broker even without its HTML
            steps.append(Unroutable(index, decoded, error.reason, error))
            continue
        except Exception as exc:       # the router failed on this item: it alone is lost
            steps.append(Unroutable(index, decoded, "route_error", exc))
            continue
        steps.append(Forward(index, routed, value, seen))
    return steps
