"""Incidents: match an item to an open incident, open a new one, expire quiet ones.

An item joins the open incident whose names and places it shares (two shared names, or one
shared name and the same kind of event) when it talks about the event or its aftermath; a
newer version of a guid already in an incident joins that incident. An item opens a new
incident when its headline reports a physical event or casualties, it is not a look back nor
market/sport/politics copy, and the agency gave it news priority (urgency 1-4 or none).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Set

from schemas import WireItem
from streams.detect import topic
from streams.detect.facts import Facts
from streams.detect.fingerprint import similarity
from streams.detect.gazetteer import distance_km, gazetteer
from streams.detect.normalise import strip_prefix
from streams.detect.state import MAX_NAMES, Incident, ShardState

OPEN_MAX_URGENCY = 4
# Another incident of the shard this recent (item time) can be what a story's clause is about.
NEIGHBOUR_WINDOW_S = 2 * 86_400
# The router's cross-border match counts as much as two shared names: with the kind of event
# it is enough to join (the router already required the same kind and figure, within hours).
HINT_WEIGHT = 2.0
# An incident quiet this long (item time) is joined by follow-ups only: a report of another
# kind of event, or from a far town, is news of its own, however many names it shares.
LATE_S = 3 * 86_400
# and only by one whose headline ties it to the incident (`_late_follow_up`): officials' names
# and the kind of event ("PM announces aid for Goa fire victims", for a Delhi blast whose
# first report mentioned fire tenders) are shared by many of a country's stories
# Evidence an item about another kind of event needs on top: a shared place and name is not
# enough for it to join.
KIND_CONFLICT = 1.0
HEADLINE_PLACE = 1.0
# An item reporting an event in a town far from an incident's town, which that incident never
# named, is another event ("Dumper rams vehicles in Jaipur, 10 dead" is not the crash of the
# day before in Phalodi, 300 km away): this much evidence against, as much as a shared name.
PLACE_CONFLICT = 2.0
FAR_KM = 100.0
# Events that strike a whole area: their towns can lie far apart ("quake kills 19 in Kermanshah"
# for one centred on Qasr-e Shirin).
_AREA_KINDS = frozenset({"quake", "flood", "wildfire", "eruption", "landslide"})
_GENERIC_CLASSES = {"attack"}
_TITLE_NOUN = {
    "explosion": "explosions", "strike": "strikes", "shooting": "shooting", "wildfire": "wildfire",
    "fire": "fire",
    "landslide": "landslide", "quake": "earthquake", "flood": "floods", "collision": "collision",
    "collapse": "collapse", "attack": "attack", "eruption": "eruption",
}
_CLASS_ORDER = list(_TITLE_NOUN)


def incident_id(route_key: str, first_ref: str) -> str:
    """`<route key>-<hash of the first item>`: deterministic, and it names the shard holding it."""
    return f"{route_key}-" + hashlib.blake2b(first_ref.encode(), digest_size=6).hexdigest()


def shard_country(route_key: str) -> str | None:
    """The ISO country a shard's route key stands for ("ly" -> "LY"), None for "xx" (no place)."""
    cc = route_key.upper()
    return cc if cc in gazetteer().country_names else None


def route_key_of(incident_id: str) -> str:
    return incident_id.rsplit("-", 1)[0]


# What `incident_id` makes: a lower-case route key (a country code, or "xx") and 12 hex digits.
INCIDENT_ID_PATTERN = re.compile(r"[a-z]{2}-[0-9a-f]{12}")


def is_incident_id(text: str) -> bool:
    return INCIDENT_ID_PATTERN.fullmatch(text) is not None


