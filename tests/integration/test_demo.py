"""`wirealert demo`, the first command a newcomer runs: the Kerman alerts, exit 0, nothing left running."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from streams.clients.demo import sample_lines
from streams.detect.offline import evaluate_lines
from tests.integration.conftest import TEST_BROKER

pytestmark = pytest.mark.integration


def processes_with(marker: str) -> list[int]:
    """Processes whose environment carries the marker: the demo and everything it started."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if marker.encode() in (proc / "environ").read_bytes():
                found.append(int(proc.name))
        except OSError:
            continue
    return found


def test_demo_prints_the_alerts_and_exits_cleanly() -> None:
    expected = [a for _, alerts in evaluate_lines(sample_lines()) for a in alerts]
    marker = f"WIREALERT_DEMO_TEST_MARKER_{uuid.uuid4().hex}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIREALERT_")}
    env.update(COLUMNS="200", DEMO_MARKER=marker)
    proc = subprocess.run(
        [sys.executable, "-m", "streams.cli", "demo", "--timeout", "60",
         *(["--kafka"] if TEST_BROKER == "kafka" else [])],
        capture_output=True, text=True, timeout=150, env=env,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for alert in expected:
        assert alert.incident_id in proc.stdout and alert.kind.value in proc.stdout
    assert "killed 103 -> 84" in proc.stdout, "the revision down reads old -> new"
    assert f"{len(expected)} alerts" in proc.stdout
    assert processes_with(marker) == [], "the demo left a process running"
