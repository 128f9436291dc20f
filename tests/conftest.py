"""Shared fixtures. Integration fixtures start their own broker and Redis on free ports."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from schemas import AlertKind
from schemas.decision import Decision
from streams.detect.offline import evaluate_lines

REPO = Path(__file__).resolve().parent.parent
# The project's shared data (dev wire, labels) lives beside the clone; a clone elsewhere (a git
# worktree, a CI checkout) names it with WIREALERT_SHARED_DATA.
SHARED_DATA = Path(os.environ.get("WIREALERT_SHARED_DATA") or REPO.parent / "shared" / "data")


def item(uri: str = "urn:test:1", version: int = 1, headline: str = "Blast kills 12 in market",
         body: str = "At least 12 people were killed when a bomb exploded in a market in Peshawar, "
                     "Pakistan, police said.", **extra: object) -> dict[str, object]:
    """A ninjs 1.x wire item as a dict."""
    doc: dict[str, object] = {
        "uri": uri, "version": version, "source": "Test Wire",
        "versioncreated": "2024-03-01T10:00:00Z", "pubstatus": "usable", "urgency": 2,
        "language": "en", "headline": headline, "body_text": body,
    }
    doc.update(extra)
    return doc


def line(doc: dict[str, object]) -> bytes:
    return json.dumps(doc).encode()


@pytest.fixture
def make_item():
    return item


@pytest.fixture(scope="session")
def artifacts_dir() -> Iterator[Path]:
    path = REPO / "test-artifacts"
    path.mkdir(exist_ok=True)
    yield path


def pytest_sessionfinish(session: pytest.Session) -> None:
    from tests.brokers import stop_shared_kafka

    stop_shared_kafka()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how many records the fuzz tests tried (issue: report the count), and what the
    session's Apache Kafka broker cost (WIREALERT_TEST_BROKER=kafka)."""
    from tests.brokers import STATS
    from tests.fuzz import test_codec_fuzz, test_stream_fuzz

    if STATS["start_s"] is not None:
        terminalreporter.write_line(
            f"Apache Kafka test broker: started once in {STATS['start_s']:.1f}s, shared by "
            f"{STATS['stacks']} stacks; deleting their topics took {STATS['delete_topics_s']:.1f}s in all"
        )

    core = test_codec_fuzz.TRIED["records"]
    stream = test_stream_fuzz.TRIED
    if core or stream["records"]:
        terminalreporter.write_line(
            f"fuzz: {core} records through codec+core; {stream['records']} records "
            f"({stream['hostile']} hostile) through the running pipeline"
        )


STORIES_T0 = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
STORIES_NOW = datetime(2025, 3, 10, tzinfo=UTC)


def story_lines(stories: list[tuple[str, str]], prefix: str) -> list[bytes]:
    """(headline, body) stories as wire lines half an hour apart, uris `<prefix>:<n>:x`."""
    return [line(item(f"{prefix}:{i}:x", 1, headline, body,
                      versioncreated=(STORIES_T0 + timedelta(minutes=30 * i)).isoformat()))
            for i, (headline, body) in enumerate(stories)]


def story_decisions(stories: list[tuple[str, str]], prefix: str) -> list[Decision]:
    """The stories through `evaluate`: each one's decision."""
    return [d for d, _ in evaluate_lines(story_lines(stories, prefix), now=STORIES_NOW)]


def feed_stories(stories: list[tuple[str, str]], prefix: str
                 ) -> list[tuple[str | None, list[AlertKind]]]:
    """The stories through `evaluate`: each one's incident and the kinds of alert it raised."""
    return [(d.incident_id, [a.kind for a in alerts])
            for d, alerts in evaluate_lines(story_lines(stories, prefix), now=STORIES_NOW)]
