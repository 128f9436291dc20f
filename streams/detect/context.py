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

from streams.detect.topic import EVENT_CLASSES

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
    r"|\b(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|before)\b"
    # "six days after the explosion that killed 160": this event's own aftermath, unless the
    # interval is long or the event another one ("two days after a blast in ...")
    r"|\b(?:\w+|\d+)\s+(?:months?|years?|decades?)\s+after\b"
    r"|\b(?:\w+|\d+)\s+(?:days?|weeks?)\s+after\s+(?!the\b|its\b|their\b|this\b|last\s+\w+['’]s\b)"
    r"|\b(?:years?|decades?)\s+(?:on|since|after)\b"
    r"|\bsince\s+the\b"
    r"|\banniversary\b"
    # "over the past decade", "in the last five years", "in recent years": a span of history
    r"|\b(?:past|last|previous)\s+(?:(?:few|several|\w+)\s+)?(?:decades?|years)\b"
    r"|\bin\s+recent\s+(?:years|decades)\b",
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
    # "Twenty people, excluding the two bombers, were killed": left out of the figure
    r"|excluding|not\s+counting|besides|apart\s+from|other\s+than|except"
    r"|(?:most|many|some|half|all|several|none|one|all\s+but\s+\w+|[\w,-]+)\s+of\s+(?:them|whom)"
    r"|(?:many|most)\s+(?:were|are)\b)\b",
    re.I,
)
# "two dead, including the attacker", "five dead including the gunman": the attacker is in the
# figure but not in the count. The aside becomes PERPETRATOR, which `counts` reads as "one of
# them was the attacker" (one character, so that positions do not move).
PERPETRATOR = "⊖"
_PERPS = (r"(?:(?:suspected|alleged|lone|suicide)\s+)?(?:attackers?|gunm[ae]n|bombers?|shooters?|"
          r"assailants?|perpetrators?|hijackers?)")
_FEW = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10}
_FEW_RE = r"(?:two|three|four|five|six|seven|eight|nine|ten|[2-9])"
# "..., including three suicide bombers", "the two gunmen among them", "the bomber's among them":
# one marker per perpetrator the figure includes
_PERP_ASIDE = re.compile(
    r",?\s+(?:including|counting|one\s+of\s+(?:them|whom)(?:\s+(?:was|being))?|among\s+them)\s+"
    rf"(?:the\s+|an?\s+|(?:his|her|their)\s+)?(?:(?P<k>{_FEW_RE})\s+)?(?:(?:suspected|alleged|lone)\s+)?"
    rf"{_PERPS}\b,?"
    rf"|,\s+(?:the\s+|(?:his|her|their)\s+)?(?:(?P<k2>{_FEW_RE})\s+)?{_PERPS}(?:['’]s?)?"
    r"\s+(?:among|included\s+among|included\s+in|counted\s+among)\s+(?:them|the\s+dead)\b,?"
    # "59 had died, a figure that includes the gunman"
    r"|,\s+a\s+(?:figure|toll|number|count|total|tally)\s+(?:that|which)\s+(?:includes?|included|counts)\s+"
    rf"(?:the\s+|(?:his|her|their)\s+)?(?:(?P<k3>{_FEW_RE})\s+)?{_PERPS}\b,?",
    re.I,
)


def _perp_marks(m: re.Match[str]) -> str:
    k = (m.group("k") or m.group("k2") or m.group("k3") or "").lower()
    return " " + PERPETRATOR * (int(k) if k.isdigit() else _FEW.get(k, 1)) + " "

_PERP_HINT = re.compile(r"includ|of\s+them|of\s+whom|among\s+them|among\s+the\s+dead|counts|counting",
                        re.I)
# A clause that continues the one before it ("... in 1997, which killed 59", "since 1996, when a
# collision killed 349"): it speaks of the same time as its antecedent clause
_RELATIVE = re.compile(r"^\s*(?:which|when|where|that|who|in\s+which|killing|leaving|injuring"
                       # "the 2014 shooting at the museum, killed four": the verb of that subject
                       r"|killed|left|claimed|wounded|injured|took|cost)\b", re.I)
# "the 2015 collapse of the dam in Mariana, also owned by Vale, which killed 19": a short aside
# between a past clause and its relative clause keeps speaking of that past
_ASIDE = re.compile(r"^\s*(?:also|once|then|now|formerly|itself|a|an|the|its|both|part|owned|"
                    r"operated|run|built|located|near|in|on|at)\b[^0-9]{0,50}$", re.I)
# A year is an attribute, not a time, where it names a thing that is no event: "the fire at the
# 1998 building", "a tower built in 1998" (but "the 2015 collapse", "the 1979 revolution")
_YEAR_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+(?:[A-Za-z'’-]+\s+)?$",
                              re.I)
_YEAR_OF_MAKING = re.compile(
    r"\b(?:built|constructed|opened|founded|completed|established|renovated|inaugurated|erected|"
    r"commissioned|bought|purchased|made|manufactured|registered|launched)\s+in\s+$", re.I)
_PAST_EVENT = re.compile(
    r"^(?:\W+[\w'’-]+){0,4}?\W+(?:" + "|".join(f"(?:{rx})" for rx in EVENT_CLASSES.values())
    + r"|revolution|war|wars|crisis|uprising|coup|disaster|tragedy|killings?|genocide|riots?|"
    r"games|olympics|cup|elections?|season|edition|protests?|unrest|conflict|invasion|occupation|"
    r"outbreak|pandemic|epidemic|famine|drought|incident|events?|campaign|violence|fighting|"
    r"clashes|battle|bombings?|attacks?|fires?|floods?)\b", re.I)
# what a sentence goes on with after an aside: its verb ("Nine people, including four children,
# were killed")
_GOES_ON = re.compile(
    r"^\s*(?:were|was|are|is|have|has|had|died|die|perished|remain|remained|remains|"
    r"and|who|according|officials|police|the|a|an|it|they|he|she|said|says|[a-z]+ed)\b", re.I)
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
        if year is None or not _YEAR.fullmatch(m.group(0)):
            return True
        if int(m.group(0)) >= year:
            continue
        before = clause[max(0, m.start() - 40): m.start()]
        if _YEAR_OF_MAKING.search(before) or (
                _YEAR_DETERMINER.search(before) and not _PAST_EVENT.match(clause[m.end(): m.end() + 60])):
            continue   # "at the 1998 building", "built in 1998": the year of a thing, not an event
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
        sentence = _PERP_ASIDE.sub(_perp_marks, sentence)
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
            # "Nine people, including four children, were killed": drop the aside whole. The
            # clauses either side join only where the sentence goes on with its verb: in "50
            # were injured, 36 of whom remain in hospital, two in critical condition" the rest
            # is more of the aside ("injured two" is no count)
            rest = parts[i + 2] if i + 2 < len(parts) else ""
            if out and out[-1].strip() == ",":
                out.pop()
            joined = sep.strip() == "," and (not rest.strip() or _GOES_ON.match(rest) is not None)
            out.append(" " if joined else sep)
            # "including Peru's 2007 quake, which killed 519": the aside names a past event,
            # and the relative clause after it speaks of that event
            prev_past, sep_before = _past_clause(past, clause, year), sep.strip()
            continue
        carried = prev_past and sep_before == ","
        blank = _past_clause(past, clause, year) or (carried and _RELATIVE.match(clause) is not None)
        aside = carried and not blank and _ASIDE.match(clause) is not None and sep.strip() == ","
        out.append(BLANK if blank or aside else clause)
        out.append(sep)
        prev_past, sep_before = blank or aside, sep.strip()
    return "".join(out)
