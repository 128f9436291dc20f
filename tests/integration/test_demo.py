"""`wirealert demo`, the first command a newcomer runs: the Kerman alerts, exit 0, nothing left running."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from streams.demo import sample_lines
from streams.detect.offline import evaluate_lines

pytestmark = pytest.mark.integration

SPAWNED = ("tansu broker", "streams.cli worker", "redis-server --bind 127.0.0.1", "valkey-server")


def running() -> set[str]:
    found: set[str] = set()
    for pattern in SPAWNED:
        out = subprocess.run(["pgrep", "-f", pattern], capture_output=True, text=True).stdout
        found |= {f"{pattern}:{pid}" for pid in out.split()}
    return found


def test_demo_prints_the_alerts_and_exits_cleanly() -> None:
    expected = [a for _, alerts in evaluate_lines(sample_lines()) for a in alerts]
    before = running()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIREALERT_")}
    env["COLUMNS"] = "200"
    proc = subprocess.run(
        [sys.executable, "-m", "streams.cli", "demo", "--timeout", "60"],
        capture_output=True, text=True, timeout=150, env=env,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for alert in expected:
        assert alert.incident_id in proc.stdout and alert.kind.value in proc.stdout
    assert "killed 103 -> 84" in proc.stdout, "the revision down reads old -> new"
    assert f"{len(expected)} alerts" in proc.stdout
    assert running() <= before, "the demo left a process running"
