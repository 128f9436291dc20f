"""Where an item is about: place mentions weighed by how wire English uses them.

The dateline is not the place ("DUBAI (Wire A) - ... in the Iranian city of Kerman"), so it is
stripped. A place after "in", "near", "on" or "city of" is where things happen and weighs most;
a capital as a subject ("Washington rejects", "Tehran said") stands for a government and
weighs little; "China's Yunnan" marks China as the place; demonyms weigh least. Capitalised
runs that are not places as a whole ("Japan Airlines", "Qasem Soleimani") are names, not
places. The headline counts twice.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from streams.detect.gazetteer import NOT_PLACES, PLACE_SUFFIXES, Gazetteer, gazetteer
from streams.detect.topic import REACTION_VERBS, event_classes

_TOKEN = re.compile(r"[A-Za-z][A-Za-z.'’-]*[A-Za-z]|[A-Z]")
_LOCATIVE = frozenset(
    [
        "in", "near", "at", "inside", "outside", "across", "around", "into", "on", "of", "from",
        "toward", "towards", "outskirts", "hit", "northern", "southern", "eastern", "western",
        "central", "northeastern", "northwestern", "southeastern", "southwestern", "north", "south",
        "east", "west", "province", "city", "town", "village"
    ]
)
_POSSESSIVE = re.compile(r"['’]s$")
_REGION_NOUNS = frozenset(["province", "provinces", "state", "district", "region", "county",
                           "governorate", "prefecture", "oblast", "territory", "department"])


@dataclass
class PlaceScan:
    scores: dict[str, float] = field(default_factory=dict)       # ISO2 -> weight
    cities: list[tuple[str, str, float]] = field(default_factory=list)  # (name, ISO2, weight)
    names: list[str] = field(default_factory=list)                # other capitalised names
    # cities named as where things are ("in Mogadishu", "a Mogadishu hotel"), not as a
    # government ("Mogadishu said"): a capital counts as the incident's place only so
    placed: set[str] = field(default_factory=set)
    mentioned: set[str] = field(default_factory=set)   # countries named so far (headline first)
    # the countries the whole item names (`countries_named`): a small town abroad in none of
    # them is a namesake of a town they do not know ("Mati", "Tempi" for Greek stories)
    named: set[str] = field(default_factory=set)
    # provinces, districts, territories named: (name, ISO2, ISO 3166-2 codes with parents, weight)
    regions: list[tuple[str, str, frozenset[str], float]] = field(default_factory=list)

    def best_region(self, country: str | None) -> str | None:
        best: dict[str, float] = defaultdict(float)
        for name, cc, _, w in self.regions:
            if cc == country:
                best[name] += w
        if not best:
            return None
        return max(best.items(), key=lambda kv: (kv[1], kv[0]))[0]

    def region_codes(self, country: str | None) -> frozenset[str]:
        """ISO 3166-2 codes of the provinces (and their parents) the text names in a country,
        also through the towns it names there."""
        g = gazetteer()
        out: set[str] = set()
        for _, cc, codes, _ in self.regions:
            if cc == country:
                out |= codes
        for name, cc, _ in self.cities:
            if cc == country:
                code = g.city_region(name, cc)
                if code:
                    out.add(code)
                    out |= g.region_codes_of(code)
        return frozenset(out)

    def best_country(self) -> str | None:
        if not self.scores:
            return None
        return max(self.scores.items(), key=lambda kv: (kv[1], kv[0]))[0]

    def best_city(self, country: str | None) -> str | None:
        best: dict[str, float] = defaultdict(float)
        for name, cc, w in self.cities:
            if cc == country:
                best[name] += w
        if not best:
            return None
        return max(best.items(), key=lambda kv: (kv[1], kv[0]))[0]


# Lower-case particles inside place names: "Rio de Janeiro", "Vina del Mar", "Dar es Salaam".
_ABBREVIATIONS = frozenset(["St", "Ste", "Mt", "Ft"])
_PARTICLES = frozenset(["de", "del", "da", "do", "dos", "das", "la", "las", "los", "el", "es",
                        "al", "en", "sur", "ad"])


def _runs(text: str) -> list[list[tuple[str, int, int]]]:
    """Runs of adjacent capitalised tokens; a possessive ends its run.

    A particle between two capitalised tokens stays inside the run ("Vina del Mar").
    """
    runs: list[list[tuple[str, int, int]]] = []
    cur: list[tuple[str, int, int]] = []
    pending: list[tuple[str, int, int]] = []
    last_end = -10
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        gap = text[last_end: m.start()] if last_end >= 0 else " "
        adjacent = (gap.strip() == "" and len(gap) <= 2) or (
            gap == ". " and bool(cur) and cur[-1][0] in _ABBREVIATIONS)   # "St. Louis County"
        if cur and adjacent and tok in _PARTICLES and len(pending) < 2:
            pending.append((tok, m.start(), m.end()))
            last_end = m.end()
            continue
        if pending and not (tok[0].isupper() and adjacent):
            pending = []
        if tok[0].isupper():
            if cur and adjacent:
                cur.extend(pending)
                cur.append((tok, m.start(), m.end()))
            else:
                if cur:
                    runs.append(cur)
                cur = [(tok, m.start(), m.end())]
            pending = []
            if _POSSESSIVE.search(tok):
                runs.append(cur)
                cur = []
        else:
            if cur:
                runs.append(cur)
            cur = []
        last_end = m.end()
    if cur:
        runs.append(cur)
    return runs


_FUNCTION = frozenset(
    [
        "to", "near", "in", "on", "at", "and", "or", "for", "after", "as", "with", "from", "of", "by",
        "into", "inside", "said", "says", "say", "is", "was", "has", "had", "have", "will", "would",
        "could", "but", "while", "when", "that", "which", "who", "where", "than", "over"
    ]
)
_STRONG_LOCATIVE = frozenset(["in", "near", "inside", "at", "outside", "across", "around"])


# "felt in", "felt as far away as Tabriz, Baku and": a list of places after "felt"
_FELT = re.compile(
    r"\bfelt\b(?:\s+[a-z]+){0,4}(?:\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s*(?:,|\band\b|\bor\b))*\s*$"
)


# A town abroad this big is what a name means even where a province shares it ("Victoria").
REGION_OVER_TOWN_POP = 500_000


def _region_over_city(name: str, mentioned: set[str]) -> bool:
    """Whether a name that is a town and a province or state means the province: "Ontario",
    "Acre", "Antioquia" are provinces first; a town in the province's own country, a town of a
    country the text names, or a big town abroad keeps the name."""
    g = gazetteer()
    region = g.region(name, mentioned)
    hit = g.city(name, mentioned)
    if region is None or hit is None or hit[0] == region.country:
        return False
    if hit[0] in mentioned and region.country not in mentioned:
        return False
    return region.country in mentioned or hit[1] < REGION_OVER_TOWN_POP


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
# A town abroad this big is what its name means even in a story that never names its country;
# a smaller one weighs a quarter there (a namesake of a town the gazetteer does not know).
ABROAD_TOWN_POP = 1_000_000
# A namesake in a country the item names wins over a bigger town abroad only this much smaller
# ("Saint-Denis" in a French story, not Réunion's; "Paris" with "an American band", not Texas).
NAMESAKE_RATIO = 0.1


def _town(name: str, mentioned: set[str], named: set[str], g: Gazetteer) -> tuple[str, int] | None:
    """The town a name means: the one in a country named before it, else in one the item names
    anywhere if no other is much bigger, else the biggest."""
    hit = g.city(name, mentioned)
    if hit is None or hit[0] in mentioned or not named:
        return hit
    alt = g.city(name, named)
    if alt is not None and alt[0] in named and alt[1] >= NAMESAKE_RATIO * hit[1]:
        return alt
    return hit


def _word_town(name: str, named: set[str], initial: bool, after: str, next_word: str,
               g: Gazetteer) -> tuple[str, int] | None:
    """A town named like a common word ("Nice", "Split", "Reading") where the word is a name:
    capitalised inside a sentence ("crowd in Nice", "the Nice attack"), heading it before a
    colon ("Nice: the toll rises") or before the event it names ("Nice attack toll rises",
    "Split blast", "Nice toll"), in an item that names the town's country or none."""
    options = g.word_towns.get(name)
    naming = after == " " and (next_word.lower() == "toll" or bool(event_classes(next_word)))
    if not options or (initial and after != ":" and not naming):
        return None
    if not named:
        return options[0]   # no country to say otherwise ("Islamic State claims Nice attack")
    return next((o for o in options if o[0] in named), None)


