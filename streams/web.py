"""HTTP pages on the worker's web port: /metrics (Prometheus text format) and /health."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from prometheus_client import generate_latest

# prometheus_client's CONTENT_TYPE_LATEST carries a charset, which aiohttp refuses in content_type.
METRICS_CONTENT_TYPE = "text/plain; version=0.0.4"

if TYPE_CHECKING:
    from streams.app import WireApp


def register_pages(wire: WireApp) -> None:
    app = wire.app

    @app.page("/metrics")
    async def metrics_page(web: Any, request: Any) -> Any:
        return web.bytes(generate_latest(wire.metrics.registry), content_type=METRICS_CONTENT_TYPE)

    @app.page("/health")
    async def health_page(web: Any, request: Any) -> Any:
        # Healthy once the worker has joined its group and holds an assignment.
        assigned = len(app.consumer.assignment()) if app.consumer else 0
        body = {"status": "ok" if assigned else "starting", "assigned_partitions": assigned,
                "broker_profile": wire.profile}
        return web.json(body, status=200 if assigned else 503)
