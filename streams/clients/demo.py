"""`wirealert demo`: the whole pipeline on one machine, with the bundled Kerman sample.

The demo always starts its own Redis (redis-server from PATH, else the bundled Valkey): alert_ids
are deterministic, so a Redis that saw an earlier run would rightly treat the same alerts as
already published and the demo would print nothing.
"""

from __future__ import annotations

import asyncio
import time
from importlib.resources import files

from rich.console import Console

from schemas import Alert
from streams.clients.push import push_lines
from streams.clients.render import alert_line
from streams.detect.offline import evaluate_lines
from streams.dev.embedded import EmbeddedServerError
from streams.dev.stack import LocalStack, local_stack
from streams.runtime.connections import KafkaConnection
from streams.runtime.redis_client import close_pubsub, redis_client

SAMPLE = "kerman-sample.jsonl"


def sample_lines() -> list[bytes]:
    return [line for line in files("streams.data").joinpath(SAMPLE).read_bytes().splitlines() if line.strip()]


async def _collect(stack: LocalStack, lines: list[bytes], expected: set[str], console: Console,
                   timeout: float) -> set[str]:
    client = redis_client(stack.redis_url, subscriber=True)
    pubsub = client.pubsub()
    await pubsub.psubscribe("alerts.*")
    seen: set[str] = set()
    try:
        report = await push_lines(lines, kafka=KafkaConnection.plain(stack.kafka_url))
        console.print(f"[dim]pushed {report.sent} wire items; waiting for {len(expected)} alerts[/dim]")
        deadline = time.monotonic() + timeout
        while not expected <= seen and time.monotonic() < deadline:
            message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=0.5)
            if message is None or message.get("type") != "pmessage":
                continue
            alert = Alert.model_validate_json(message["data"])
            if alert.alert_id not in seen:
                seen.add(alert.alert_id)
                console.print(alert_line(alert))
    finally:
        await close_pubsub(pubsub)
        await client.aclose()
    return seen


def run_demo(console: Console, err: Console, *, timeout: float = 90.0, kafka: bool = False) -> int:
    lines = sample_lines()
    # The offline run of the same core says which alerts the stream must produce.
    expected = {a.alert_id for _, alerts in evaluate_lines(lines) for a in alerts}
    started = time.monotonic()
    try:
        with local_stack(app_id="wirealert-demo", broker_kind="kafka" if kafka else "embedded",
                         WIREALERT_BROKER_SESSION_TIMEOUT_S="3") as stack:
            console.print(
                f"[dim]{stack.broker.name} on :{stack.broker.port}, Redis on :{stack.redis.port}; "
                "starting a worker...[/dim]"
            )
            worker = stack.start_worker()
            console.print(f"[dim]worker up after {time.monotonic() - started:.1f}s[/dim]")
            seen = asyncio.run(_collect(stack, lines, expected, console, timeout))
            if not expected <= seen:
                err.print(
                    f"[red]only {len(expected & seen)} of {len(expected)} alerts arrived "
                    f"in {timeout}s[/red]\n"
                    + worker.log()[-2000:]
                )
                return 1
    except (EmbeddedServerError, RuntimeError, TimeoutError) as exc:
        err.print(f"[red]demo failed:[/red] {exc}")
        return 1
    console.print(f"[green]{len(seen)} alerts from {len(lines)} wire items in "
                  f"{time.monotonic() - started:.1f}s; everything stopped.[/green]")
    return 0