def _known(name: str, g: Gazetteer) -> bool:
    return name in g.countries or name in g.cities or name in g.regions or name in g.demonyms


def _place(name: str, g: Gazetteer) -> bool:
    return name in g.countries or name in g.cities or name in g.regions


def _institution_after_place(words: list[str], g: Gazetteer) -> list[str]:
    """The trailing words of a run that name an office or body of the place before them
    ("Police", "IGP", "High Court"), when the run as a whole is no place: else []."""
    if len(words) < 2 or _known(" ".join(words), g):
        return []
    for k in range(len(words) - 1, 0, -1):
        rest = words[k:]
        if all(w in NOT_PLACES or _ACRONYM.match(w) for w in rest) and _place(" ".join(words[:k]), g):
            return rest
    return []


def _add(out: PlaceScan, cc: str, w: float) -> None:
    out.scores[cc] = out.scores.get(cc, 0.0) + w


def countries_named(text: str) -> set[str]:
    """The countries a text names, by name or demonym ("Greek"): wherever an item names them,
    they decide between same-named towns of its headline too ("Mati fire toll" with "Greek
    authorities said" further down)."""
    g = gazetteer()
    tokens = _TOKEN.findall(text)
    return ({g.countries[w] for w in tokens if w in g.countries}
            | {g.demonyms[w] for w in tokens if w in g.demonyms})


