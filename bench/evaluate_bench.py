"""Throughput of the offline runner (`wirealert evaluate`) on one core over a synthetic stream.

    .venv/bin/python bench/evaluate_bench.py [--items 100000]

Not a test: pytest does not collect it (bench/ is outside testpaths).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from datetime import UTC, datetime

from streams.detect.offline import evaluate_lines
from streams.detect.synthetic import stream


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    lines = list(stream(args.items, seed=args.seed))
    now = datetime(2030, 1, 1, tzinfo=UTC)
    statuses: Counter[str] = Counter()
    alerts: Counter[str] = Counter()
    start = time.perf_counter()
    for decision, produced in evaluate_lines(lines, now=now):
        statuses[decision.status.value] += 1
        for a in produced:
            alerts[a.kind.value] += 1
    elapsed = time.perf_counter() - start
    print(f"items: {len(lines)}  seconds: {elapsed:.2f}  items/s: {len(lines) / elapsed:,.0f}")
    print("decisions:", dict(statuses))
    print("alerts:", dict(alerts))


if __name__ == "__main__":
    main()
