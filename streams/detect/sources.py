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

from streams.detect.claims import (
    GENERIC_SOURCES,
    attribution,
    is_generic,
    same_source,
    source_key,
)
from streams.detect.facts import Facts

# the stems claims.source_key gives unnamed officialdom
_OFFICIALDOM = frozenset({"offici", "author", "govern"})
_TITLE_SYNONYMS = {"head": "chief", "chairm": "chief", "direct": "chief"}
_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z.&-]{1,10}\)")
_APPOSITION = re.compile(r"^([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*),\s+(?:the|a|an)\s+[^,]{3,60},\s+")


# local government without a name is officialdom too: "city officials", "the municipal
# government", "county officials", "provincial authorities"
_LOCAL_GOVERNMENT = frozenset({"munici", "county", "provin", "prefec", "distri", "region"})
# a country's abbreviation is a place, not who speaks: "NZ police" ~ "police", "US officials"
_COUNTRY_ABBREVIATIONS = frozenset({"nz", "us", "uk", "uae", "drc", "prc", "rok", "dprk"})


def _canonical(key: frozenset[str]) -> frozenset[str]:
    if key - _COUNTRY_ABBREVIATIONS:
        key = key - _COUNTRY_ABBREVIATIONS
    if key and key <= _OFFICIALDOM | _LOCAL_GOVERNMENT:
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


# A relay is not the source: "the city's police chief said, according to Indian media" and
# "the ministry said, Chinese media reported" attribute the figures to the police chief and the
# ministry; the media only carried them.
_RELAY = re.compile(
    r",?\s*(?:according\s+to|citing)\s+(?:[\w'’-]+\s+){0,3}(?:media|reports?|press)\b"
    r"|,\s*(?:[\w'’-]+\s+){0,3}(?:media|press)\s+(?:said|says|reported|reports)\b"
    # "..., according to a statement relayed by authorities": the statement's author spoke
    r"|,?\s*(?:according\s+to|citing|in)\s+(?:a|an|the)\s+(?:\w+\s+)?"
    r"(?:statement|report|post|message|communiqu[eé])\s+(?:relayed|carried|published|shared|"
    r"circulated|posted)\s+(?:by|on|in)\s+[^,.;:]{2,60}", re.I)
_MEDIA = frozenset({"stmedia"})
_BARE_ROLES = frozenset({"offici", "agency", "author", "depart", "minist", "servic", "govern",
                         "admini"})
# "NZ police: 5 dead", "Kerr County sheriff: 68 bodies": a headline's leading attribution,
# taken only when it names an office (a leading "Tianjin blasts:" or "Surfside:" is the topic)
_HEADLINE_LEAD = re.compile(r"^\s*((?:[A-Za-z][\w.'’&-]*\s+){0,4}[A-Za-z][\w.'’&-]*)\s*:\s")
# the stems of offices and services (as claims.source_key gives them): who speaks, without
# a name -- "the Miami-Dade mayor", "Deputy Police Commissioner John Tims"
OFFICES = frozenset({
    "mayor", "govern", "sherif", "police", "commis", "minist", "presid", "premie", "prosec",
    "corone", "fire", "health", "interi", "defense", "crisis", "army", "milita", "brigad",
    "secret", "chief", "direct", "counci", "agency", "servic", "depart", "civild", "coast",
    "judge", "court", "senato", "spokes", "ambass", "consul", "embass", "hospit", "univer",
    "head", "leader", "chairm", "junta", "king", "prince", "emir", "sultan", "envoy",
})


# offices that are services many officials speak for: sharing one is not one speaker
_SERVICES = frozenset({"police", "health", "fire", "army", "milita", "servic", "agency", "head",
                       "leader", "chairm", "court", "hospit", "univer", "spokes",
                       "depart", "chief", "direct", "secret", "counci", "coast", "civild",
                       "govern", "minist"})


# words many different sources' descriptions share: no name of one
_NOT_NAMES = frozenset({"nation", "region", "county", "provin", "local", "federa", "genera",
                        "deputy", "senior", "head", "public", "centra", "intern", "foreig",
                        "domest", "securi", "search", "rescue", "disast", "emerge", "manage",
                        "ethnic", "united", "new", "north", "south", "east", "west", "armed",
                        "forces", "force", "group", "media", "witnes", "eyewit", "source",
                        "john", "david", "michae", "ahmed", "mohamm", "muhamm", "ali"})


