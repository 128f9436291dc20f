"""The bundled demo sample through the offline core gives exactly its labelled alerts, and the
README's demo output is what the core renders for them."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from streams.clients.demo import sample_lines
from streams.clients.render import alert_line
from streams.detect.offline import evaluate_lines

ROOT = Path(__file__).resolve().parents[2]
TRUTH = json.loads((ROOT / "tests" / "data" / "demo-truth.json").read_text())
NOW = datetime(2024, 2, 1, tzinfo=UTC)


def _run() -> tuple[list[Any], list[Any]]:
    decisions, alerts = [], []
    for decision, out in evaluate_lines(sample_lines(), now=NOW):
        decisions.append(decision)
        alerts.extend(out)
    return decisions, alerts


def test_demo_alerts_equal_the_truth_file() -> None:
    _, alerts = _run()
    got = [(a.kind.value, a.item_ref, a.field.value if a.field else None, a.old, a.new)
           for a in alerts]
    want = [(a["kind"], a["item"], a["field"], a["old"], a["new"]) for a in TRUTH["expected_alerts"]]
    assert got == want
    assert len(got) == 11
    # one incident: every alert of the sample is on the same one
    assert len({a.incident_id for a in alerts}) == 1


def test_demo_decisions_match_the_truth_file() -> None:
    decisions, _ = _run()
    seen: set[str] = set()
    for d in decisions:
        ref = d.item_ref
        assert ref is not None
        label = TRUTH["items"][ref]
        if ref in seen:
            assert d.status.value == "duplicate"
        elif label["near_duplicate_of"]:
            assert d.status.value == "near_duplicate", ref
        else:
            assert d.status.value == "accepted", ref
            assert (d.incident_id is None) == (label["incident"] is None), ref
        seen.add(ref)


def test_readme_demo_output_is_what_the_core_renders() -> None:
    readme = (ROOT / "README.md").read_text()
    block = readme.split("`make demo` prints, as they arrive:", 1)[1].split("```")[1]
    shown = [ln for ln in block.splitlines() if re.match(r"^(flash|urgent|routine)\s", ln)]
    _, alerts = _run()
    rendered = [alert_line(a).plain.rstrip() for a in alerts]
    assert shown, "the README shows no alert lines"
    for line in shown:
        assert re.sub(r"\s+", " ", line.strip()) in {re.sub(r"\s+", " ", r) for r in rendered}
    m = re.search(r"(\d+) alerts from (\d+) wire items", block)
    assert m is not None
    assert int(m.group(1)) == len(TRUTH["expected_alerts"]) == len(alerts)
    assert int(m.group(2)) == len(sample_lines())
