"""Tables survive a rebalance: kill one of two workers, the survivor carries on with its state.

After the kill, the survivor takes over the dead worker's partitions and must rebuild their
tables from the changelogs (on the embedded broker this is where a wrong ListOffsets end would
silently lose updates). The proof is in the alerts: every update after the kill must say
`old = <value from before the kill>`, no incident may be opened twice, and re-sent items must
still be recognised.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from aiokafka.partitioner import murmur2

from schemas import WireItem
from streams.detect import route_key
from streams.detect.offline import evaluate_lines
from streams.dev.stack import LocalStack
from tests.integration.conftest import push, stream_alerts, wait_for
from tests.integration.ops_support import pipeline_state

pytestmark = pytest.mark.integration

DATA = Path(__file__).parent / "data"
PARTITIONS = 4


def lines(name: str) -> list[bytes]:
    return [line for line in (DATA / name).read_bytes().splitlines() if line.strip()]


def partition_of(key: str) -> int:
    # The default Kafka partitioner (murmur2), as faust's producer uses for keyed sends.
    return (murmur2(key.encode()) & 0x7FFFFFFF) % PARTITIONS


def rewrites(first: list[bytes], copies: int) -> list[bytes]:
    """Other agencies' re-sends of the first reports under new uris: each one is a state write,
    so the changelogs get many records in quick succession (multi-record batches)."""
    out = []
    for n in range(copies):
        for line in first:
            item = WireItem.model_validate_json(line)
            doc = item.model_dump(mode="json")
            doc.update(uri=f"{item.uri}:copy{n}", source=f"Agency {n}",
                       body_text=f"{item.body_text} (Agency {n} report {n}.)")
            out.append(json.dumps(doc).encode())
    return out


def test_survivor_recovers_state_after_a_worker_is_killed(stack: LocalStack) -> None:
    reports = lines("four-countries.jsonl")
    # Many state writes, then the last word before the kill: a revised count per incident. A
    # recovery that stops early in the changelog brings back an older count, and the updates
    # after the kill then say the wrong `old`.
    first = reports + rewrites(reports, 30) + lines("four-countries-revisions.jsonl")
    updates = lines("four-countries-updates.jsonl")
    keys = {route_key(WireItem.model_validate_json(line)) for line in reports}
    assert {partition_of(k) for k in keys} == set(range(PARTITIONS)), (
        "precondition: the incidents must cover every routed partition, so both workers hold state"
    )
    expected = [a for _, alerts in evaluate_lines(first + updates) for a in alerts]
    before = [a for _, alerts in evaluate_lines(first) for a in alerts]

    env = {"WIREALERT_TOPIC_PARTITIONS": str(PARTITIONS)}
    survivor = stack.start_worker(**env)
    victim = stack.start_worker(**env)
    wait_for(lambda: all(w.get("/health")[0] == 200 for w in (survivor, victim)), timeout=60,
             what="both workers assigned after the rebalance")
    push(stack, first)
    wait_for(lambda: len(stream_alerts(stack)) >= len(before), what="alerts of the first reports")

    victim.kill()  # SIGKILL: no goodbye to the group, no flush
    push(stack, reports)  # re-sends: must still be recognised after the rebalance
    push(stack, updates)

    def all_alerts() -> list[object] | None:
        got = stream_alerts(stack)
        return got if len(got) >= len(expected) else None

    try:
        got = wait_for(all_alerts, timeout=90, what="update alerts after the rebalance")
    except AssertionError:
        state = pipeline_state([survivor])
        report = f"{len(stream_alerts(stack))} of {len(expected)} alerts; the survivor: {state.text}"
        if state.lag:
            # Known gap (README, "Known gaps"): on Apache Kafka inside the full suite a worker
            # sometimes stops taking records of partitions it holds (lag stays). A stall, not a
            # loss: xfail with the state. Short with no lag left still fails.
            pytest.xfail(f"the survivor stalled (known gap): {report}")
        raise AssertionError(report) from None
    assert sorted((a.alert_id, a.kind, a.field, a.old, a.new) for a in got) == sorted(
        (a.alert_id, a.kind, a.field, a.old, a.new) for a in expected
    )
    assert len({a.alert_id for a in got}) == len(got), "no alert twice"
    assert survivor.alive()