def _score(facts: Facts, inc: Incident) -> float:
    """Evidence that an item is about an incident: shared cities and names, kind of event."""
    capitals = gazetteer().capitals
    score = 0.0
    for c in facts.cities:
        if "*" + c in inc.names:
            # a capital often stands for its government ("Tehran said"): it is evidence of
            # the place only where the item uses it as one ("a hotel in Mogadishu")
            score += 1.0 if c.title() in capitals and c not in facts.placed else 2.0
    # with the headline's first word: the place scan reads it as grammar, yet a headline
    # often opens with the event's name ("Haneda transcripts show ...")
    headline = {n for n in facts.headline_names if n[:1] not in "*^"}
    exact = (facts.names | headline) & inc.names.keys()
    for n in exact:
        # a name the incident's reports keep giving, or the one the headline is about
        # ("Surfside: 24 dead", "Kenyatta: 14 killed in DusitD2 attack"), weighs as a town
        score += 2.0 if inc.names[n] >= 3 or (n in headline and inc.names[n] >= 2) else 1.0
    # another spelling of a name or town the incident knows ("Darna", "Derna", "Darnah";
    # "Marrakesh" for "Marrakech"): wires transliterate place and person names differently
    score += float(len(_variants(facts, inc, exact)))
    if _headline_place(facts, inc):
        # the headline's town is one of the incident's: where the story says it happened,
        # against officials' names a body shares with another incident ("PM Modi condoles
        # Jaipur deaths" after his words on another crash)
        score += HEADLINE_PLACE
    if (facts.classes - _GENERIC_CLASSES) & set(inc.classes):
        score += 1.0
    placed_by_city = inc.location is not None and inc.location in gazetteer().cities
    if inc.country and facts.places.scores.get(inc.country, 0) > 0 and (
            not placed_by_city or not facts.cities):
        # an incident placed only by its country, or an item that names no city ("Ecuador
        # quake kills 14"): the country mention counts, as no other place contradicts it
        score += 1.0
    elif inc.country and inc.location and any(
            gazetteer().same_province(c, inc.location, inc.country) for c in facts.cities):
        # another town of the same province ("quake kills 19 in Kermanshah" for one centred
        # on Qasr-e Shirin): near, though not the same place
        score += 1.0
    elif (inc.country and facts.places.scores.get(inc.country, 0) > 0
          and _AREA_KINDS & facts.reported_classes & set(inc.classes)):
        # the same area-wide event in the country, reported from elsewhere ("quake felt in
        # Rabat and Casablanca", then "quake strikes Morocco's High Atlas"): its towns can lie
        # far apart (an incident quiet for LATE_S takes only follow-ups, see `match`)
        score += 1.0
    if _same_region(facts, inc):
        # a province or district named by both, or one lying in the other ("Kech district"
        # for an incident in Balochistan), with the country: place evidence like a town's
        score += 1.0
    return score


# A transliteration key: a name this long at least, reduced to its first letter and its
# consonants, with the digraphs and final h that transliterations add or drop folded.
MIN_VARIANT_LEN = 5
_DIGRAPHS = (("kh", "k"), ("sh", "s"), ("ch", "s"), ("ph", "f"), ("gh", "g"), ("th", "t"),
             ("dh", "d"), ("ck", "k"), ("q", "k"), ("w", "u"))


def spelling_key(name: str) -> str | None:
    """What two transliterations of one name share: "darnah", "derna" and "darna" -> "drn",
    "marrakech" and "marrakesh" -> "mrks". None for a short name (too many share a key)."""
    s = re.sub(r"[^a-z]", "", name.lower())
    if len(s) < MIN_VARIANT_LEN:
        return None
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = s.rstrip("h")
    skeleton = s[0] + re.sub(r"[aeiouy]", "", s[1:])
    skeleton = re.sub(r"(.)\1+", r"\1", skeleton)
    return skeleton if len(skeleton) >= 3 else None


def _variants(facts: Facts, inc: Incident, exact: Set[str]) -> set[str]:
    """The names and towns of the incident that the item gives in another spelling only, as
    their keys (one per name: a name it also gives as the incident spells it counts already)."""
    mine = (facts.names | {n for n in facts.headline_names if n[:1] not in "*^"}
            | set(facts.cities))
    keys = {k for n in mine if (k := spelling_key(n)) is not None}
    if not keys:
        return set()
    spelt = exact | {"*" + c for c in facts.cities}
    done = {spelling_key(n.lstrip("*")) for n in spelt if n in inc.names}
    return {k for n in inc.names if n[:1] != "^" and n not in spelt
            and (k := spelling_key(n.lstrip("*"))) in keys and k not in done}


def _headline_place(facts: Facts, inc: Incident) -> bool:
    return any(n[:1] == "*" and n in inc.names for n in facts.headline_names)


def _headline_shares(facts: Facts, inc: Incident) -> bool:
    return any(n in inc.names for n in facts.headline_names)


