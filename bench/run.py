"""The benchmark: broker limit, framework limit, pipeline, latency and cost of growth, in one run.

    python -m bench.run            # make bench        (full; ~15 minutes on 2 cores)
    python -m bench.run --quick    # make bench-quick  (same parts smaller, no 1M step; < 3 min)
    python -m bench.run --broker kafka   # make bench BROKER=kafka (Apache Kafka; make kafka first)

Everything runs on one machine in one run, so machine noise hits all parts alike: the broker
(embedded Tansu by default, or Apache Kafka) and a local redis-server are started fresh, one
worker process at a time runs (the faust pass-through, then the real `wirealert worker`), and
the bench process pushes items, reads the output topic or subscribes to Redis. The
cost-of-growth part runs the detection path in-process (`bench.growth`, a child process of its
own, whose RSS is measured). Prints one table and writes bench-results.json (with `broker`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import redis.asyncio as aioredis
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from bench import passthrough
from bench.workload import mix
from streams.detect.offline import Evaluator
from streams.dev.embedded import free_port
from streams.dev.stack import BrokerKind, LocalStack, local_stack
from streams.runtime.connections import KafkaConnection
from streams.runtime.kafka_url import bootstrap_servers
from streams.runtime.profiles import DEFAULT_FETCH_WAIT_MS
from streams.runtime.topic_names import ITEMS_TOPIC
from streams.runtime.topics import ensure_topics

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench-results.json"
STREAM = "wirealert:alerts"


@dataclass(frozen=True)
class Plan:
    name: str
    limit_items: int          # records for the broker and framework limits and the pipeline
    latency_rates: tuple[int, ...]
    latency_seconds: float
    hop_seconds: float
    growth_steps: tuple[int, ...]


FULL = Plan("full", 40_000, (100, 500, 2000), 15.0, 10.0, (10_000, 100_000, 1_000_000))
QUICK = Plan("quick", 8_000, (100, 500, 2000), 4.0, 4.0, (10_000, 100_000))


def pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def rss_mb_of(pid: int) -> float:
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


# -- producing and consuming ------------------------------------------------------------------

def key_of(line: bytes) -> bytes | None:
    with contextlib.suppress(ValueError, UnicodeDecodeError, AttributeError):
        uri = json.loads(line).get("uri")
        return uri.encode() if isinstance(uri, str) else None
    return None


async def produce_all(kafka_url: str, topic: str, lines: Iterable[bytes]) -> float:
    """Push as fast as the client goes; returns the wall-clock time the push started."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap_servers(kafka_url), linger_ms=5)
    await producer.start()
    try:
        started = time.time()
        pending = []
        for line in lines:
            pending.append(await producer.send(topic, line, key=key_of(line)))
            if len(pending) >= 1000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
        return started
    finally:
        await producer.stop()


async def consumer_on(kafka_url: str, topic: str, *, fetch_wait_ms: int) -> AIOKafkaConsumer:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap_servers(kafka_url), enable_auto_commit=False,
        fetch_max_wait_ms=fetch_wait_ms, max_partition_fetch_bytes=4 << 20,
    )
    await consumer.start()
    tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or {0})]
    consumer.assign(tps)
    await consumer.seek_to_beginning(*tps)
    return consumer


# -- 1. broker limit --------------------------------------------------------------------------

async def broker_limit(kafka_url: str, lines: list[bytes], fetch_wait_ms: int) -> float:
    topic = "bench.raw"
    await asyncio.to_thread(ensure_topics, KafkaConnection.plain(kafka_url), [topic], 1, 1)
    await produce_all(kafka_url, topic, lines)
    consumer = await consumer_on(kafka_url, topic, fetch_wait_ms=fetch_wait_ms)
    try:
        seen, started = 0, time.perf_counter()
        while seen < len(lines):
            batch = await consumer.getmany(timeout_ms=1000, max_records=10_000)
            seen += sum(len(records) for records in batch.values())
        return len(lines) / (time.perf_counter() - started)
    finally:
        await consumer.stop()


# -- 2. framework limit -----------------------------------------------------------------------

def start_process(module: str, env: dict[str, str], log_path: Path) -> subprocess.Popen[bytes]:
    with open(log_path, "ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", module], env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


async def drain_until(consumer: AIOKafkaConsumer, count: int, timeout: float) -> tuple[int, int]:
    """Read until `count` records have arrived; returns (records, last record's timestamp ms)."""
    seen, last_ts = 0, 0
    deadline = time.monotonic() + timeout
    while seen < count:
        if time.monotonic() > deadline:
            raise TimeoutError(f"only {seen} of {count} records arrived within {timeout}s")
        batch = await consumer.getmany(timeout_ms=500, max_records=10_000)
        for records in batch.values():
            seen += len(records)
            if records:
                last_ts = max(last_ts, records[-1].timestamp)
    return seen, last_ts


