"""The offline runner on the held-out stream (tests/data/heldout-*): scores stay above a floor.

The stream has incidents, agencies and wording the dev set does not (built by
tests/data/heldout-build.py, labelled by hand under the dev set's rules; eleven batches, each
scored blind before the core was changed for it). Batches 8-11 (events across borders, a busy
day in Lebanon and Syria, a global wire, Europe/Americas/West Africa) scored 0.72 (code before
the router), 0.64, 0.91 and 0.83 alert F1 blind. The floors sit a little under what was measured
on the whole stream (alert F1 0.977 overall, >= 0.96 per kind; near-duplicates 0.96; B-cubed
0.995), so a change that loses a real generalisation fails here, and a harmless wobble does not.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from streams.detect.offline import evaluate_lines

DATA = Path(__file__).resolve().parents[1] / "data"
FLOOR_ALERT_F1 = 0.95          # every kind, and all kinds together
FLOOR_DUPLICATE_F1 = 0.9       # exact and near duplicates
FLOOR_BCUBED_F1 = 0.95
KINDS = ("new_incident", "casualty_update", "responsibility_claim", "correction", "withdrawn")


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def _key(kind: str, ref: str, field: Any, new: Any, old: Any) -> tuple[Any, ...]:
    if kind in ("casualty_update", "correction"):
        return (kind, ref, field, new, old)
    return (kind, ref)


@pytest.fixture(scope="module")
def run() -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    truth = json.loads((DATA / "heldout-truth.json").read_text(encoding="utf-8"))
    lines = (DATA / "heldout-wire.jsonl").read_bytes().splitlines()
    decisions: list[dict[str, Any]] = []
    alerts: list[dict[str, Any]] = []
    for decision, produced in evaluate_lines(lines, now=datetime(2030, 1, 1, tzinfo=UTC)):
        decisions.append(decision.model_dump(mode="json"))
        alerts.extend(a.model_dump(mode="json") for a in produced)
    return truth, decisions, alerts


def test_alert_f1_per_kind(run: tuple[dict[str, Any], list[dict[str, Any]],
                                      list[dict[str, Any]]]) -> None:
    truth, _, alerts = run
    # as in the project's scorer: a first figure on an incident's first item may or may not be
    # sent (either convention), so it is left out on both sides
    opening = {a["item"] for a in truth["expected_alerts"] if a["kind"] == "new_incident"}
    expected = Counter(_key(a["kind"], a["item"], a["field"], a["new"], a["old"])
                       for a in truth["expected_alerts"]
                       if not (a["kind"] == "casualty_update" and a["item"] in opening))
    got = Counter(_key(a["kind"], a["item_ref"], a["field"], a["new"], a["old"]) for a in alerts
                  if not (a["kind"] == "casualty_update" and a["item_ref"] in opening))
    scores = {}
    for kind in (*KINDS, "all"):
        e = Counter({k: v for k, v in expected.items() if kind in ("all", k[0])})
        g = Counter({k: v for k, v in got.items() if kind in ("all", k[0])})
        tp = sum((e & g).values())
        scores[kind] = _f1(tp, sum(g.values()) - tp, sum(e.values()) - tp)
    assert all(f >= FLOOR_ALERT_F1 for f in scores.values()), (
        scores, sorted(map(str, expected - got)), sorted(map(str, got - expected)))


def test_duplicates_and_incidents(run: tuple[dict[str, Any], list[dict[str, Any]],
                                             list[dict[str, Any]]]) -> None:
    truth, decisions, _ = run
    items = truth["items"]
    seen: set[str] = set()
    first: dict[str, dict[str, Any]] = {}
    tally = {"duplicate": [0, 0, 0], "near_duplicate": [0, 0, 0]}
    for d in decisions:
        ref = d["item_ref"]
        resent = ref in seen
        seen.add(ref)
        first.setdefault(ref, d)
        t = items[ref]
        for status, is_true in (("duplicate", resent or t["duplicate_of"] is not None),
                                ("near_duplicate", not resent and t["near_duplicate_of"] is not None)):
            pred = d["status"] == status
            c = tally[status]
            c[0] += is_true and pred
            c[1] += pred and not is_true
            c[2] += is_true and not pred
    for status, (tp, fp, fn) in tally.items():
        assert _f1(tp, fp, fn) >= FLOOR_DUPLICATE_F1, (status, tp, fp, fn)
    noise = [r for r, t in items.items() if t["incident"] is None and first[r]["incident_id"]]
    assert noise == []
    # B-cubed over the items of real incidents
    true_of = {r: t["incident"] for r, t in items.items() if t["incident"] is not None}
    pred_of = {r: first[r]["incident_id"] or ("single", r) for r in true_of}
    p = sum(sum(pred_of[o] == pred_of[r] and true_of[o] == true_of[r] for o in true_of)
            / sum(pred_of[o] == pred_of[r] for o in true_of) for r in true_of) / len(true_of)
    rc = sum(sum(pred_of[o] == pred_of[r] and true_of[o] == true_of[r] for o in true_of)
             / sum(true_of[o] == true_of[r] for o in true_of) for r in true_of) / len(true_of)
    assert 2 * p * rc / (p + rc) >= FLOOR_BCUBED_F1, (p, rc)


def test_alerts_read_well(run: tuple[dict[str, Any], list[dict[str, Any]],
                                     list[dict[str, Any]]]) -> None:
    """For a desk editor: a place and an ISO country on every alert, evidence that states the
    number, a summary naming the change."""
    _, _, alerts = run
    for a in alerts:
        assert a["location"] and a["country"] and len(a["country"]) == 2, a["summary"]
        if a["kind"] == "casualty_update":
            assert a["evidence"] and a["field"] in a["summary"], a
            assert str(a["new"]) in a["summary"]
