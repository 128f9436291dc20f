"""The reorder stage: within the hold, any interleaving comes out in item-time order; beyond it,
nothing is lost or repeated, and what came out of order is flagged late."""

from __future__ import annotations

import math
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.codec import decode_item
from streams.clients.demo import sample_lines
from streams.detect.offline import Evaluator, evaluate_lines
from streams.detect.reorder import ReorderBuffer, item_order

NOW = datetime(2030, 1, 1, tzinfo=UTC)
HOLD = 0.3

keys = st.tuples(st.integers(0, 50), st.integers(1, 3), st.sampled_from("abc"))


def drive(arrivals: list[tuple[float, tuple[int, int, str]]], hold: float,
          max_held: int = 10_000) -> list[tuple[float, tuple[int, int, str], bool]]:
    """Push at the given times (sorted), asking `due` at every arrival and at every hold's end,
    as the agent's timer does; returns (release time, key, late) in release order."""
    buf: ReorderBuffer[tuple[int, int, str]] = ReorderBuffer(hold, max_held)
    out: list[tuple[float, tuple[int, int, str], bool]] = []
    for at, key in sorted(arrivals, key=lambda a: a[0]):
        while buf.next_due() <= at:   # the idle timer fires before this arrival
            when = buf.next_due()
            out += [(when, r.payload, r.late) for r in buf.due(when)]
        buf.push(key, key, now=at)
        out += [(at, r.payload, r.late) for r in buf.due(at)]
    while len(buf):
        when = buf.next_due()
        assert when < math.inf
        out += [(when, r.payload, r.late) for r in buf.due(when)]
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.floats(0, HOLD * 0.99), keys), max_size=60))
def test_a_burst_within_the_hold_comes_out_sorted(arrivals: list[tuple[float, tuple[int, int, str]]]) -> None:
    out = drive(arrivals, HOLD)
    assert [k for _, k, _ in out] == sorted(k for _, k in arrivals)
    assert not any(late for *_, late in out)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 5.0), keys), max_size=60))
def test_any_arrival_loses_nothing_waits_at_most_the_hold_and_flags_late(
        arrivals: list[tuple[float, tuple[int, int, str]]]) -> None:
    out = drive(arrivals, HOLD)
    assert sorted(k for _, k, _ in out) == sorted(k for _, k in arrivals)
    # every item is out by its hold's end (the timer asks exactly then)
    by_key: dict[tuple[int, int, str], list[float]] = {}
    for at, key in arrivals:
        by_key.setdefault(key, []).append(at)
    released: dict[tuple[int, int, str], list[float]] = {}
    for when, key, _ in out:
        released.setdefault(key, []).append(when)
    for key, times in by_key.items():
        assert max(released[key]) <= max(times) + HOLD + 1e-9
    # late = something after it in item order was already out when it arrived
    highest: tuple[int, int, str] | None = None
    for _, key, late in out:
        if late:
            assert highest is not None and key < highest
        highest = key if highest is None or key > highest else highest


@given(st.lists(keys, min_size=1, max_size=40), st.integers(1, 5))
def test_never_holds_more_than_max_held(pushed: list[tuple[int, int, str]], cap: int) -> None:
    buf: ReorderBuffer[int] = ReorderBuffer(math.inf, cap)
    for i, key in enumerate(pushed):
        buf.push(key, i, now=0.0)
        buf.due(0.0)
        assert len(buf) <= cap


SAMPLE = sample_lines()
SAMPLE_ITEMS = [decode_item(raw) for raw in SAMPLE]
IN_ORDER = sorted(range(len(SAMPLE_ITEMS)), key=lambda i: item_order(SAMPLE_ITEMS[i]))


def alert_set(outcomes: list[tuple[object, list[object]]]) -> set[tuple[object, ...]]:
    return {(a.alert_id, a.kind, a.item_ref, a.field, a.old, a.new)  # type: ignore[attr-defined]
            for _, alerts in outcomes for a in alerts}


EXPECTED = alert_set(list(evaluate_lines(SAMPLE, now=NOW)))  # type: ignore[arg-type]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.floats(0, HOLD * 0.99), min_size=len(SAMPLE), max_size=len(SAMPLE)))
def test_the_labelled_sample_permuted_within_the_hold_gives_the_in_order_alerts(
        jitter: list[float]) -> None:
    # item i (in item order) arrives at i * 10 ms plus up to a hold of jitter: any two items
    # the jitter swaps are within the hold of each other
    arrivals = sorted((n * 0.01 + jitter[n], i) for n, i in enumerate(IN_ORDER))
    buf: ReorderBuffer[int] = ReorderBuffer(HOLD)
    ev = Evaluator(now=NOW)
    outcomes = []
    for at, i in arrivals:
        buf.push(item_order(SAMPLE_ITEMS[i]), i, now=at)
        outcomes += [ev.feed_item(SAMPLE_ITEMS[r.payload]) for r in buf.due(at)]
    outcomes += [ev.feed_item(SAMPLE_ITEMS[r.payload]) for r in buf.flush()]
    assert EXPECTED and alert_set(outcomes) == EXPECTED  # type: ignore[arg-type]
