"""The uri_versions expiry index: what falls out of the window, per partition, in item time."""

from __future__ import annotations

import asyncio
import json
from types import SimpleNamespace

from streams.agents.version_expiry import VersionExpiry, seen_of, version_of

DAY = 86_400.0


def test_entries_expire_once_the_clock_passes_the_ttl() -> None:
    index = VersionExpiry(ttl_s=7 * DAY)
    index.record(0, "urn:a", 1 * DAY)
    index.record(0, "urn:b", 3 * DAY)
    index.record(1, "urn:c", 1 * DAY)
    assert index.expired(0) == []
    index.record(0, "urn:d", 9 * DAY)  # the clock moves to day 9: day 1 is out, day 3 is not
    assert index.expired(0) == [(1 * DAY, "urn:a")]
    assert index.expired(1) == [(1 * DAY, "urn:c")]
    assert index.expired(0) == []
    assert len(index) == 2


def test_the_clock_never_runs_backwards() -> None:
    index = VersionExpiry(ttl_s=DAY)
    index.record(0, "new", 10 * DAY)
    index.record(0, "late", 2 * DAY)  # a late item does not pull the clock back
    assert index.expired(0) == [(2 * DAY, "late")]


def test_recovery_events_rebuild_the_index() -> None:
    index = VersionExpiry(ttl_s=DAY)

    def event(partition: int, uri: str, value: object) -> SimpleNamespace:
        raw = None if value is None else json.dumps(value).encode()
        return SimpleNamespace(message=SimpleNamespace(partition=partition, key=json.dumps(uri).encode(),
                                                       value=raw))

    asyncio.run(index.on_changelog_event(event(2, "urn:x", [3, 5 * DAY])))
    asyncio.run(index.on_changelog_event(event(2, "urn:y", None)))  # a delete adds nothing
    index.record(2, "urn:z", 7 * DAY)
    assert index.expired(2) == [(5 * DAY, "urn:x")]


def test_stored_values() -> None:
    assert version_of([4, 123.0]) == 4 and seen_of([4, 123.0]) == 123.0
    assert version_of(2) == 2 and seen_of(2) == 0.0  # a bare version, as older tables held
    assert version_of(None) is None
