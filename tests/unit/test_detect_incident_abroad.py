"""Items about an event that name another country first: a government abroad speaking for its
own dead or condemning the attack, police abroad arresting suspects. They name no town of their
own country, and a town (or two names) of a report just made elsewhere: they follow it."""

from __future__ import annotations

import pytest

from schemas import AlertKind
from streams.detect.places import scan
from streams.detect.topic import event_classes
from tests.unit.test_detect_routing import Desk, wi

# Parachinar and the Kurram valley are places the gazetteer does not know: names both share
BLAST = wi("r:p:1", "Bomb blast kills 20 at Parachinar market in Pakistan",
           "PARACHINAR, Pakistan (Test Wire) - A bomb exploded in a crowded market in Parachinar, "
           "in the Kurram valley, on Friday, killing 20 people and wounding 45, police in "
           "Pakistan said. Prime Minister Shehbaz Sharif condemned the attack.")


@pytest.mark.parametrize("headline, body", [
    ("India condemns Parachinar market blast",
     "India's foreign ministry said it condemned the bombing in Parachinar in Kurram. India's prime minister "
     "spoke to his counterpart, and India sent condolences."),
    ("Afghanistan says three of its citizens died in Parachinar bombing",
     "Afghanistan's embassy said three Afghan traders from Kurram were among the dead. Afghanistan will "
     "bring the bodies home, and the Afghan government declared a day of mourning."),
    ("Iran mourns pilgrims killed in Parachinar bombing",
     "Iran declared a day of mourning on Saturday. Iran said four Iranian pilgrims to Kurram "
     "were among the dead, and Iran's foreign ministry sent condolences."),
    ("PM OF INDIA CALLS SHARIF OVER PARACHINAR BLAST", "Urgent. More to follow."),
])
def test_a_reaction_abroad_joins_the_event_it_names(headline: str, body: str) -> None:
    reaction = wi("r:x:1", headline, body, minutes=300)
    desk = Desk().feed(BLAST, reaction)
    assert desk.key["r:x:1@1"] == "pk"
    assert desk.incident["r:x:1@1"] == desk.incident["r:p:1@1"]
    assert AlertKind.new_incident not in desk.alerts["r:x:1@1"]


def test_an_event_in_a_town_of_its_own_country_stays_its_own() -> None:
    other = wi("r:a:1", "Bomb blast kills 5 at market in Kabul",
               "KABUL, Afghanistan (Test Wire) - A bomb went off in a market in Kabul on Friday, "
               "killing five people, police said.", minutes=300)
    desk = Desk().feed(BLAST, other)
    assert desk.key["r:a:1@1"] == "af"
    assert AlertKind.new_incident in desk.alerts["r:a:1@1"]


@pytest.mark.parametrize("text, town, cc", [
    ("A truck drove into the crowd in Nice, French police said.", "Nice", "FR"),
    ("Fire on a ferry off Split kills two, Croatian coastguard says", "Split", "HR"),
    ("Nice: the toll rises to 80, France's health ministry says", "Nice", "FR"),
    ("Islamic State claims the Nice attack", "Nice", "FR"),
])
def test_a_town_named_like_a_word_is_a_place_where_used_as_a_name(text: str, town: str,
                                                                  cc: str) -> None:
    assert (town, cc) in [(n, c) for n, c, _ in scan(text).cities]


@pytest.mark.parametrize("text", [
    "Nice weather draws crowds to French beaches",
    "Split opinions in Croatia over the budget",
    "Analysts see a Nice profit for the German carmaker",   # a country named, not the town's
])
def test_a_word_that_names_a_town_stays_a_word_elsewhere(text: str) -> None:
    assert scan(text).cities == []


@pytest.mark.parametrize("text", [
    "Truck plows into Bastille Day crowd, dozens dead",
    "Car drove into a group of pedestrians near the station",
    "Van ploughs into shoppers on busy high street",
    "Driver rams into crowd of worshippers outside mosque",
])
def test_a_vehicle_driven_into_people_is_an_event(text: str) -> None:
    assert event_classes(text) - {"attack"}


@pytest.mark.parametrize("text", [
    "Rams drive into playoff contention", "Government drives into more debt",
    "Tourists flock into the old town",
])
def test_driving_into_other_things_is_not(text: str) -> None:
    assert not event_classes(text)
