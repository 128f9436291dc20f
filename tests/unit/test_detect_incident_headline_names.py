"""A follow-up whose headline is about a name its incident's reports gave (a tower, a hotel, a
compound, the president who spoke) joins it on that name, as on a town."""

from __future__ import annotations

import pytest

from schemas import AlertKind
from streams.detect.facts import analyse
from tests.unit.test_detect_routing import Desk, wi

FIRST = wi("r:h:1", "Apartment block collapses in Florida, 3 dead",
           "A wing of the Vantor Towers apartment block collapsed overnight in Florida, killing "
           "three people, officials said. Rescuers searched the Vantor Towers rubble.")
SECOND = wi("r:h:2", "Rescuers search Vantor Towers rubble as toll rises to 4",
            "The toll at the Vantor Towers collapse in Florida rose to four, officials said.",
            minutes=600)


@pytest.mark.parametrize("headline, body", [
    ("FLASH - Vantor: 24 dead, 121 unaccounted for", ""),
    ("Vantor toll reaches 30 as search goes on", "Crews worked through the night."),
    ("Vantor: engineers say the block was sound; 31 dead", "Officials spoke on Friday."),
])
def test_a_headline_about_a_name_of_the_incident_joins_it(headline: str, body: str) -> None:
    later = wi("r:h:3", headline, body, minutes=1800)
    desk = Desk().feed(FIRST, SECOND, later)
    assert desk.incident["r:h:3@1"] == desk.incident["r:h:1@1"]
    assert AlertKind.new_incident not in desk.alerts["r:h:3@1"]


def test_an_item_naming_no_place_follows_a_report_on_its_headline_name_only() -> None:
    # a name its body gives in passing does not send it to the report's shard
    later = wi("r:g:3", "Toll rises to 24 as rescuers dig on", "Crews near the Vantor site "
               "worked through the night.", minutes=1800)
    desk = Desk().feed(FIRST, SECOND, later)
    assert desk.key["r:g:3@1"] == "xx"


@pytest.mark.parametrize("headline, name", [
    ("DusitD2 siege: toll rises to 21", "dusitd"),
    ("Kenyatta's words on the siege", "kenyatta"),
    ("Blast at Gulshan-e-Iqbal park kills 15", "gulshan-e-iqbal"),
])
def test_headline_names_are_cut_as_the_place_scan_cuts_names(headline: str, name: str) -> None:
    facts = analyse(headline, "", 2024)
    assert name in facts.headline_names
