"""Ingest forgets uris whose last version is older than the TTL (item time): a tombstone on the
uri_versions changelog, so the table, and a worker that recovers it, stay bounded."""

from __future__ import annotations

import json

import pytest

from streams.dev.stack import LocalStack
from tests.integration.conftest import consume_all, push, wait_for

pytestmark = pytest.mark.integration


def item(uri: str, when: str) -> bytes:
    return json.dumps({"uri": uri, "version": 1, "source": "Test Wire", "versioncreated": when,
                       "headline": f"Markets close mixed ({uri})",
                       "body_text": f"Shares ended mixed on {when[:10]} in quiet trade."}).encode()


def test_old_uris_are_forgotten_in_item_time(stack: LocalStack) -> None:
    stack.start_worker(WIREALERT_INCIDENT_TTL_HOURS="48")
    push(stack, [item("urn:old", "2024-03-01T10:00:00Z"), item("urn:recent", "2024-03-02T10:00:00Z")])
    push(stack, [item("urn:later", "2024-03-03T12:00:00Z")])  # 50 h after urn:old, 26 h after urn:recent

    changelog = f"{stack.app_id}-uri_versions-changelog"

    def tombstones() -> set[str]:
        records = consume_all(stack, changelog, expected=4, timeout=5)
        return {json.loads(r.key) for r in records if r.value is None}

    assert wait_for(tombstones, timeout=30, what="a tombstone for the expired uri") == {"urn:old"}
