"""The scope of a figure when one event spans countries: the whole, or one country's share.

A quake felt in two countries is reported as "Myanmar's dead at 144", "Thai toll at 10" and
"at least 154 killed across the two countries". The whole is the incident's count; each
country's figure is a part of it, like a province's. A figure is one country's only where the
sentence itself names two countries or speaks of "the two countries": in a story about one
country, "Iran's health ministry said 84 were killed" is the incident's count.

Works on a prepared sentence (masked, number-marked, lower-case), like `counts`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from streams.detect.gazetteer import gazetteer

_CLAUSE_END = r"[,;¦]"
_NEXT_FIGURE = re.compile(r"#\d+#|\b(?:bringing|taking|raising|pushing|putting)\b")
_WORD = re.compile(r"[a-z][a-z-]*")
# "across the two countries", "in both countries", "in all three provinces", "combined"
# (number words are marked by then: "the two countries" reads "the #2# countries")
_CROSS = (
    r"(?:\bacross|\bin)\s+(?:both|all|the\s+(?:several|#\d+#|#x#)|(?:all\s+)?#\d+#)"
    r"\s+(?:countries|nations|provinces|states|regions)\b"
    r"|\b(?:combined|altogether)\b"
)


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], re.Pattern[str]]:
    g = gazetteer()
    # short names ("US", "UK") are left out: as lower-case words they are pronouns and particles
    iso = {n.lower(): c for n, c in (*g.countries.items(), *g.demonyms.items()) if len(n) >= 4}
    alternation = "|".join(re.escape(n) for n in sorted(iso, key=len, reverse=True))
    return iso, re.compile(rf"\b(?:{alternation})\b")


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(n.split()[0] for n in _names()[0])


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    c = _names()[1].pattern
    return (
        # "thai toll at 10", "myanmar's dead at 144", "the syrian figure of 12"
        re.compile(rf"{c}(?:['’]s)?\s+(?:(?:own|official|national)\s+)?(?:death\s+)?"
                   rf"(?:toll|dead|deaths|casualties|figure|count)\b[^,;¦#]{{0,30}}$"),
        # "thailand reported 21 dead", "myanmar's military government reporting 1,002 dead",
        # "thai authorities raised their toll to 17"
        # ("iranian officials said the strikes killed nine" is attribution, not a share: "said"
        # is not among these verbs)
        re.compile(rf"{c}(?:['’]s)?\s+(?:[a-z-]+\s+){{0,3}}?(?:reported|reports|reporting|"
                   rf"put|puts|counted|recorded|confirmed|raised|kept|listed)\b[^,;¦#]{{0,30}}$"),
        # "in thailand, bangkok officials said 10 people had died"
        re.compile(rf"(?:^|[;¦])\s*in\s+(?:neighbou?ring\s+)?{c}\s*,[^;¦#]{{0,60}}$"),
    )


@lru_cache(maxsize=1)
def _after() -> re.Pattern[str]:
    # "21 deaths in thailand" (not "in myanmar and thailand": that is the whole). A country's
    # name, not its adjective: "killed in ukrainian plane crash" says whose plane, not where
    g = gazetteer()
    names = sorted((n.lower() for n in g.countries if len(n) >= 4), key=len, reverse=True)
    c = "(?:" + "|".join(re.escape(n) for n in names) + ")"
    return re.compile(rf"^[^,;¦#]{{0,40}}?\bin\s+(?:neighbou?ring\s+)?{c}\b(?!\s+and\b)")


def _clause(s: str, start: int, end: int) -> tuple[str, str]:
    before = re.split(_CLAUSE_END, s[max(0, start - 120): start])[-1]
    # after the figure, its own words only: not the next figure's ("10 had died, bringing the
    # toll across the two countries to 154" makes 154 the whole, not 10)
    after = _NEXT_FIGURE.split(re.split(_CLAUSE_END, s[end: end + 120])[0])[0]
    return before, after


def counted_countries(sentences: list[str]) -> bool:
    """Two or more countries are each named in a sentence that states a figure ("In
    Mozambique, 598 died", "Zimbabwe counts 100 dead"): the item counts an event country by
    country. A story about one country that mentions another in passing names it in a sentence
    without figures."""
    iso = _names()[0]
    first = _first_words()
    seen: set[str] = set()
    for sentence in sentences:
        if not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b",
                         sentence, re.I):
            continue
        words = _WORD.findall(sentence.lower())
        for i, w in enumerate(words):
            if w not in first:
                continue
            for n in (1, 2, 3):
                code = iso.get(" ".join(words[i: i + n]))
                if code:
                    seen.add(code)
        if len(seen) >= 2:
            return True
    return False


def spans_countries(s: str) -> bool:
    """The sentence speaks of two or more countries, or of "the two countries"."""
    if re.search(_CROSS, s):
        return True
    # word n-gram lookups: far cheaper than the names' alternation over every sentence
    iso = _names()[0]
    words = _WORD.findall(s)
    hits = _first_words().intersection(words)
    if not hits:
        return False
    seen: set[str] = set()
    for i, w in enumerate(words):
        if w not in hits:
            continue
        for n in (1, 2, 3):
            code = iso.get(" ".join(words[i: i + n]))
            if code:
                seen.add(code)
    return len(seen) >= 2


def is_whole(s: str, start: int, end: int) -> bool:
    """The figure is said of everything: "across the two countries", "in myanmar and thailand"."""
    before, after = _clause(s, start, end)
    clause = f"{before} {after}"
    if re.search(_CROSS, clause):
        return True
    c = _names()[1].pattern
    return re.search(rf"\bin\s+{c},?\s+and\s+{c}\b", clause) is not None


def one_country(s: str, start: int, end: int) -> bool:
    """The figure is one country's share of an event that spans countries."""
    window = s[max(0, start - 120): start]
    return (any(p.search(window) for p in _patterns())
            or _after().match(s[end: end + 80]) is not None)


@lru_cache(maxsize=1)
def _nationals() -> re.Pattern[str]:
    # "three britons", "two americans", "four nepali nationals": people
    # counted by their nationality are a subgroup of the victims ("one nationality's dead")
    plural = sorted({d.lower() + "s" for d in gazetteer().demonyms if not d.endswith(("sh", "ch", "se"))}
                    | {"britons"}, key=len, reverse=True)
    # "nine foreign nationals shot dead" names no one nationality: the victims may be all of them
    return re.compile(
        rf"^(?:(?!foreign\b)[a-z]+\s+(?:nationals|citizens)|(?:{'|'.join(map(re.escape, plural))}))\b")


def nationality_group(np: str) -> bool:
    """The words between a figure and its field word name a nationality ("three Britons")."""
    return _nationals().match(np.strip()) is not None


@lru_cache(maxsize=1)
def _demonym_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    adjectives = sorted({d.lower() for d in gazetteer().demonyms}, key=len, reverse=True)
    alternation = "|".join(map(re.escape, adjectives))
    # "three Indonesian pilgrims", and "four citizens" / "two compatriots" of the reporting country
    return (re.compile(rf"^(?:(?:{alternation})\s+(?:[a-z-]+\s+)?[a-z-]+s|citizens|nationals|compatriots)\b"),
            re.compile(rf"\b(?:{alternation})\s+(?:death\s+)?toll\b[^,;¦#]{{0,50}}$"))


def nationality_share(np: str) -> bool:
    """People named by a nationality adjective ("three Indonesian pilgrims"): one country's
    share of the victims, the whole only where no figure for everyone is known."""
    return _demonym_words()[0].match(np.strip()) is not None


def nationality_toll(before: str) -> bool:
    """A toll named by a nationality ("the Indian toll in the stampede rose to 35")."""
    m = _demonym_words()[1].search(before)
    # "the overall Saudi toll" is everyone's
    return m is not None and re.search(r"\b(?:overall|total|whole)\s+(?:[a-z]+\s+)?$",
                                       before[max(0, m.start() - 30): m.start()]) is None