def scan(text: str, *, weight: float = 1.0, into: PlaceScan | None = None) -> PlaceScan:
    """Add the place mentions of one text (a headline or a masked body) to a scan."""
    g = gazetteer()
    out = into if into is not None else PlaceScan()
    # Countries the text names (also as "Chilean"): they decide between same-named cities.
    out.mentioned |= countries_named(text)
    mentioned = out.mentioned
    for run in _runs(text):
        words = [_POSSESSIVE.sub("", t) for t, _, _ in run]
        start, end = run[0][1], run[-1][2]
        possessive = bool(_POSSESSIVE.search(run[-1][0]))
        head = text[:start].rstrip()
        initial = not head or head[-1] in ".!?:;¦\"'‘“(-–—"
        before = head[-16:].lower().split()
        prev = before[-1] if before else ""
        nxt = re.match(r"\s*([A-Za-z]+)", text[end: end + 20])
        next_word = nxt.group(1) if nxt else ""
        locative = prev in _LOCATIVE
        adjectival = (not possessive and next_word.islower() and next_word not in _FUNCTION
                      and prev not in _STRONG_LOCATIVE)
        if possessive and next_word[:1].isupper():  # "China's Yunnan", "Tokyo's Haneda"
            locative = True
        while len(words) > 1 and words[-1] in PLACE_SUFFIXES:
            words.pop()
            locative = True
        name = " ".join(words)
        full = " ".join(_POSSESSIVE.sub("", t) for t, _, _ in run)
        if full != name and full in g.regions:   # "Harris County", "Western Province"
            name = full
        if (len(words) > 1 and words[0] in g.demonyms and name not in g.regions
                and " ".join(words[1:]) in g.regions):
            # "Indian Kashmir", "Pakistani Punjab": the region, in the demonym's country
            mentioned.add(g.demonyms[words[0]])
            name = " ".join(words[1:])
        rest = [] if _known(name, g) else _institution_after_place(words, g)
        if rest:
            # "Islamabad IGP", "Delhi Police", "Kerman Governor": a place naming whose office
            # it is, so the place of the story (as "a Mogadishu hotel" is)
            out.names.extend(rest)
            words = words[: len(words) - len(rest)]
            name = " ".join(words)
            adjectival = not locative
        if _FELT.search(head[-120:]):
            # "the tremor was felt in Baghdad": where the shaking reached, not where it happened
            felt = g.city(name, mentioned) if name not in g.countries else (g.countries[name], 0)
            if felt is not None:
                _add(out, felt[0], 0.5 * weight)
                continue
        if name in g.countries:
            cc = g.countries[name]
            w = 2.5 if locative and not adjectival else (0.5 if adjectival else 1.0)
            if not locative and next_word.lower() in REACTION_VERBS:
                w = 0.35   # "Japan lifts tsunami warning": a government reacting, not the place
            _add(out, cc, w * weight)
        elif name in g.demonyms or name.rstrip("s") in g.demonyms:
            _add(out, g.demonyms.get(name) or g.demonyms[name.rstrip("s")], 0.5 * weight)
        elif (word_town := _word_town(name, mentioned | out.named, initial, text[end:end + 1],
                                           next_word, g)
              ) or (name in g.cities and not _region_over_city(name, mentioned)):
            hit = word_town or _town(name, mentioned, out.named, g)
            if hit is None:
                continue
            cc, pop = hit
            size = 1.0 if pop >= 100_000 or cc in mentioned else 0.6
            named = mentioned | out.named
            if named and cc not in named and pop < ABROAD_TOWN_POP:
                # "Kenya plane crash ... near Wilson airport": a town abroad that shares a
                # name must not outweigh the country the text names
                size *= 0.25
            capital_as_actor = name in g.capitals and not locative  # "Tehran said"
            w = 0.7 if capital_as_actor else (3.0 if locative else 2.0) * size
            _add(out, cc, w * weight)
            out.cities.append((name, cc, w * weight))
            if locative or adjectival:
                out.placed.add(name.lower())
        elif name in g.regions:
            region = g.region(name, mentioned)
            if region is None:
                continue
            cc = region.country
            if next_word.lower() in _REGION_NOUNS:
                locative = True     # "in Khyber Pakhtunkhwa province"
            size = 0.25 if mentioned and cc not in mentioned else 1.0
            w = (3.0 if locative else 2.0) * size
            _add(out, cc, w * weight)
            out.regions.append((name, cc, g.region_codes(region), w * weight))
            if locative:
                out.placed.add(name.lower())
        elif len(words) == 1 and "-" in name:
            parts = name.split("-")
            if not all(p[:1].isupper() for p in parts):
                continue  # "Iran-backed"
            for p in parts:  # "Jordan-Syria border"
                if p in g.countries:
                    _add(out, g.countries[p], (2.5 if locative else 1.5) * weight)
            if not any(p in g.countries for p in parts):
                out.names.append(name)
        else:
            for i, w_ in enumerate(words):
                if i == 0 and initial:
                    continue  # a sentence-initial capital is grammar, not a name
                if (w_ not in NOT_PLACES and len(w_) > 2 and w_ not in g.countries
                        and w_ not in _PARTICLES):
                    out.names.append(w_)
    return out


