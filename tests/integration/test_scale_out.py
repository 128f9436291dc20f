"""Two workers against one broker split the partitions and give the same alerts as the core.

Ingest reads wire.items (one partition by default: the wire's order), detection reads the routed
topic keyed by country (4 partitions here), publishing reads wire.alerts keyed by incident. With
two workers each holds part of the routed topic, and the alerts in Redis are exactly the offline
core's for the same input: none lost, none repeated, each incident's in order.
"""

from __future__ import annotations

import pytest

from streams.dev.stack import LocalStack
from tests.integration.conftest import identity, offline_alerts, push, stream_alerts, wait_for
from tests.integration.ops_support import assignment, by_label, scrape, value, wait_for_split, world_lines

pytestmark = pytest.mark.integration


def per_incident(alerts: list) -> dict[str, list[tuple[object, ...]]]:
    out: dict[str, list[tuple[object, ...]]] = {}
    for alert in alerts:
        out.setdefault(alert.incident_id, []).append(identity(alert))
    return out


def test_two_workers_split_the_partitions_and_give_the_same_alerts(stack: LocalStack) -> None:
    lines = world_lines()
    expected = offline_alerts(lines)
    workers = [stack.start_worker(), stack.start_worker()]
    held = wait_for_split(workers, partitions=4)
    assert all(len(h) == 2 for h in held), held

    push(stack, lines)
    got = wait_for(lambda: (a := stream_alerts(stack)) and len(a) >= len(expected) and a,
                   timeout=60, what="all alerts in Redis")

    assert sorted(identity(a) for a in got) == sorted(identity(a) for a in expected)
    assert len({a.alert_id for a in got}) == len(got), "no alert published twice"
    # Across partitions the order interleaves; within an incident it is the wire's.
    assert per_incident(got) == per_incident(expected)

    # Both workers detected: each holds incidents on its partitions, and together all of them.
    incidents = len({a.incident_id for a in expected})

    def counted() -> list | None:
        metrics = [scrape(w) for w in workers]
        published = sum(sum(by_label(m, "wirealert_alerts_published_total", "kind").values())
                        for m in metrics)
        opened = sum(value(m, "wirealert_incidents_open") for m in metrics)
        return metrics if published == len(expected) and opened == incidents else None

    metrics = wait_for(counted, what="every alert published once, every incident open once")
    assert all(value(m, "wirealert_stage_seconds_count", stage="incidents") > 0 for m in metrics)
    assert all(value(m, "wirealert_incidents_open") > 0 for m in metrics)
    # wire.items has one partition: exactly one worker ingests, and it saw every record (some
    # twice when a rebalance came before its first commit: it reads them again from the start)
    ingest = sorted(value(m, "wirealert_stage_seconds_count", stage="ingest") for m in metrics)
    assert ingest[0] == 0 and ingest[1] >= len(lines), ingest

    # Lag is reported for exactly the source partitions a worker holds: the first worker held all
    # of them before the second joined, and dropped the series of those it gave away.
    sources = {"wire.items", "wirealert.routed", "wire.alerts"}

    def lag_matches_assignment() -> bool:
        for worker in workers:
            held = {(t, str(p)) for t, ps in assignment(worker).items() if t in sources for p in ps}
            lag = {(dict(labels)["topic"], dict(labels)["partition"])
                   for (name, labels) in scrape(worker) if name == "wirealert_consumer_lag"}
            if not held or lag != held:
                return False
        return True

    wait_for(lag_matches_assignment, timeout=20, what="lag series = each worker's assigned partitions")
