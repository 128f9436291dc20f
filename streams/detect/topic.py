"""Is an item about an incident at all: event vocabulary, aftermath vocabulary, noise markers.

An incident opens on an item whose headline reports a physical event (an explosion, a fire, a
landslide, a collision, an armed attack) or states casualties, and that is not a look back
(an anniversary, a court case, a film about a past disaster). Follow-ups join an open incident
when they share its places and names and talk about the event or its aftermath (funerals,
arrests, claims, investigations, reactions).
"""

from __future__ import annotations

import re

# event class -> words (headline); a class is what kind of event it is, for matching.
EVENT_CLASSES = {
    "explosion": r"explosions?|explod(?:e|es|ed|ing)|blasts?|bomb(?:s|ing|ings|ed|er|ers)?|"
                 r"suicide\s+(?:attack|bomber)s?|"
                 r"car\s+bomb|ied|detonat\w*",
    "strike": r"(?:air|missile|drone|rocket|cross-border)\s*strikes?|airstrikes?|missiles?|rockets?|strikes|"
              r"drones?|shelling|struck|bombard\w*",
    "shooting": r"gunm[ae]n|shooting|shot\s+dead|gunfire|gun\s+attack|opened\s+fire|stabbing|massacre|"
                r"shots?\s+(?:fired|rang\s+out)|gunshots?|fired\s+shots",
    "wildfire": r"wildfires?|bushfires?|forest\s+fires?|brush\s+fires?|grass\s+fires?",
    "fire": r"fire\s+(?:breaks\s+out|broke\s+out|in|at|kills?|killed)|in\s+flames|blaze|inferno|"
            r"burst\s+into\s+flames|flames|"
            r"fires?(?!\s+(?:safety|sale|brigade|department|service|station|fighters?|crews?|"
            r"engines?|trucks?|chief))",
    "landslide": r"landslides?|mudslides?|avalanche",
    # a poison set loose: "toxic gas leak", "chlorine tank leaks", "ammonia leak at a plant"
    "leak": r"(?:gas|toxic|chemical|chlorine|ammonia|methane|poison(?:ous)?|fumes?)\s+"
            r"(?:gas\s+|tanks?\s+|cylinders?\s+|pipes?\s+)?(?:leak(?:s|ed|ing|age)?)|"
            r"(?:leaks?|leaked|leaking)\s+(?:of\s+)?(?:toxic|poison(?:ous)?|chlorine|ammonia)\b"
            r"(?:\s+gas)?|gas\s+poisoning",
    "quake": r"earthquake|quake|tremor|tsunami|"
             # the sea hitting a coast: "high waves sweep beaches", "tidal wave hits villages"
             r"(?:high|giant|huge|massive|tidal|killer|freak)\s+waves?",
    "eruption": r"erupt(?:s|ed|ing|ion|ions)?|volcan(?:o|oes|ic)|lava|pyroclastic",
    "flood": r"floods?|flooding|flash\s+floods?|cyclone|typhoon|hurricane|tornado|"
             # a storm by its name or its force: "Storm Daniel lashes Libya", "makes landfall"
             r"landfall|storm\s+surges?|(?:tropical|severe|violent|deadly|powerful)\s+storms?|"
             r"storms?\s+[\w-]+\s+(?:lash|batter|pound|sweep|rak|hit)\w*",
    "collision": r"collision|collided?|crash(?:es|ed)?|derail\w*|capsiz\w*|sank|sinks|sinking|sunk(?:en)?|"
                 r"ferry\s+disaster|"
                 r"accident|plunge[sd]?|plunging|overturn\w*|skidded|careered|veered|"
                 r"f[ae]ll\s+into|falls\s+into|went\s+down|goes\s+down|"
                 # a carrier that falls: "cable car falls", "gondola plunged", "lift drops"
                 r"(?:cable\s+cars?|gondolas?|chair\s*lifts?|lifts?|elevators?|ski\s+lifts?|"
                 r"funiculars?|planes?|jets?|helicopters?|aircraft|buse?s|coach(?:es)?|"
                 r"cranes?|scaffold(?:ing|s)?)\s+(?:falls?|fell|dropp?(?:s|ed)?|came\s+down|"
                 r"comes\s+down|tumbl\w*)|"
                 # a vehicle driven into people: "truck plows into crowd", "van rams shoppers"
                 r"(?:drive[sn]?|drove|driving|plow\w*|plough\w*|ram(?:s|med|ming)?|smash\w*|"
                 r"barrel\w*|mow\w*)\s+(?:into|through|down)\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}?"
                 r"(?:crowds?|pedestrians|people|shoppers|revell?ers|worshippers|marchers|"
                 r"protesters|spectators|tourists|passers-by)",
    "collapse": r"collapsed?|collapses|stampede|crush|"
                # a dam or bank giving way: "tailings dam bursts", "levee breached"
                r"(?:dams?|dykes?|dikes?|levees?|embankments?|reservoirs?)\s+(?:has\s+|have\s+)?"
                r"(?:bursts?|breach(?:es|ed)?|bre(?:ak|aks|aking|oke)|gave\s+way|gives\s+way|"
                r"failed|fails|failure)|(?:dam|levee|embankment)\s+(?:burst|breach|failure)",
    "attack": r"attacks?|attacked|raid|assault|hostages?|kidnapp\w*|ambush\w*|siege|stormed|"
              r"storm\s+(?:a|the)?\s*(?:hotel|school|building|base|prison|mall|church|mosque)|militants",
}
_CLASS_RE = {k: re.compile(rf"\b(?:{v})\b", re.I) for k, v in EVENT_CLASSES.items()}
_AFTERMATH = re.compile(
    r"\b(?:victims?|funerals?|mourn\w*|condolences?|investigat\w*|inquiry|probe|arrest\w*|"
    r"detain\w*|custody|suspects?|claim\w*|responsibility|condemn\w*|blam\w*|den(?:y|ies|ied)|"
    r"toll|wounded|injured|injuries|hurt|killed|killing|dead|deaths?|died|survivors?|rescu\w*|"
    r"evacuat\w*|wreckage|deadly|fatal|tragedy|disaster|bodies|retaliat\w*|revenge|vows?|"
    r"mourners|missing|trapped|displaced|safety|security\s+meeting|emergency|sovereignty|"
    r"ambassador|envoy|negligence|blamed|removed\s+from\s+(?:their\s+)?posts|"
    r"protests?|protesters|rall(?:y|ies)|vigils?|aid|relief|compensat\w*|donat\w*|"
    r"reconstruction|rebuild\w*|warnings?\s+(?:lifted|cancell?ed)|lifts?\s+\w*\s*warnings?)\b",
    re.I,
)
# A look back or a court case: not the incident itself, even with casualty words.
_LOOK_BACK = re.compile(
    r"\b(?:anniversary|years?\s+on|years?\s+(?:after|since)|decades?\s+(?:after|on|since)|"
    r"court|trial|tribunal|sentenced|sentences|jails?|jailed|convicted|acquitted|verdict|"
    r"film|movie|box\s+office|exhibition|documentary|museum|book|memoir|remembers?|"
    r"commemorat\w*|retrospective|looks?\s+back)\b",
    re.I,
)
# Market, sport and politics vocabulary in a headline vetoes opening an incident.
# A bare "market" is a place bombs go off in; "markets", "stock market" are finance.
_OFF_TOPIC = re.compile(
    r"\b(?:shares?|stocks?|index|indices|markets|stock\s+market|market\s+(?:rall|slump|fall|ris|"
    r"gain|los|clos|open|sell)\w*|prices?|bonds?|yields?|futures|currency|"
    r"dollar|euro|profit|earnings|league|cup|match|goals?|striker|coach|season|champion|"
    r"tournament|election|vote|votes|bill|budget|rates?|inflation|sales|output|workers\s+strike|"
    r"pay|wages?|union|under\s+fire)\b",
    re.I,
)


