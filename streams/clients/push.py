"""Send JSONL wire items to wire.items (key = uri), counting what was accepted and rejected.

A line is checked with the worker's own codec (`schemas.codec.decode_item`), so push refuses
exactly the lines the worker would dead-letter, and says which line and why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from aiokafka import AIOKafkaProducer

from schemas.codec import RecordError, decode_item
from streams.runtime.connections import KafkaConnection


@dataclass
class PushReport:
    sent: int = 0
    rejected: int = 0
    errors: list[str] = field(default_factory=list)

    def reject(self, line_no: int, why: str) -> None:
        self.rejected += 1
        if len(self.errors) < 20:
            self.errors.append(f"line {line_no}: {why}")


async def push_lines(
    lines: Iterable[bytes],
    *,
    kafka: KafkaConnection,
    topic: str = "wire.items",
    max_bytes: int = 1 << 20,
    on_line: Callable[[int], None] | None = None,
) -> PushReport:
    """Produce each line that is a wire item; any other line is rejected (not sent) with its reason."""
    report = PushReport()
    producer = AIOKafkaProducer(linger_ms=5, max_request_size=max_bytes + 4096,
                                **kafka.client_args())
    await producer.start()
    try:
        pending = []
        for number, raw in enumerate(lines, 1):
            if on_line:
                on_line(len(raw))
            line = raw.strip()
            if not line:
                continue
            try:
                item = decode_item(line, max_bytes=max_bytes)
            except RecordError as error:
                report.reject(number, f"{error.message} ({error.reason})")
                continue
            pending.append(await producer.send(topic, line, key=item.uri.encode()))
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
