"""The CLI against a real broker and Redis: push refuses bad lines and says so; replay reads the stream."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from streams.cli import app
from streams.clients.demo import sample_lines
from streams.clients.subscribe import replay
from streams.detect.offline import evaluate_lines
from streams.dev.embedded import free_port
from streams.dev.stack import LocalStack
from streams.runtime.redis_client import redis_client
from tests.integration.conftest import consume_all, push, stream_alerts, wait_for

pytestmark = pytest.mark.integration

runner = CliRunner()


def test_push_sends_good_lines_and_refuses_bad_ones(stack: LocalStack, tmp_path: Path) -> None:
    good = sample_lines()[:3]
    oversize = json.dumps({"uri": "big", "versioncreated": "2024-01-03T10:00:00Z",
                           "headline": "h", "body_text": "z" * (2 << 20)}).encode()
    path = tmp_path / "items.jsonl"
    path.write_bytes(b"\n".join([good[0], b"{not json", good[1], oversize, b"", good[2]]) + b"\n")

    result = runner.invoke(app, ["push", str(path), "--kafka-url", stack.kafka_url])

    assert result.exit_code == 1, result.output
    assert "3 sent to wire.items, 2 rejected" in result.output
    assert "line 2: not JSON" in result.output
    assert "line 4:" in result.output and "over the limit of 1048576" in result.output
    records = consume_all(stack, "wire.items", 3)
    assert [r.value for r in records] == good
    assert [r.key for r in records] == [json.loads(line)["guid"].encode() for line in good]


def test_push_rejects_the_lines_the_worker_would_dead_letter(stack: LocalStack, tmp_path: Path) -> None:
    good = sample_lines()[:2]
    base = {"uri": "urn:poison", "versioncreated": "2024-01-03T10:00:00Z", "headline": "Blast"}
    poison = [
        b'{"uri": "u", "version": ' + b"1" * 5000 + b', "headline": "h"}',   # json.loads ValueError
        json.dumps({**base, "urgency": 1}).encode().replace(b'"urgency": 1', b'"urgency": 1e309'),
        json.dumps({**base, "headline": "Blast\x00kills"}).encode(),
        b"[" * 50_000 + b"]" * 50_000,
        json.dumps({**base, "headline": "Toll " + "9" * 400}).encode(),
        json.dumps({**base, "versioncreated": "2999-01-01T00:00:00Z"}).encode(),
    ]
    path = tmp_path / "items.jsonl"
    path.write_bytes(b"\n".join([good[0], *poison, good[1]]) + b"\n")

    result = runner.invoke(app, ["push", str(path), "--kafka-url", stack.kafka_url])

    assert result.exit_code == 1, result.output
    assert f"2 sent to wire.items, {len(poison)} rejected" in result.output
    for line_no, words in [(2, "4300 digits"), (3, "out of range"), (4, "U+0000"),
                           (5, "nested deeper"), (6, "digits"), (7, "future")]:
        assert f"line {line_no}: " in result.output and words in result.output, (line_no, words)
    assert [r.value for r in consume_all(stack, "wire.items", 2)] == good


def test_push_all_good_exits_zero(stack: LocalStack, tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_bytes(b"\n".join(sample_lines()) + b"\n")
    result = runner.invoke(app, ["push", str(path), "--kafka-url", stack.kafka_url])
    assert result.exit_code == 0, result.output
    assert f"{len(sample_lines())} sent to wire.items, 0 rejected" in result.output


def test_push_to_a_dead_broker_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_bytes(sample_lines()[0] + b"\n")
    result = runner.invoke(app, ["push", str(path), "--kafka-url", f"kafka://127.0.0.1:{free_port()}"])
    assert result.exit_code == 2
    assert "could not push" in result.output


def test_evaluate_writes_alerts_and_decisions(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(sample_lines()) + b"\n")
    alerts, decisions = tmp_path / "a.jsonl", tmp_path / "d.jsonl"
    args = ["evaluate", str(src), "--alerts", str(alerts), "--decisions", str(decisions)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    expected = [a for _, got in evaluate_lines(sample_lines()) for a in got]
    assert [json.loads(line)["alert_id"] for line in alerts.read_text().splitlines()] == [
        a.alert_id for a in expected
    ]
    assert len(decisions.read_text().splitlines()) == len(sample_lines())
    assert "received_at" not in alerts.read_text()


def test_replay_reads_stored_alerts_in_order(stack: LocalStack) -> None:
    stack.start_worker()
    lines = sample_lines()
    push(stack, lines)
    expected = [a for _, got in evaluate_lines(lines) for a in got]
    wait_for(lambda: len(stream_alerts(stack)) >= len(expected), what="alerts stored")
    async def read() -> list[str]:
        client = redis_client(stack.redis_url)
        try:
            return [a.alert_id async for a in replay(client, "wirealert:alerts", batch=3)]
        finally:
            await client.aclose()

    assert asyncio.run(read()) == [a.alert_id for a in expected]


def test_subscribe_to_a_pipe_prints_one_clean_line_per_alert(stack: LocalStack) -> None:
    import subprocess
    import sys
    import time

    import redis

    stack.start_worker()
    lines = sample_lines()
    push(stack, lines)
    expected = [a for _, got in evaluate_lines(lines) for a in got]
    wait_for(lambda: len(stream_alerts(stack)) >= len(expected), what="alerts stored")
    # A forged entry that is not an alert, and an alert whose headline carries terminal controls
    # and is longer than any terminal: subscribe skips the first and prints the second clean.
    client = redis.Redis.from_url(stack.redis_url)
    hostile = expected[0].model_copy(update={
        "alert_id": "al-00000000000000ff",
        "headline": "\x1b[2J\x1b]0;owned\x07Kerman " + "long " * 60 + "\u202eend",
    })
    client.xadd("wirealert:alerts", {"alert": b"{not an alert"})
    client.xadd("wirealert:alerts", {"alert": hostile.model_dump_json()})
    client.close()

    env = stack.env(COLUMNS="80")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streams.cli", "subscribe", "--replay"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    try:
        assert proc.stdout is not None
        got: list[str] = []
        deadline = time.monotonic() + 60
        while len(got) < len(expected) + 1 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            got.append(line.decode())
    finally:
        proc.kill()
        _, err = proc.communicate(timeout=10)
    assert len(got) == len(expected) + 1, (got, err)
    for alert, line in zip(expected, got, strict=False):
        assert alert.incident_id in line and alert.headline in line
    last = got[-1]
    assert "Kerman" in last and "end" in last
    assert "\x1b" not in "".join(got) and "\u202e" not in last and "\x07" not in last
    assert b"not an alert" in err
