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

    def feed(self, raw: bytes) -> tuple[Decision, list[Alert]]:
        """One line, processed at once (in the order given, no reordering)."""
        try:
            item = decode_item(raw)
        except RecordError as exc:
            return invalid(raw, exc), []
        return self.feed_item(item)

    def feed_item(self, item: WireItem) -> tuple[Decision, list[Alert]]:
        verdict = check_version(self.versions.get(item.uri), item)
        if verdict is not VersionVerdict.new:
            return Decision(item_ref=item.item_ref, status=DecisionStatus.duplicate,
                            duplicate_of=item.item_ref if verdict is VersionVerdict.duplicate
                            else None, reason=verdict.value), []
        self.versions[item.uri] = item.version
        now = self.now or datetime.now(UTC)
        t = int(min(item.versioncreated, now).timestamp())
        route = route_item(self.router, item, t=t, config=self.config)
        state = self.shards.get(route.key)
        if state is None:
            state = self.shards[route.key] = ShardState(key=route.key)
        outcome = process(state, item, now=now, config=self.config, hint=route.hint)
        return outcome.decision, outcome.alerts


def evaluate_lines(lines: Iterable[bytes], *, config: DetectConfig | None = None,
                   now: datetime | None = None) -> Iterator[tuple[Decision, list[Alert]]]:
    """One (decision, alerts) per non-blank input line: invalid lines at once, the others in
    item-time order (see the module docstring)."""
    ev = Evaluator(config, now)
    held: ReorderBuffer[WireItem] = ReorderBuffer(hold=math.inf)
    for raw in lines:
        if not raw.strip():
            continue
        try:
            item = decode_item(raw.strip())
        except RecordError as exc:
            yield invalid(raw.strip(), exc), []
            continue
        held.push(item_order(item), item, now=0.0)
        for released in held.due(0.0):   # only past MAX_HELD: the hold never ends
            yield ev.feed_item(released.payload)
    for released in held.flush():
        yield ev.feed_item(released.payload)
