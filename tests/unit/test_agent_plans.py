"""The router's and the incidents stage's plans (streams.agents.plans), computed without a
broker: together the same decisions and alerts as the offline core, a dead letter for what
cannot be processed, and the states to write under the right record."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemas.codec import RecordError, decode_item, encode_routed
from schemas.envelope import DecodedItem, RoutedItem
from streams.agents import plans
from streams.agents.plans import Decided, Dropped, Forward, Rejected, Unroutable, plan_incidents, plan_routes
from streams.detect import DetectConfig, RouterState, ShardState, VersionVerdict
from streams.detect.offline import Evaluator
from streams.detect.reorder import item_order
from tests.conftest import SHARED_DATA, item, line

RECEIVED = datetime(2024, 1, 10, tzinfo=UTC)
LATER = datetime(2030, 1, 1, tzinfo=UTC)
CONFIG = DetectConfig()


def decoded(lines: list[bytes]) -> list[DecodedItem]:
    items = []
    for raw in lines:
        try:
            items.append(decode_item(raw))
        except RecordError:
            continue
    return [DecodedItem(item=i, received_at=RECEIVED, origin_partition=0, origin_offset=n)
            for n, i in enumerate(sorted(items, key=item_order))]


def routed_wire(lines: list[bytes]) -> list[RoutedItem]:
    """The wire as the router sends it on, in item-time order (one batch)."""
    steps = plan_routes(decoded(lines), lambda uri: None, RouterState(), now=LATER, config=CONFIG)
    return [step.routed for step in steps if isinstance(step, Forward)]


class Store:
    """A shard table in a dict: `take` gives a fresh copy, as the keyed store does."""

    def __init__(self) -> None:
        self.states: dict[bytes, ShardState] = {}

    def take(self, key: bytes) -> ShardState:
        state = self.states.get(key)
        return ShardState(key=key.decode()) if state is None else state.model_copy(deep=True)

    def perform(self, plan: plans.IncidentsPlan) -> None:
        self.states.update(plan.states)


def at_item_time(routed: list[RoutedItem]):   # the wall clock of each item: its own time
    times = iter([r.item.versioncreated for r in routed])
    return lambda: next(times)


@pytest.fixture(scope="module")
def dev_routed() -> list[RoutedItem]:
    return routed_wire((SHARED_DATA / "dev-wire.jsonl").read_bytes().splitlines())


@pytest.mark.parametrize("batch", [1, 7, 200])
def test_plans_batch_by_batch_give_the_offline_cores_alerts(dev_routed: list[RoutedItem],
                                                           batch: int) -> None:
    evaluator = Evaluator(CONFIG)
    want = [a.alert_id for r in dev_routed
            for a in evaluator.feed_item(r.item, r.item.versioncreated)[1]]
    store, got = Store(), []
    for start in range(0, len(dev_routed), batch):
        chunk = dev_routed[start:start + batch]
        plan = plan_incidents([encode_routed(r) for r in chunk], store.take,
                              now=at_item_time(chunk), config=CONFIG)
        assert all(isinstance(step, Decided) for step in plan.steps)
        got += [a.alert_id for step in plan.steps if isinstance(step, Decided)
                for a in step.alerts()]
        store.perform(plan)
    assert len(want) > 40
    assert got == want


def test_alerts_carry_when_their_item_reached_the_wire(dev_routed: list[RoutedItem]) -> None:
    plan = plan_incidents([encode_routed(r) for r in dev_routed], Store().take,
                          now=at_item_time(dev_routed), config=CONFIG)
    alerts = [a for step in plan.steps if isinstance(step, Decided) for a in step.alerts()]
    assert alerts and {a.received_at for a in alerts} == {RECEIVED}


def routed_line(uri: str, headline: str, body: str, minute: int) -> RoutedItem:
    doc = item(uri=uri, headline=headline, body=body,
               versioncreated=f"2024-03-01T10:{minute:02d}:00Z")
    return routed_wire([line(doc)])[0]


STORY = [
    ("urn:a", "Blast kills 12 in Peshawar market",
     "At least 12 people were killed when a bomb exploded in a market in Peshawar, Pakistan."),
    ("urn:b", "Peshawar blast toll rises to 20",
     "The death toll from a bomb blast in a market in Peshawar, Pakistan, rose to 20, police said."),
    ("urn:c", "Peshawar blast toll rises to 31",
     "The death toll from the market bombing in Peshawar, Pakistan, rose to 31, officials said."),
]


def test_a_record_that_is_not_a_routed_item_is_rejected_and_the_rest_go_on() -> None:
    story = [routed_line(u, h, b, i) for i, (u, h, b) in enumerate(STORY)]
    values = [encode_routed(story[0]), b"{not json", encode_routed(story[1])]
    plan = plan_incidents(values, Store().take, now=at_item_time([story[0], story[1]]),
                          config=CONFIG)
    kinds = [type(step).__name__ for step in plan.steps]
    assert kinds == ["Decided", "Rejected", "Decided"]
    rejected = plan.steps[1]
    assert isinstance(rejected, Rejected) and rejected.reason == "invalid"
    assert rejected.routed is None and rejected.origin is None
    assert [step.index for step in plan.steps] == [0, 1, 2]
    assert plan.last_index == {b"pk": 2} and set(plan.states) == {b"pk"}


def test_an_item_the_core_raises_on_is_rejected_and_leaves_no_trace(
        monkeypatch: pytest.MonkeyPatch) -> None:
    story = [routed_line(u, h, b, i) for i, (u, h, b) in enumerate(STORY)]
    without = plan_incidents([encode_routed(story[0]), encode_routed(story[2])], Store().take,
                             now=at_item_time([story[0], story[2]]), config=CONFIG)
    real = plans.process

    def failing(state: ShardState, wire_item, **kwargs):   # type: ignore[no-untyped-def]
        outcome = real(state, wire_item, **kwargs)         # changes the state, then fails
        if wire_item.uri == "urn:b":
            raise RuntimeError("a bug in the core")
        return outcome

    monkeypatch.setattr(plans, "process", failing)
    story_b = story[1].model_copy(update={"origin_partition": 3, "origin_offset": 41})
    plan = plan_incidents([encode_routed(r) for r in (story[0], story_b, story[2])], Store().take,
                          now=at_item_time(story), config=CONFIG)
    rejected = plan.steps[1]
    assert isinstance(rejected, Rejected) and rejected.reason == "detect_error"
    assert rejected.origin == (3, 41) and isinstance(rejected.error, RuntimeError)
    # the failed item's half-done changes are gone: what follows is decided as if it never came
    decided = [s for s in plan.steps if isinstance(s, Decided)]
    assert [[a.alert_id for a in s.alerts()] for s in decided] == [
        [a.alert_id for a in s.alerts()] for s in without.steps if isinstance(s, Decided)]
    assert plan.states[b"pk"] == without.states[b"pk"]


def test_a_shard_whose_only_item_failed_is_not_written(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*args, **kwargs):   # type: ignore[no-untyped-def]
        raise RuntimeError("a bug in the core")

    monkeypatch.setattr(plans, "process", failing)
    story = [routed_line(*STORY[0], 0)]
    plan = plan_incidents([encode_routed(story[0])], Store().take, now=at_item_time(story),
                          config=CONFIG)
    assert plan.states == {} and plan.last_index == {} and plan.decided == 0


def test_what_plans_import_is_pure() -> None:
    source = Path(plans.__file__).read_text(encoding="utf-8")
    for module in ("faust", "aiokafka", "redis", "streams.runtime"):
        assert f"import {module}" not in source and f"from {module}" not in source


# --- the router's plan ---------------------------------------------------------------------------


def test_re_sends_and_older_versions_stop_at_the_router_and_new_versions_go_on() -> None:
    first = item(uri="urn:v", version=2, versioncreated="2024-03-01T10:00:00Z")
    items = decoded([line(first)]) + decoded([line(first)]) + decoded(
        [line(item(uri="urn:v", version=1, versioncreated="2024-03-01T10:01:00Z"))]) + decoded(
        [line(item(uri="urn:v", version=3, versioncreated="2024-03-01T10:02:00Z"))])
    steps = plan_routes(items, lambda uri: None, RouterState(), now=LATER, config=CONFIG)
    assert [type(s).__name__ for s in steps] == ["Forward", "Dropped", "Dropped", "Forward"]
    assert [s.verdict for s in steps if isinstance(s, Dropped)] == [
        VersionVerdict.duplicate, VersionVerdict.stale]
    # the table's version counts as well as the batch's
    again = plan_routes(items[:1], lambda uri: 2, RouterState(), now=LATER, config=CONFIG)
    assert isinstance(again[0], Dropped)


def test_item_time_is_capped_by_the_wall_clock() -> None:
    early = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)   # an hour before the item's own time
    ahead = decoded([line(item(versioncreated="2024-03-01T10:00:00Z"))])
    (step,) = plan_routes(ahead, lambda uri: None, RouterState(), now=early, config=CONFIG)
    assert isinstance(step, Forward) and step.seen == int(early.timestamp())


def test_an_item_the_router_raises_on_is_dead_lettered_and_the_rest_go_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = plans.route_item

    def failing(router: RouterState, wire_item, **kwargs):   # type: ignore[no-untyped-def]
        if wire_item.uri == "urn:b":
            raise RuntimeError("a bug in the router")
        return real(router, wire_item, **kwargs)

    monkeypatch.setattr(plans, "route_item", failing)
    items = decoded([line(item(uri=u, headline=h, body=b, versioncreated=f"2024-03-01T10:0{i}:00Z"))
                     for i, (u, h, b) in enumerate(STORY)])
    steps = plan_routes(items, lambda uri: None, RouterState(), now=LATER, config=CONFIG)
    assert [type(s).__name__ for s in steps] == ["Forward", "Unroutable", "Forward"]
    bad = steps[1]
    assert isinstance(bad, Unroutable) and bad.reason == "route_error" and bad.origin == (0, 1)
