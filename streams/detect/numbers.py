"""Numbers in wire English: digits with commas and number words, marked in place.

`mark_numbers` rewrites a sentence so that every cardinal number becomes a token `#123#` and
every number that cannot be a head count (a year, a date, a name like "Tower 22", a quantity
with a unit like "20 minutes" or "5 percent") becomes `#x#`. The fact patterns then work on
one simple shape. Vague words ("dozens", "hundreds") are left as words: they are not counts.
"""

from __future__ import annotations

import re

from streams.detect.lexicon import CURRENCY_AFTER, CURRENCY_BEFORE

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "lakh": 100_000, "lakhs": 100_000,
           "million": 1_000_000, "crore": 10_000_000, "crores": 10_000_000}

_MAX_DIGITS = 15     # far above any count (counts.MAX_COUNT); longer runs are not counts
_MAX_VALUE = 10**_MAX_DIGITS
_WORD = r"(?:" + "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True)) + r")"
_SIMPLE = rf"(?:{_WORD}(?:-{_WORD})?)"
# "two dozen", "a dozen", "three hundred and five", "forty-seven", "1,284", "a hundred"
_WORDS_NUMBER = (
    rf"(?:(?:{_SIMPLE}|an?)\s+dozen"
    rf"|(?:{_SIMPLE}|an?)\s+(?:hundred|thousand|lakhs?|million|crores?)(?:\s+(?:and\s+)?{_SIMPLE})?"
    rf"|{_SIMPLE})"
)
# "1,284"; South Asian grouping "1,95,000" (lakhs: two-digit groups before the last three);
# "2 lakh", "1.5 million", "2.25 lakh": a figure with a scale word is one number
_SCALE_WORD = r"(?:lakhs?|crores?|million)"
_DIGITS = (
    rf"(?:\d+(?:\.\d+)?|\d{{1,3}}(?:,\d{{3}})+)\s+{_SCALE_WORD}\b"
    r"|\d{1,3}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
)
NUMBER_RE = re.compile(rf"(?<![\w#.,-])(?:{_DIGITS}|{_WORDS_NUMBER})(?![\w#]|\.\d|-\d)", re.I)

# A quantity with one of these right after it is not a head count.
_UNIT_AFTER = re.compile(
    r"\s*(?:%|percent|per cent|percentage|points?|km|kilomet(?:er|re)s?|miles?|metres?|meters?|"
    r"feet|foot|kg|tonnes?|tons?|dollars?|euros?|yuan|pounds|rials?|barrels?|minutes?|"
    r"hours?|days?|weeks?|months?|years?|decades?|centuries|seasons?|games?|goals?|votes?|"
    r"seats?|times|degrees?|celsius|a barrel|an ounce|st|nd|rd|th|[ap]\.?m\b|gmt|utc|"
    r"mph|kph|billion|trillion|bn|m\b|households?|famil(?:y|ies)|homes?|houses?|buildings?|villages?|"
    r"flights?|films?|exhibitors?|countries|provinces?|bases?|aircraft|missiles?|drones?|"
    r"rockets?|shells?)\b",
    re.I,
)
_MONTHS = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    r"july|august|september|october|november|december"
)
_MONTH_BEFORE = re.compile(rf"(?:\b(?:{_MONTHS})\.?)\s*$", re.I)
_MONTH_AFTER = re.compile(rf"\s+(?:{_MONTHS})\b", re.I)
_NOT_NAME = {
    "at", "more", "another", "some", "about", "over", "nearly", "around", "almost", "only",
    "all", "least", "than", "the", "and", "but", "with", "of", "to", "up", "down", "by",
    "just", "roughly", "approximately", "kill", "kills", "killed", "injure",
    "injures", "arrest", "arrests", "detain", "detains", "wound", "wounds", "as", "many",
    # a headline in capitals ("QUAKE TOLL NOW 1,234", "CRASH TOLL 288"): words of a count
    "now", "toll", "tally", "count", "is", "was", "stands", "stood", "reaches", "reached", "hits",
    "tops", "passes", "nears", "rises", "rose", "says", "said", "dead", "injured", "wounded",
    "missing", "after", "reach",
}
# "the younger one shot his uncle", "each one", "which one": "one" as a pronoun, not a figure
_PRONOUN_ONE_BEFORE = re.compile(
    r"\b(?:the|this|that|each|every|any|no|which)\s+(?:(?:[a-z]+er|other|only|last|first|second|"
    r"same|little|big|new|old)\s+)?$", re.I)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)\s+$")
