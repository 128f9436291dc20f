"""Send JSONL wire items to wire.items (key = uri), counting what was accepted and rejected."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaProducer

from streams.profiles import broker_hosts


@dataclass
class PushReport:
    sent: int = 0
    rejected: int = 0
    errors: list[str] = field(default_factory=list)

    def reject(self, line_no: int, why: str) -> None:
        self.rejected += 1
        if len(self.errors) < 20:
            self.errors.append(f"line {line_no}: {why}")


def bootstrap_servers(kafka_url: str) -> list[str]:
    servers = []
    for part in kafka_url.split(";"):
        part = part.strip()
        hostport = part.split("://", 1)[-1].rstrip("/")
        servers.append(hostport if ":" in hostport else f"{hostport}:9092")
    assert broker_hosts(kafka_url), f"no broker host in {kafka_url!r}"
    return servers


def item_key(obj: object) -> bytes | None:
    if isinstance(obj, dict):
        uri = obj.get("uri", obj.get("guid"))
        if isinstance(uri, str):
            return uri.encode()
    return None


async def push_lines(
    lines: Iterable[bytes],
    *,
    kafka_url: str,
    topic: str = "wire.items",
    max_bytes: int = 1 << 20,
    on_line: Callable[[int], None] | None = None,
    auth: Mapping[str, Any] | None = None,
) -> PushReport:
    """Produce each JSON line; a line that is not JSON, or is over max_bytes, is rejected, not sent.

    `auth`: aiokafka security arguments (streams.security.aiokafka_auth).
    """
    report = PushReport()
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap_servers(kafka_url), linger_ms=5, max_request_size=max_bytes + 4096,
        **(auth or {}),
    )
    await producer.start()
    try:
        pending = []
        for number, raw in enumerate(lines, 1):
            if on_line:
                on_line(len(raw))
            line = raw.strip()
            if not line:
                continue
            if len(line) > max_bytes:
                report.reject(number, f"{len(line)} bytes, over the limit of {max_bytes}")
                continue
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                report.reject(number, f"not JSON: {exc}")
                continue
            pending.append(await producer.send(topic, line, key=item_key(obj)))
            report.sent += 1
            if len(pending) >= 500:
                for fut in pending:
                    await fut
                pending.clear()
        for fut in pending:
            await fut
    finally:
        await producer.stop()
    return report