def _relayed(text: str) -> frozenset[str] | None:
    """The key of who a sentence's figures come from, the speaker over the media relaying it."""
    src = attribution(text)
    key = _clean(source_key(src)) if src else None
    if _RELAY.search(text):
        inner = attribution(_RELAY.sub("", text))
        inner_key = _clean(source_key(inner)) if inner else None
        if inner_key and inner_key != _MEDIA:
            return inner_key
    return key


# A conjunction or relative read as the head of a source ("..., while Thailand reported 21
# dead", "..., which the deputy commissioner said ...") is no part of who speaks
_FUNCTION_STEMS = frozenset({"while", "which", "as", "even", "when", "whereas", "but", "though",
                             "althou", "after", "before", "since", "where", "that", "whom"})
# figures are what was said, not who: "according to official figures" is officialdom
_FIGURE_STEMS = frozenset({"figure", "data", "statis", "tally", "count", "tolls", "toll"})


def _clean(key: frozenset[str] | None) -> frozenset[str] | None:
    if not key:
        return None
    rest = key - _FUNCTION_STEMS
    if not rest:
        return None
    if rest <= _FIGURE_STEMS:
        return frozenset({"offici"})
    return (rest - _FIGURE_STEMS) or rest


def _headline_source(facts: Facts) -> frozenset[str] | None:
    for c in facts.counts:
        if not c.in_headline:
            continue
        m = _HEADLINE_SOURCE.search(c.evidence)
        key = source_key(m.group(1)) if m else None
        if key:
            return key
        m = _HEADLINE_LEAD.match(c.evidence)
        key = source_key(m.group(1)) if m else None
        if key and key & OFFICES:
            return key
    return None


_ASIDE = re.compile(r",\s+(?:which|who|whose|[a-z]+ing)\s+[^,]{3,80},\s+"
                    r"(?=(?:said|says|told|reported|added|announced)\b)")
_FIGURE_FROM = re.compile(
    r"\b(according\s+to|citing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:toll|tally|figures?|"
    r"count|data|statistics|assessment|estimate|report)\s+(?:from|by|of|issued\s+by|"
    r"released\s+by|published\s+by)\s+", re.I)
# "governor" and "government" share their stem; a governor is one official, not officialdom
_GOVERNOR = re.compile(r"\b(?:governor|gov\.)", re.I)


def source_of(facts: Facts) -> frozenset[str] | None:
    """The item's source key, also where only the sentences stating its figures show it."""
    key = _source_of(facts)
    if key == frozenset({"offici"}) and any(_GOVERNOR.search(c.evidence) for c in facts.counts):
        return frozenset({"governor"})
    return key


def _source_of(facts: Facts) -> frozenset[str] | None:
    """The sentences that state the figures are read first; where only the headline states them
    ("Tianjin blasts: 17 dead - state media" over a body "FlashLine - Developing."), the
    headline's attribution is the source, not whatever another sentence attributes."""
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
        # "the Paris prosecutor's office, which handles terrorism cases, said", "Somalia's
        # president, visiting the blast site on Sunday, said": an aside between who and said
        text = _ASIDE.sub(" ", text)
        # "according to a new provisional toll from the interior ministry": the ministry
        text = _FIGURE_FROM.sub(r"\1 ", text)
        key = _relayed(text)
        if key:
            if facts.source and key == _MEDIA and facts.source != _MEDIA:
                break
            return _canonical(key)
    if facts.counts and all(c.in_headline for c in facts.counts):
        key = _headline_source(facts)
        # a bare "- ministry" leaves it to the body to say which one
        if key and not (facts.source and key <= _BARE_ROLES):
            return _canonical(key)
    if facts.source and _clean(facts.source):
        return _canonical(_clean(facts.source) or facts.source)
    key = _headline_source(facts)
    return _canonical(key) if key else None


