"""Claims of responsibility and the attribution of figures ("the transport ministry said").

A claim is an actor saying it did the attack: "X claimed responsibility for", "X claims the
attack", "X said it carried out", "X acknowledges strikes". Accusations, denials and "no group
has claimed" are not claims; claims of past attacks are blanked by `context.mask` first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from streams.detect.gazetteer import gazetteer

_ATTACK = (
    r"(?:attacks?|bombings?|blasts?|explosions?|strikes?|missile\s+strikes?|drone\s+attacks?|"
    r"killings?|assault|shooting|raids?|operation)"
)
_CLAIM = re.compile(
    r"\b(?:has\s+|have\s+|had\s+)?(?:claimed|claims|claim)\s+(?:responsibility|credit)\b"
    r"|\b(?:took|takes|take|taking|accepted|accepts|accept)\s+(?:full\s+)?responsibility\s+for\b"
    rf"|\b(?:claimed|claims|claim)\s+(?:the\s+|an?\s+|its\s+)?(?:[\w'’-]+\s+){{0,3}}?{_ATTACK}\b"
    r"|\b(?:said|says|say)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|its\s+(?:fighters|members|"
    r"militants|men|forces|units))\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:carried\s+out|conducted|launched|fired|struck|hit|attacked|targeted|detonated|staged|"
    r"was\s+behind|were\s+behind|is\s+behind|are\s+behind|was\s+responsible|were\s+responsible)\b"
    rf"|\b(?:acknowledged|acknowledges|acknowledge|admitted|admits)\s+(?:carrying\s+out\s+|"
    rf"responsibility\s+for\s+)?(?:the\s+|its\s+|an?\s+)?(?:[\w'’-]+\s+){{0,3}}?{_ATTACK}\b",
    re.I,
)
_NEGATED = re.compile(
    r"\b(?:no|not|never|nobody|none|deny|denies|denied|without|yet\s+to|unclear|whether)\b", re.I
)
_SPLIT_SUBJECT = re.compile(r",\s+|\s+[-–—]\s+|:\s+|\b(?:after|as|when|while|since|because|and|that)\s+")
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSSESSIVE_COUNTRY = re.compile(r"^[A-Z][a-z]+['’]s\s+(?=[A-Z])")
_PRONOUN = {"it", "he", "she", "they", "we", "officials", "the group", "group", "police"}
ALIASES = {
    "is": "islamic state", "isis": "islamic state", "isil": "islamic state",
    "daesh": "islamic state", "islamic state group": "islamic state",
    "irgc": "revolutionary guards", "islamic revolutionary guard corps": "revolutionary guards",
    "revolutionary guard corps": "revolutionary guards", "revolutionary guard": "revolutionary guards",
}


# Descriptions wire copy wraps a name in: "the banned X", "Somalia's X Islamist group"
_DESCRIBED_LEAD = re.compile(
    r"^(?:[a-z]+'s\s+(?=\w))?(?:(?:banned|outlawed|proscribed|separatist|militant|islamist|jihadist|"
    r"armed|rebel|insurgent|extremist)\s+)*")
_DESCRIBED_TAIL = re.compile(
    r"(?:\s+(?:islamist|jihadist|militant|armed|rebel|insurgent|extremist|separatist))*"
    r"\s+(?:group|movement|militia|organisation|organization|militants|rebels|insurgents)$")


# "al Qaeda-linked JNIM", "the Iran-backed group X": the affiliation describes X
_AFFILIATION = re.compile(
    r"^[a-z' ]*?-(?:linked|affiliated|allied|backed|aligned|inspired)\s+(?:(?:group|militant|islamist|"
    r"jihadist|armed)\s+)*(?=\S)")


def actor_key(actor: str) -> str:
    """A comparable key for an actor: "IS" and "Islamic State" are one actor."""
    key = _POSSESSIVE_COUNTRY.sub("", re.sub(r"\([^)]*\)", " ", actor).strip())
    key = _LEADING.sub("", key).lower().replace("’", "'")
    key = re.sub(r"[^a-z0-9' -]+", "", key).strip()
    if key in ALIASES:
        return ALIASES[key]
    bare = _DESCRIBED_TAIL.sub("", _DESCRIBED_LEAD.sub("", _AFFILIATION.sub("", key))).strip()
    key = bare if bare else key
    return ALIASES.get(key, key)


_ACRONYM_SKIP = frozenset(["of", "in", "and", "the", "for", "al"])


def _acronyms(words: list[str]) -> set[str]:
    return {"".join(w[0] for w in words),
            "".join(w[0] for w in words if w not in _ACRONYM_SKIP)}


def same_actor(a: str, b: str) -> bool:
    """Two actor keys name one actor: equal, one the other's leading words ("Islamic State West
    Africa" ~ "... Province"), or one the other's acronym ("ISWAP")."""
    if a == b:
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    if not short or len(long) < 2:
        return False
    if len(short) >= 2:
        return long[: len(short)] == short
    s = short[0]
    # "JNIM" ~ "al qaeda affiliate jnim": the short name written inside a description
    return len(s) >= 3 and (s in long or any(
        acr == s or (len(acr) >= 3 and s.startswith(acr)) for acr in _acronyms(long)))


