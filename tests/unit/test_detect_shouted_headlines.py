"""An all-capitals headline (a FLASH or URGENT line) is read in the case running text would
give it: its countries, towns and names are found as in any headline, its common words are not
taken for names."""

from __future__ import annotations

import pytest

from streams.detect.facts import analyse
from streams.detect.places import recase_shouted


@pytest.mark.parametrize("headline, body, cc", [
    ("FLASH - BOMB BLAST AT MARKET IN PESHAWAR, SEVERAL FEARED DEAD", "Urgent.", "PK"),
    ("URGENT - TWO TRAINS COLLIDE NEAR LARISSA, GREECE", "More to follow.", "GR"),
    ("SRI LANKA CHURCH BLASTS TOLL RISES TO 160 - POLICE", "Urgent.", "LK"),
    ("FLASH - GREEK FERRY FIRE: 12 DEAD - COASTGUARD", "FlashLine.", "GR"),
    ("FLASH - EXPLOSION AT METRO STATION IN CENTRAL BRUSSELS", "Blast reported on the metro.",
     "BE"),
])
def test_a_shouted_headline_names_its_country(headline: str, body: str, cc: str) -> None:
    assert analyse(headline, body, 2024).places.best_country() == cc


@pytest.mark.parametrize("headline, body, name", [
    ("FLASH - GUNMEN STORM VANTORIA MALL - POLICE", "More to follow.", "vantoria"),
    ("URGENT - ISTIKLAL AVENUE BLAST: 6 DEAD", "Ambulances near Taksim.", "istiklal"),
])
def test_a_shouted_name_stays_a_name(headline: str, body: str, name: str) -> None:
    assert name in analyse(headline, body, 2024).headline_names


@pytest.mark.parametrize("headline", [
    "FLASH - TOLL RISES TO 32 - FIRE BRIGADE",
    "URGENT - BLAST TOLL CLIMBS TO 40, SAYS MINISTRY",
    "FLASH - BADLY BURNED FLOWN TO HOSPITAL",
])
def test_shouted_common_words_are_not_names(headline: str) -> None:
    names = analyse(headline, "More to follow.", 2024).headline_names
    assert not names & {"toll", "rises", "blast", "climbs", "says", "badly", "burned", "to", "fire"}
    assert not analyse(headline, "More to follow.", 2024).places.scores


def test_a_headline_in_running_case_is_left_alone() -> None:
    head = "Blast at Kabul market kills 12"
    assert recase_shouted(head, "") == head
    assert recase_shouted("UN", "") == "UN"