_SHOUTED_WORD = re.compile(r"[A-Z][A-Z'’.-]*")
# Words of a shouted headline that are grammar or desk words, never names.
_PLAIN = frozenset(
    ["a", "an", "the", "and", "or", "but", "as", "at", "by", "for", "from", "in", "into", "near",
     "of", "off", "on", "over", "to", "with", "after", "amid", "says", "say", "said", "is", "are",
     "was", "were", "be", "has", "have", "had", "not", "no", "up", "down", "its", "their",
     "his", "her", "flash", "urgent", "update", "rises", "rise", "risen", "climbs", "reaches",
     "now", "more", "than", "least", "all", "two", "three", "four", "five", "six", "seven",
     "eight", "nine", "ten", "dozens", "hundreds", "several", "large", "big", "new", "first",
     "media", "tv", "police", "officials", "official", "agency", "committee", "ministry",
     "reports", "reported", "report", "issued", "including", "among", "via", "feared"])


def recase_shouted(headline: str, body: str) -> str:
    """An all-capitals headline ("FLASH - BLAST AT METRO STATION IN CENTRAL BRUSSELS") in the
    case running text would give it, so that its names and places read as in any headline:
    a country, demonym, province or big town (also of two words: "SRI LANKA"), or a word the
    body capitalises inside a sentence, keeps a capital; a word the body writes in lower case,
    an event or desk word, a word ending like a verb or adverb goes lower case; a short unknown
    word stays capitals (an acronym: "FSB"); another unknown word (a name the body does not
    repeat: "MAELBEEK") keeps a capital."""
    if any(ch.islower() for ch in headline) or sum(ch.isupper() for ch in headline) < 4:
        return headline
    from streams.detect import topic

    g = gazetteer()
    capitalised: set[str] = set()
    lower: set[str] = set()
    for m in _TOKEN.finditer(body):
        word = m.group(0)
        if word[:1].islower():
            lower.add(word)
        elif body[:m.start()].rstrip()[-1:] not in ("", ".", "!", "?", ":", ";", "¦", '"', "-"):
            capitalised.add(_POSSESSIVE.sub("", word))

    def place(name: str) -> bool:
        town = g.cities.get(name)
        return (name in g.countries or name in g.demonyms or name in g.regions
                or bool(town and town[0][1] >= 1_000_000))

    tokens = list(_SHOUTED_WORD.finditer(headline))
    titles = [m.group(0)[0] + m.group(0)[1:].lower() for m in tokens]
    out: list[str] = []
    for i, m in enumerate(tokens):
        word, title = m.group(0), titles[i]
        bare, low = _POSSESSIVE.sub("", title), word.lower()
        pair = (i + 1 < len(tokens) and place(f"{bare} {_POSSESSIVE.sub('', titles[i + 1])}")) or (
            i > 0 and out[-1][:1].isupper() and place(f"{titles[i - 1]} {bare}"))
        if len(word) <= 1:
            out.append(word)
        elif pair or bare in capitalised:
            out.append(title)
        elif (low in lower or _POSSESSIVE.sub("", low) in lower or low in _PLAIN
              or low in _LOCATIVE or low.endswith(("ly", "ed", "ing"))
              or topic.event_classes(low) or topic.about_aftermath(low) or topic.off_topic(low)):
            out.append(low)
        elif place(bare) or bare in g.cities:
            out.append(title)
        elif i > 0 and any(prev in g.demonyms or prev in g.countries
                           for prev in (out[-1], " ".join(out[-2:]))):
            out.append(low)   # "GREEK TRAIN CRASH": what a demonym qualifies is a common noun
        else:
            out.append(word if len(word) <= 4 else title)
    pieces, last = [], 0
    for m, word in zip(tokens, out, strict=True):
        pieces += [headline[last:m.start()], word]
        last = m.end()
    return "".join(pieces) + headline[last:]


def country_of(located: str | None) -> str | None:
    """A country from the `located` field ("Kerman, Iran", "Jordan", "Tokyo")."""
    if not located:
        return None
    g = gazetteer()
    parts = [p.strip() for p in located.split(",") if p.strip()]
    for p in reversed(parts):
        if p in g.countries:
            return g.countries[p]
    for p in parts:
        hit = g.city(p)
        if hit:
            return hit[0]
        region = g.region(p)
        if region:
            return region.country
    return None
