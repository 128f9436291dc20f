"""Thin faust agents: ingest, router, incidents, publish. I/O only; decisions come from streams.detect."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from streams.app import WireApp


def register_all(wire: WireApp) -> None:
    from streams.agents import incidents, ingest, publish, router

    ingest.register(wire)
    router.register(wire)
    incidents.register(wire)
    publish.register(wire)