_SCALED = re.compile(r"^(\d+(?:\.\d+)?)\s+(lakhs?|crores?|million)$")
# Money is never a head count: "Rs 50,000 for the injured", "$2 million", "200,000 rupees"
_CURRENCY_BEFORE = re.compile(rf"(?:^|[\s(])(?:{CURRENCY_BEFORE})\s*$", re.I)
_CURRENCY_AFTER = re.compile(rf"\s*(?:(?:lakhs?|crores?|million)\s+)?(?:{CURRENCY_AFTER})\b", re.I)


def word_value(text: str) -> int | None:
    """The value of a number written in words or digits; None when it is not a number."""
    s = text.lower().replace(",", "").strip()
    scaled = _SCALED.match(s)
    if scaled:
        # "2.25 lakh" is 225,000: a decimal with a scale word is a whole number of people
        digits, scale = scaled.group(1), _SCALES[scaled.group(2)]
        if len(digits) > _MAX_DIGITS:
            return None
        whole, _, frac = digits.partition(".")
        value = int(whole) * scale + (int(frac) * scale) // 10 ** len(frac) if frac else int(whole) * scale
        return value if value <= _MAX_VALUE else None
    if s.replace(".", "", 1).isdigit():
        # a decimal is never a head count, and a run longer than any count could be ("1" * 400)
        # is not one either: int() of it would be slow and float() of it overflows
        return int(s) if "." not in s and len(s) <= _MAX_DIGITS else None
    words = re.split(r"[\s-]+", s)
    total = current = 0
    seen = False
    for w in words:
        if w == "and":
            continue
        if w in ("a", "an"):
            current = max(current, 1)
            continue
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "dozen":
            current = max(current, 1) * 12
        elif w in _SCALES:
            scale = _SCALES[w]
            current = max(current, 1) * scale
            if scale >= 1000:
                total += current
                current = 0
        else:
            return None
        if total + current > _MAX_VALUE:
            return None   # "million million ...": no count is this large; stop before it grows
        seen = True
    return total + current if seen else None


def _is_year(raw: str, value: int) -> bool:
    return raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100


def mark_numbers(sentence: str, readings: list[tuple[str, str]] | None = None) -> str:
    """Replace each number with `#N#` (a possible head count) or `#x#` (anything else).

    `readings`, if given, gets one (number as written, why it is not a head count or "") per
    number, in order (for `wirealert evaluate --explain`)."""
    out: list[str] = []
    pos = 0
    for m in NUMBER_RE.finditer(sentence):
        raw = m.group(0)
        value = word_value(raw)
        # bounded windows: every test below looks a few words either side, and slicing the
        # whole sentence per number would make a long run of numbers quadratic
        before = sentence[max(0, m.start() - 40): m.start()]
        after = sentence[m.end(): m.end() + 40]
        why = ""
        if value is None or ("." in raw and _SCALED.match(raw.lower()) is None):
            why = "not a whole number"
        elif _is_year(raw, value):
            why = "a year"
        elif raw.lower() == "one" and _PRONOUN_ONE_BEFORE.search(before):
            why = "a pronoun"
        elif _CURRENCY_BEFORE.search(before[-8:]) or _CURRENCY_AFTER.match(after):
            why = "an amount of money"
        elif (_UNIT_AFTER.match(after) or _MONTH_BEFORE.search(before)
              or (raw[0].isdigit() and _MONTH_AFTER.match(after))):
            why = "a measure or a date"
        elif raw[0].isdigit() and (wb := _WORD_BEFORE.search(before)) and (
                wb.group(1)[0].isupper() and wb.group(1).lower() not in _NOT_NAME):
            why = "part of a name"   # "Tower 22", "Flight 370", "UPDATE 1"
        elif after.startswith("-") or before.endswith("-"):
            why = "a score or tally"  # "3-1", "84-62"
        if readings is not None:
            readings.append((raw, why))
        out.append(sentence[pos: m.start()])
        out.append(f"#{value}#" if not why else "#x#")
        pos = m.end()
    out.append(sentence[pos:])
    return "".join(out)
