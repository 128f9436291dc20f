"""The narrow surface the agents and `evaluate` call. Implementation lives in sibling modules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel

from schemas import Alert, Decision, WireItem


class VersionVerdict(StrEnum):
    new = "new"              # first time this uri@version is seen (a higher version included)
    duplicate = "duplicate"  # this uri@version was seen before
    stale = "stale"          # older than a version already seen


def check_version(last_seen: int | None, item: WireItem) -> VersionVerdict:
    if last_seen is None or item.version > last_seen:
        return VersionVerdict.new
    if item.version == last_seen:
        return VersionVerdict.duplicate
    return VersionVerdict.stale


@dataclass(frozen=True)
class DetectConfig:
    # An incident with no item for this long (in item time) is closed and forgotten.
    incident_ttl: timedelta = timedelta(hours=72)


class ShardState(BaseModel):
    """Placeholder: replaced by the real state model of the core."""


@dataclass
class Outcome:
    decision: Decision
    alerts: list[Alert] = field(default_factory=list)


def route_key(item: WireItem) -> str:
    raise NotImplementedError


def process(
    state: ShardState, item: WireItem, *, now: datetime, config: DetectConfig | None = None
) -> Outcome:
    raise NotImplementedError
