"""`wirealert worker` that cannot use Kafka or Redis says which setting to check, exits 2, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from streams.dev.embedded import free_port, start_redis
from streams.dev.stack import LocalStack

pytestmark = pytest.mark.integration


def run_worker(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "streams.cli", "worker"], env=env, capture_output=True, text=True,
        timeout=120, stdin=subprocess.DEVNULL,
    )


def test_a_dead_broker_port_names_the_kafka_setting() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIREALERT_")}
    url = f"kafka://127.0.0.1:{free_port()}"
    done = run_worker({**env, "WIREALERT_KAFKA_URL": url, "WIREALERT_BROKER_PROFILE": "embedded"})

    assert done.returncode == 2, done.stderr
    assert f"wirealert worker: cannot reach Kafka at {url} — check WIREALERT_KAFKA_URL" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_a_wrong_redis_password_names_the_redis_setting(stack: LocalStack) -> None:
    guarded = start_redis(password="right-secret-42")
    try:
        done = run_worker(stack.env(WIREALERT_REDIS_URL=f"redis://:wrong-secret-7@127.0.0.1:{guarded.port}/0"))
    finally:
        guarded.stop()

    assert done.returncode == 2, done.stderr
    assert "wirealert worker: Redis refused the credentials — check the user and password in " \
        "WIREALERT_REDIS_URL" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert "wrong-secret-7" not in done.stderr + done.stdout
