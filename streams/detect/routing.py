"""Routing: the shard an item goes to. The country its text is about, unless the wire has just
reported the same event under another country.

Detection state is sharded by country, so an item only meets the incidents of its own shard.
Going by the text alone, these items would miss their incident:

- A follow-up that names several countries about equally: "militia claims drone attacks on bases
  near the Jordan-Syria border". It goes to the named country where a related event (same kind,
  or shared names) was reported in the last three days.
- A first report that puts the event across a border ("a base in Syria" for one in Jordan), or
  one side's report of a border event ("quake hits the Iraqi side"). It goes to the neighbouring
  or named country whose report, within six hours, is of the same kind of event and gives the
  same headline figure, or named this country and gave no such figure; and only if nothing says
  the two are far apart (towns on each side more than NEAR_KM away, with no name in common).
- Later items whose text points to the country the event was first misplaced in: once a
  country's reports went to another shard, related items from that country follow them (a
  follow-up without figures of its own, as long as an incident stays open: "Bangkok tower
  collapse: engineers probe steel" a week after the Myanmar quake toppled it).
- An item that names its country only in passing ("the Israeli army said", for a funeral in a
  Lebanese town the gazetteer does not know): two names shared with a recent report elsewhere.

On equal evidence an item stays in its own shard, and it never follows a report of another kind
of event (a mudslide does not follow the bus crash).

The router sees the items in wire order (wire.items has one partition by default) and keeps a
small, bounded `RouterState`: recent event reports, and where each event text and guid went, so
an identical copy and a newer version of a guid go to the same shard as before. A moved item
carries a hint, the item_ref of the report it matched, which the shard's core counts as evidence
for the incident that holds the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from schemas import CountField, WireItem
from streams.detect.facts import Facts
from streams.detect.gazetteer import distance_km, gazetteer
from streams.detect.incidents import about_event, event_classes
from streams.detect.normalise import content_key
from streams.detect.places import country_of

NO_PLACE = "xx"
CO_NAMED_SHARE = 0.5            # a country named at least half as much as the best one
RELATED_WINDOW_S = 3 * 86_400   # how far back a follow-up looks for its event
BORDER_WINDOW_S = 6 * 3_600     # how far back a report with figures looks across a border
MAX_REPORTS = 64                # per route key
SWEEP_EVERY_S = 3_600           # item time between two sweeps of old reports and routes,
SWEEP_MIN_ITEMS = 64            # and items (routes may pass MAX_ROUTES by this much meanwhile)
MAX_ROUTES = 4_096
MAX_NAMES = 12
MAX_SPOTS = 4
NEAR_KM = 50.0                  # two towns this close can see one event (twin border towns)
WEAK_PLACE = 2.0                # an own country named only in passing ("Israeli", "Tehran said")


class Report(BaseModel):
    """An event report the router sent on: where to, and what it said."""

    model_config = ConfigDict(extra="forbid")
    k: str                                            # route key it went to
    o: str                                            # route key of its text
    r: str                                            # item_ref
    t: int                                            # item time (epoch s)
    c: dict[CountField, int] = Field(default_factory=dict)  # headline counts
    e: list[str] = Field(default_factory=list)        # kinds of event
    n: list[str] = Field(default_factory=list)        # names, and cities as "*city"
    p: list[str] = Field(default_factory=list)        # countries named (route-key form)
    x: list[tuple[float, float]] = Field(default_factory=list)  # where its towns are (lat, lon)


class Routed(NamedTuple):
    """Where an item went (route key) and when (item time); a JSON pair."""

    k: str
    t: int


class RouterState(BaseModel):
    """What the router remembers: JSON round-trip, bounded in size and in item time."""

    model_config = ConfigDict(extra="forbid")
    v: int = 1
    clock: int = 0
    swept: int = 0
    since_sweep: int = 0
    reports: dict[str, list[Report]] = Field(default_factory=dict)   # route key -> its reports
    # text route key -> the other route keys its reports went to (-> latest item time)
    away: dict[str, dict[str, int]] = Field(default_factory=dict)
    # content key of an event text, and "g:" + uri of an event item -> where it went
    routes: dict[str, Routed] = Field(default_factory=dict)


@dataclass(frozen=True)
class Route:
    key: str
    hint: str | None = None   # item_ref of the report the item was sent after


def text_key(item: WireItem, facts: Facts) -> str:
    """Lower-case ISO country the text is about (`located` only when the text names no place).

    Between countries the text names equally ("South Korea ferry toll reaches 104" with "US
    Navy divers", "Idai toll across southern Africa"), the one of the dateline (`located`):
    where the reporter files from, rather than the later of the two in the alphabet."""
    scores = facts.places.scores
    dateline = country_of(item.located)
    if dateline is not None and scores and scores.get(dateline, 0.0) >= max(scores.values()):
        return dateline.lower()
    country = facts.places.best_country() or dateline
    return country.lower() if country else NO_PLACE


def _headline_counts(facts: Facts) -> dict[CountField, int]:
    out: dict[CountField, int] = {}
    for c in facts.counts:
        if c.in_headline and c.value > 0:
            out.setdefault(c.field, c.value)
    return out


def _names(facts: Facts) -> frozenset[str]:
    return facts.names | {"*" + c for c in facts.cities}


@dataclass(frozen=True)
class _Probe:
    """What an item is compared on, computed once per item."""

    own: str
    figures: frozenset[tuple[CountField, int]]
    kinds: frozenset[str]
    names: frozenset[str]
    placed: bool                          # it names a town or district on its own side
    spots: tuple[tuple[float, float], ...]  # where its own side's towns are
    headline: frozenset[str]              # the names its headline gives


_Spots = tuple[tuple[str, tuple[float, float]], ...]


def _spots(facts: Facts) -> _Spots:
    """(country, position) of the towns the text names, the first few."""
    g = gazetteer()
    out: list[tuple[str, tuple[float, float]]] = []
    for name, cc, _ in facts.places.cities:
        at = g.position(name, cc)
        if at is not None:
            spot = (cc, (round(at[0], 2), round(at[1], 2)))
            if spot not in out:
                out.append(spot)
    return tuple(out[:MAX_SPOTS])


def _probe(facts: Facts, own: str, spots: _Spots) -> _Probe:
    mine = tuple(at for cc, at in spots if cc == own.upper())
    return _Probe(own, frozenset(_headline_counts(facts).items()), event_classes(facts),
                  _names(facts), bool(mine or facts.areas), mine,
                  frozenset(n for n in facts.headline_names if n[:1] not in "*^"))


def _near(probe: _Probe, report: Report) -> bool:
    """Nothing says the two are far apart: the item names no town on its side, or they share a
    name, or a town of each is within NEAR_KM of the other."""
    if not probe.placed or not probe.names.isdisjoint(report.n):
        return True
    return any(distance_km(a, b) <= NEAR_KM for a in probe.spots for b in report.x)


def _candidates(facts: Facts, own: str) -> dict[str, bool]:
    """Other countries the item could be about -> whether only as a neighbour."""
    scores = facts.places.scores
    top = max(scores.values(), default=0.0)
    out = {cc.lower(): False for cc, s in scores.items()
           if s >= CO_NAMED_SHARE * top and cc.lower() != own}
    if event_classes(facts):
        for cc in gazetteer().neighbours.get(own.upper(), frozenset()):
            out.setdefault(cc.lower(), True)
    return out


def _affinity(probe: _Probe, report: Report) -> int:
    """How much an item and an earlier report say the same: figures, kind of event, names."""
    same_figures = sum(1 for f, v in probe.figures if report.c.get(f) == v)
    same_kind = not probe.kinds.isdisjoint(report.e)
    # with the headline's first word, which the place scan reads as grammar ("Surfside: ...")
    shared_names = len((probe.names | probe.headline).intersection(report.n))
    return 2 * same_figures + int(same_kind) + min(shared_names, 2)


def _other_kind(probe: _Probe, report: Report) -> bool:
    """Both name the kind of event, and not the same one: a mudslide is not the bus crash."""
    return bool(probe.kinds) and bool(report.e) and probe.kinds.isdisjoint(report.e)


def _close(probe: _Probe, report: Report) -> bool:
    """Positively near: both name the same town, or towns within NEAR_KM of each other."""
    if any(n.startswith("*") for n in probe.names.intersection(report.n)):
        return True
    return any(distance_km(a, b) <= NEAR_KM for a in probe.spots for b in report.x)


def _linked(probe: _Probe, report: Report) -> bool:
    """Two names in common (one for an item that names no place at all: "Vantor: 24 dead"), or
    a town of the report (its "*town") that the item names, as a town or as a plain name (an
    all-capitals headline: "CONDEMNS LAHORE ATTACK")."""
    shared = (probe.names | probe.headline).intersection(report.n)
    if len(shared) >= 2 or (probe.own == NO_PLACE and not probe.headline.isdisjoint(report.n)):
        return True
    towns = {n[1:] for n in report.n if n.startswith("*")}
    return any(n.lstrip("*") in towns for n in probe.names)


def _crosses(probe: _Probe, report: Report, neighbour: bool) -> bool:
    """Whether an item may follow a report from another country's shard."""
    if not probe.figures and not neighbour:
        return True   # a follow-up (a claim, arrests, a reaction) that names that country
    # a report with figures is news of its own, unless it is the same kind of event, within
    # hours, and either gives the same figure, or is from a town next to it (twin border towns),
    # or completes a report from the other side of the border that named this country and gave
    # no such figure
    if _other_kind(probe, report) or not probe.kinds or not _near(probe, report):
        return False
    if any(report.c.get(f) == v for f, v in probe.figures) or _close(probe, report):
        return True
    return probe.own in report.p and not any(f in report.c for f, _ in probe.figures)


def _choose(state: RouterState, facts: Facts, t: int, probe: _Probe, follow_s: int) -> Route:
    """The shard whose recent reports the item relates to most; on a tie, its own.

    `follow_s`: how far back a follow-up without figures of its own follows this country's
    reports to the shard they went to (an incident stays open that long at least)."""
    own = probe.own
    away_window = RELATED_WINDOW_S if probe.figures else max(RELATED_WINDOW_S, follow_s)
    best, score = Route(own), 0
    for report in state.reports.get(own, ()):   # whatever their text said
        if t - report.t <= RELATED_WINDOW_S and not _other_kind(probe, report):
            score = max(score, _affinity(probe, report))
    # the reports of this country's texts that went to another shard: follow them there
    for key in state.away.get(own, {}):
        for report in state.reports.get(key, ()):
            if (report.o == own and t - report.t <= away_window
                    and not _other_kind(probe, report)):
                affinity = _affinity(probe, report)
                if affinity > score:
                    best, score = Route(key, report.r), affinity
    named = facts.places.scores
    candidates = _candidates(facts, own)
    # the countries the text names most first: on equal affinity the first one wins
    for key, neighbour in sorted(candidates.items(),
                                 key=lambda kv: (-named.get(kv[0].upper(), 0.0), kv[0])):
        window = BORDER_WINDOW_S if probe.figures or neighbour else RELATED_WINDOW_S
        for report in state.reports.get(key, ()):
            if report.o == own or t - report.t > window or not _crosses(probe, report, neighbour):
                continue
            affinity = _affinity(probe, report)
            if affinity > score:
                best, score = Route(key, report.r), affinity
    if named.get(own.upper(), 0.0) < WEAK_PLACE or not probe.placed:
        # the text names its country only in passing ("Mourners bury four killed in the drone
        # strike near Bint Jbeil", where "Israeli" is the only country word), or names no town
        # of its own and speaks for it abroad ("Iran mourns its pilgrims killed in Mina", "India
        # condemns Lahore attack", "Belgian police arrest two over Paris attacks"): two names,
        # or one town, shared with a recent report elsewhere say more
        for key, reports in state.reports.items():
            for report in reports if key != own else ():
                if (t - report.t <= RELATED_WINDOW_S and not _other_kind(probe, report)
                        and _linked(probe, report)):
                    affinity = _affinity(probe, report)
                    if affinity > score:
                        best, score = Route(key, report.r), affinity
    return best


def _forget(state: RouterState, horizon: int) -> None:
    """Drop reports too old to relate to anything, and routes older than `horizon`."""
    state.since_sweep += 1
    if state.clock - state.swept < SWEEP_EVERY_S or state.since_sweep < SWEEP_MIN_ITEMS:
        return
    state.swept, state.since_sweep = state.clock, 0
    # kept as long as a follow-up may still follow them (`_choose`); each use checks its window
    oldest = min(state.clock - RELATED_WINDOW_S, horizon)
    for key in list(state.reports):
        if state.reports[key][0].t >= oldest:
            continue  # reports come in item-time order (near enough): the first is the oldest
        kept = [r for r in state.reports[key] if r.t >= oldest]
        if kept:
            state.reports[key] = kept
        else:
            del state.reports[key]
    for own in list(state.away):
        state.away[own] = {k: at for k, at in state.away[own].items() if at >= oldest}
        if not state.away[own]:
            del state.away[own]
    while state.routes:
        first = next(iter(state.routes))
        if state.routes[first].t >= horizon and len(state.routes) <= MAX_ROUTES:
            break
        del state.routes[first]


def route(state: RouterState, item: WireItem, facts: Facts, *, t: int, ttl_s: int) -> Route:
    """The shard for `item` (item time `t`), updating `state` with what it reported."""
    state.clock = max(state.clock, t)
    _forget(state, state.clock - ttl_s)
    own = text_key(item, facts)
    if not about_event(facts):
        return Route(own)
    # an item naming no place the gazetteer knows (a village, a valley) still follows the
    # report it shares names with (`_choose`, last rule), not a shard of its own
    guid, text = "g:" + item.uri, content_key(item.headline, item.body_text)
    spots = _spots(facts)
    probe = _probe(facts, own, spots)
    # a newer version goes where its guid went, an identical text where its copy went
    earlier = state.routes.get(guid) or state.routes.get(text)
    chosen = Route(earlier.k) if earlier is not None else _choose(state, facts, t, probe, ttl_s)
    for key in (guid, text):   # re-inserted: the dict stays in the order of last use
        state.routes.pop(key, None)
        state.routes[key] = Routed(chosen.key, t)
    reports = state.reports.setdefault(chosen.key, [])
    # built from typed values: model_construct skips validation on this hot path
    reports.append(Report.model_construct(
        k=chosen.key, o=own, r=item.item_ref, t=t, c=dict(sorted(probe.figures)),
        e=sorted(probe.kinds), n=sorted(probe.names | probe.headline)[:MAX_NAMES],
        p=sorted(cc.lower() for cc in facts.places.scores), x=[at for _, at in spots]))
    del reports[:-MAX_REPORTS]
    if chosen.key != own:
        state.away.setdefault(own, {})[chosen.key] = t
    return chosen