def known_actor(key: str, keys: list[str] | set[str]) -> bool:
    return any(same_actor(key, k) for k in keys)


def _subject(prefix: str) -> str | None:
    segments = [s.strip() for s in _SPLIT_SUBJECT.split(prefix) if s and s.strip()]
    if not segments:
        return None
    subject = segments[-1]
    # "The Islamic Resistance in Iraq, an umbrella group of militias, said it ..."
    # (also "..., al Qaeda's affiliate in the Sahel, took ...": a lower-case apposition)
    if len(segments) > 1 and (re.match(r"^(?:an?|the)\s+[a-z]", subject) or subject[:1].islower()):
        earlier = segments[-2]
        if earlier[:1].isupper():
            subject = earlier
    if _NEGATED.search(subject):
        return None
    subject = re.sub(r"\s+(?:on\s+\w+day|also|has|have|had|so\s+far|now|later)$", "", subject)
    subject = _LEADING.sub("", subject).strip(" '\"‘’“”")
    if not subject or subject.lower() in _PRONOUN or len(subject) > 80:
        return None
    return subject


def claims_in(sentence: str) -> list[str]:
    """Actors claiming the attack in one masked sentence (original case)."""
    out: list[str] = []
    for m in _CLAIM.finditer(sentence):
        if _NEGATED.search(sentence[max(0, m.start() - 25): m.end()]):
            continue
        actor = _subject(sentence[: m.start()])
        if actor:
            out.append(actor)
    return out


_SAY = r"(?:said|says|say|told|reported|reports|announced|revealed|reveals|stated|states)"
_SOURCE_PATTERNS = (
    re.compile(r"\b(?:according\s+to|citing)\s+(?P<s>[^,.;:¦()]{2,80})", re.I),
    re.compile(rf",\s+(?P<s>[^,.;:¦()]{{2,80}}?)\s+{_SAY}\b", re.I),
    re.compile(rf"^(?P<s>[^,.;:¦()]{{2,80}}?)\s+(?:{_SAY}|revised|raised|lowered|updated|put|cut)\b",
               re.I),
    re.compile(rf"\b{_SAY}\s+(?P<s>the\s+[^,.;:¦()]{{2,60}})", re.I),
    re.compile(r"\s[-–—]\s+(?P<s>[^-–—]{2,40})$"),
)
_SOURCE_STOP = {
    "the", "a", "an", "its", "his", "her", "their", "of", "on", "in", "and", "said", "says",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "latest",
    "s", "it", "he", "she", "they", "later", "earlier", "also", "has", "had", "have",
    "told", "reporters", "news", "conference", "statement", "who", "him", "them",
    # the seat or the mouthpiece of a source is not who it is
    "city", "office", "offices", "spokesman", "spokeswoman", "spokesperson", "local",
    # "state" alone is no source: "state police", "the State Department", "Borno State"
    # ("state TV", "state media" still key on their media word)
    "state", "for", "from", "by", "at", "with", "to",
}
_SOURCE_SYNONYMS = {
    "tv": "stmedia", "television": "stmedia", "broadcaster": "stmedia", "media": "stmedia",
    "cctv": "stmedia", "xinhua": "stmedia", "irna": "stmedia",
    "pentagon": "defense", "defense": "defense", "defence": "defense",
    # abbreviated titles and offices: "FIRE DEPT" ~ "the fire department"
    "dept": "depart", "govt": "govern",
}


