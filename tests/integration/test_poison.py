"""Poison records through the running pipeline (real broker, real Redis, a worker process).

Each poison record is dead-lettered with its real offset and reason, the good records around
it give exactly the offline core's alerts, the worker stays healthy and says how many it
dead-lettered, and the audit trail has a line for each. A second test makes the core itself
raise for one item, inside the worker process.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from schemas import Alert, DeadLetter
from streams.dev.stack import LocalStack
from tests.conftest import SHARED_DATA
from tests.integration.conftest import consume_all, offline_alerts, produce_raw, stream_alerts, wait_for

pytestmark = pytest.mark.integration

BASE: dict[str, Any] = {"versioncreated": "2024-01-03T12:00:00Z", "source": "Poison Wire",
                        "headline": "Blast kills 3 in Kerman"}


def doc(uri: str, **fields: Any) -> bytes:
    return json.dumps({"uri": uri, **BASE, **fields}).encode()


# name -> (record, reason the worker must give)
POISON: dict[str, tuple[bytes, str]] = {
    "5,000-digit integer": (b'{"uri": "urn:p:int", "version": ' + b"7" * 5000 + b"}", "not_json"),
    "1e309": (doc("urn:p:inf", urgency=1).replace(b'"urgency": 1', b'"urgency": 1e309'), "not_json"),
    "NaN": (doc("urn:p:nan")[:-1] + b', "score": NaN}', "not_json"),
    "deep nesting": (b'{"uri": "urn:p:deep", "x": ' + b"[" * 20_000 + b"]" * 20_000 + b"}",
                     "not_json"),
    "400 digits in the headline": (doc("urn:p:h", headline="Blast kills " + "9" * 400), "invalid"),
    "309 digits in the body": (doc("urn:p:b", body_text="The toll is " + "1" * 309 + "."), "invalid"),
    "NUL in the headline": (doc("urn:p:nul", headline="Blast\x00kills 3"), "invalid"),
    "ESC and BEL in the body": (doc("urn:p:esc", body_text="\x1b]0;owned\x07 3 killed"), "invalid"),
    "900 KB of < as HTML": (json.dumps({"uri": "urn:p:html", "versioncreated": BASE["versioncreated"],
                                        "body_html": "<" * 900_000}).encode(), "invalid"),
    "a JSON list": (b'[{"uri": "urn:p:list"}]', "invalid"),
    "not UTF-8": (b'{"uri": "urn:p:\xff"}', "not_utf8"),
}
# Hostile but valid: it must be processed like any item, quickly, and alert as offline does.
HUGE_VALID_HTML = json.dumps({
    "uri": "urn:p:bightml", "versioncreated": "2024-01-03T13:00:00Z", "source": "Poison Wire",
    "headline": "Mine blast kills 6 in Mongolia's Omnogovi province",
    "body_html": "<p>Six miners were killed in a blast at a coal mine in Omnogovi, Mongolia, "
                 "officials said.</p>" + "<div>" * 60_000 + "&amp;" * 30_000,
}).encode()


def dev_lines() -> list[bytes]:
    return [ln for ln in (SHARED_DATA / "dev-wire.jsonl").read_bytes().splitlines() if ln.strip()]


def key(alert: Alert) -> tuple[object, ...]:
    return (alert.kind, alert.item_ref, alert.field, alert.old, alert.new)


def audit_lines(log: str) -> list[dict[str, Any]]:
    out = []
    for text in log.splitlines():
        if text.startswith("{"):
            entry = json.loads(text)          # every JSON line of the log parses
            if entry.get("event") == "item":
                out.append(entry)
    return out


def assert_same_alerts(got: list[Alert], expected: list[Alert]) -> None:
    assert {key(a) for a in got} == {key(a) for a in expected}
    assert {a.alert_id for a in got} == {a.alert_id for a in expected}
    assert len(got) == len({a.alert_id for a in got}), "each alert once"


def test_poison_records_are_dead_lettered_and_the_wire_around_them_alerts(stack: LocalStack) -> None:
    good = [*dev_lines(), HUGE_VALID_HTML]
    poison = list(POISON.values())
    mixed: list[bytes] = []
    step = len(good) // len(poison)
    for n, line in enumerate(good):
        mixed.append(line)
        if n % step == 0 and n // step < len(poison):
            mixed.append(poison[n // step][0])
    assert len(mixed) == len(good) + len(poison)
    worker = stack.start_worker()

    produce_raw(stack, mixed)

    expected = offline_alerts(good)
    got = wait_for(lambda: (a := stream_alerts(stack)) and len(a) >= len(expected) and a,
                   timeout=90, what=f"{len(expected)} alerts")
    assert_same_alerts(got, expected)

    # Each poison record dead-lettered once, with its reason and the offset it really has.
    offsets = {hashlib.sha256(r.value).hexdigest(): r.offset
               for r in consume_all(stack, "wire.items", len(mixed))}
    letters = [DeadLetter.model_validate_json(r.value)
               for r in consume_all(stack, "wire.deadletter", len(poison))]
    by_digest = {letter.value_sha256: letter for letter in letters}
    assert len(letters) == len(poison)
    for name, (raw, reason) in POISON.items():
        letter = by_digest[hashlib.sha256(raw).hexdigest()]
        assert (letter.reason, letter.topic) == (reason, "wire.items"), name
        assert letter.offset == offsets[letter.value_sha256] and letter.partition == 0, name
        assert letter.error and letter.value_size == len(raw), name

    # The worker says the truth: it is working (healthy, and still alerting after the poison:
    # the last good items' alerts are in), and it counts what it dead-lettered.
    status, body = worker.get("/health")
    health = json.loads(body)
    assert status == 200 and health["status"] == "ok" and worker.alive()
    assert health["deadlettered"] == len(poison)
    _, metrics = worker.get("/metrics")
    assert b'wirealert_items_deadlettered_total{reason="not_json"} 4.0' in metrics

    # The audit trail: one parseable line per dead letter and per processed item, with its alerts.
    audit = audit_lines(worker.log())
    dead = [e for e in audit if e["decision"] == "deadlettered"]
    assert sorted(e["offset"] for e in dead) == sorted(offsets[hashlib.sha256(raw).hexdigest()]
                                                       for raw, _ in poison)
    raised = {a for e in audit for a in e["alert_ids"]}
    assert raised == {a.alert_id for a in expected}
    assert any(e["item_ref"] == "urn:p:bightml@1" and e["route"] for e in audit)


FAULT_URI = "urn:p:fault"
SITECUSTOMIZE = f'''
"""Injected by tests/integration/test_poison.py: the detection core raises for one item."""
import streams.detect
import streams.detect.api
import streams.detect.core

_process = streams.detect.core.process


def process(state, item, **kwargs):
    if item.uri == {FAULT_URI!r}:
        raise RuntimeError("injected fault in the detection core")
    return _process(state, item, **kwargs)


streams.detect.core.process = streams.detect.api.process = streams.detect.process = process
'''


def test_an_item_the_core_raises_on_is_dead_lettered_and_the_rest_alert(
        stack: LocalStack, tmp_path: Path) -> None:
    (tmp_path / "sitecustomize.py").write_text(SITECUSTOMIZE)
    good = dev_lines()
    fault = json.dumps({"uri": FAULT_URI, "versioncreated": "2024-01-03T13:00:00Z",
                        "source": "Poison Wire", "urgency": 1,
                        "headline": "Mine blast kills 6 in Mongolia's Omnogovi province",
                        "body_text": "Six miners were killed in a blast in Omnogovi, Mongolia."}).encode()
    middle = len(good) // 2
    lines = [*good[:middle], fault, *good[middle:]]
    path = os.pathsep.join(p for p in (str(tmp_path), os.environ.get("PYTHONPATH")) if p)
    worker = stack.start_worker(PYTHONPATH=path)

    produce_raw(stack, lines)

    expected = offline_alerts(good)
    got = wait_for(lambda: (a := stream_alerts(stack)) and len(a) >= len(expected) and a,
                   timeout=90, what=f"{len(expected)} alerts")
    assert_same_alerts(got, expected)
    (record,) = consume_all(stack, "wire.deadletter", 1)
    letter = DeadLetter.model_validate_json(record.value)
    assert letter.reason == "detect_error" and "injected fault" in letter.error
    assert letter.topic == "wirealert.routed" or letter.topic.endswith("routed")
    assert letter.partition >= 0 and letter.offset >= 0
    assert (letter.origin_partition, letter.origin_offset) == (0, middle)
    assert worker.alive() and worker.get("/health")[0] == 200
    (line,) = [e for e in audit_lines(worker.log()) if e["item_ref"] == f"{FAULT_URI}@1"]
    assert (line["decision"], line["reason"]) == ("deadlettered", "detect_error")
