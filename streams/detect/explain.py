"""Why an item's figures read as they did: every number in it, the role it got, and the words.

For `wirealert evaluate --explain`: a desk editor can see why an alert fired (or did not), and an
engineer can debug a misread without reading the patterns. It reads exactly what the core reads
(`facts.read_sentences`, `facts.prepare`, `counts.counts_in`), asking each step to say why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from streams.detect.context import mask
from streams.detect.counts import Stated, counts_in
from streams.detect.facts import counts_countries, read_sentences
from streams.detect.numbers import NUMBER_RE, mark_numbers

_TOKEN = re.compile(r"#[^#\s]+#")
CONTEXT_WORDS = 6


@dataclass(frozen=True)
class NumberReading:
    number: str          # as written
    sentence: int        # 0 is the headline
    role: str            # "killed, total", "injured, one area's share", "not a count"
    why: str             # the construction that read it, or why it is not a count
    words: str           # the words around it as the reader saw them, the number in [brackets]


def _shown(prepared: str, written: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The prepared sentence with each number token back as written, and each one's span."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = length = 0
    for token, number in zip(_TOKEN.finditer(prepared), written, strict=False):
        parts.append(prepared[pos: token.start()])
        length += token.start() - pos
        spans.append((length, length + len(number)))
        parts.append(number)
        length += len(number)
        pos = token.end()
    parts.append(prepared[pos:])
    return "".join(parts), spans


def _words_around(shown: str, span: tuple[int, int]) -> str:
    head, tail = shown[: span[0]], shown[span[1]:]
    before = head.split()[-CONTEXT_WORDS:]
    after = tail.split()[:CONTEXT_WORDS]
    number = f"[{shown[span[0]: span[1]]}]"
    if after and not tail[:1].isspace():   # "103," stays one word
        number += after.pop(0)
    return " ".join([*before, number, *after])


def _role(st: Stated) -> str:
    return st.field.value + (", total" if st.total else "") + (
        ", one area's share" if st.part else "") + (", one side of a border" if st.side else "")


def explain(headline: str, body: str, year: int | None = None) -> list[NumberReading]:
    """Every number in an item as the core reads it, in reading order (`year`: the item's)."""
    out: list[NumberReading] = []
    read = read_sentences(headline, body)
    countries = counts_countries(read)
    for index, (text, _in_headline) in enumerate(read):
        written: list[tuple[str, str]] = []
        prepared = mark_numbers(mask(text, year=year), written).lower()
        notes: dict[int, str] = {}
        stated = {st.start: st for st in counts_in(prepared, notes, countries=countries)}
        shown, spans = _shown(prepared, [number for number, _ in written])
        tokens = _TOKEN.finditer(prepared)
        for (number, not_count), token, span in zip(written, tokens, spans, strict=False):
            st = stated.get(token.start())
            if st is not None:
                role, why = _role(st), st.how
            else:
                role = "not a count"
                why = not_count or notes.get(token.start(), "no count construction around it")
            out.append(NumberReading(number, index, role, why, _words_around(shown, span)))
        seen = {token.start() for token in _TOKEN.finditer(prepared)}
        for st in stated.values():
            if st.start not in seen:   # read from a word, not a number ("the seventh victim")
                word = prepared[st.start:].split()[0]
                out.append(NumberReading(word, index, _role(st), st.how,
                                         _words_around(prepared, (st.start, st.start + len(word)))))
        out += _skipped(text, [number for number, _ in written], index)
    return out


def _skipped(text: str, read: list[str], index: int) -> list[NumberReading]:
    """The numbers of a sentence in the parts the reader masks before it counts (quotes,
    background asides, past events)."""
    left = list(read)
    out = []
    for m in NUMBER_RE.finditer(text):
        if m.group(0) in left:
            left.remove(m.group(0))
            continue
        words = _words_around(text, m.span())
        out.append(NumberReading(m.group(0), index, "not a count",
                                 "in a part the reader skips (a quote, background, a past event)",
                                 words))
    return out
