"""Cost of growth: the worker's detection path in one process, over a long stream.

Per item it does what the agents do, minus Kafka: decode and validate (ingest), the uri ->
version table (ingest's `uri_versions`, a dict as in faust's memory store, with the same expiry
index the agent uses, `streams.agents.version_expiry`), `route_item` (ingest's router, kept
deserialised as the agent keeps it between batches), then the
incidents agent's per-shard step: take the ShardState, `process`, serialise the alerts, and
every `--batch` items store the states as the agents do (`streams.agents.keyed_state`: the
records that changed, in a dict as faust's memory store is). Without `--cache` each batch starts
from a store with nothing cached, as after a rebalance (every state rebuilt from its records).
`--busy` replaces the global mix by one busy country (`streams.detect.synthetic.busy_country`,
1,200 items a day in one shard). Prints one JSON object: RSS, per-item time, state size, the
largest record and the records written per item at each checkpoint.

    python -m bench.growth --steps 10000,100000,1000000 [--cache] [--busy]
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from datetime import UTC, datetime

from bench.workload import mix
from schemas.codec import RecordError, decode_item, encode_alert
from streams.agents.keyed_state import KeyedStateStore
from streams.agents.layouts import router_store, shard_store
from streams.agents.version_expiry import VersionExpiry, seen_of, version_of
from streams.detect import (
    DetectConfig,
    RouterState,
    ShardState,
    VersionVerdict,
    check_version,
    item_epoch,
    process,
    route_item,
)
from streams.detect.synthetic import busy_country

# Item times of the workload start in 1981 and run ~42 years per million items, all in the past,
# so `now` (detected_at, and the clamp of item times) may as well be the wall clock's.
NOW = datetime.now(UTC)


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Table(dict[bytes, bytes]):
    """faust's memory store, counting the changelog records a write or delete would send."""

    writes = 0

    def __setitem__(self, key: bytes, value: bytes) -> None:
        self.writes += 1
        super().__setitem__(key, value)

    def __delitem__(self, key: bytes) -> None:
        self.writes += 1
        super().__delitem__(key)


def run(steps: list[int], *, cache: bool, window: int, batch: int = 50,
        busy: bool = False) -> dict[str, object]:
    config = DetectConfig()      # incident expiry on: the 7-day default TTL, in item time
    versions: dict[str, list[float]] = {}
    expiry = VersionExpiry(config.incident_ttl.total_seconds())
    table, router_table = Table(), Table()
    store: KeyedStateStore[ShardState] = shard_store(table)
    routers: KeyedStateStore[RouterState] = router_store(router_table)
    states: dict[bytes, ShardState] = {}
    router = routers.take(b"wire")
    out: dict[str, dict[str, float]] = {"rss_mb": {}, "us_per_item": {}, "state_kb": {},
                                        "largest_record_kb": {}, "records_per_item": {},
                                        "uri_versions": {}}
    last = max(steps)
    checkpoints = set(steps)
    window_started = time.perf_counter()
    window_from = 0
    alerts = 0
    for n, raw in enumerate(busy_country(last) if busy else mix(last), 1):
        if last - n < 0:
            break
        if any(0 <= c - n < window for c in checkpoints) and window_from == 0:
            window_started, window_from = time.perf_counter(), n
        try:
            item = decode_item(raw)
        except RecordError:
            item = None
        if item is not None and check_version(version_of(versions.get(item.uri)), item) is VersionVerdict.new:
            seen = item_epoch(item, NOW)
            versions[item.uri] = [item.version, seen]
            expiry.record(0, item.uri, seen)
            for old_seen, uri in expiry.expired(0):
                if uri in versions and seen_of(versions[uri]) <= old_seen:
                    del versions[uri]
            route = route_item(router, item, t=int(seen), config=config)
            key = route.key.encode()
            state = states.get(key)
            if state is None:
                state = states[key] = store.take(key)
            outcome = process(state, item, now=NOW, config=config, hint=route.hint)
            for alert in outcome.alerts:
                encode_alert(alert)
                alerts += 1
        if n % batch == 0 or n in checkpoints:   # the end of a batch: the agents store
            for key, state in states.items():
                store.store(key, state)
            routers.store(b"wire", router)
            states.clear()
            if not cache:   # a store with nothing cached, as after a rebalance
                store, routers = shard_store(table), router_store(router_table)
                router = routers.take(b"wire")
        if n in checkpoints:
            elapsed = time.perf_counter() - window_started
            out["us_per_item"][str(n)] = round(elapsed / (n - window_from + 1) * 1e6, 1)
            gc.collect()
            out["rss_mb"][str(n)] = round(rss_mb(), 1)
            records = [*table.values(), *router_table.values()]
            out["state_kb"][str(n)] = round(sum(map(len, records)) / 1024, 1)
            out["largest_record_kb"][str(n)] = round(max(map(len, records)) / 1024, 1)
            writes = table.writes + router_table.writes
            out["records_per_item"][str(n)] = round(writes / n, 2)
            out["uri_versions"][str(n)] = len(versions)
            window_from = 0
    return {"cache": cache, "busy": busy, "batch": batch, "window": window, "alerts": alerts,
            **out}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", default="10000,100000,1000000")
    ap.add_argument("--window", type=int, default=5000, help="items timed before each checkpoint")
    ap.add_argument("--cache", action="store_true")
    ap.add_argument("--busy", action="store_true", help="one busy country instead of the mix")
    ap.add_argument("--batch", type=int, default=50, help="items between two stores")
    args = ap.parse_args()
    steps = sorted(int(s) for s in args.steps.split(","))
    print(json.dumps(run(steps, cache=args.cache, window=args.window, batch=args.batch,
                         busy=args.busy)))


if __name__ == "__main__":
    main()
