"""The blind batches (tests/data/blind/batchNN): written under the data README's rules by people
who never saw the code, and scored before anything was changed for them (QUALITY.md).

Nothing has been fitted to them, so these floors are not targets: they sit a little under the
blind figures of the code that first saw them, so that a change that loses generalisation on
unseen copy fails here. A fix made *for* one of these batches turns it into development data;
say so in QUALITY.md when that happens.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from streams.detect.offline import evaluate_lines

BLIND = Path(__file__).resolve().parents[1] / "data" / "blind"
# batch -> alert F1 floor (all kinds), as the project's scorer counts it. Batches 12-14 became
# development data on 2026-12-03 (the count reader was fitted to their miss classes): their
# floors sit under the after-fix figures and guard against losing those fixes, nothing more.
# Batches 15-20 became development data on 2026-12-03 for the incident work (reactions abroad,
# namesake towns, towns named like words, shouted headlines, headline names) and the count-role
# work (nominal phrasing, one person arrested, people in care, "a further", headline bounds).
FLOORS = {"batch12": 0.90, "batch13": 0.86, "batch14": 0.90, "batch15": 0.87, "batch16": 0.92,
          "batch17": 0.85, "batch18": 0.88, "batch19": 0.90, "batch20": 0.81,
          # Batches 21-24 became development data on 2026-12-04 (incident splitting, count roles
          # and near-duplicate sources were fitted to 12-24): floors ~0.02 under the merged code.
          "batch21": 0.96, "batch22": 0.94, "batch23": 0.96, "batch24": 0.88,
          # Batches 25-32 are still blind (nothing was changed for them): their floors,
          # ~0.02 under their score on the merged code of 2026-12-04, catch regressions only.
          "batch25": 0.74, "batch26": 0.95, "batch27": 0.68, "batch28": 0.81, "batch29": 0.72,
          "batch30": 0.82, "batch31": 0.66, "batch32": 0.85,
          # Batches 33-40 (2026-12-04, blind: scored before any change, nothing changed for
          # them since): ~0.04 under their first score, to catch regressions only.
          "batch33": 0.63, "batch34": 0.87, "batch35": 0.71, "batch36": 0.68, "batch37": 0.75,
          "batch38": 0.77, "batch39": 0.76, "batch40": 0.69}


def _key(alert: dict[str, Any]) -> tuple[Any, ...]:
    if alert["kind"] in ("casualty_update", "correction"):
        return (alert["kind"], alert["item"], alert["field"], alert["old"], alert["new"])
    return (alert["kind"], alert["item"])


@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_blind_batch_alert_f1_stays_above_its_floor(batch: str) -> None:
    truth = json.loads((BLIND / batch / "truth.json").read_text(encoding="utf-8"))
    lines = (BLIND / batch / "wire.jsonl").read_bytes().splitlines()
    got: list[tuple[Any, ...]] = []
    for _decision, produced in evaluate_lines(lines, now=datetime(2030, 1, 1, tzinfo=UTC)):
        for alert in produced:
            got.append(_key({"kind": alert.kind.value, "item": alert.item_ref,
                             "field": alert.field.value if alert.field else None,
                             "old": alert.old, "new": alert.new}))
    # as in the scorer: a first figure on an incident's first item may or may not be sent
    opening = {a["item"] for a in truth["expected_alerts"] if a["kind"] == "new_incident"}
    expected = [_key(a) for a in truth["expected_alerts"]
                if not (a["kind"] == "casualty_update" and a["old"] is None and a["item"] in opening)]
    got = [k for k in got if not (k[0] == "casualty_update" and k[3] is None and k[1] in opening)]
    remaining = list(expected)
    tp = 0
    for key in got:
        if key in remaining:
            remaining.remove(key)
            tp += 1
    f1 = 2 * tp / (len(got) + len(expected))
    assert f1 >= FLOORS[batch], f"{batch}: alert F1 {f1:.3f} under its floor {FLOORS[batch]}"
