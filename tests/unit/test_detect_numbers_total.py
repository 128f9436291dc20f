"""Every number reader is total: hostile runs of digits, exponents, number-word chains and comma
groups give "not a count" (None or `#x#`), never an exception, and in linear time."""

from __future__ import annotations

import time

import pytest

from streams.detect.counts import counts_in
from streams.detect.facts import analyse
from streams.detect.numbers import mark_numbers, word_value

HOSTILE = [
    "1" * 309,
    "9" * 400,
    "7" * 5000,
    "1e309",
    "1" * 400 + ".5",
    ",".join(["123"] * 3000),
    "1," + ",".join(["000"] * 2000),
    " ".join(["million"] * 3000),
    "-".join(["ninety"] * 2000),
    " and ".join(["one hundred"] * 2000),
    "a dozen " * 2000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: f"{t[:12]}..{len(t)}")
def test_hostile_number_is_not_a_count_and_does_not_raise(text: str) -> None:
    analyse("Warm-up", "Loads the gazetteer before the clock starts.", 2024)
    start = time.perf_counter()
    value = word_value(text)
    assert value is None or value <= 10**15
    marked = mark_numbers(f"Officials said {text} people were killed.")
    assert counts_in(marked.lower()) == [] or all(st.value <= 10**7 for st in counts_in(marked.lower()))
    facts = analyse("Report", f"Officials said {text} people were killed.", 2024)
    assert all(c.value <= 10**7 for c in facts.counts)
    # generous budget: a linear reader takes milliseconds on these; a quadratic one would not
    assert time.perf_counter() - start < 5.0


def test_long_digit_runs_are_not_counts() -> None:
    assert word_value("1" * 309) is None
    assert word_value("1e309") is None
    assert mark_numbers("killed " + "1" * 5000) == "killed #x#"
    assert word_value("1,284") == 1284
