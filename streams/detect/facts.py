"""Everything the core reads from one item's text, computed once per distinct text.

`analyse(headline, body, year)` gives the stated counts (with the sentence that states each),
the claims of responsibility, the attribution of the figures, whether it is a correction,
the place scan, the event vocabulary and the text fingerprint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from schemas import CountField
from streams.detect import scope, topic
from streams.detect.claims import actor_key, attribution, claims_in, source_key
from streams.detect.context import mask, strip_notes
from streams.detect.counts import counts_in
from streams.detect.fingerprint import signature
from streams.detect.gazetteer import NOT_PLACES, gazetteer
from streams.detect.normalise import sentences, strip_dateline, strip_prefix
from streams.detect.numbers import mark_numbers
from streams.detect.places import PlaceScan, countries_named, recase_shouted, scan

MAX_HEADLINE = 400
MAX_BODY = 12_000      # characters read from a body (a long wire story is ~5,000)
MAX_SENTENCE = 600
MAX_SENTENCES = 60
_CORRECTED = re.compile(r"^\s*(?:CORRECTED|CORRECTION)\b|\((?:corrects|correcting)\b", re.I)
# Provinces and districts the gazetteer does not know: "in Nepal's Dhading district",
# "China's Yunnan" (a country's possessive before a name)
_AREA = re.compile(
    r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?:province|county|district|prefecture|governorate|"
    r"region|state)\b"
    r"|\b([A-Z][a-z]+)['’]s\s+([A-Z][a-z]+)\b(?!\s+(?:[A-Z]|said|says|government|president|"
    r"army|police|foreign|health|interior|prime|state|ministry))"
)


def _areas(text: str) -> tuple[str, ...]:
    countries = gazetteer().countries
    out = [m.group(1) or m.group(3) for m in _AREA.finditer(text)
           if m.group(1) or m.group(2) in countries]
    return tuple(dict.fromkeys(out))
_WITHHOLD_NOTE = re.compile(r"^\s*(?:EDITORS?|ATTENTION)\s*:", re.I)
# A look-back noun used as the site of the event it reports is a place, not a look back:
# "blast outside Islamabad court", "gunmen storm a court", "court attack", "museum fire" (vs
# "court hears blast case").
_EVENT_WORDS = "|".join(f"(?:{rx})" for rx in topic.EVENT_CLASSES.values())
_SITE = re.compile(
    rf"\b(?:outside|at|near|inside|in\s+front\s+of|storm(?:s|ed)?|attack(?:s|ed)?|hits?|"
    rf"target(?:s|ed)?)\s+(?:the\s+|a\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}"
    rf"(?:district\s+|high\s+|supreme\s+)?(?:courts?|museums?)\b"
    rf"|\b(?:courts?|museums?|exhibition|film\s+studio)(?:\s+(?:complex|building|premises))?"
    rf"\s+(?=(?:{_EVENT_WORDS})\b)", re.I)


# A capitalised headline word, cut as the place scan cuts names (no digits, no possessive):
# "DusitD2" gives "dusitd", "India's" gives "india", as in the incident's names.
_CAPITALISED = re.compile(r"\b[A-Z](?:[A-Za-z.'’-]*[A-Za-z])?")
_POSSESSIVE = re.compile(r"['’]s$")


def _looks_back(head: str, year: int) -> bool:
    return topic.looks_back(_SITE.sub(" ", head), year)


@dataclass(frozen=True)
class StatedCount:
    field: CountField
    value: int
    in_headline: bool
    evidence: str
    total: bool = False
    part: bool = False      # one province's figure, not necessarily the incident's
    bound: bool = False     # "more than 1,000": a lower bound
    single: bool = False    # "police detain a man": one person, named by a noun


@dataclass
class Facts:
    counts: list[StatedCount] = field(default_factory=list)
    claims: list[tuple[str, str, str]] = field(default_factory=list)  # (key, actor, evidence)
    source: frozenset[str] | None = None
    # every source the body attributes anything to, in reading order: the names one speaker
    # goes by in this item ("BNPB" and "spokesman Sutopo Purwo Nugroho", "police" and "Sheriff
    # Joseph Lombardo"), which another agency's rewrite may use instead of the first
    mentions: tuple[frozenset[str], ...] = ()
    corrected: bool = False
    headline_claim: bool = False          # the claim is the item's news, not background
    places: PlaceScan = field(default_factory=PlaceScan)
    classes: frozenset[str] = frozenset()
    headline_classes: frozenset[str] = frozenset()
    reported_classes: frozenset[str] = frozenset()   # in the headline's main clause
    aftermath: bool = False
    looks_back: bool = False
    off_topic: bool = False
    signature: str = ""
    names: frozenset[str] = frozenset()     # capitalised names that are not places
    cities: frozenset[str] = frozenset()    # gazetteer cities mentioned
    areas: tuple[str, ...] = ()             # "Yunnan province", "Dhading district": the name
    placed: frozenset[str] = frozenset()    # of them, those named as a place, not a government
    # the towns the headline names, heaviest first: where the item says its news happened
    # (a body also names where officials spoke)
    headline_cities: tuple[tuple[str, str], ...] = ()   # (name, ISO2)
    # the names and towns (as "*town") the headline names, lower case: what the story is about
    headline_names: frozenset[str] = frozenset()

    @property
    def counts_in_headline(self) -> bool:
        return any(c.in_headline for c in self.counts)

    def by_field(self) -> dict[CountField, list[StatedCount]]:
        out: dict[CountField, list[StatedCount]] = {}
        for c in self.counts:
            out.setdefault(c.field, []).append(c)
        return out

    def stated_by_field(self) -> dict[CountField, list[StatedCount]]:
        """The figures stated per field; one province's figure only where the item gives no
        figure for the whole incident ("130 killed ... 40 of them in Sindh province")."""
        out = self.by_field()
        for f, values in out.items():
            whole = [v for v in values if not v.part]
            if whole:
                values = out[f] = whole
            # "police detain a man" beside "three people were arrested" is one of them
            counted = [v for v in values if not v.single]
            if counted:
                values = out[f] = counted
            # a headline's lower bound ("more than 1,000 dead") yields to the body's precise
            # figure above it ("the quake left 1,037 dead")
            precise = [v for v in values if not v.in_headline and not v.bound]
            if any(v.in_headline and v.bound and any(v.value < p.value <= 1.5 * v.value
                                                     for p in precise) for v in values):
                out[f] = [v for v in values if not (v.in_headline and v.bound)]
        return out


def resolve(values: list[StatedCount], current: int | None) -> StatedCount:
    """The one value an item gives a field (of Facts.stated_by_field), as the core applies it: a
    stated running total ("bringing the death toll to five") over a passing mention ("the
    shooting that killed four people"), the headline's over the body's, else the one agreeing
    with what is known, else the first."""
    totals = [v for v in values if v.total]
    if totals and len({v.value for v in values}) > 1:
        values = sorted(totals, key=lambda v: not v.in_headline)
    for v in values:
        if v.in_headline:
            return v
    for v in values:
        if v.value == current:
            return v
    return values[0]


def prepare(sentence: str, year: int | None = None) -> tuple[str, str]:
    """A sentence masked (quotes, asides) and with its numbers marked, as the count reader
    reads it: (masked, prepared)."""
    masked = mask(sentence, year=year)
    return masked, mark_numbers(masked).lower()


def analyse(headline: str, body: str, year: int, dateline: str | None = None) -> Facts:
    """`dateline` is the country of the item's `located` field, if any: evidence, like a
    country the text names, for which of same-named towns the text means (Freetown, Saint-Denis)."""
    # Bounded work per item whatever arrives: wire facts sit in the first paragraphs, so a
    # hostile or runaway text is read only so far (exact dedupe still hashes all of it). The
    # cache is keyed on what is read, so it never keeps whole megabyte bodies alive.
    return _analyse(headline[:MAX_HEADLINE], body[:MAX_BODY], year, dateline)


@lru_cache(maxsize=256)
def read_sentences(headline: str, body: str) -> list[tuple[str, bool]]:
    """What the core reads of an item, sentence by sentence: (text, in the headline?), the
    headline first, then the body's sentences as far as they are read."""
    body_sentences = [s[:MAX_SENTENCE] for s in sentences(strip_dateline(body))
                      if not _WITHHOLD_NOTE.match(s)][:MAX_SENTENCES]
    return [(strip_prefix(headline), True), *((s, False) for s in body_sentences)]


def counts_countries(read: list[tuple[str, bool]]) -> bool:
    """The item counts an event country by country (two or more countries named where it
    states figures): one country's figure is a share of the whole."""
    return scope.counted_countries([t for t, _ in read])


# The router and the core both read each item (`facts_of`): one analysis serves both. Callers
# treat the Facts as read-only. In the worker the reorder stage and a routed batch (up to
# BATCH_MAX) lie between the two reads, so 256 entries missed under a backlog (py-spy: the
# incidents stage re-analysed most items); 2,048 covers that. Keys are capped (MAX_BODY).
@lru_cache(maxsize=2048)
def _analyse(headline: str, body: str, year: int, dateline: str | None) -> Facts:
    f = Facts()
    head = strip_prefix(headline)
    f.corrected = bool(_CORRECTED.search(headline) or _CORRECTED.search(body))
    sided: set[CountField] = set()
    seen: set[CountField] = set()   # the fields counted so far, in reading order
    count_sources: list[str] = []
    other_sources: list[str] = []
    light_body: list[str] = []
    read = read_sentences(headline, body)
    countries = counts_countries(read)
    for text, in_headline in read:
        masked, prepared = prepare(text, year)
        found = counts_in(prepared, countries=countries)
        for st in found:
            if st.side:
                sided.add(st.field)
                continue
            if st.further and (st.field in seen or not seen):
                continue   # "seven died; a further three died overnight": an increment
            seen.add(st.field)
            f.counts.append(StatedCount(st.field, st.value, in_headline, strip_notes(text).strip(),
                                        st.total, st.part, st.bound, st.single))
        for actor in claims_in(masked):
            # shown without a leading description: "Balochistan Liberation Army (BLA)", not
            # "banned Balochistan Liberation Army (BLA)"
            shown = re.sub(r"^(?:(?!al\b|el\b)[a-z][\w-]*\s+)+(?=[A-Z])", "", actor)
            f.claims.append((actor_key(actor), shown, text.strip()))
            # the claim is the news only in the headline's main clause, not in
            # "Iran vows response after IS claims attack"
            if in_headline and claims_in(mask(topic.main_clause(text), year=year)):
                f.headline_claim = True
        if in_headline:
            continue
        light_body.append(mask(text, light=True, year=year))
        src = attribution(masked)
        if src:
            (count_sources if found else other_sources).append(src)
    if sided:
        # an item that counts one side of a border for a field gives the whole in its headline
        # or explicitly ("six in all"); its body's other figures are the other side's
        f.counts = [c for c in f.counts if c.field not in sided or c.total or c.in_headline]
    head_src = attribution(head) if f.counts else None
    sources = count_sources or other_sources or ([head_src] if head_src else [])
    if sources:
        f.source = source_key(sources[0])
    f.mentions = tuple(dict.fromkeys(k for k in map(source_key, count_sources + other_sources)
                                     if k))
    light = " ¦ ".join(light_body)
    # a shouted headline ("FLASH - BLAST AT METRO STATION IN BRUSSELS") read in running case
    named_head = recase_shouted(head, light)
    f.places = scan(named_head, weight=2.0,
                    into=PlaceScan(named=countries_named(f"{named_head} ¦ {light}")
                                   | ({dateline} if dateline else set())))
    f.headline_cities = tuple((name, cc) for name, cc, _ in
                              sorted(f.places.cities, key=lambda c: (-c[2], c[0])))
    # every capitalised headline word, the first one too: a headline often opens with its
    # name ("Nowgam blast toll rises"), which the place scan reads as grammar
    g = gazetteer()
    words = [_POSSESSIVE.sub("", w) for w in _CAPITALISED.findall(named_head)]
    f.headline_names = frozenset([*(w.lower() for w in words
                                    if len(w) > 1 and w not in g.countries and w not in g.demonyms
                                    and w not in NOT_PLACES),
                                  *("*" + c.lower() for c, _ in f.headline_cities),
                                  *("^" + code for _, _, codes, _ in f.places.regions
                                    for code in codes)])
    scan(light, into=f.places)
    f.headline_classes = frozenset(topic.event_classes(head))
    f.reported_classes = frozenset(topic.event_classes(topic.main_clause(head)))
    f.classes = f.headline_classes | topic.event_classes(light)
    f.aftermath = topic.about_aftermath(head) or topic.about_aftermath(light)
    f.looks_back = _looks_back(head, year)
    f.off_topic = topic.off_topic(head)
    f.signature = signature(headline, body)
    f.names = frozenset(w.lower() for w in f.places.names)
    f.cities = frozenset(c.lower() for c, _, _ in f.places.cities)
    f.placed = frozenset(f.places.placed)
    f.areas = _areas(f"{head} ¦ {light}")
    return f