_SUBORDINATE = re.compile(r"\b(?:after|over|following|amid|despite|since|as|for)\b.*$", re.I)


def main_clause(headline: str) -> str:
    """A headline without its trailing "after ..."/"over ..." part: what it reports happened."""
    return _SUBORDINATE.sub("", headline)


# A country or capital as the subject of a reaction: "Japan lifts tsunami warning", "China
# sends aid", "India offers condolences". The headline reports what a government did about an
# event elsewhere, not an event where it names. Not "evacuates" or "urges": "Japan evacuates
# a million as typhoon nears" is an event in Japan.
REACTION_VERBS = frozenset(
    ["lifts", "lifted", "cancels", "cancelled", "canceled", "sends", "sent", "offers", "offered",
     "pledges", "pledged", "expresses", "expressed", "extends", "mourns", "condemns", "condemned",
     "dispatches", "dispatched", "donates", "donated", "pays", "vows"]
)
_REACTION = re.compile(
    r"^\W*(?:[A-Z][\w'’.-]*\s+){1,3}(?:" + "|".join(sorted(REACTION_VERBS)) + r")\b")


def reaction(headline: str) -> bool:
    """Whether a headline's main clause is a reaction by a named government or place."""
    return _REACTION.search(main_clause(headline)) is not None


def event_classes(text: str) -> set[str]:
    return {k for k, rx in _CLASS_RE.items() if rx.search(text)}


def about_aftermath(text: str) -> bool:
    return _AFTERMATH.search(text) is not None


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def looks_back(headline: str, year: int) -> bool:
    """A headline about the past: an anniversary, a trial, or an earlier year."""
    if _LOOK_BACK.search(headline):
        return True
    return any(int(y) < year for y in _YEAR.findall(headline))


def off_topic(headline: str) -> bool:
    return _OFF_TOPIC.search(headline) is not None
