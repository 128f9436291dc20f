"""Cost of growth: the worker's detection path in one process, over a long stream.

Per item it does what the agents do, minus Kafka: decode and validate (ingest), the uri ->
version table (ingest's `uri_versions`, a dict as in faust's memory store, with the same expiry
index the agent uses, `streams.agents.version_expiry`), `route_item` (ingest's router, kept
deserialised as the agent keeps it between batches), then the
incidents agent's per-shard step: load the ShardState, `process`, serialise the alerts and the
state (the table holds JSON bytes, as `shard_states` does). With `--cache` the state is kept
deserialised between items as the optimised agent does (it still serialises it for the changelog
after every item). Prints one JSON object: RSS and per-item time at each checkpoint.

    python -m bench.growth --steps 10000,100000,1000000 [--cache]
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from datetime import UTC, datetime

from bench.workload import mix
from schemas.codec import RecordError, decode_item, encode_alert
from streams.agents.version_expiry import VersionExpiry, seen_of, version_of
from streams.detect import (
    DetectConfig,
    RouterState,
    ShardState,
    VersionVerdict,
    check_version,
    process,
    route_item,
)

# Item times of the workload start in 1981 and run ~42 years per million items, all in the past,
# so `now` (detected_at, and the clamp of item times) may as well be the wall clock's.
NOW = datetime.now(UTC)


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run(steps: list[int], *, cache: bool, window: int) -> dict[str, object]:
    config = DetectConfig()      # incident expiry on: the 7-day default TTL, in item time
    versions: dict[str, list[float]] = {}
    expiry = VersionExpiry(config.incident_ttl.total_seconds())
    table: dict[bytes, bytes] = {}
    states: dict[bytes, ShardState] = {}
    router = RouterState()
    out: dict[str, dict[str, float]] = {"rss_mb": {}, "us_per_item": {}, "state_kb": {},
                                        "uri_versions": {}}
    last = max(steps)
    checkpoints = set(steps)
    window_started = time.perf_counter()
    window_from = 0
    alerts = 0
    for n, raw in enumerate(mix(last), 1):
        if last - n < 0:
            break
        if any(0 <= c - n < window for c in checkpoints) and window_from == 0:
            window_started, window_from = time.perf_counter(), n
        try:
            item = decode_item(raw)
        except RecordError:
            item = None
        if item is not None and check_version(version_of(versions.get(item.uri)), item) is VersionVerdict.new:
            seen = min(item.versioncreated.timestamp(), NOW.timestamp())
            versions[item.uri] = [item.version, seen]
            expiry.record(0, item.uri, seen)
            for old_seen, uri in expiry.expired(0):
                if uri in versions and seen_of(versions[uri]) <= old_seen:
                    del versions[uri]
            route = route_item(router, item, t=int(seen), config=config)
            key = route.key.encode()
            state = states.get(key) if cache else None
            if state is None:
                blob = table.get(key)
                state = ShardState(key=key.decode()) if blob is None else ShardState.model_validate_json(blob)
            outcome = process(state, item, now=NOW, config=config, hint=route.hint)
            for alert in outcome.alerts:
                encode_alert(alert)
                alerts += 1
            table[key] = state.model_dump_json().encode()
            if cache:
                states[key] = state
        if n in checkpoints:
            elapsed = time.perf_counter() - window_started
            out["us_per_item"][str(n)] = round(elapsed / (n - window_from + 1) * 1e6, 1)
            gc.collect()
            out["rss_mb"][str(n)] = round(rss_mb(), 1)
            out["state_kb"][str(n)] = round(
                (sum(len(v) for v in table.values()) + len(router.model_dump_json())) / 1024, 1)
            out["uri_versions"][str(n)] = len(versions)
            window_from = 0
    return {"cache": cache, "window": window, "alerts": alerts, **out}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", default="10000,100000,1000000")
    ap.add_argument("--window", type=int, default=5000, help="items timed before each checkpoint")
    ap.add_argument("--cache", action="store_true")
    args = ap.parse_args()
    steps = sorted(int(s) for s in args.steps.split(","))
    print(json.dumps(run(steps, cache=args.cache, window=args.window)))


if __name__ == "__main__":
    main()
