"""The narrow surface the agents and `evaluate` call. Implementation lives in sibling modules."""

from __future__ import annotations

from enum import StrEnum

from schemas import WireItem
from streams.detect.core import DetectConfig, Outcome, facts_of, item_epoch, process
from streams.detect.routing import Route, RouterState, route, text_key
from streams.detect.state import ShardState

__all__ = [
    "DetectConfig",
    "Outcome",
    "Route",
    "RouterState",
    "ShardState",
    "VersionVerdict",
    "check_version",
    "item_epoch",
    "process",
    "route_item",
    "route_key",
    "warm_up",
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

    A function of headline and body (the `located` field only when the text names no place).
    The stream routes with `route_item`, which starts from this key.
    """
    return text_key(item, facts_of(item))


def route_item(router: RouterState, item: WireItem, *, t: int,
               config: DetectConfig | None = None) -> Route:
    """The shard for a new item (`t`: its item time, epoch s), as routing.py explains."""
    ttl = int((config or DetectConfig()).incident_ttl.total_seconds())
    return route(router, item, facts_of(item), t=t, ttl_s=ttl)


def warm_up() -> None:
    """Load what the core builds on first use (the gazetteer, the claim vocabulary, MinHash):
    about a second of CPU that would otherwise block the worker's event loop, and so its web
    pages and heartbeats, on the first item."""
    from streams.detect.facts import analyse

    analyse("Blast kills 3 in Kerman, Iran", "Three people were killed in Kerman, police said.", 2024)