def _late_follow_up(facts: Facts, inc: Incident) -> bool:
    """Whether an item's headline ties it to an incident gone quiet: it gives one of its
    names, towns or provinces, or it names the incident's kind of event and no place of its
    own ("Afghan quake toll rises to 2,217")."""
    if _headline_shares(facts, inc):
        return True
    own_places = any(n[:1] in "*^" for n in facts.headline_names)
    return not own_places and bool((facts.headline_classes - _GENERIC_CLASSES) & set(inc.classes))


def _elsewhere(facts: Facts, inc: Incident) -> bool:
    """The item's headline town lies far from the incident's town (a province can be 500 km
    across), the incident never named it, and the incident is no area-wide event."""
    g = gazetteer()
    town = next((name for name, cc in facts.headline_cities if cc == inc.country), None)
    if town is None or inc.location is None or inc.country is None or "*" + town.lower() in inc.names:
        return False
    if _AREA_KINDS & set(inc.classes):
        return False
    here, there = g.position(town, inc.country), g.position(inc.location, inc.country)
    return here is not None and there is not None and distance_km(here, there) > FAR_KM


def _same_region(facts: Facts, inc: Incident) -> bool:
    """The item names a province, district or town that lies in (or holds) one the incident
    named: "Balochistan" for an incident in Quetta, "Kech district" for one in Balochistan."""
    return any(_REGION + code in inc.names for code in facts.places.region_codes(inc.country))


def event_classes(facts: Facts) -> frozenset[str]:
    """The kinds of event the text names, without "attack": alone it is as often politics
    ("opposition attacks budget") as violence."""
    return facts.classes - _GENERIC_CLASSES


def about_event(facts: Facts) -> bool:
    """Whether the item talks about an event or its aftermath (and not as a look back)."""
    return bool(facts.aftermath or facts.claims or event_classes(facts)) and not facts.looks_back


def _other_kind(facts: Facts, inc: Incident) -> bool:
    """The item's headline reports an event of a kind its incident never named: "boat capsizes,
    nine dead" is not the tanker blast of the same region, a wildfire not the depot blast."""
    reported = facts.reported_classes - _GENERIC_CLASSES
    known = set(inc.classes) - _GENERIC_CLASSES
    # an incident whose reports never named its kind ("truck rams vehicles") contradicts none
    return bool(reported) and bool(known) and reported.isdisjoint(known)


def match(state: ShardState, item: WireItem, facts: Facts, hint: str | None = None) -> Incident | None:
    """The open incident this item belongs to, or None.

    `hint` is the item_ref of the report the router matched when it sent the item here from
    another country's shard (see routing.py): evidence for the incident that holds it.
    """
    for inc in state.incidents:
        if item.uri in inc.members:
            return inc
    # an item that could open an incident (it reports an event) may also join one
    if not (about_event(facts) or (facts.reported_classes and not facts.off_topic
                                   and not facts.looks_back)):
        return None
    fresh = opens_incident(item, facts)   # it reports an event of its own
    scored = []
    for inc in state.incidents:
        other, elsewhere = _other_kind(facts, inc), fresh and _elsewhere(facts, inc)
        late = state.clock - inc.last > LATE_S
        # late, a report of an event needs the incident's kind: "fire at the market" is not
        # the ferry sinking of last week, whose reports never named a kind the words know
        unknown_kind = bool(facts.reported_classes - _GENERIC_CLASSES) and not (
            set(inc.classes) - _GENERIC_CLASSES)
        if late and (other or unknown_kind or elsewhere or not _late_follow_up(facts, inc)):
            continue
        scored.append((_score(facts, inc) + (HINT_WEIGHT if hint in inc.refs else 0.0)
                       - (KIND_CONFLICT if other else 0.0) - (PLACE_CONFLICT if elsewhere else 0.0),
                       inc))
    top = max((s for s, _ in scored), default=0.0)
    tied = [inc for s, inc in scored if s == top]
    if top < 2.0:
        return None
    if len(tied) == 1:
        return tied[0]
    # equal evidence ("Iraq car bomb toll rises", two bombings in Iraq that day): the
    # incident whose town, then whose name, the headline gives (a body also names other
    # events in passing: "explosives like those of the Red Fort blast"), then the one whose
    # items read most like this one, then the most recent, then the first opened (a stated
    # rule, so the outcome never rests on how the candidates were gathered)
    return min(tied, key=lambda inc: (
        not _headline_place(facts, inc), not _headline_shares(facts, inc),
        -max((similarity(facts.signature, p.s) for p in inc.prints), default=0.0), -inc.last,
        inc.opened, inc.id))


