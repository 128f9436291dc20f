"""Sources compared as facts: who an item's figures come from, in a form two agencies share.

Builds on `claims.attribution` and `claims.source_key` (which already make "state TV" ~ "state
television", "the interior ministry" ~ "Morocco's interior ministry", "health ministry" ~
"ministry of health") and adds what a near-duplicate check meets in other agencies' copy:

- an attribution the sentence patterns miss because the source carries its acronym or an
  apposition: "The Provincial Disaster Management Authority (PDMA) said", "Basarnas, the
  search and rescue agency, said" -- read again from the sentences that state the figures;
- unnamed officialdom is one source: "officials", "authorities", "the government";
- a title and its synonym are one: "head" ~ "chief".
"""

from __future__ import annotations

import re
from collections import Counter

from streams.detect.claims import attribution, is_generic, same_source, source_key
from streams.detect.facts import Facts

# the stems claims.source_key gives unnamed officialdom
_OFFICIALDOM = frozenset({"offici", "author", "govern"})
_TITLE_SYNONYMS = {"head": "chief", "chairm": "chief", "direct": "chief"}
_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z.&-]{1,10}\)")
_APPOSITION = re.compile(r"^([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*),\s+(?:the|a|an)\s+[^,]{3,60},\s+")


def _canonical(key: frozenset[str]) -> frozenset[str]:
    if key and key <= _OFFICIALDOM:
        return frozenset({"offici"})
    return key


def _titles(key: frozenset[str]) -> frozenset[str]:
    return frozenset(_TITLE_SYNONYMS.get(s, s) for s in key)


# A short stem that is the initials of another key's words: "DMC" ~ "the Disaster Management
# Centre", "the DGP" ~ "the Director General of Police" (one agency writes the acronym,
# another the name). Stems are unordered, so the letters are compared as a multiset.
MIN_ACRONYM, MAX_ACRONYM = 3, 6


def _acronym_of(a: frozenset[str], b: frozenset[str]) -> bool:
    initials = Counter(s[0] for s in b)
    for s in a:
        if MIN_ACRONYM <= len(s) <= MAX_ACRONYM and s not in b and len(b) >= len(s):
            letters = Counter(s)
            if all(initials[c] >= n for c, n in letters.items()):
                return True
    return False


# "..., 14 dead: Police Commissioner", "Quake kills 250 - interior ministry": a headline's
# trailing attribution
_HEADLINE_SOURCE = re.compile(r"(?:[:|]|\s[-–—])\s*((?:[A-Za-z][\w.'’&-]*\s*){1,6})$")


def source_of(facts: Facts) -> frozenset[str] | None:
    """The item's source key, also where only the sentences stating its figures show it."""
    if facts.source:
        return _canonical(facts.source)
    for c in facts.counts:
        if c.in_headline:
            continue
        text = _ACRONYM.sub("", c.evidence)
        # "Basarnas, the search and rescue agency, said ..." -> "Basarnas said ..."
        # "Basarnas, the search and rescue agency, said": the name and what it is, since
        # another agency may give either
        text = re.sub(r",\s+(?:the|a|an)\s+([^,]{3,60}),\s+(?=(?:said|says|told|reported)\b)",
                      r" \1 ", text)
        text = _APPOSITION.sub(r"\1 ", text)
        src = attribution(text)
        if src:
            key = source_key(src)
            if key:
                return _canonical(key)
    for c in facts.counts:
        m = _HEADLINE_SOURCE.search(c.evidence) if c.in_headline else None
        key = source_key(m.group(1)) if m else None
        if key:
            return _canonical(key)
    return None


def same(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    """Whether two source keys (of `source_of`) name one source."""
    if not a or not b:
        return same_source(a, b)
    a, b = _canonical(a), _canonical(b)
    return same_source(_titles(a), _titles(b)) or _acronym_of(a, b) or _acronym_of(b, a)


def generic(key: frozenset[str] | None) -> bool:
    """Unnamed officials, police or state media: many separate announcements share it."""
    return is_generic(key)
