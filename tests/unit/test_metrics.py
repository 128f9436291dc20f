"""The worker's metrics: closed label sets, every queried series present from start."""

from __future__ import annotations

import re
from pathlib import Path

from prometheus_client import generate_latest

from schemas import AlertKind
from streams.runtime.metrics import DEADLETTER_REASONS, SOURCE_LABELS_MAX, Metrics

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def exported(metrics: Metrics) -> str:
    return generate_latest(metrics.registry).decode()


def test_every_labelled_series_exists_at_zero_before_any_item() -> None:
    text = exported(Metrics.create())
    for reason in DEADLETTER_REASONS:
        assert f'wirealert_items_deadlettered_total{{reason="{reason}"}} 0.0' in text
    for kind in ("exact", "near", "stale"):
        assert f'wirealert_duplicates_total{{kind="{kind}"}} 0.0' in text
    for alert_kind in AlertKind:
        assert f'wirealert_alerts_published_total{{kind="{alert_kind.value}"}} 0.0' in text
    assert 'wirealert_items_received_total{source="other"} 0.0' in text


def test_the_reasons_the_rules_query_are_the_reasons_that_exist() -> None:
    queried = set()
    for path in (DEPLOY / "prometheus").glob("*.yml"):
        queried |= set(re.findall(r'reason="([a-z_]+)"', path.read_text()))
    assert queried <= set(DEADLETTER_REASONS)


def test_source_labels_are_bounded_whatever_the_wire_says() -> None:
    metrics = Metrics.create()
    for n in range(1000):
        metrics.count_received(f"Agency {n} " + "x" * 300)
    metrics.count_received(None)
    metrics.count_received("Agency 0 " + "x" * 300)
    sources = set(re.findall(r'wirealert_items_received_total\{source="([^"]*)"\}', exported(metrics)))
    assert len(sources) == SOURCE_LABELS_MAX + 3  # the named ones, other, unknown, unparsed
    assert {"other", "unknown"} <= sources
    assert max(len(s) for s in sources) <= 64
    assert metrics.items_received.labels("other")._value.get() == 1000 - SOURCE_LABELS_MAX
