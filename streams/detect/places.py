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

from streams.detect.gazetteer import NOT_PLACES, PLACE_SUFFIXES, gazetteer

_TOKEN = re.compile(r"[A-Za-z][A-Za-z.'’-]*[A-Za-z]|[A-Z]")
_LOCATIVE = frozenset(
    "in near at inside outside across around into on of from toward towards outskirts "
    "northern southern eastern western central northeastern northwestern southeastern "
    "southwestern north south east west province city town village".split()
)
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass
class PlaceScan:
    scores: dict[str, float] = field(default_factory=dict)       # ISO2 -> weight
    cities: list[tuple[str, str, float]] = field(default_factory=list)  # (name, ISO2, weight)
    names: list[str] = field(default_factory=list)                # other capitalised names

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


def _runs(text: str) -> list[list[tuple[str, int, int]]]:
    """Runs of adjacent capitalised tokens; a possessive ends its run."""
    runs: list[list[tuple[str, int, int]]] = []
    cur: list[tuple[str, int, int]] = []
    last_end = -10
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        gap = text[last_end: m.start()] if last_end >= 0 else " "
        adjacent = gap.strip() == "" and len(gap) <= 2
        if tok[0].isupper():
            if cur and adjacent:
                cur.append((tok, m.start(), m.end()))
            else:
                if cur:
                    runs.append(cur)
                cur = [(tok, m.start(), m.end())]
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


def scan(text: str, *, weight: float = 1.0, into: PlaceScan | None = None) -> PlaceScan:
    """Add the place mentions of one text (a headline or a masked body) to a scan."""
    g = gazetteer()
    out = into if into is not None else PlaceScan()
    mentioned = {g.countries[w] for w in _TOKEN.findall(text) if w in g.countries}
    for run in _runs(text):
        words = [_POSSESSIVE.sub("", t) for t, _, _ in run]
        possessive = bool(_POSSESSIVE.search(run[-1][0]))
        before = text[max(0, run[0][1] - 16): run[0][1]].lower().split()
        locative = bool(before) and before[-1] in _LOCATIVE
        following = text[run[-1][2]: run[-1][2] + 3]
        # "China's Yunnan", "Tokyo's Haneda": a possessive followed by a capitalised word
        if possessive and re.match(r"\s+[A-Z]", text[run[-1][2]: run[-1][2] + 3] + following):
            locative = True
        while words and words[-1] in PLACE_SUFFIXES and len(words) > 1:
            words.pop()
            locative = True
        name = " ".join(words)
        parts = [p for w in words for p in w.split("-")] if len(words) == 1 and "-" in name else None
        if name in g.countries:
            cc = g.countries[name]
            out.scores[cc] = out.scores.get(cc, 0.0) + (2.5 if locative else 1.0) * weight
        elif name in g.demonyms:
            cc = g.demonyms[name]
            out.scores[cc] = out.scores.get(cc, 0.0) + 0.5 * weight
        elif name in g.cities:
            hit = g.city(name, mentioned)
            if hit is None:
                continue
            cc, pop = hit
            size = 1.0 if pop >= 100_000 or cc in mentioned else 0.6
            if name in g.capitals and not locative:
                w = 0.7
            else:
                w = (3.0 if locative else 1.5) * size
            out.scores[cc] = out.scores.get(cc, 0.0) + w * weight
            out.cities.append((name, cc, w * weight))
        elif parts and all(p[:1].isupper() for p in parts):
            for p in parts:  # "Jordan-Syria border"
                if p in g.countries:
                    cc = g.countries[p]
                    out.scores[cc] = out.scores.get(cc, 0.0) + 1.5 * weight
        else:
            for w in words:
                if w not in NOT_PLACES and len(w) > 2 and "-" not in w:
                    out.names.append(w)
    return out


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
    return None
