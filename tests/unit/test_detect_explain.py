"""`evaluate --explain`: every number an item holds, the role it got and the words that decided it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from schemas.codec import decode_item
from streams.cli import app
from streams.detect.explain import explain
from streams.detect.facts import analyse

DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "dev-wire.jsonl"
HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout-wire.jsonl"


def roles(headline: str, body: str = "") -> dict[str, tuple[str, str]]:
    return {r.number: (r.role, r.why) for r in explain(headline, body)}


@pytest.mark.parametrize(("sentence", "number", "role", "why"), [
    ("The death toll rose to 84 on Thursday.", "84", "killed, total", "toll phrase"),
    ("Police said 31 people were injured.", "31", "injured", "number + field word"),
    ("The blast killed 12 people.", "12", "killed", "field word before the number"),
    ("The government promised Rs 50,000 to each family.", "50,000", "not a count",
     "an amount of money"),
    ("It was the worst attack since 2019, when 40 people died.", "40", "not a count",
     "in a part the reader skips (a quote, background, a past event)"),
    ("Tapachula bar attack: the seventh victim dies in hospital.", "seventh", "killed, total",
     "ordinal death"),
    ("The toll could rise to 200, officials warned.", "200", "not a count",
     "toll phrase: a projection or a toll of no field (could, may, ...)"),
    ("Three Britons were among those killed in the blast.", "Three", "not a count",
     "number + field word: a subgroup of the victims"),
    ("Flight 370 disappeared over the sea.", "370", "not a count", "part of a name"),
    ("The river rose 3 metres overnight.", "3", "not a count", "a measure or a date"),
])
def test_each_number_gets_its_role_and_the_reason(sentence: str, number: str, role: str,
                                                 why: str) -> None:
    got = roles("Wire headline", sentence)
    assert got[number] == (role, why)


def test_the_words_around_a_number_show_it_in_brackets() -> None:
    (reading,) = explain("Quetta blast kills 31", "")
    assert reading.sentence == 0 and reading.words == "quetta blast kills [31]"


@pytest.mark.parametrize("path", [DEV, HELDOUT], ids=["dev", "heldout"])
def test_explain_reads_the_counts_the_core_reads(path: Path) -> None:
    # for every item: the figures explain calls counts are the figures the core's facts hold
    # (figures for one side of a border the core drops; explain shows them with that role)
    checked = 0
    for line in path.read_bytes().splitlines():
        if not line.strip():
            continue
        item = decode_item(line)
        facts = analyse(item.headline, item.body_text, item.versioncreated.year)
        readings = explain(item.headline, item.body_text, item.versioncreated.year)
        if any("one side of a border" in r.role for r in readings):
            continue
        counted = sorted((r.role.split(",")[0], r.sentence) for r in readings
                         if r.role != "not a count")
        assert len(counted) == len(facts.counts), (item.item_ref, readings, facts.counts)
        assert sorted(r.role.split(",")[0] for r in readings if r.role != "not a count") == \
            sorted(c.field.value for c in facts.counts), item.item_ref
        checked += 1
    assert checked > 100


def test_evaluate_explain_adds_numbers_to_decisions_and_changes_no_alert(tmp_path: Path) -> None:
    runner = CliRunner()
    plain_alerts, plain_decisions = tmp_path / "a.jsonl", tmp_path / "d.jsonl"
    explained_alerts, explained = tmp_path / "ea.jsonl", tmp_path / "ed.jsonl"
    for alerts, decisions, extra in ((plain_alerts, plain_decisions, []),
                                     (explained_alerts, explained, ["--explain"])):
        result = runner.invoke(app, ["evaluate", str(DEV), "--alerts", str(alerts),
                                     "--decisions", str(decisions), *extra])
        assert result.exit_code == 0, result.output

    def strip(path: Path) -> list[dict[str, object]]:
        rows = [json.loads(x) for x in path.read_text().splitlines()]
        for row in rows:
            row.pop("detected_at", None)
        return rows

    assert strip(explained_alerts) == strip(plain_alerts)
    lines = [json.loads(x) for x in explained.read_text().splitlines()]
    plain = [json.loads(x) for x in plain_decisions.read_text().splitlines()]
    assert [{k: v for k, v in row.items() if k != "numbers"} for row in lines] == plain
    numbers = [n for row in lines for n in row["numbers"]]
    assert any(n["role"].startswith("killed") for n in numbers)
    assert all(set(n) == {"number", "sentence", "role", "why", "words"} for n in numbers)


def test_a_year_is_history_only_before_the_items_own_year() -> None:
    body = "On January 3, 2024 the death toll stood at 84."
    assert roles("Kerman update", body)["84"][0] == "not a count"      # no year known: masked
    readings = {r.number: (r.role, r.why) for r in explain("Kerman update", body, 2024)}
    assert readings["84"][0] == "killed, total" and readings["2024"] == ("not a count", "a year")
    assert analyse("Kerman update", body, 2024).counts[0].value == 84
    assert analyse("Kerman update", body, 2026).counts == []            # two years on: history