def same(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    """Whether two source keys (of `source_of`) name one source."""
    if not a or not b:
        return same_source(a, b)
    a, b = _canonical(a), _canonical(b)
    return (same_source(_titles(a), _titles(b)) or _acronym_of(a, b) or _acronym_of(b, a)
            or _same_office(a, b) or _same_name(a, b))


def _same_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """One body under its name and its description: "the FSB security service" ~ "the
    domestic intelligence service FSB", "Interior Minister Ali Demir" ~ "Demir, the minister".
    They share a name -- a stem that is no office, role or unnamed source -- and name no
    different offices ("the Kerr County sheriff" is not "the Kerr County judge")."""
    a, b = _titles(a), _titles(b)
    names = (a & b) - OFFICES - _BARE_ROLES - GENERIC_SOURCES - _NOT_NAMES
    if not any(len(n) >= 3 for n in names):
        return False
    oa, ob = a & OFFICES, b & OFFICES
    return not oa or not ob or bool(oa & ob)


def _names(key: frozenset[str]) -> frozenset[str]:
    """The stems of a key that name someone: no office, role, unnamed source or descriptive
    word ("national", "disaster", "search")."""
    rest = key - OFFICES - _BARE_ROLES - GENERIC_SOURCES - _NOT_NAMES - {"governor", "countr"}
    return frozenset(n for n in rest if len(n) >= 3)


# a governor is an office here ("the Nineveh governor" is not "the county sheriff"); a bare
# title says nothing of which body ("director", "spokesman", "agency", "ministry")
_DESCRIBED_OFFICES = OFFICES | {"governor"}
_TITLES = frozenset({"chief", "direct", "spokes", "head", "leader", "chairm", "secret",
                     "agency", "servic", "depart", "minist"})


def described(rewrite: frozenset[str] | None, report: frozenset[str] | None) -> bool:
    """Whether a rewrite's source only describes the body ("the national disaster agency",
    "the search and rescue agency") that the report it rewrites gave by a name another agency
    does not expand: an acronym ("NDRRMC", "BNPB", "Basarnas") or the person speaking for it
    ("spokesman Sutopo Purwo Nugroho"). The description is no unnamed source ("officials",
    "police": many speak as those) and the two name no different offices. One way only: a
    later item that names a body where the report only described one ("the fire department"
    then "the club Flamengo") names another speaker."""
    if not rewrite or not report:
        return False
    a, b = _titles(_canonical(rewrite)), _titles(_canonical(report))
    if _names(a) or not _names(b) or is_generic(a):
        return False
    oa, ob = (a & _DESCRIBED_OFFICES) - _TITLES, (b & _DESCRIBED_OFFICES) - _TITLES
    return not oa or not ob or bool(oa & ob)


def _same_office(a: frozenset[str], b: frozenset[str]) -> bool:
    """A named official and their office: "Miami-Dade County Mayor Daniella Levine Cava" ~ "the
    Miami-Dade mayor", "Interior Minister Mohsin Naqvi" ~ "the interior minister". Both name
    the same offices (one key's office stems are all the other's), and the office is not
    only a service many speak for ("police", "health")."""
    oa, ob = a & OFFICES, b & OFFICES
    if not oa or not ob or not (oa <= ob or ob <= oa):
        return False
    return bool((oa & ob) - _SERVICES)


def generic(key: frozenset[str] | None) -> bool:
    """Unnamed officials, police or state media: many separate announcements share it."""
    return is_generic(key)


MAX_MENTIONS = 6   # the sources a print remembers of one item


def mentions(facts: Facts) -> list[frozenset[str]]:
    """Every source the item names, in its canonical form: the item's own source first, then
    each other attribution of its body (`Facts.mentions`), at most `MAX_MENTIONS`."""
    out: list[frozenset[str]] = []
    for key in (source_of(facts), *(_clean(k) for k in facts.mentions)):
        if key:
            key = _canonical(key)
            if key not in out:
                out.append(key)
    return out[:MAX_MENTIONS]


def named_in(key: frozenset[str] | None, named: list[frozenset[str]]) -> bool:
    """Whether a source is one of the sources another item names: "Sheriff Joseph Lombardo"
    where that item's figures came from "police" but it quotes the sheriff too."""
    return bool(key) and any(same(key, other) for other in named)
