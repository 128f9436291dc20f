"""Hostile and odd text: the core never raises, stays fast, and ignores absurd counts."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime

import pytest

from streams.detect.offline import evaluate_lines

NOW = datetime(2030, 1, 1, tzinfo=UTC)


def _line(i: int, headline: str, body: str) -> bytes:
    return json.dumps({"guid": f"odd:{i}", "version": 1, "source": "Odd Wire", "urgency": 1,
                       "versioncreated": "2025-01-01T00:00:00Z", "headline": headline,
                       "body_text": body}).encode()


ODD = [
    ("Blast in Kabul kills 12", "A blast killed 12 people in Kabul. " + "killed 5 " * 20_000),
    ("Quake hits Kabul", " ".join(str(i) for i in range(20_000))),
    ("Flood in Dhaka", "In Dhaka, " * 5_000 + "12 people were killed."),
    ("Blast in Kabul", "(" * 5_000 + ")" * 5_000),
    ("Blast in Kabul kills 5", "A" * 300_000),
    ("Blast kills 5 in Kabul", "Kabul Kabul Kabul, Kabul - Kabul: " * 3_000),
    ("Blast kills 5 in Kabul", "the death toll " * 10_000 + " rose to 5"),
    ("Explosión mata a 12 en 東京 🙂", "Un atentado en Kabul mató a 12 personas. ١٢ قتيلا " * 3),
    ("Fire in Lagos", ""),
    ("Blast kills -5 in Kabul", "A blast killed -5 people and injured −3 in Kabul."),
    ("Strike kills 1e9 in Kabul", "It killed 1.5 people, 0x10 people and 10^9 people."),
    ("Blast kills " + "nine hundred ninety-nine thousand " * 50 + "in Kabul", "x"),
]


def test_odd_text_never_raises_and_stays_fast() -> None:
    list(evaluate_lines([_line(999, "Warm up", "Loads the gazetteer.")], now=NOW))
    for i, (headline, body) in enumerate(ODD):
        start = time.perf_counter()
        out = list(evaluate_lines([_line(i, headline, body)], now=NOW))
        assert time.perf_counter() - start < 0.5, headline[:40]
        assert len(out) == 1


@pytest.mark.parametrize("body", [
    "A blast killed 9999999999 people in Kabul, police said.",
    "The death toll rose to 12,000,000, police said.",
    "Officials said 50,000,000 people were injured.",
])
def test_absurd_counts_are_ignored(body: str) -> None:
    ((_, alerts),) = evaluate_lines([_line(1, "Blast in Kabul market", body)], now=NOW)
    assert [a.kind.value for a in alerts] == ["new_incident"]