async def framework_limit(stack: LocalStack, lines: list[bytes], fetch_wait_ms: int) -> float:
    topics = [passthrough.IN_TOPIC, passthrough.OUT_TOPIC]
    await asyncio.to_thread(ensure_topics, KafkaConnection.plain(stack.kafka_url), topics, 1, 1)
    env = stack.env(WIREALERT_WEB_PORT=str(free_port()),
                    WIREALERT_DATA_DIR=str(stack.workdir / "passthrough"))
    proc = start_process("bench.passthrough", env, stack.workdir / "passthrough.log")
    out = await consumer_on(stack.kafka_url, passthrough.OUT_TOPIC,
                            fetch_wait_ms=fetch_wait_ms)
    try:
        # A probe through the agent: the group has joined and the partition is assigned.
        await produce_all(stack.kafka_url, passthrough.IN_TOPIC, [b'{"probe": 1}'])
        await drain_until(out, 1, timeout=90)
        started = await produce_all(stack.kafka_url, passthrough.IN_TOPIC, lines)
        _, last_ts = await drain_until(out, len(lines), timeout=600)
        return len(lines) / (last_ts / 1000 - started)
    finally:
        await out.stop()
        stop_process(proc)


# -- 3. the pipeline --------------------------------------------------------------------------

async def stream_len(client: aioredis.Redis) -> int:
    return int(await client.xlen(STREAM))


async def wait_alerts(client: aioredis.Redis, count: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while (have := await stream_len(client)) < count:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{have} of {count} alerts in Redis after {timeout}s")
        await asyncio.sleep(0.05)


async def last_alert_ms(client: aioredis.Redis) -> int:
    entries = await client.xrevrange(STREAM, count=1)
    assert entries, "no alert in the stream"
    entry_id = entries[0][0]
    return int((entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)).split("-")[0])


async def pipeline(stack: LocalStack, client: aioredis.Redis, lines: list[bytes], expected: int) -> float:
    started = await produce_all(stack.kafka_url, ITEMS_TOPIC, lines)
    await wait_alerts(client, expected, timeout=900)
    return len(lines) / (await last_alert_ms(client) / 1000 - started)


# -- 4. latency -------------------------------------------------------------------------------

