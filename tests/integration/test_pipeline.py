"""The whole pipeline on a real broker, real Redis and a real worker process.

Each test compares what reached Redis with what the same detection core gives offline
(`evaluate_lines`), so a test fails both when the stream loses or repeats an alert and when the
agents stop calling the core.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest
import redis

from schemas import Alert, AlertKind, DeadLetter
from streams.clients.demo import sample_lines
from streams.dev.stack import LocalStack
from tests.integration.conftest import (
    consume_all,
    identity,
    offline_alerts,
    produce_raw,
    push,
    stream_alerts,
    wait_for,
)

pytestmark = pytest.mark.integration
DATA = Path(__file__).parent / "data"


def wait_for_stream(stack: LocalStack, count: int, timeout: float = 30.0) -> list[Alert]:
    def enough() -> list[Alert] | None:
        alerts = stream_alerts(stack)
        return alerts if len(alerts) >= count else None

    return wait_for(enough, timeout=timeout, what=f"{count} alerts in the Redis stream")


def test_a_valid_sequence_gives_its_alerts(stack: LocalStack, channel_recorder) -> None:
    lines = sample_lines()
    expected = offline_alerts(lines)
    assert len(expected) >= 5, "the sample should exercise several alert kinds"
    recorder = channel_recorder(stack)
    stack.start_worker()

    push(stack, lines)

    got = wait_for_stream(stack, len(expected))
    assert [identity(a) for a in got] == [identity(a) for a in expected]
    wait_for(lambda: len(recorder.messages) >= len(expected), what="pub/sub messages")
    assert sorted(a.alert_id for a in recorder.alerts()) == sorted(a.alert_id for a in expected)
    for channel, alert in recorder.messages:
        assert channel == alert.channel()
        assert channel.startswith(f"alerts.{alert.kind.value}.")
    assert all(a.received_at is not None for a in got)  # latency is measurable


def test_a_report_placed_across_the_border_joins_its_incident(stack: LocalStack) -> None:
    # A bus crash in Peru that one agency first places in Ecuador, its correction and a toll
    # update, then a mudslide in Ecuador with the same toll (invented; see the file).
    lines = [line for line in (DATA / "cross-border.jsonl").read_bytes().splitlines() if line]
    expected = offline_alerts(lines)
    opened = [a for a in expected if a.kind is AlertKind.new_incident]
    assert len(opened) == 2, "the misplaced report must join the crash, the mudslide stay apart"
    crash = opened[0].incident_id
    assert {a.incident_id for a in expected if a.item_ref.startswith("tst:20240310:ec01")} == {crash}
    stack.start_worker()

    push(stack, lines)

    got = wait_for_stream(stack, len(expected))
    # the two incidents live in different shards, so only each incident's order is kept
    for incident in {a.incident_id for a in expected}:
        assert ([identity(a) for a in got if a.incident_id == incident]
                == [identity(a) for a in expected if a.incident_id == incident])
    assert len(got) == len(expected)


def test_bad_records_are_dead_lettered_and_the_good_ones_still_alert(stack: LocalStack) -> None:
    good = sample_lines()
    bad = [
        b"this is not json",
        b"\xff\xfe\x00 not utf-8",
        json.dumps({"headline": "no uri, no time"}).encode(),
        json.dumps({"uri": "x", "versioncreated": "2024-01-03T10:00:00Z", "headline": "h",
                    "urgency": "very"}).encode(),
        json.dumps({"uri": "big", "versioncreated": "2024-01-03T10:00:00Z",
                    "headline": "h", "body_text": "x" * (1100 * 1024)}).encode(),
    ]
    mixed: list[bytes] = []
    for n, line in enumerate(good):
        mixed.append(line)
        if n < len(bad):
            mixed.append(bad[n])
    stack.start_worker()

    produce_raw(stack, mixed)  # push() refuses non-JSON lines on purpose

    expected = offline_alerts(good)
    got = wait_for_stream(stack, len(expected))
    assert [identity(a) for a in got] == [identity(a) for a in expected]
    records = consume_all(stack, "wire.deadletter", len(bad))
    letters = [DeadLetter.model_validate_json(r.value) for r in records]
    assert sorted(letter.reason for letter in letters) == sorted(
        ["not_json", "not_utf8", "invalid", "invalid", "too_large"]
    )
    for letter in letters:
        kept = base64.b64decode(letter.value_b64)
        original = next(b for b in bad if hashlib.sha256(b).hexdigest() == letter.value_sha256)
        if letter.reason == "too_large":
            assert letter.value_truncated and original.startswith(kept) and len(kept) < len(original)
        else:
            assert kept == original, "the dead letter keeps the original bytes"
        assert letter.value_size == len(original)
        assert letter.topic == "wire.items" and letter.offset >= 0 and letter.error
    worker = stack.workers[0]
    assert worker.alive()


def test_re_sent_items_produce_nothing_new(stack: LocalStack) -> None:
    lines = sample_lines()
    expected = offline_alerts(lines)
    stack.start_worker()
    push(stack, lines)
    wait_for_stream(stack, len(expected))

    push(stack, lines)  # the whole wire again: exact re-sends of every uri@version
    marker = json.dumps({
        "uri": "urn:test:after-resend", "version": 1, "source": "Test Wire",
        "versioncreated": "2024-02-10T08:00:00Z", "urgency": 2,
        "headline": "Ferry capsizes off Zanzibar, 14 dead",
        "body_text": "A passenger ferry capsized off Zanzibar, Tanzania, on Saturday, killing at least "
                     "14 people, police said.",
    }).encode()
    push(stack, [marker])
    marker_alerts = offline_alerts([marker])
    assert marker_alerts, "the marker item must itself alert"

    # Once the marker's alerts are in, everything pushed before it has been processed too.
    got = wait_for_stream(stack, len(expected) + len(marker_alerts))
    assert [a.alert_id for a in got] == [a.alert_id for a in expected + marker_alerts]
    metrics = stack.workers[0].get("/metrics")[1].decode()
    assert 'wirealert_duplicates_total{kind="exact"}' in metrics


def test_ninjs_1x_and_3x_items_are_both_accepted(stack: LocalStack) -> None:
    v1 = {
        "uri": "urn:test:quake:1", "version": 1, "source": "Wire One",
        "versioncreated": "2024-02-06T04:30:00Z", "urgency": 1,
        "headline": "Earthquake kills 12 in eastern Turkey",
        "body_text": "A strong earthquake struck eastern Turkey on Tuesday, killing at least 12 people, "
                     "the disaster agency said.",
    }
    v3 = {
        "uri": "urn:test:quake:2", "version": "1", "source": "Wire Three",
        "versionCreated": "2024-02-06T07:10:00Z", "pubStatus": "usable", "urgency": 2,
        "headlines": [{"role": "main", "value": "Turkey quake death toll rises to 40"}],
        "bodies": [{"contentType": "text/plain",
                    "value": "The death toll from the earthquake in eastern Turkey rose to 40, "
                             "the disaster agency said on Tuesday."}],
        "subjects": [{"name": "disaster"}],
    }
    lines = [json.dumps(v1).encode(), json.dumps(v3).encode()]
    expected = offline_alerts(lines)
    assert {a.item_ref for a in expected} == {"urn:test:quake:1@1", "urn:test:quake:2@1"}
    stack.start_worker()
    push(stack, lines)
    got = wait_for_stream(stack, len(expected))
    assert [identity(a) for a in got] == [identity(a) for a in expected]
    client = redis.Redis(port=stack.redis.port)
    assert client.xlen("wirealert:alerts") == len(expected)