_ROLE_WORDS = frozenset({"offici", "agency", "author", "depart", "minist", "servic", "govern",
                         "admini"})
# "Rio de Janeiro": a capitalised run, particles included, tested whole against the cities
_CITY_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:de|del|da|do|dos|la|el|es)\s+)?[A-Z][\w'’-]*)+")


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    g = gazetteer()
    return frozenset(w.lower() for name in (*g.countries, *g.demonyms) for w in name.split())


def source_key(text: str) -> frozenset[str] | None:
    """A comparable bag of stems for an attribution: "state TV" ~ "state television".

    Country names, demonyms and city names are dropped: "Iran's health ministry" ~ "the health
    ministry".
    """
    stems: set[str] = set()
    places = _place_words()
    cities = gazetteer().cities
    text = _CITY_RUN.sub(lambda m: " " if m.group(0) in cities else m.group(0), text)
    # "civil defence" is the rescue service, not the defence ministry
    text = re.sub(r"\bcivil\s+defen[cs]e\b", "civildefence", text, flags=re.I)
    text = re.sub(r"\bUnited\s+Nations\b", "UN", text)  # "the UN" ~ "the United Nations"
    for raw in re.findall(r"[A-Za-z]+", text.replace("’", "'")):
        w = raw.lower()
        if w in _SOURCE_STOP or w in places or (raw[0].isupper() and raw in cities):
            continue  # "the Marseille prosecutor" ~ "the city's prosecutor"
        stems.add(_SOURCE_SYNONYMS.get(w, w[:6]))
    if not stems:
        return None
    if "stmedia" in stems:
        return frozenset({"stmedia"})
    if "defense" in stems:
        return frozenset({"defense"})
    if stems - _ROLE_WORDS:
        # "civil defence officials" ~ "the civil defence agency": the role word is not the who
        stems -= _ROLE_WORDS
    return frozenset(stems)


# A news agency carrying the figures is another agency's copy, not who gave them: "...,
# the fire department chief said, according to Siam News Service", "citing the Hilal news
# agency", "according to Wire N" (a wire named by its letter), "Kapuluan News Network"
_NEWS_AGENCY = re.compile(r"\bnews\s+(?:agency|service|network|wire)\b|(?-i:\bWire\s+[A-Z]\b)",
                          re.I)
# ... unless it is the state's own: "the official IRNA news agency", "state news agency SANA"
# (or a state agency `source_key` knows by name: IRNA, Xinhua)
_STATE_AGENCY = re.compile(r"\b(?:official|state|state-run|government)\b", re.I)


def attribution(sentence: str) -> str | None:
    """Who a sentence attributes its figures to, as written, or None."""
    for pat in _SOURCE_PATTERNS:
        for m in pat.finditer(sentence):
            src = m.group("s").strip()
            if re.search(r"#|\d", src) or len(src.split()) > 9 or not source_key(src):
                continue
            if _NEWS_AGENCY.search(src) and not (_STATE_AGENCY.search(src)
                                                 or "stmedia" in (source_key(src) or ())):
                continue
            return src
    return None


GENERIC_SOURCES = frozenset({"stmedia", "offici", "author", "police", "media"})


def is_generic(key: frozenset[str] | None) -> bool:
    """"state media" or "officials": many separate reports share it."""
    return not key or key <= GENERIC_SOURCES


def same_source(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    if not a and not b:
        return True
    if not a or not b:
        return False
    if a <= b or b <= a:
        return True
    return len(a & b) / len(a | b) >= 0.5
