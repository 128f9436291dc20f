"""Near-duplicates: a rewrite of an earlier item that reports the same facts from the same source.

Text similarity alone misses other agencies' paraphrases and catches updates that change one
number, so the decision compares facts first:

- an item that states a count its candidate did not state, or a different value, or a claim
  the candidate did not carry, is never a near-duplicate of it (nor is a correction);
- with the same facts, the figures must come from the same source ("state TV" ~ "state
  television", "officials" ~ "authorities"; see sources.py); the same figure from another
  official's separate announcement is corroboration, not a rewrite;
- then a modest text similarity suffices when facts are stated, a high one when none are.
"""

from __future__ import annotations

import re

from schemas import CountField
from streams.detect import sources
from streams.detect.claims import known_actor
from streams.detect.facts import Facts, StatedCount, resolve
from streams.detect.fingerprint import similarity
from streams.detect.state import Print

SIM_SAME_SOURCE = 0.0      # same facts, both attributed to the same named source
SIM_GENERIC_SOURCE = 0.08  # same facts, both attributed to "state media" or "officials"
SIM_UNATTRIBUTED = 0.2     # same facts, neither attributed
SIM_GENERIC_PAIR = 0.15    # same facts, two different unnamed sources ("state media", "police")
SIM_WITHOUT_FACTS = 0.25   # no facts stated: the text has to carry it
SIM_FEWER_FACTS = 0.4      # the candidate stated counts, this item none
# fields that must agree for a rewrite that names no source, or another name of its speaker,
# to be a rewrite of a report
MIN_FIELDS_AGREEING = 2


def _actor(key: str) -> str:
    """An actor key with its organisation first and no possessive: "islamic state's pakistan
    branch" and "pakistan branch of the islamic state" name the "islamic state" another
    agency's claim report gives."""
    key = re.sub(r"['’]s\b", "", key)
    m = re.fullmatch(r"(.+?)\s+of\s+(?:the\s+)?(.+)", key)
    return f"{m.group(2)} {m.group(1)}" if m else key


def stated(facts: Facts) -> dict[CountField, set[int]]:
    """The values an item states per field (as `Facts.stated_by_field` reads them)."""
    return {f: {c.value for c in values} for f, values in facts.stated_by_field().items()}


# a figure the item disputes is news of its own: "denied reports that 30 died", "rejected the
# figure of 30", "disputed", "dismissed"
_DISPUTE = re.compile(r"\b(?:den(?:y|ies|ied|ial)|reject(?:s|ed)?|disput(?:e|es|ed)|"
                      r"dismiss(?:es|ed)?|refut(?:e|es|ed))\b", re.I)


def _agrees(values: list[StatedCount], known: int) -> bool:
    """Whether the figures an item states for a field are the candidate's figure.

    One figure: it must be the candidate's. Several: the one the item gives the field as the
    core applies it (`facts.resolve`) must be, and it must be the item's own news -- a stated
    running total or the headline's figure -- with no other figure in the headline. So a
    past disaster's toll in the background ("a 1993 fire killed 87") or a part beside the
    total ("68 of them in the county, bringing the toll to 78") does not make a rewrite new,
    while a second figure the item itself reports (a headline "101 bodies unidentified" over
    "the toll stands at 275") or disputes ("denied reports that 30 died") does.
    """
    if {v.value for v in values} == {known}:
        return True
    chosen = resolve(values, known)
    if chosen.value != known or not (chosen.total or chosen.in_headline):
        return False
    return all(v.value == known or not (v.in_headline or _DISPUTE.search(v.evidence))
               for v in values)


def is_near_duplicate(facts: Facts, cand: Print) -> bool:
    if facts.corrected:
        return False
    mine = stated(facts)
    for f, values in facts.stated_by_field().items():
        if f not in cand.c or not _agrees(values, cand.c[f]):
            return False
    # an "actor" without a capitalised word ("has", "it") is a misread, not a claimant
    keys = {k for k, shown, _ in facts.claims if any(w[:1].isupper() for w in shown.split())}
    if keys and not all(known_actor(_actor(k), [_actor(c) for c in cand.k]) for k in keys):
        return False
    if bool(cand.k) != bool(keys) and mine == {}:
        return False
    if keys and facts.headline_claim and not facts.counts_in_headline:
        # A claim report rewritten by another agency: the claimant is the source, and a
        # paraphrase ("X claims" / "X says it was behind") shares few words; the toll its
        # body repeats agrees with the candidate's (checked above)
        return True
    sim = similarity(facts.signature, cand.s)
    if mine or keys:
        src_a = sources.source_of(facts)
        src_b = frozenset(cand.src) if cand.src else None
        if not sources.same(src_a, src_b):
            if len(mine) >= MIN_FIELDS_AGREEING and (
                    ((src_a is None) != (src_b is None) and facts.counts_in_headline)
                    or sources.described(src_a, src_b)
                    or sources.named_in(src_a, [frozenset(m) for m in cand.m])
                    or sources.named_in(src_b, sources.mentions(facts))):
                # two or more figures agreeing at once are one report's, not a separate
                # announcement's, when the rewrite dropped the source (or the report gave
                # none) and the figures are its headline's news -- a story with other news
                # ("FBI names suspect") repeating them is not a rewrite -- or when it names
                # its speaker as the report did elsewhere ("Sheriff Joseph Lombardo" for
                # "police", "the junta" for "official figures"), or when one describes the
                # body the other names by an acronym or its spokesman ("the national disaster
                # agency" for "NDRRMC", "spokesman Sutopo Purwo Nugroho")
                return True
            # "state media" and "officials" are both the state speaking without a name: a
            # rewrite whose text agrees as much as a paraphrase does is the same report
            return (sources.generic(src_a) and sources.generic(src_b) and bool(src_a)
                    and bool(src_b) and sim >= SIM_GENERIC_PAIR)
        if not src_a:
            return sim >= SIM_UNATTRIBUTED
        if sources.generic(src_a) and len(mine) < 2:
            # one figure from "police": many separate reports share that; two or more
            # figures agreeing with one report from the same source are a rewrite of it, and
            # so is a headline whose news is that figure ("Iran quake toll 23 - state TV");
            # a story with other news (an arrest) repeating the figure in its body is not
            return facts.counts_in_headline or sim >= SIM_GENERIC_SOURCE
        return sim >= SIM_SAME_SOURCE
    if cand.c:
        return sim >= SIM_FEWER_FACTS
    return sim >= SIM_WITHOUT_FACTS


def find(facts: Facts, prints: list[Print]) -> Print | None:
    """The earliest remembered item this one is a near-duplicate of."""
    for cand in prints:
        if is_near_duplicate(facts, cand):
            return cand
    return None


def make_print(ref: str, facts: Facts, counts: dict[CountField, int], t: int) -> Print:
    return Print(
        r=ref, s=facts.signature, c=counts,
        k=sorted({k for k, _, _ in facts.claims}),
        src=sorted(sources.source_of(facts) or ()),
        m=[sorted(key) for key in sources.mentions(facts)], t=t,
    )