# A first report often has no figure yet: "several feared dead", "multiple victims", "people
# trapped". With an event word anywhere in the item it reports casualties all the same.
_VAGUE_CASUALTIES = re.compile(
    r"\b(?:(?:several|many|dozens|scores|hundreds|multiple|some|others?|people|workers|"
    r"passengers|feared)\s+(?:\w+\s+)?(?:dead|killed|hurt|injured|wounded|missing|trapped|"
    r"casualties|victims)|feared\s+dead|casualties|fatalities|trapped|unaccounted\s+for)\b",
    re.I)


def _vague_casualties(headline: str, facts: Facts) -> bool:
    return bool(_VAGUE_CASUALTIES.search(headline)) and bool(event_classes(facts))


def opens_incident(item: WireItem, facts: Facts) -> bool:
    if facts.looks_back:
        return False
    if item.urgency is not None and item.urgency > OPEN_MAX_URGENCY:
        return False
    casualties = any(c.in_headline and c.field.value in ("killed", "injured", "missing")
                     for c in facts.counts) or _vague_casualties(strip_prefix(item.headline), facts)
    if topic.reaction(item.headline) and not casualties:
        # "Japan lifts tsunami warning after Taiwan quake": a follow-up, never a first report
        return False
    if facts.off_topic:
        # "Crush after cup match kills 31": a physical event with a toll in the headline
        # outweighs a sport or market word; without both it is sport/market copy.
        return casualties and bool(facts.reported_classes)
    return bool(facts.reported_classes) or casualties


# What the desk calls the event, from the first word of the headline that names it.
_EVENT_NOUNS = [
    (r"stampede", "stampede"), (r"crush", "crush"), (r"wildfires?|bushfires?|forest\s+fires?",
                                                    "wildfire"),
    (r"floods?|flooding", "floods"), (r"landslides?|mudslides?", "landslide"),
    (r"earthquake|quake", "earthquake"), (r"tornado(?:es)?|twisters?", "tornado"),
    (r"hurricane|typhoon|cyclone", "storm"), (r"sank|sinks|sinking|capsiz\w*", "sinking"),
    (r"derail\w*", "derailment"), (r"siege", "siege"), (r"erupt\w*|volcan\w*", "eruption"),
    (r"bomb\w*", "bombing"), (r"blasts?|explosions?|explodes?|exploded", "explosion"),
    (r"shooting|gunm[ae]n|gunfire|shot\s+dead|opened?\s+fire", "shooting"),
    (r"(?:air|missile|drone|rocket)\s*strikes?|airstrikes?", "strikes"),
    (r"crash\w*|collision|collided?|plunge[sd]?|accident", "crash"),
    (r"collapsed?|collapses", "collapse"), (r"fire|blaze|flames|inferno", "fire"),
]
_EVENT_NOUN_RE = [(re.compile(rf"\b(?:{rx})\b", re.I), noun) for rx, noun in _EVENT_NOUNS]


def _event_noun(headline: str, classes: frozenset[str]) -> str:
    hits = [(m.start(), noun) for rx, noun in _EVENT_NOUN_RE for m in [rx.search(headline)] if m]
    if hits:
        return min(hits)[1]
    return next((_TITLE_NOUN[c] for c in _CLASS_ORDER if c in classes), "incident")


def title_for(facts: Facts, country: str | None, headline: str = "") -> tuple[str, str | None]:
    """("Kerman bombing", "Kerman") from the first item's headline and places.

    The location is the city the text names in the incident's country, else a province,
    district or territory it names ("Yunnan", "Dhading", "Abkhazia"), else none (alerts then
    show the country). Not the `located` field: that is often the dateline, which is not the incident's place.
    """
    location = (facts.places.best_city(country) or facts.places.best_region(country)
                or (facts.areas[0] if facts.areas else None))
    place = location or (gazetteer().country_names.get(country or "", None) if country else None)
    noun = _event_noun(strip_prefix(headline), facts.headline_classes or facts.classes)
    return (f"{place} {noun}" if place else noun.capitalize()), location


