"""The audit trail: one structured line per wire item, whatever became of it.

A desk that disputes an alert, or an operator at 3 a.m., greps for an item_ref and finds the one
line that says where it went (`route`), what the core decided (`decision`: accepted,
duplicate, near_duplicate, stale, deadlettered), its incident and the alert ids it raised (or,
for a dead letter, the reason and the record's topic/partition/offset). JSON when stderr is not
a terminal (containers, files), a readable line on a terminal, as structlog's logging guide
recommends. The line is written by the agent that last handled the item: ingest for re-sends
and records it could not use, incidents for everything else.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from typing import Any

import structlog

EVENT = "item"
_log = structlog.get_logger("wirealert.audit")


def configure(level: str = "INFO", *, stream: Any = None) -> None:
    """Route structlog to `stream` (stderr by default), as JSON unless it is a terminal.

    Called before faust's worker starts, which replaces sys.stderr with a logging proxy: the
    audit trail keeps the real stream.
    """
    out = stream if stream is not None else sys.stderr
    tty = bool(getattr(out, "isatty", lambda: False)())
    renderer: Any = structlog.dev.ConsoleRenderer() if tty else structlog.processors.JSONRenderer()
    structlog.configure(
        processors=[
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=structlog.WriteLoggerFactory(file=out),
        # not cached: a later configure (a test, a second worker) must take effect
        cache_logger_on_first_use=False,
    )


def item(item_ref: str | None, *, decision: str, route: str | None = None,
         incident_id: str | None = None, alert_ids: Iterable[str] = (), **context: Any) -> None:
    """The item's one audit line."""
    _log.info(EVENT, item_ref=item_ref, route=route, decision=decision, incident_id=incident_id,
              alert_ids=list(alert_ids), **context)
