"""The `wirealert` command line."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

from streams.runtime.settings import Settings

app = typer.Typer(
    name="wirealert",
    help="Streaming news alerts: wire items in on Kafka, one alert per real change out on Redis.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console()
err = Console(stderr=True)

KafkaUrl = Annotated[str | None, typer.Option("--kafka-url", envvar="WIREALERT_KAFKA_URL", help="broker URL")]
UseKafka = Annotated[bool, typer.Option("--kafka", help="Apache Kafka (Java 17 and `make kafka`)")]
RedisUrl = Annotated[str | None, typer.Option("--redis-url", envvar="WIREALERT_REDIS_URL", help="Redis URL")]


def _settings(**overrides: object) -> Settings:
    return Settings(**{k: v for k, v in overrides.items() if v is not None})  # type: ignore[arg-type]


@app.command()
def worker() -> None:
    """Run the processor against WIREALERT_KAFKA_URL and WIREALERT_REDIS_URL."""
    from streams.runtime.worker import run_worker

    run_worker(Settings())


@app.command()
def broker(
    port: Annotated[int, typer.Option(help="port on 127.0.0.1")] = 9092,
    kafka: UseKafka = False,
) -> None:
    """Run a broker in the foreground: the embedded one (Tansu, memory only) or Apache Kafka."""
    import signal
    import time

    from streams.dev.embedded import EmbeddedServerError, ServerProcess, start_broker

    try:
        if kafka:
            from streams.dev.kafka_broker import start_kafka

            started = time.monotonic()
            server: ServerProcess = start_kafka(port)
            what = f"Apache Kafka (KRaft, temporary data dir; ready in {time.monotonic() - started:.1f}s)"
        else:
            server = start_broker(port)
            what = "embedded broker (memory only)"
    except EmbeddedServerError as exc:
        err.print(f"[red]error:[/red] {exc}", soft_wrap=True)
        raise typer.Exit(2) from None
    console.print(
        f"{what} listening on 127.0.0.1:{server.port} (Ctrl-C stops it)\n"
        f"  export WIREALERT_KAFKA_URL=kafka://127.0.0.1:{server.port}"
    )
    stop = {"now": False}

    def _stop(*_: object) -> None:
        stop["now"] = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        while not stop["now"] and server.process.poll() is None:
            time.sleep(0.2)
    finally:
        server.stop()
    if server.process.returncode not in (0, -15, None) and not stop["now"]:
        err.print(f"[red]broker exited with status {server.process.returncode}[/red]\n{server.log_tail()}")
        raise typer.Exit(1)


@app.command()
def push(
    file: Annotated[str, typer.Argument(help="JSONL file of wire items, or - for standard input")],
    kafka_url: KafkaUrl = None,
    topic: Annotated[str, typer.Option(help="topic to send to")] = "wire.items",
) -> None:
    """Send JSONL wire items to wire.items (key = uri), with progress."""
    from streams.clients.push import push_lines
    from streams.runtime.connections import KafkaConnection
    from streams.runtime.kafka_errors import explain, kafka_failures
    from streams.runtime.topics import ensure_topics

    settings = _settings(kafka_url=kafka_url)
    kafka = KafkaConnection.from_settings(settings)
    if file == "-":
        stream = sys.stdin.buffer
        total = None
    else:
        path = Path(file)
        if not path.is_file():
            err.print(f"[red]error:[/red] no such file: {file}")
            raise typer.Exit(2)
        stream = path.open("rb")
        total = path.stat().st_size
    try:
        # Pushing before any worker ran would let the broker auto-create wire.items with its own
        # default partition count, and items spread over partitions lose the wire's order.
        with kafka_failures() as failures:
            ensure_topics(kafka, [topic], settings.items_partitions, settings.topic_replicas)
    except Exception as exc:  # the broker is down, unreachable or refuses us: say why, in one line
        err.print(f"[red]error:[/red] could not push to {settings.kafka_url}: {explain(exc, failures)}",
                  soft_wrap=True)
        if stream is not sys.stdin.buffer:
            stream.close()
        raise typer.Exit(2) from None
    with Progress(
        TextColumn("pushing"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("push", total=total)
        try:
            with kafka_failures() as failures:
                report = asyncio.run(
                    push_lines(
                        stream, kafka=kafka, topic=topic,
                        max_bytes=settings.max_record_bytes,
                        on_line=lambda n: progress.advance(task, n),
                    )
                )
        except Exception as exc:  # the broker is down or unreachable: say so, no traceback
            err.print(f"[red]error:[/red] could not push to {settings.kafka_url}: "
                      f"{explain(exc, failures)}", soft_wrap=True)
            raise typer.Exit(2) from None
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
    for line in report.errors:
        err.print(f"[yellow]rejected[/yellow] {line}")
    console.print(f"{report.sent} sent to {topic}, {report.rejected} rejected")
    if report.rejected:
        raise typer.Exit(1)


@app.command()
def subscribe(
    pattern: Annotated[str, typer.Argument(help="channel pattern, as Redis PSUBSCRIBE")] = "alerts.*",
    replay: Annotated[bool, typer.Option("--replay", help="first print the stored alerts")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object a line")] = False,
    redis_url: RedisUrl = None,
) -> None:
    """Print alerts as they arrive (Ctrl-C stops)."""
    from streams.clients.render import alert_line
    from streams.clients.subscribe import live
    from streams.runtime.redis_client import redis_client_for

    settings = _settings(redis_url=redis_url)

    async def run() -> None:
        client = redis_client_for(settings, subscriber=True)
        try:
            stream = settings.redis_stream if replay else None
            async for alert in live(client, pattern, replay_stream=stream):
                if as_json:
                    print(alert.model_dump_json(exclude_none=False), flush=True)
                elif console.is_terminal:
                    # soft_wrap: the terminal folds a long line; rich inserts no newlines.
                    console.print(alert_line(alert), soft_wrap=True)
                else:
                    # A pipe or file gets one plain line per alert, so `| grep killed` sees
                    # whole alerts.
                    print(alert_line(alert).plain, flush=True)
        finally:
            await client.aclose()

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        err.print(f"[red]error:[/red] Redis: {exc}")
        raise typer.Exit(2) from None


@app.command()
def evaluate(
    file: Annotated[Path, typer.Argument(help="JSONL wire items", exists=True, dir_okay=False)],
    alerts: Annotated[Path, typer.Option("--alerts", help="write alerts here (JSONL)")],
    decisions: Annotated[Path | None, typer.Option("--decisions", help="write one decision a line")] = None,
    incident_ttl_hours: Annotated[
        float | None, typer.Option(help="close an incident quiet this long (default: the worker's)")
    ] = None,
    alert_horizon_hours: Annotated[
        float | None,
        typer.Option(min=0.0, help="old news: withhold the alerts of an item this far behind both "
                     "its shard's clock and the file's clock (default: the worker's)"),
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="add to each decision line every number in the item, "
                           "the role it got and the words that decided it")
    ] = False,
) -> None:
    """Run the detection core over a JSONL stream offline (no Kafka, no Redis)."""
    from collections import Counter
    from dataclasses import asdict
    from datetime import timedelta

    from schemas.codec import RecordError, decode_item
    from streams.detect import DetectConfig
    from streams.detect.explain import explain as explain_item
    from streams.detect.offline import evaluate_lines

    texts: dict[str, tuple[str, str, int]] = {}
    if explain and decisions:
        with file.open("rb") as src:
            for raw in src:
                try:
                    item = decode_item(raw.strip())
                except RecordError:
                    continue
                texts[item.item_ref] = (item.headline, item.body_text, item.versioncreated.year)

    settings = Settings()
    hours = incident_ttl_hours if incident_ttl_hours is not None else settings.incident_ttl_hours
    horizon = alert_horizon_hours if alert_horizon_hours is not None else settings.alert_horizon_hours
    config = DetectConfig(incident_ttl=timedelta(hours=hours), alert_horizon=timedelta(hours=horizon))
    statuses: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    with file.open("rb") as src, alerts.open("w", encoding="utf-8") as out_alerts:
        out_decisions = decisions.open("w", encoding="utf-8") if decisions else None
        try:
            for decision, produced in evaluate_lines(src, config=config):
                statuses[decision.status.value] += 1
                if out_decisions and decision.item_ref in texts:
                    line = decision.model_dump(mode="json")
                    line["numbers"] = [asdict(r) for r in explain_item(*texts[decision.item_ref])]
                    out_decisions.write(json.dumps(line) + "\n")
                elif out_decisions:
                    out_decisions.write(decision.model_dump_json() + "\n")
                for alert in produced:
                    kinds[alert.kind.value] += 1
                    out_alerts.write(alert.model_dump_json(exclude={"received_at"}) + "\n")
        finally:
            if out_decisions:
                out_decisions.close()
    console.print("items: " + json.dumps(dict(statuses)) + "\nalerts: " + json.dumps(dict(kinds)))


@app.command()
def demo(
    timeout: Annotated[float, typer.Option(help="give up after this many seconds")] = 90.0,
    kafka: UseKafka = False,
) -> None:
    """Start a broker, a worker and Redis; push the Kerman sample; print its alerts."""
    from streams.clients.demo import run_demo

    raise typer.Exit(run_demo(console, err, timeout=timeout, kafka=kafka))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