def open_incident(state: ShardState, item: WireItem, facts: Facts, t: int, country: str | None) -> Incident:
    title, location = title_for(facts, country, item.headline)
    inc = Incident(
        id=incident_id(state.key, item.item_ref), title=title, location=location,
        country=country, opened=t, last=t,
    )
    state.incidents.append(inc)
    return inc


_REGION = "^"   # prefix of an ISO 3166-2 code among an incident's names


def remember_names(inc: Incident, facts: Facts, opened: bool = False) -> None:
    # Names enter in sorted order, and the cap keeps the most repeated, then the earliest
    # entered: a set's iteration order (it varies with PYTHONHASHSEED) never decides which
    # names an incident keeps.
    regions = sorted(_REGION + c for c in facts.places.region_codes(inc.country))
    for n in [*sorted(facts.names), *sorted("*" + c for c in facts.cities), *regions]:
        inc.names[n] = inc.names.get(n, 0) + 1
    if len(inc.names) > MAX_NAMES:
        keep = sorted(inc.names.items(), key=lambda kv: -kv[1])[:MAX_NAMES]
        inc.names = dict(keep)
    # The kinds of event an incident is: what its first report says, then what follow-up
    # headlines call it. A follow-up's body mentions other kinds in passing ("fire tenders
    # rushed", "a bus fire last month") that would let any event of that kind join.
    for c in sorted(facts.classes if opened else facts.headline_classes):
        if c not in inc.classes:
            inc.classes.append(c)


# A story the wire covered in many reports draws follow-ups for weeks (a revised toll after DNA
# identification, an investigators' report): each report beyond the first keeps the incident
# open for this share of the quiet period longer, up to MAX_EXTENSION quiet periods more.
EXTENSION_PER_REPORT = 1 / 8
MAX_EXTENSION = 2.0


def open_until(inc: Incident, ttl_s: int) -> int:
    """Item time after which a quiet incident is closed."""
    extra = min(MAX_EXTENSION, EXTENSION_PER_REPORT * (len(inc.members) - 1))
    return inc.last + ttl_s + int(extra * ttl_s)


def expire(state: ShardState, horizon: int, ttl_s: int = 0) -> None:
    """Forget incidents quiet since before `horizon` (with their extension by `open_until`,
    `horizon` being the clock less `ttl_s`) and remembered texts/refs older than it."""
    clock = horizon + ttl_s
    if any(open_until(inc, ttl_s) < clock for inc in state.incidents):
        state.incidents = [inc for inc in state.incidents if open_until(inc, ttl_s) >= clock]
    for table in (state.texts, state.refs):
        while table:
            key = next(iter(table))
            if table[key].t >= horizon:
                break
            del table[key]
    if state.noise and state.noise[0].t < horizon:
        state.noise = [p for p in state.noise if p.t >= horizon]


def _places_of(inc: Incident) -> set[str]:
    """The places an incident is known by, lower case: its location and the towns it named."""
    out = {n[1:] for n, k in inc.names.items() if n.startswith("*") and k >= 1}
    if inc.location:
        out.add(inc.location.lower())
    return out


def _names_in(sentence: str, places: set[str]) -> bool:
    low = sentence.lower()
    return any(re.search(rf"\b{re.escape(p)}\b", low) for p in places)


def own_facts(state: ShardState, inc: Incident, facts: Facts, t: int) -> Facts:
    """The item's facts without the counts whose clause is about another open incident of the
    same shard: a story on the Quetta bombing that adds "floods in Sindh killed 30" must not
    give the bombing 30 dead. A clause belongs to the other incident when it names that
    incident's place and not this one's, or (naming neither) reports only that one's kind."""
    others = [o for o in state.incidents
              if o is not inc and abs(o.last - t) <= NEIGHBOUR_WINDOW_S]
    if not others or not facts.counts:
        return facts
    mine = _places_of(inc)
    my_kinds = set(inc.classes) - _GENERIC_CLASSES
    kept = []
    for c in facts.counts:
        here = _names_in(c.evidence, mine)
        kinds = topic.event_classes(c.evidence) - _GENERIC_CLASSES
        elsewhere = not here and any(
            _names_in(c.evidence, _places_of(o) - mine)
            or (kinds and kinds.isdisjoint(my_kinds) and kinds <= set(o.classes))
            for o in others)
        if not elsewhere:
            kept.append(c)
    if len(kept) == len(facts.counts):
        return facts
    return dataclasses.replace(facts, counts=kept)