async def paced_push(kafka_url: str, topic: str, lines: list[bytes], rate: float,
                     pushed: dict[str, float] | None = None, values: bool = False) -> None:
    """Send `lines` at `rate` per second (linger 0); record each item's push time (monotonic)."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap_servers(kafka_url), linger_ms=0)
    await producer.start()
    try:
        t0 = time.monotonic()
        pending = []
        for i, line in enumerate(lines):
            due = t0 + i / rate
            delay = due - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            now = time.monotonic()
            value = f"{now:.6f}".encode() if values else line
            pending.append(await producer.send(topic, value, key=None if values else key_of(line)))
            if pushed is not None:
                with contextlib.suppress(ValueError, UnicodeDecodeError, AttributeError, KeyError):
                    doc = json.loads(line)
                    pushed[f"{doc['uri']}@{doc.get('version', 1)}"] = now
            if len(pending) >= 200:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


class Subscriber:
    """PSUBSCRIBE alerts.*: the monotonic time each alert (by item_ref) arrived."""

    def __init__(self, redis_url: str) -> None:
        self.client = aioredis.Redis.from_url(redis_url)
        self.pubsub = self.client.pubsub()
        self.received: list[tuple[str, float]] = []
        self.task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self.pubsub.psubscribe("alerts.*")
        self.task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        async for message in self.pubsub.listen():
            if message.get("type") == "pmessage":
                now = time.monotonic()
                self.received.append((json.loads(message["data"])["item_ref"], now))

    async def stop(self) -> None:
        if self.task:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task
        await self.pubsub.aclose()  # type: ignore[no-untyped-call]
        await self.client.aclose()


async def latency(stack: LocalStack, client: aioredis.Redis, sub: Subscriber, lines: list[bytes],
                  rate: int, expected_total: int) -> dict[str, float]:
    pushed: dict[str, float] = {}
    first = len(sub.received)
    await paced_push(stack.kafka_url, ITEMS_TOPIC, lines, rate, pushed)
    await wait_alerts(client, expected_total, timeout=600)
    await asyncio.sleep(0.2)   # the subscriber is a hair behind the stream
    waits = [(t - pushed[ref]) * 1000 for ref, t in sub.received[first:] if ref in pushed]
    return {"p50": round(pct(waits, 50), 1), "p95": round(pct(waits, 95), 1),
            "p99": round(pct(waits, 99), 1), "alerts": len(waits)}


async def broker_hop(kafka_url: str, rate: int, seconds: float, fetch_wait_ms: int) -> dict[str, float]:
    topic = "bench.hop"
    await asyncio.to_thread(ensure_topics, KafkaConnection.plain(kafka_url), [topic], 1, 1)
    consumer = await consumer_on(kafka_url, topic, fetch_wait_ms=fetch_wait_ms)
    waits: list[float] = []
    count = int(rate * seconds)

    async def consume() -> None:
        while len(waits) < count:
            batch = await consumer.getmany(timeout_ms=1000)
            now = time.monotonic()
            for records in batch.values():
                waits.extend((now - float(r.value)) * 1000 for r in records)

    try:
        reader = asyncio.create_task(consume())
        await asyncio.sleep(0.5)
        await paced_push(kafka_url, topic, [b""] * count, rate, values=True)
        await asyncio.wait_for(reader, timeout=60)
    finally:
        await consumer.stop()
    return {"p50": round(pct(waits, 50), 1), "p95": round(pct(waits, 95), 1),
            "p99": round(pct(waits, 99), 1), "rate": rate}


# -- 5. cost of growth ------------------------------------------------------------------------

def growth(steps: Sequence[int], cache: bool) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.growth", "--steps", ",".join(map(str, steps))]
    if cache:
        cmd.append("--cache")
    done = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# -- the run ----------------------------------------------------------------------------------

def expected_alerts(phases: list[list[bytes]]) -> list[int]:
    """Cumulative alert count after each phase, from the offline core over the same stream."""
    ev = Evaluator()
    counts, total = [], 0
    for lines in phases:
        for line in lines:
            total += len(ev.feed(line)[1])
        counts.append(total)
    return counts


def machine() -> dict[str, Any]:
    cpu = "unknown"
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as info:
        cpu = next((ln.split(":", 1)[1].strip() for ln in info if ln.startswith("model name")), cpu)
    mem_gb = float("nan")
    with contextlib.suppress(OSError), open("/proc/meminfo") as info:
        mem_gb = int(next(ln for ln in info if ln.startswith("MemTotal")).split()[1]) / 1024 ** 2
    return {"cores": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem_gb, 1),
            "os": f"{platform.system()} {platform.release()}", "python": platform.python_version(),
            "load_before": os.getloadavg()}


async def run_all(plan: Plan, worker_env: dict[str, str], cache: bool,
                  broker: BrokerKind = "embedded") -> dict[str, Any]:
    fetch_wait = int(worker_env.get("WIREALERT_FETCH_MAX_WAIT_MS", DEFAULT_FETCH_WAIT_MS[broker]))
    latency_counts = [int(r * plan.latency_seconds) for r in plan.latency_rates]
    records = list(mix(200 + plan.limit_items + sum(latency_counts)))
    warm, records = records[:200], records[200:]
    limit_lines, records = records[: plan.limit_items], records[plan.limit_items:]
    latency_lines = []
    for n in latency_counts:
        latency_lines.append(records[:n])
        records = records[n:]
    log(f"offline core over {200 + plan.limit_items + sum(latency_counts):,} items for the expected alerts")
    expected = expected_alerts([warm, limit_lines, *latency_lines])
    if expected[0] == 0:
        raise SystemExit("the offline core gives no alert for the warm-up items: is the workload valid?")

    results: dict[str, Any] = {"plan": plan.name, "broker": broker, "machine": machine(),
                               "items": plan.limit_items, "worker_env": worker_env,
                               "fetch_wait_ms": fetch_wait}
    with local_stack("wirealert-bench", broker_kind=broker, **worker_env) as stack:
        log("1/5 broker limit: aiokafka consume of the same records")
        rate = await broker_limit(stack.kafka_url, limit_lines, fetch_wait)
        results["broker_limit_per_s"] = round(rate)
        log(f"    {results['broker_limit_per_s']:,}/s")
        log("2/5 framework limit: faust decode-and-forward agent")
        results["framework_limit_per_s"] = round(await framework_limit(stack, limit_lines, fetch_wait))
        log(f"    {results['framework_limit_per_s']:,}/s")

        log("3/5 pipeline: wirealert worker, items through to Redis")
        worker = stack.start_worker()
        client = aioredis.Redis.from_url(stack.redis_url)
        sub = Subscriber(stack.redis_url)
        await sub.start()
        await produce_all(stack.kafka_url, ITEMS_TOPIC, warm)
        await wait_alerts(client, expected[0], timeout=120)
        results["pipeline_per_s"] = round(await pipeline(stack, client, limit_lines, expected[1]))
        results["alerts_match_offline"] = await stream_len(client) == expected[1]
        log(f"    {results['pipeline_per_s']:,}/s ({expected[1] - expected[0]:,} alerts)")

        log("4/5 latency: push -> Redis subscriber at fixed offered rates; broker hop")
        results["latency_ms"] = {}
        for i, (rate, lines) in enumerate(zip(plan.latency_rates, latency_lines, strict=True)):
            results["latency_ms"][str(rate)] = await latency(
                stack, client, sub, lines, rate, expected[2 + i])
            log(f"    {rate}/s: {results['latency_ms'][str(rate)]}")
        results["worker_rss_mb_after"] = round(rss_mb_of(worker.process.pid), 1)
        results["alerts_total"] = await stream_len(client)
        results["alerts_expected"] = expected[-1]
        await sub.stop()
        await client.aclose()
        worker.stop()
        results["broker_hop_ms"] = await broker_hop(stack.kafka_url, 500, plan.hop_seconds, fetch_wait)
        log(f"    broker hop: {results['broker_hop_ms']}")

    steps = ", ".join(f"{s:,}" for s in plan.growth_steps)
    log(f"5/5 cost of growth: detection path in-process, {steps} items")
    grown = growth(plan.growth_steps, cache)
    results["growth"] = grown
    results["rss_mb"] = grown["rss_mb"]
    results["us_per_item"] = grown["us_per_item"]
    results["machine"]["load_after"] = os.getloadavg()
    return results


def table(r: dict[str, Any]) -> str:
    fw = r["framework_limit_per_s"]
    rows = [
        ("broker limit (aiokafka consume)", f"{r['broker_limit_per_s']:,} items/s", ""),
        ("framework limit (faust forward)", f"{fw:,} items/s", ""),
        ("wirealert pipeline -> Redis", f"{r['pipeline_per_s']:,} items/s",
         f"{r['pipeline_per_s'] / fw:.0%} of framework (target >= 50%)"),
    ]
    for rate, lat in r["latency_ms"].items():
        note = "target p99 <= 100 ms" if rate == "500" else ""
        rows.append((f"latency @ {rate}/s offered",
                     f"p50 {lat['p50']:.0f} / p95 {lat['p95']:.0f} / p99 {lat['p99']:.0f} ms", note))
    hop = r["broker_hop_ms"]
    rows.append((f"broker hop @ {hop['rate']}/s (fetch wait {r['fetch_wait_ms']} ms)",
                 f"p50 {hop['p50']:.0f} / p99 {hop['p99']:.0f} ms", ""))
    for n, mb in r["rss_mb"].items():
        rows.append((f"after {int(n):,} items (in-process)",
                     f"{mb:.0f} MB RSS, {r['us_per_item'][n]:.0f} us/item", ""))
    w = max(len(a) for a, _, _ in rows)
    v = max(len(b) for _, b, _ in rows)
    lines = [f"{'part':<{w}}  {'result':<{v}}  note", f"{'-' * w}  {'-' * v}  ----"]
    lines += [f"{a:<{w}}  {b:<{v}}  {c}".rstrip() for a, b, c in rows]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smaller parts, no 1M growth step")
    ap.add_argument("--broker", choices=["embedded", "kafka"], default="embedded",
                    help="the broker the run starts: embedded (Tansu) or Apache Kafka (make kafka)")
    ap.add_argument("--items", type=int, help="override the item count of the throughput parts")
    ap.add_argument("--growth-steps", help="override, e.g. 10000,100000")
    ap.add_argument("--rates", help="override the offered rates of the latency part, e.g. 10,100 "
                    "(a rate the worker drains shows its latency, not a queue's)")
    ap.add_argument("--latency-seconds", type=float, help="override how long each rate is offered")
    ap.add_argument("--no-cache", action="store_true", help="growth loop: JSON-parse state per item")
    ap.add_argument("--env", action="append", default=[], metavar="WIREALERT_X=V",
                    help="extra worker settings, e.g. WIREALERT_FETCH_MAX_WAIT_MS=20")
    args = ap.parse_args()
    plan = QUICK if args.quick else FULL
    if args.items:
        plan = Plan(plan.name, args.items, plan.latency_rates, plan.latency_seconds, plan.hop_seconds,
                    plan.growth_steps)
    if args.growth_steps:
        plan = Plan(plan.name, plan.limit_items, plan.latency_rates, plan.latency_seconds,
                    plan.hop_seconds, tuple(int(s) for s in args.growth_steps.split(",")))
    if args.rates:
        plan = dataclasses.replace(plan, latency_rates=tuple(int(r) for r in args.rates.split(",")))
    if args.latency_seconds:
        plan = dataclasses.replace(plan, latency_seconds=args.latency_seconds)
    worker_env = dict(kv.split("=", 1) for kv in args.env)
    started = time.monotonic()
    results = asyncio.run(run_all(plan, worker_env, cache=not args.no_cache, broker=args.broker))
    results["seconds"] = round(time.monotonic() - started, 1)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print()
    print(table(results))
    print(f"\n{plan.name} run on {args.broker} in {results['seconds']:.0f} s; results in {RESULTS.name}")


if __name__ == "__main__":
    main()
