"""Bounded cost per record: hostile shapes cost no more than a set, generous budget each.

Every case goes the whole way an item goes (decode, validate, route, detect), as
`wirealert evaluate` runs it. The budget is 5x or more what each takes here on a loaded
2-core machine (the worst, 0.3 s, is a megabyte record); the quadratic code these cases caught
took 1.5 s on 12,000 dots and 3.6 s on 100 KB of `<` (minutes on a megabyte).
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any

import pytest

from streams.detect.offline import evaluate_lines

NOW = datetime(2030, 1, 1, tzinfo=UTC)
BUDGET_S = 1.5
MIB = 1 << 20


def record(**fields: Any) -> bytes:
    base = {"guid": "hostile:1", "version": 1, "source": "Odd Wire",
            "versioncreated": "2025-01-01T00:00:00Z", "headline": "Blast kills 5 in Kabul"}
    return json.dumps({**base, **fields}).encode()


def html_only(markup: str) -> bytes:
    return json.dumps({"guid": "hostile:h", "versioncreated": "2025-01-01T00:00:00Z",
                       "body_html": markup}).encode()


HOSTILE = {
    "1 MiB of < as body_html": html_only("<" * (MIB - 200)),
    "100 KB of < as body_html": html_only("<" * 100_000),
    "1 MiB of unclosed <div>": html_only("<div>" * (MIB // 5 - 40)),
    "1 MiB of <a> tags": html_only("<a>" * (MIB // 3 - 40)),
    "1 MiB of unclosed comments": html_only("<!--" * (MIB // 4 - 40)),
    "1 MiB of empty comments": html_only("<!---->" * (MIB // 7 - 40)),
    "1 MiB of entities": html_only("&amp;" * (MIB // 5 - 40)),
    "ninjs 3 HTML body of <": json.dumps({
        "uri": "hostile:3", "versionCreated": "2025-01-01T00:00:00Z", "headlines": [{"value": "x"}],
        "bodies": [{"contentType": "text/html", "value": "<" * (MIB - 200)}]}).encode(),
    "12,000 dots": record(body_text="." * 12_000),
    "400 K of !": record(body_text="!" * 400_000),
    "punctuation runs between words": record(body_text="Kabul" + "?!." * 100_000 + " Then"),
    "400 K of one letter": record(body_text="a" * 400_000),
    "one letter in the headline": record(headline="A" * 4096),
    "digit runs at the bound": record(body_text=(("9" * 64) + " ") * 6_000),
    "digits with commas": record(body_text="1," * 190_000 + "000 killed"),
    "spaces and dashes": record(body_text="- " * 190_000),
    "a dateline then noise": record(body_text="KABUL (Wire) - " + "(" * 300_000),
}


def _cost(raw: bytes) -> float:
    start = time.perf_counter()
    out = list(evaluate_lines([raw], now=NOW))
    assert len(out) == 1
    return time.perf_counter() - start


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_record_costs_less_than_the_budget(name: str) -> None:
    _cost(record(headline="Warm up", body_text="Loads the gazetteer."))
    raw = HOSTILE[name]
    assert len(raw) <= MIB, "the case must fit the record cap, or it only tests the size check"
    cost = _cost(raw)
    assert cost < BUDGET_S, f"{name}: {cost:.3f} s"
