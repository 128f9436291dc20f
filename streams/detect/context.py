"""Which parts of a sentence speak about *this* incident now.

Wire copy mixes the news with history ("the deadliest attack since the 1979 revolution", "In
2019, 50 died in a similar attack"), other events ("a fire in Henan last week killed 13"),
subgroups ("including three children") and bookkeeping notes ("(Corrects ... to 284 from
248)"). `mask` blanks those parts out so that neither counts nor claims nor places are taken
from them. The unit is the comma clause; a sentence that opens with a time phrase ("In 2017,")
is blanked whole.
"""

from __future__ import annotations

import re

BLANK = " ¦ "

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
# Time phrases that place a clause in the past or in another event.
_DEEP_PAST = (
    r"\b(?:1[89]\d\d|20\d\d)s?\b"                      # a year: "1979", "in 2019", "the 1980s"
    r"|\b(?:years?|decades?)\s+(?:on|since|after|ago)\b"
    r"|\bsince\s+the\b"
    r"|\banniversary\b"
)
# "since June 20", "since late June": a tally since a date is a season's, not one event's
_SINCE_MONTH = rf"|\bsince\s+(?:early\s+|late\s+|mid-)?{_MONTH}\b"
_PAST_LIGHT = re.compile(_DEEP_PAST, re.I)
_PAST = re.compile(
    _DEEP_PAST + _SINCE_MONTH +
    rf"|\bin\s+(?:early\s+|late\s+|mid-)?{_MONTH}\b(?!\s+\d)"  # "in April" (not "in April 3")
    r"|\b(?:last|previous)\s+(?:week|month|year|summer|winter|spring|autumn)\b"
    r"|\bearlier\s+(?:this|that|last)\s+(?:week|month|year)\b"
    r"|\b(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|before|after)\b"
    r"|\b(?:years?|decades?)\s+(?:on|since|after)\b"
    r"|\bsince\s+the\b"
    r"|\banniversary\b",
    re.I,
)
_OPENING_PAST = re.compile(
    r"^\s*(?:in\s+(?:\w+\s+)?(?:1[89]\d\d|20\d\d)|last\s+(?:week|month|year)|"
    r"(?:\w+\s+){1,2}(?:years?|decades?)\s+(?:ago|after|on|since)|in\s+" + _MONTH + r")\b",
    re.I,
)
# Subgroups, bookkeeping notes and projections are never counts.
# "most of them children", "117 of them in Kerr County", "all but two of them students"
_SUBGROUP = re.compile(
    r"^\s*(?:including|among\s+them|among\s+those|of\s+whom|of\s+them|mostly|mainly|largely"
    r"|(?:most|many|some|half|all|several|none|one|all\s+but\s+\w+|[\w,-]+)\s+of\s+(?:them|whom)"
    r"|(?:many|most)\s+(?:were|are)\b)\b",
    re.I,
)
# "two dead, including the attacker", "five dead including the gunman": the attacker is in the
# figure but not in the count. The aside becomes PERPETRATOR, which `counts` reads as "one of
# them was the attacker" (one character, so that positions do not move).
PERPETRATOR = "⊖"
_PERP_ASIDE = re.compile(
    r",?\s+(?:including|one\s+of\s+(?:them|whom)(?:\s+(?:was|being))?|among\s+them)\s+"
    r"(?:the\s+|an?\s+|(?:his|her|their)\s+)?(?:(?:suspected|alleged|lone)\s+)?"
    r"(?:attacker|gunman|bomber|shooter|assailant|perpetrator|hijacker|suicide\s+bomber)\b,?",
    re.I,
)
_PERP_HINT = re.compile(r"includ|of\s+them|of\s+whom|among\s+them", re.I)
# A clause that continues the one before it ("... in 1997, which killed 59", "since 1996, when a
# collision killed 349"): it speaks of the same time as its antecedent clause
_RELATIVE = re.compile(r"^\s*(?:which|when|where|that|who|in\s+which|killing|leaving|injuring)\b",
                       re.I)
_NOTE = re.compile(r"\((?:corrects?|correcting|updates?|adds?|recasts?|refiles?)\b[^)]*\)", re.I)
_CLAUSE = re.compile(r"(,|;|\s[-–—]\s|:\s)")


def strip_notes(text: str) -> str:
    """Remove "(Corrects number of wounded to 284 from 248)" style notes."""
    return _NOTE.sub(BLANK, text)


def is_past(text: str) -> bool:
    return _PAST.search(text) is not None


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _past_clause(past: re.Pattern[str], clause: str, year: int | None) -> bool:
    """Whether a clause speaks of the past. A bare year is the past only before the item's own
    year (`year`): "on January 3, 2024" in a 2024 story dates this event."""
    for m in past.finditer(clause):
        if year is None or not _YEAR.fullmatch(m.group(0)) or int(m.group(0)) < year:
            return True
    return False


def mask(sentence: str, *, light: bool = False, year: int | None = None) -> str:
    """The sentence with clauses about history, other events and subgroups blanked.

    `light` blanks only the distant past (years, anniversaries): "two days after the drone
    attack in Jordan" still says where the incident is, though its numbers are not counts.
    `year`: the item's year (a clause naming it or a later one is not history).
    """
    # the marker is ours alone: one already in the text is dropped
    sentence = strip_notes(sentence).replace(PERPETRATOR, " ")
    if _PERP_HINT.search(sentence):
        sentence = _PERP_ASIDE.sub(f" {PERPETRATOR} ", sentence)
    past = _PAST_LIGHT if light else _PAST
    if _OPENING_PAST.match(sentence):
        return BLANK
    parts = _CLAUSE.split(sentence)
    out: list[str] = []
    prev_past, sep_before = False, ""
    for i in range(0, len(parts), 2):
        clause = parts[i]
        sep = parts[i + 1] if i + 1 < len(parts) else ""
        if _SUBGROUP.match(clause):
            # "Nine people, including four children, were killed": drop the aside whole
            if out and out[-1].strip() == ",":
                out.pop()
            out.append(" " if sep.strip() == "," else sep)
            prev_past, sep_before = False, sep.strip()
            continue
        blank = _past_clause(past, clause, year) or (
            prev_past and sep_before == "," and _RELATIVE.match(clause) is not None)
        out.append(BLANK if blank else clause)
        out.append(sep)
        prev_past, sep_before = blank, sep.strip()
    return "".join(out)
