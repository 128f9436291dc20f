"""Thin faust agents: ingest, router, incidents, publish. I/O only; decisions come from streams.detect."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from streams.runtime.context import WorkerContext


def register_all(context: WorkerContext) -> None:
    from streams.agents import incidents, ingest, publish, router

    ingest.register(context)
    router.register(context)
    incidents.register(context)
    publish.register(context)
