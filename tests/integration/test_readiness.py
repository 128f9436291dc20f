"""/ready reports a Redis sink that has not succeeded for WIREALERT_REDIS_STALL_S while alerts wait."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.clients.demo import sample_lines
from streams.dev.embedded import start_redis
from streams.dev.stack import LocalStack
from tests.integration.conftest import push, wait_for

pytestmark = pytest.mark.integration


def test_ready_turns_503_while_alerts_wait_for_redis_and_back(stack: LocalStack, tmp_path: Path) -> None:
    stack.redis.stop()
    stack.redis = start_redis(stack.redis.port, data_dir=tmp_path)
    worker = stack.start_worker(WIREALERT_REDIS_STALL_S="1")

    def ready() -> int:
        return worker.get("/ready", timeout=1.0)[0]

    wait_for(lambda: ready() == 200, what="/ready 200 when healthy")

    stack.redis.stop()  # Redis goes away; the sample's alerts now wait on wire.alerts
    push(stack, sample_lines())
    wait_for(lambda: ready() == 503, timeout=60, what="/ready 503 on a stalled sink")
    assert worker.get("/health", timeout=1.0)[0] == 200  # alive: liveness must not restart it

    stack.redis = start_redis(stack.redis.port, data_dir=tmp_path)
    wait_for(lambda: ready() == 200, timeout=60, what="/ready 200 once Redis is back")
