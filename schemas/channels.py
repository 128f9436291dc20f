"""Redis channel names built from alert fields, reduced so that no item can address another channel."""

from __future__ import annotations

import re

_UNSAFE = re.compile(r"[^a-z0-9_-]+")
MAX_SEGMENT = 64


def segment(value: str | None, *, empty: str = "xx") -> str:
    """Lower-case, keep [a-z0-9_-], cap the length: '.', '*', '?', '[' never pass through."""
    reduced = _UNSAFE.sub("-", (value or "").lower()).strip("-")[:MAX_SEGMENT]
    return reduced or empty


def channel_for(kind: str, country: str | None, incident_id: str) -> str:
    return f"alerts.{segment(kind)}.{segment(country)}.{segment(incident_id, empty='unknown')}"
