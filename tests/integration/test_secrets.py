"""A worker talks to a Redis that requires a password, and never writes the password anywhere."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from schemas import Alert
from streams.clients.demo import sample_lines
from streams.detect.offline import evaluate_lines
from streams.dev.stack import LocalStack
from tests.brokers import broker_stack
from tests.integration.conftest import push, wait_for

pytestmark = pytest.mark.integration

PASSWORD = "Redis-Pw-7f3a9c2e"


@pytest.fixture
def locked_stack() -> Iterator[LocalStack]:
    with broker_stack("wirealert-secrets", redis_password=PASSWORD,
                      WIREALERT_BROKER_SESSION_TIMEOUT_S="2", WIREALERT_LOG_LEVEL="DEBUG") as stack:
        yield stack


def test_worker_uses_redis_auth_and_never_logs_the_password(locked_stack: LocalStack) -> None:
    stack = locked_stack
    client = redis.Redis(port=stack.redis.port, password=PASSWORD)
    with pytest.raises(redis.AuthenticationError):
        redis.Redis(port=stack.redis.port).ping()  # the server really requires it
    lines = sample_lines()
    expected = [a for _, alerts in evaluate_lines(lines) for a in alerts]
    worker = stack.start_worker()
    push(stack, lines)
    wait_for(lambda: client.xlen("wirealert:alerts") >= len(expected), what="alerts in Redis")
    stored = [Alert.model_validate_json(f[b"alert"]) for _, f in client.xrange("wirealert:alerts")]
    assert [a.alert_id for a in stored] == [a.alert_id for a in expected]

    status, metrics = worker.get("/metrics")
    assert status == 200 and PASSWORD.encode() not in metrics
    _, health = worker.get("/health")
    assert PASSWORD.encode() not in health
    log = worker.log()
    assert "DEBUG" in log, "the check must run against verbose logs"
    assert PASSWORD not in log


def test_a_wrong_redis_password_fails_start_up_and_is_not_logged(locked_stack: LocalStack) -> None:
    stack = locked_stack
    wrong = "Wrong-Pw-51d0e8"
    worker = stack.start_worker(wait=False, WIREALERT_REDIS_URL=f"redis://:{wrong}@127.0.0.1:{stack.redis.port}/0")
    wait_for(lambda: not worker.alive(), timeout=60, what="the worker to stop at start-up")
    assert worker.process.returncode == 2
    assert "check the user and password in WIREALERT_REDIS_URL" in worker.log()
    assert wrong not in worker.log() and PASSWORD not in worker.log()
