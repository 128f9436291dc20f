"""Prometheus metrics of the worker. Names are part of the contract (design.md); deploy/ relies on them.

Metrics live in a `Metrics` object built around a registry passed in, so that tests and a second
worker in one process never collide on the global registry.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from schemas import AlertKind

# Latency on the embedded broker is dominated by fetch waits (tens to hundreds of ms); on Kafka it
# can be a few ms. The buckets span both.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 10.0, 30.0)
# Label values come from closed sets, so a series exists from start (rate() rules and panels
# see 0, not nothing) and no wire text can grow the number of series.
DEADLETTER_REASONS = ("not_utf8", "not_json", "invalid", "too_large", "route_error",
                      "detect_error", "send_error")
DUPLICATE_KINDS = ("exact", "near", "stale")
STAGES = ("ingest", "route", "incidents", "publish")
# The agencies a worker labels by name: the first ones it meets. The rest are `other`, and an
# item that names none is `unknown`; a record that never parsed is `unparsed`.
SOURCE_LABELS_MAX = 32
SOURCE_LABEL_CHARS = 64
STAGE_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0)


@dataclass
class Metrics:
    registry: CollectorRegistry
    items_received: Counter
    items_deadlettered: Counter
    duplicates: Counter
    incidents_open: Gauge
    alerts_published: Counter
    redis_publish_errors: Counter
    redis_publish_retries: Counter
    alerts_already_published: Counter
    alert_latency: Histogram
    stage_seconds: Histogram
    consumer_lag: Gauge
    items_late: Counter
    items_old: Counter
    items_held: Gauge
    named_sources: set[str] = field(default_factory=set)

    def source_label(self, source: str | None) -> str:
        """`source` as a label value: the agency's name for the first SOURCE_LABELS_MAX agencies."""
        if not source:
            return "unknown"
        name = source[:SOURCE_LABEL_CHARS]
        if name in self.named_sources:
            return name
        if len(self.named_sources) < SOURCE_LABELS_MAX:
            self.named_sources.add(name)
            return name
        return "other"

    def count_received(self, source: str | None) -> None:
        self.items_received.labels(self.source_label(source)).inc()

    def start_at_zero(self) -> None:
        for reason in DEADLETTER_REASONS:
            self.items_deadlettered.labels(reason)
        for kind in DUPLICATE_KINDS:
            self.duplicates.labels(kind)
        for alert_kind in AlertKind:
            self.alerts_published.labels(alert_kind.value)
        for stage in STAGES:
            self.stage_seconds.labels(stage)
        for source in ("unknown", "other", "unparsed"):
            self.items_received.labels(source)

    @classmethod
    def create(cls, registry: CollectorRegistry | None = None) -> Metrics:
        reg = registry if registry is not None else CollectorRegistry()
        metrics = cls(
            registry=reg,
            items_received=Counter(
                "wirealert_items_received", "Records read from wire.items, by agency",
                ["source"], registry=reg,
            ),
            items_deadlettered=Counter(
                "wirealert_items_deadlettered", "Records sent to wire.deadletter, by reason",
                ["reason"], registry=reg,
            ),
            duplicates=Counter(
                "wirealert_duplicates", "Items dropped as duplicates (exact, near or stale)",
                ["kind"], registry=reg,
            ),
            incidents_open=Gauge(
                "wirealert_incidents_open", "Incidents currently open on this worker",
                registry=reg,
            ),
            alerts_published=Counter(
                "wirealert_alerts_published", "Alerts accepted by Redis, by kind",
                ["kind"], registry=reg,
            ),
            redis_publish_errors=Counter(
                "wirealert_redis_publish_errors", "Failed attempts to write an alert to Redis",
                registry=reg,
            ),
            redis_publish_retries=Counter(
                "wirealert_redis_publish_retries", "Retries of an alert write after a Redis failure",
                registry=reg,
            ),
            alerts_already_published=Counter(
                "wirealert_alerts_already_published",
                "Alerts skipped because Redis already had their alert_id (re-processing)",
                registry=reg,
            ),
            alert_latency=Histogram(
                "wirealert_alert_latency_seconds",
                "Item arrival on wire.items to its alert accepted by Redis",
                buckets=LATENCY_BUCKETS, registry=reg,
            ),
            stage_seconds=Histogram(
                "wirealert_stage_seconds", "Processing time per stage and event",
                ["stage"], buckets=STAGE_BUCKETS, registry=reg,
            ),
            consumer_lag=Gauge(
                "wirealert_consumer_lag", "Records behind the end of each assigned partition",
                ["topic", "partition"], registry=reg,
            ),
            items_late=Counter(
                "wirealert_items_late",
                "Items that reached the router after a later item (in item time) had gone on",
                registry=reg,
            ),
            items_old=Counter(
                "wirealert_items_old",
                "Items whose alerts were withheld as old news (behind the wire's and the wall clock)",
                registry=reg,
            ),
            items_held=Gauge(
                "wirealert_items_held", "Items held in the router's reorder stage", registry=reg,
            ),
        )
        metrics.start_at_zero()
        return metrics


# Every metric family name the worker exports (Counters get the _total suffix in the text
# format). deploy/ rules and dashboards may only query these.
EXPORTED_NAMES = (
    "wirealert_items_received_total",
    "wirealert_items_deadlettered_total",
    "wirealert_duplicates_total",
    "wirealert_incidents_open",
    "wirealert_alerts_published_total",
    "wirealert_redis_publish_errors_total",
    "wirealert_redis_publish_retries_total",
    "wirealert_alerts_already_published_total",
    "wirealert_alert_latency_seconds",
    "wirealert_stage_seconds",
    "wirealert_consumer_lag",
    "wirealert_items_late_total",
    "wirealert_items_old_total",
    "wirealert_items_held",
)
