"""Shared by the ops tests (metrics, dashboard, incidents API, scale-out): inputs and probes.

`world_lines()`: wire items about four countries whose route keys hash to four different
partitions (of the default 4), so that with two workers each one holds incidents: the bundled
Kerman sample (ir -> 2) plus one small incident each in Nigeria (ng -> 0), Germany (de -> 1)
and Tanzania (tz -> 3).
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from prometheus_client.parser import text_string_to_metric_families

from streams.clients.demo import sample_lines
from streams.dev.stack import WorkerProcess
from streams.runtime.topic_names import ROUTED_TOPIC
from tests.integration.conftest import wait_for


def _item(uri: str, when: str, headline: str, body: str, *, source: str, urgency: int = 2,
          version: int = 1) -> dict[str, Any]:
    return {"uri": uri, "version": version, "source": source, "versioncreated": when,
            "urgency": urgency, "headline": headline, "body_text": body}


EXTRA = [
    _item("urn:test:ng:1", "2024-02-10T06:00:00Z", "Tanker explosion kills 18 in Nigeria's Kano",
          "A fuel tanker exploded on a highway in Kano, Nigeria, on Saturday, killing at least 18 "
          "people, the state emergency agency said.", source="Test Wire N"),
    _item("urn:test:de:1", "2024-02-10T07:00:00Z", "Train collision near Hamburg kills 3",
          "Two trains collided near Hamburg, Germany, on Saturday, killing three people and "
          "injuring 20, police said.", source="Test Wire D"),
    _item("urn:test:tz:1", "2024-02-10T08:00:00Z", "Ferry capsizes off Zanzibar, 14 dead",
          "A passenger ferry capsized off Zanzibar, Tanzania, on Saturday, killing at least 14 "
          "people, police said.", source="Test Wire T"),
    _item("urn:test:ng:2", "2024-02-10T09:30:00Z", "Kano tanker blast death toll rises to 31",
          "The death toll from Saturday's fuel tanker explosion in Kano, Nigeria, rose to 31, "
          "the state emergency agency said.", source="Test Wire N"),
    _item("urn:test:tz:2", "2024-02-10T10:00:00Z", "Zanzibar ferry toll rises to 22",
          "The number of people killed when a passenger ferry capsized off Zanzibar, Tanzania, "
          "rose to 22, police said on Saturday.", source="Test Wire T"),
]


def world_lines() -> list[bytes]:
    return sample_lines() + [json.dumps(d).encode() for d in EXTRA]


Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def scrape(worker: WorkerProcess) -> Samples:
    """/metrics as {(sample name, sorted labels): value}."""
    status, body = worker.get("/metrics")
    assert status == 200
    out: Samples = {}
    for family in text_string_to_metric_families(body.decode()):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def by_label(samples: Samples, name: str, label: str) -> dict[str, float]:
    return {dict(labels)[label]: v for (n, labels), v in samples.items() if n == name}


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def assignment(worker: WorkerProcess) -> dict[str, list[int]]:
    status, body = worker.get("/dashboard/data")
    return dict(json.loads(body)["assignment"]) if status == 200 else {}


def wait_for_split(workers: list[WorkerProcess], partitions: int, timeout: float = 60.0) -> list[set[int]]:
    """Until the routed topic's partitions are split among all workers, each holding some."""

    def split() -> list[set[int]] | None:
        held = [set(assignment(w).get(ROUTED_TOPIC, [])) for w in workers]
        union = set().union(*held)
        disjoint = sum(len(h) for h in held) == len(union)
        return held if all(held) and disjoint and union == set(range(partitions)) else None

    return wait_for(split, timeout=timeout, what="the routed partitions split among the workers")


class PipelineState(NamedTuple):
    text: str    # per worker: received, held, published, lag by topic, what it holds
    lag: float   # records behind on the agents' source topics, over all workers


def pipeline_state(workers: list[WorkerProcess]) -> PipelineState:
    """What each worker has done and has left: tells a stalled pipeline (lag left) from a lost
    batch (no lag left, alerts short) for the reader of a failure."""
    parts, total = [], 0.0
    for worker in workers:
        if not worker.alive():
            parts.append(f"{worker.name}: exited")
            continue
        try:
            samples = scrape(worker)
        except OSError as exc:
            parts.append(f"{worker.name}: /metrics unreadable ({exc})")
            continue
        lag: dict[str, float] = {}
        for (name, labels), v in samples.items():
            if name == "wirealert_consumer_lag":
                topic = dict(labels)["topic"]
                lag[topic] = lag.get(topic, 0.0) + v
        total += sum(lag.values())
        received = sum(by_label(samples, "wirealert_items_received_total", "source").values())
        published = sum(v for (n, _), v in samples.items() if n == "wirealert_alerts_published_total")
        held = sum(v for (n, _), v in samples.items() if n == "wirealert_items_held")
        parts.append(f"{worker.name}: received {received:.0f}, held {held:.0f}, published "
                     f"{published:.0f}, lag {lag}, holds {assignment(worker)}")
    return PipelineState("; ".join(parts), total)
