"""Other spellings of one name (wires transliterate "Darna", "Derna", "Darnah"), and an
incident whose first report names no country the gazetteer knows: later reports join it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from schemas import AlertKind, WireItem
from streams.detect import ShardState, process
from streams.detect.incidents import spelling_key
from tests.conftest import item as _doc
from tests.unit.test_detect_routing import NOW, T0, Desk


def _located(uri: str, headline: str, body: str, located: str, minutes: int) -> WireItem:
    when = (T0 + timedelta(minutes=minutes)).isoformat()
    return WireItem.model_validate(_doc(uri, 1, headline, body, versioncreated=when,
                                        located=located))


@pytest.mark.parametrize("a, b", [
    ("Darna", "Derna"), ("Derna", "Darnah"), ("Marrakech", "Marrakesh"),
    ("Mohammed", "Muhammad"), ("Kerman", "Kirman"), ("Mussafah", "Musaffah"),
    ("Beirut", "Beyrouth"),
])
def test_transliterations_of_one_name_share_a_spelling_key(a: str, b: str) -> None:
    assert spelling_key(a) is not None and spelling_key(a) == spelling_key(b)


@pytest.mark.parametrize("a, b", [
    ("Derna", "Dorset"), ("Kerman", "Kirkuk"), ("Marrakech", "Mersin"), ("Gaza", "Goza"),
    ("Karawiya", "Kuriya"),
])
def test_other_names_and_short_names_do_not(a: str, b: str) -> None:
    # a name short in consonants gets no key: too many share one
    ka, kb = spelling_key(a), spelling_key(b)
    assert ka is None or kb is None or ka != kb


@pytest.mark.parametrize("first, later", [
    (("Eastern Libya PM: 2,000 killed in Darna floods, thousands missing",
      "Osama Hamad, prime minister of the eastern government, said more than 2,000 people "
      "were killed in the city of Darna when two dams burst."),
     ("Libya: 2,300 bodies recovered in Derna, more than 5,000 missing",
      "Rescuers recovered 2,300 bodies in Derna, the ambulance service said.")),
    (("Car bomb kills 30 at Mahmudiyah market in Libya",
      "A car bomb killed 30 people at the Mahmudiyah market, Libyan officials said."),
     ("Libya: Mahmoudiya market bombing toll rises to 41",
      "The toll of the Mahmoudiya market bombing rose to 41, officials said.")),
    (("Eastern region PM: 90 killed as floods hit Wadi Sheikhan",
      "Floods swept through Wadi Sheikhan overnight, the prime minister said."),
     ("Libya floods: Shaykhan toll climbs to 120",
      "The toll in Shaykhan rose to 120, Libyan officials said.")),
])
def test_a_later_report_spelling_the_place_otherwise_joins_the_incident(
        first: tuple[str, str], later: tuple[str, str]) -> None:
    one = _located("r:sp:1", *first, located="Benghazi, Libya", minutes=0)
    two = _located("r:sp:2", *later, located="Benghazi, Libya", minutes=18 * 60)
    desk = Desk().feed(one, two)
    assert desk.incident["r:sp:2@1"] is not None
    assert desk.incident["r:sp:2@1"] == desk.incident["r:sp:1@1"]
    assert AlertKind.new_incident not in desk.alerts["r:sp:2@1"]


def test_an_incident_whose_first_report_names_no_country_takes_its_shards() -> None:
    one = _located("r:sc:1", "Eastern Libya PM: 2,000 killed in Darna floods",
                   "More than 2,000 people were killed in the city of Darna, he said.",
                   located="Benghazi, Libya", minutes=0)
    state = ShardState(key="ly")
    process(state, one, now=NOW)
    assert state.incidents[0].country == "LY"


# ---- a ship sinking is an event of its own kind, however the desk words it ----

from streams.detect import topic  # noqa: E402


@pytest.mark.parametrize("headline", [
    "Passenger ship with 477 aboard sinking off southwest coast",
    "Death toll of ferry sinking rises to 14",
    "Divers fail to enter sunken ferry as night falls",
    "Cargo vessel has sunk off the coast, crew missing",
])
def test_a_sinking_is_a_collision_class_event(headline: str) -> None:
    assert "collision" in topic.event_classes(headline)


def test_reports_of_one_sinking_without_shared_names_join_one_incident() -> None:
    one = _located("r:sk:1", "Ferry with 400 aboard sinking off southern coast",
                   "A ferry carrying 400 people was sinking off the southern coast of South "
                   "Korea, the ministry said.", located="Seoul, South Korea", minutes=0)
    two = _located("r:sk:2", "Two dead, 160 rescued as S. Korean ferry sinks",
                   "Two people were confirmed dead and 160 rescued, South Korean officials said.",
                   located="Seoul, South Korea", minutes=90)
    three = _located("r:sk:3", "Death toll of S. Korean ferry sinking rises to 14",
                     "Fourteen people are now confirmed dead, South Korean officials said.",
                     located="Seoul, South Korea", minutes=24 * 60)
    desk = Desk().feed(one, two, three)
    assert desk.incident["r:sk:1@1"] is not None
    assert desk.incident["r:sk:2@1"] == desk.incident["r:sk:1@1"]
    assert desk.incident["r:sk:3@1"] == desk.incident["r:sk:1@1"]


# ---- an area-wide event reported first from far-off towns, then from its centre ----

@pytest.mark.parametrize("first, later, body", [
    ("Violent earthquake felt in Marrakech, Rabat and Casablanca",
     "Magnitude 6.8 quake strikes Morocco's High Atlas, USGS says",
     "The epicentre was near Ouarzazate in Morocco, the survey said."),
    ("Strong earthquake shakes Rabat and Casablanca, buildings evacuated",
     "Quake kills 296 in Morocco, most of them in Taroudant",
     "Most of the dead were in Taroudant in Morocco, the interior ministry said."),
    ("Floods swamp Casablanca and Rabat suburbs, thousands cut off",
     "Flash floods kill 12 in Morocco's Fes as rivers burst their banks",
     "Twelve people died in Fes in Morocco, officials said."),
])
def test_a_report_of_the_same_area_event_from_another_town_joins(
        first: str, later: str, body: str) -> None:
    one = _located("r:ar:1", first, "Residents in Morocco ran into the streets, witnesses said.",
                   located="Rabat, Morocco", minutes=0)
    two = _located("r:ar:2", later, body, located="Rabat, Morocco", minutes=45)
    desk = Desk().feed(one, two)
    assert desk.incident["r:ar:1@1"] is not None
    assert desk.incident["r:ar:2@1"] == desk.incident["r:ar:1@1"]


def test_a_report_of_another_kind_in_the_country_stays_apart() -> None:
    one = _located("r:ar:3", "Violent earthquake felt in Marrakech, Rabat and Casablanca",
                   "Residents in Morocco ran into the streets, witnesses said.",
                   located="Rabat, Morocco", minutes=0)
    two = _located("r:ar:4", "Bus plunges into ravine in Morocco's Fes, 12 dead",
                   "A bus fell into a ravine near Fes in Morocco, officials said.",
                   located="Rabat, Morocco", minutes=45)
    desk = Desk().feed(one, two)
    assert desk.incident["r:ar:4@1"] is not None
    assert desk.incident["r:ar:4@1"] != desk.incident["r:ar:3@1"]


# ---- a dam or bank giving way is a collapse, however the desk words it ----

@pytest.mark.parametrize("headline", [
    "Tailings dam bursts near mining town, hundreds feared missing",
    "Up to 200 feared missing after dam burst",
    "Levee breached as river rises, villages flooded",
    "Two dams gave way under the pressure of the storm",
    "Embankment fails at reservoir; rescuers search homes",
])
def test_a_dam_giving_way_is_a_collapse(headline: str) -> None:
    assert "collapse" in topic.event_classes(headline)


@pytest.mark.parametrize("headline", ["Dam opens its gates ahead of rains",
                                      "Dam project approved by cabinet"])
def test_a_dam_in_the_news_is_no_event(headline: str) -> None:
    assert "collapse" not in topic.event_classes(headline)


# ---- first reports whose event had no event word: waves, a falling carrier, a poison leak ----

@pytest.mark.parametrize(("headline", "kind"), [
    ("High waves sweep Anyer and Carita beaches on the coast", "quake"),
    ("Tidal wave hits fishing villages, many feared dead", "quake"),
    ("Giant waves batter seaside resort", "quake"),
    ("Cable car falls near Italy's Lake Maggiore - fire brigade", "collision"),
    ("Gondola fell 20 metres onto ski slope", "collision"),
    ("Helicopter came down in hills near the border", "collision"),
    ("Crane falls on mosque during storm", "collision"),
    ("Toxic gas leak at fertiliser plant, workers taken to hospital", "leak"),
    ("Chlorine tank leaks at Aqaba port", "leak"),
    ("Leak of toxic gas kills 13 in industrial area", "leak"),
    ("Ammonia leak forces residents from homes", "leak"),
    ("Storm Daniel lashes eastern Libya, curfew declared", "flood"),
    ("Storm Ciaran batters the Channel coast", "flood"),
    ("Super typhoon makes landfall in Eastern Samar", "flood"),
    ("Storm surge swamps coastal towns", "flood"),
    ("Severe storms leave five dead across the state", "flood"),
])
def test_an_event_named_without_the_usual_words(headline: str, kind: str) -> None:
    assert kind in topic.event_classes(headline)


@pytest.mark.parametrize("headline", [
    "Lift operator wins design award",
    "Waves of protest across the capital",
    "Documents leak shows budget plan",
    "Gas prices fall for third week",
    "Political storm hits government over budget",
    "Storm over pension plan grows",
])
def test_words_near_those_events_are_no_event(headline: str) -> None:
    assert not topic.event_classes(headline) - {"attack"}
