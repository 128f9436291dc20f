"""Outages and crashes lose nothing and repeat nothing.

Each test runs a synthetic stream (many incidents, updates, rewrites, re-sends, noise) through
the real pipeline, breaks something in the middle, and then compares the alerts in Redis with
those of the same detection core run offline: the same set, each alert_id once.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from schemas import Alert
from streams.detect.synthetic import stream as synthetic_stream
from streams.dev.embedded import ServerProcess, start_redis
from streams.dev.stack import LocalStack
from tests.brokers import broker_stack
from tests.integration.conftest import offline_alerts, push, wait_for

pytestmark = pytest.mark.integration

ITEMS = 400


def stored(port: int) -> list[Alert]:
    client = redis.Redis(port=port)
    try:
        return [Alert.model_validate_json(f[b"alert"]) for _, f in client.xrange("wirealert:alerts")]
    finally:
        client.close()


def metric(stack: LocalStack, worker_index: int, name: str) -> float:
    text = stack.workers[worker_index].get("/metrics")[1].decode()
    for line in text.splitlines():
        if line.startswith(name + " ") or line.startswith(name + "{"):
            return float(line.split()[-1])
    return 0.0


def assert_exactly_once(got: list[Alert], expected: list[Alert]) -> None:
    ids = [a.alert_id for a in got]
    assert len(ids) == len(set(ids)), "an alert_id is in the stream twice"
    missing = {a.alert_id for a in expected} - set(ids)
    extra = set(ids) - {a.alert_id for a in expected}
    assert not missing, f"{len(missing)} alerts lost"
    assert not extra, f"{len(extra)} alerts that the stream should not give"


@pytest.fixture
def lines() -> list[bytes]:
    return list(itertools.islice(synthetic_stream(ITEMS, seed=11), ITEMS))


@pytest.fixture
def persistent_stack(tmp_path: Path) -> Iterator[LocalStack]:
    """A stack whose Redis keeps an append-only file, so it can be stopped and started again."""
    with broker_stack("wirealert-reliability", WIREALERT_BROKER_SESSION_TIMEOUT_S="2",
                     WIREALERT_REDIS_RETRY_MAX_S="0.5") as stack:
        stack.redis.stop()
        stack.redis = start_redis(stack.redis.port, data_dir=tmp_path)
        yield stack


def test_a_redis_outage_mid_stream_loses_and_repeats_nothing(
    persistent_stack: LocalStack, lines: list[bytes], tmp_path: Path
) -> None:
    stack = persistent_stack
    expected = offline_alerts(lines)
    half = len(lines) // 2
    stack.start_worker()
    push(stack, lines[:half])
    wait_for(lambda: len(stored(stack.redis.port)) >= 10, what="some alerts before the outage")

    stack.redis.stop()  # Redis goes away mid-stream...
    push(stack, lines[half:])  # ...while the wire keeps flowing
    wait_for(lambda: metric(stack, 0, "wirealert_redis_publish_retries_total") >= 3,
             what="the worker retrying while Redis is down")
    assert stack.workers[0].alive()
    restarted: ServerProcess = start_redis(stack.redis.port, data_dir=tmp_path)
    stack.redis = restarted

    wait_for(lambda: len(stored(stack.redis.port)) >= len(expected), timeout=60,
             what="every alert after Redis came back")
    assert_exactly_once(stored(stack.redis.port), expected)
    assert metric(stack, 0, "wirealert_redis_publish_errors_total") >= 3


def test_a_killed_worker_is_replaced_without_loss_or_repeats(lines: list[bytes]) -> None:
    expected = offline_alerts(lines)
    with broker_stack("wirealert-crash", WIREALERT_BROKER_SESSION_TIMEOUT_S="2") as stack:
        first = stack.start_worker()
        push(stack, lines)
        third = len(expected) // 3
        wait_for(lambda: len(stored(stack.redis.port)) >= third, what="a third of the alerts")
        first.kill()  # SIGKILL mid-stream: no commit, no flush, no goodbye
        before_restart = len(stored(stack.redis.port))
        assert before_restart < len(expected), "the kill must land mid-stream"

        stack.start_worker()
        wait_for(lambda: len(stored(stack.redis.port)) >= len(expected), timeout=90,
                 what="every alert after the restart")
        assert_exactly_once(stored(stack.redis.port), expected)
