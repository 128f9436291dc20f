"""/metrics after a known input: exact counter values, and the consumer-lag gauge.

The expected numbers come from the input itself and from the offline core's decisions for the
same records (`evaluate_lines`), so the test checks the agents' bookkeeping, not the detector.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from schemas.codec import RecordError, decode_item
from schemas.decision import DecisionStatus
from streams.clients.demo import sample_lines
from streams.detect.offline import evaluate_lines
from streams.dev.stack import LocalStack
from streams.runtime.topic_names import ALERTS_TOPIC, ITEMS_TOPIC, ROUTED_TOPIC
from tests.integration.conftest import produce_raw, stream_alerts, wait_for
from tests.integration.ops_support import by_label, scrape, value

pytestmark = pytest.mark.integration

BAD = [
    b"this is not json",
    json.dumps({"headline": "no uri, no time"}).encode(),
]
MARKETS = {"uri": "urn:test:markets", "source": "Test Wire M", "urgency": 5,
           "headline": "European shares close higher", "body_text": "Stocks rose on Tuesday."}


def known_input() -> list[bytes]:
    good = sample_lines()
    newer = json.dumps({**MARKETS, "version": 2, "versioncreated": "2024-01-09T16:00:00Z"}).encode()
    # Re-sent after its successor, in item time too (the router puts the wire in item-time order,
    # so a version that is only late in arrival is not stale).
    older = json.dumps({**MARKETS, "version": 1, "versioncreated": "2024-01-09T17:00:00Z"}).encode()
    # The wire, two bad records in it, a stale version after its successor, three exact re-sends.
    return [*good[:5], BAD[0], *good[5:10], BAD[1], *good[10:], newer, older, *good[:3]]


def test_known_input_gives_exact_counters_and_lag_drains_to_zero(stack: LocalStack) -> None:
    lines = known_input()
    outcomes = list(evaluate_lines(lines))
    decisions = [d for d, _ in outcomes]
    alerts = [a for _, batch in outcomes for a in batch]
    def source_of(raw: bytes) -> str:
        try:
            return decode_item(raw).source or "unknown"
        except RecordError:
            return "unparsed"

    # (evaluate decides in item-time order, invalid lines first: read sources from the lines)
    sources = Counter(source_of(raw) for raw in lines)
    dead = Counter((d.reason or "").split(":")[0] for d in decisions if d.status is DecisionStatus.invalid)
    dups = Counter(
        "stale" if d.reason == "stale" else "exact"
        for d in decisions if d.status is DecisionStatus.duplicate
    )
    dups["near"] = sum(d.status is DecisionStatus.near_duplicate for d in decisions)
    kinds = Counter(a.kind.value for a in alerts)
    assert dead == {"not_json": 1, "invalid": 1} and dups["stale"] == 1 and dups["near"] > 0

    worker = stack.start_worker()
    produce_raw(stack, lines)
    wait_for(lambda: len(stream_alerts(stack)) >= len(alerts), what="all alerts in Redis")

    def settled() -> bool:
        m = scrape(worker)
        return (sum(by_label(m, "wirealert_items_received_total", "source").values()) == len(lines)
                and sum(by_label(m, "wirealert_duplicates_total", "kind").values()) == sum(dups.values())
                and value(m, "wirealert_alert_latency_seconds_count") == len(alerts))

    wait_for(settled, what="every record counted")
    m = scrape(worker)

    def counted(name: str, label: str) -> dict[str, float]:
        # Every series exists from start at 0 (streams.runtime.metrics.start_at_zero): compare the
        # ones that moved, and check that the others are there.
        series = by_label(m, name, label)
        assert all(v == 0 for k, v in series.items() if k not in expected[name]), series
        return {k: v for k, v in series.items() if v}

    expected = {
        "wirealert_items_received_total": dict(sources),
        "wirealert_items_deadlettered_total": dict(dead),
        "wirealert_duplicates_total": {k: v for k, v in dups.items() if v},
        "wirealert_alerts_published_total": dict(kinds),
    }
    assert counted("wirealert_items_received_total", "source") == dict(sources)
    assert counted("wirealert_items_deadlettered_total", "reason") == dict(dead)
    assert counted("wirealert_duplicates_total", "kind") == expected["wirealert_duplicates_total"]
    assert counted("wirealert_alerts_published_total", "kind") == dict(kinds)
    assert "detect_error" in by_label(m, "wirealert_items_deadlettered_total", "reason")
    assert value(m, "wirealert_alert_latency_seconds_count") == len(alerts)
    assert value(m, "wirealert_redis_publish_errors_total") == 0
    assert value(m, "wirealert_incidents_open") == len({a.incident_id for a in alerts})
    # ingest (stateless) times every record it reads, the bad ones too
    assert value(m, "wirealert_stage_seconds_count", stage="ingest") == len(lines)
    assert value(m, "wirealert_stage_seconds_count", stage="publish") == len(alerts)

    # One worker holds every partition of the three source topics; once it has committed what it
    # processed, each partition's lag is 0.
    expected_tps = {(ITEMS_TOPIC, "0")}
    expected_tps |= {(t, str(p)) for t in (ROUTED_TOPIC, ALERTS_TOPIC) for p in range(4)}

    def caught_up() -> dict[tuple[str, str], float] | None:
        lag = {(dict(labels)["topic"], dict(labels)["partition"]): v
               for (name, labels), v in scrape(worker).items() if name == "wirealert_consumer_lag"}
        return lag if set(lag) == expected_tps and not any(lag.values()) else None

    wait_for(caught_up, timeout=20, what="consumer lag 0 on every assigned partition")
    # faust's own sensor shares the page.
    assert any(name.startswith("faust_") for name, _ in scrape(worker))
