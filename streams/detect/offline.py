"""The offline runner behind `wirealert evaluate`: the same core over a JSONL stream.

It does what the agents do, with dicts instead of faust tables: decode and validate each line
(bad lines -> an "invalid" decision with the reason), uri@version bookkeeping with
`check_version` (a repeat -> duplicate, an older version -> duplicate with reason "stale"),
`route_item` to pick the shard (one router, as the ingest agent has per wire.items partition), and
`process` against that shard's state.

`evaluate_lines` feeds the valid items through the stream's reorder stage
(`streams.detect.reorder`) with an infinite hold: a file is a wire that arrived all at once, so
its items are processed in item-time order (up to `MAX_HELD` at a time), as the stream does
whenever the wire's disorder is within `WIREALERT_REORDER_MS`. Invalid lines are decided at once.

The wall clock a file's item is processed at (the core's `now`: the clamp of item time, an
alert's `detected_at`, the old-news horizon) is the file's own clock when the item arrived: the
latest item time among the lines up to and including it (a file is a recorded wire that arrived
in line order), capped at the caller's `now` (default: the real wall clock). A labelled file
from 2024 therefore alerts as it did live, and a 2001 item read after 2024 items is old news by
the wall clock. Only by the wall clock, though: the file is processed in item-time order, so its
shard has not seen the later items yet when it is processed (see README, "Old news").
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from schemas import Alert, Decision, WireItem
from schemas.codec import RecordError, decode_item, decode_json
from schemas.decision import DecisionStatus
from streams.detect.api import (
    DetectConfig,
    RouterState,
    ShardState,
    VersionVerdict,
    check_version,
    item_epoch,
    process,
    route_item,
)
from streams.detect.reorder import ReorderBuffer, item_order


def _best_effort_ref(raw: bytes) -> str | None:
    # decode_json, not json.loads: it refuses hostile nesting that would blow the recursion limit.
    try:
        obj = decode_json(raw, max_bytes=max(len(raw), 1))
    except RecordError:
        return None
    if not isinstance(obj, dict):
        return None
    uri = obj.get("uri") or obj.get("guid")
    if not isinstance(uri, str):
        return None
    version = obj.get("version", 1)
    return f"{uri}@{version}"


def invalid(raw: bytes, exc: RecordError) -> Decision:
    return Decision(item_ref=_best_effort_ref(raw), status=DecisionStatus.invalid,
                    reason=f"{exc.reason}: {exc.message}")


class Evaluator:
    """Holds the per-uri versions and per-shard states of one offline run."""

    def __init__(self, config: DetectConfig | None = None, now: datetime | None = None) -> None:
        self.config = config or DetectConfig()
        self.now = now
        self.versions: dict[str, int] = {}
        self.router = RouterState()
        self.shards: dict[str, ShardState] = {}
        self.latest: datetime | None = None   # the latest item time read so far (line order)

    def arrived(self, item: WireItem) -> datetime:
        """The wall clock when `item` was read: the file's latest item time so far, capped at
        the caller's `now` (the real wall clock if none was given)."""
        if self.latest is None or item.versioncreated > self.latest:
            self.latest = item.versioncreated
        return min(self.latest, self.now or datetime.now(UTC))

    def feed(self, raw: bytes) -> tuple[Decision, list[Alert]]:
        """One line, processed at once (in the order given, no reordering)."""
        try:
            item = decode_item(raw)
        except RecordError as exc:
            return invalid(raw, exc), []
        return self.feed_item(item, self.arrived(item))

    def feed_item(self, item: WireItem, now: datetime | None = None) -> tuple[Decision, list[Alert]]:
        """One item at the wall clock `now` (default: as `arrived` says, reading it now)."""
        verdict = check_version(self.versions.get(item.uri), item)
        if verdict is not VersionVerdict.new:
            return Decision(item_ref=item.item_ref, status=DecisionStatus.duplicate,
                            duplicate_of=item.item_ref if verdict is VersionVerdict.duplicate
                            else None, reason=verdict.value), []
        self.versions[item.uri] = item.version
        if now is None:
            now = self.arrived(item)
        t = item_epoch(item, now)
        wire_clock = self.router.clock or None
        route = route_item(self.router, item, t=t, config=self.config)
        state = self.shards.get(route.key)
        if state is None:
            state = self.shards[route.key] = ShardState(key=route.key)
        outcome = process(state, item, now=now, config=self.config, hint=route.hint,
                          wire_clock=wire_clock)
        return outcome.decision, outcome.alerts


def evaluate_lines(lines: Iterable[bytes], *, config: DetectConfig | None = None,
                   now: datetime | None = None) -> Iterator[tuple[Decision, list[Alert]]]:
    """One (decision, alerts) per non-blank input line: invalid lines at once, the others in
    item-time order (see the module docstring)."""
    ev = Evaluator(config, now)
    held: ReorderBuffer[tuple[WireItem, datetime]] = ReorderBuffer(hold=math.inf)
    for raw in lines:
        if not raw.strip():
            continue
        try:
            item = decode_item(raw.strip())
        except RecordError as exc:
            yield invalid(raw.strip(), exc), []
            continue
        held.push(item_order(item), (item, ev.arrived(item)), now=0.0)
        for released in held.due(0.0):   # only past MAX_HELD: the hold never ends
            yield ev.feed_item(*released.payload)
    for released in held.flush():
        yield ev.feed_item(*released.payload)
