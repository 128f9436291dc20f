"""The narrow surface the agents and `evaluate` call. Implementation lives in sibling modules."""

from __future__ import annotations

from enum import StrEnum

from schemas import WireItem
from streams.detect.core import DetectConfig, Outcome, facts_of, process
from streams.detect.places import country_of
from streams.detect.state import ShardState

__all__ = [
    "DetectConfig",
    "Outcome",
    "ShardState",
    "VersionVerdict",
    "check_version",
    "process",
    "route_key",
]


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


def route_key(item: WireItem) -> str:
    """The coarse place key: lower-case ISO country of what the text is about, else "xx".

    A function of headline and body (the `located` field only when the text names no place),
    so that an identical text always meets its earlier copy in the same shard.
    """
    country = facts_of(item).places.best_country() or country_of(item.located)
    return country.lower() if country else "xx"
