"""HTTP pages on the worker's web port.

- `/metrics`         Prometheus text format, from the worker's `Metrics` registry.
- `/health`          200 once the worker holds an assignment, 503 before.
- `/ready`           as /health, and 503 while an alert has waited WIREALERT_REDIS_STALL_S for Redis.
- `/dashboard`       the live ops page (streams/dashboard/): its script reads `/metrics` itself, so
                     every number on it is a number Prometheus scrapes, plus
- `/dashboard/data`  what the registry has no place for: the last alerts, this worker's partitions.
- `/incidents`, `/incidents/<id>`  open incidents (streams.web.incidents_api).
"""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import resources
from typing import TYPE_CHECKING, Any

from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
from prometheus_client import generate_latest

from streams.web.incidents_api import register_incidents
from streams.web.lag import register_lag

# prometheus_client's CONTENT_TYPE_LATEST carries a charset, which aiohttp refuses in content_type.
METRICS_CONTENT_TYPE = "text/plain; version=0.0.4"
DASHBOARD_ALERTS = 25
STATIC_TYPES = {".css": "text/css", ".js": "application/javascript", ".html": "text/html"}

if TYPE_CHECKING:
    from streams.runtime.context import WorkerContext


def dashboard_file(name: str) -> bytes | None:
    """A file shipped in streams/dashboard/ (package data), or None for anything else."""
    if "/" in name or "\\" in name or name.startswith(".") or not name.endswith(tuple(STATIC_TYPES)):
        return None
    path = resources.files("streams") / "dashboard" / name
    return path.read_bytes() if path.is_file() else None


def dashboard_data(context: WorkerContext) -> dict[str, Any]:
    app = context.app
    assignment: dict[str, list[int]] = {}
    for tp in app.consumer.assignment() if app.consumer else ():
        assignment.setdefault(tp.topic, []).append(tp.partition)
    now = datetime.now(UTC)
    alerts = list(context.recent_alerts)[-DASHBOARD_ALERTS:][::-1]
    return {
        "worker": str(app.conf.canonical_url),
        "app_id": context.settings.app_id,
        "broker_profile": context.profile,
        "started_at": context.started_at.isoformat(),
        "uptime_s": round((now - context.started_at).total_seconds(), 1),
        "now": now.isoformat(),
        "assignment": {t: sorted(p) for t, p in sorted(assignment.items())},
        "recent_alerts": [
            {
                "alert_id": a.alert_id, "kind": a.kind.value, "incident_id": a.incident_id,
                "summary": a.summary or a.headline, "tier": a.tier.value, "country": a.country,
                "location": a.location, "source": a.source, "item_ref": a.item_ref,
                "item_time": a.item_time.isoformat(), "detected_at": a.detected_at.isoformat(),
            }
            for a in alerts
        ],
    }


def use_faust_sensor(context: WorkerContext) -> None:
    """faust's own Prometheus sensor (faust_* families: events per topic, commit and send
    latency, rebalances, end and committed offsets) on the same registry and page as ours."""
    context.app.monitor = PrometheusMonitor(metrics=FaustMetrics.create(context.metrics.registry, "faust"))


def register_pages(context: WorkerContext) -> None:
    app = context.app
    use_faust_sensor(context)
    register_lag(context)
    register_incidents(context)

    @app.page("/metrics")
    async def metrics_page(web: Any, request: Any) -> Any:
        return web.bytes(generate_latest(context.metrics.registry), content_type=METRICS_CONTENT_TYPE)

    @app.page("/health")
    async def health_page(web: Any, request: Any) -> Any:
        # Healthy once the worker has joined its group and holds an assignment.
        assigned = len(app.consumer.assignment()) if app.consumer else 0
        # Poison records do not make a worker unhealthy (each is dead-lettered and the stream
        # goes on; a stage that cannot go on stops the process), but an operator sees them here.
        dead = sum(sample.value for family in context.metrics.items_deadlettered.collect()
                   for sample in family.samples if sample.name.endswith("_total"))
        body = {"status": "ok" if assigned else "starting", "assigned_partitions": assigned,
                "broker_profile": context.profile, "deadlettered": int(dead)}
        return web.json(body, status=200 if assigned else 503)

    @app.page("/ready")
    async def ready_page(web: Any, request: Any) -> Any:
        # Ready when assigned and the sink is not stalled: k8s then stops routing /incidents
        # here, and an operator sees the stall, while the alerts wait on wire.alerts.
        assigned = len(app.consumer.assignment()) if app.consumer else 0
        stalled = context.sink.stalled_for()
        sink_ok = stalled < context.settings.redis_stall_s
        body = {"status": "ok" if assigned and sink_ok else "not ready", "assigned_partitions": assigned,
                "redis_stalled_s": round(stalled, 1)}
        return web.json(body, status=200 if assigned and sink_ok else 503)

    @app.page("/dashboard")
    async def dashboard_page(web: Any, request: Any) -> Any:
        return web.bytes(dashboard_file("index.html") or b"", content_type="text/html")

    @app.page("/dashboard/data")
    async def dashboard_data_page(web: Any, request: Any) -> Any:
        return web.json(dashboard_data(context))

    @app.page("/dashboard/static/{name}")
    async def dashboard_static(web: Any, request: Any, name: str) -> Any:
        body = dashboard_file(name)
        if body is None:
            return web.json({"error": "not found"}, status=404)
        content_type = STATIC_TYPES["." + name.rsplit(".", 1)[-1]]
        return web.bytes(body, content_type=content_type, headers={"Cache-Control": "no-cache"})
