"""Where an item is about: accent-folded names, particles in names, demonyms, areas."""

from __future__ import annotations

import pytest

from streams.detect.facts import analyse
from streams.detect.places import scan


def test_folded_names_find_the_big_city() -> None:
    assert scan("Fires burn in the hills around Valparaiso").best_country() == "CL"
    assert scan("Floods hit the mountain city of Petropolis").best_country() == "BR"


def test_particles_stay_inside_place_names() -> None:
    found = scan("Residents of Vina del Mar returned home")
    assert found.best_country() == "CL" and found.cities[0][0] == "Vina del Mar"


def test_acronyms_are_not_cities() -> None:
    assert scan("The president met an IMF team on debt relief").cities == []


def test_datelines_with_country_and_date_are_not_the_place() -> None:
    facts = analyse("Blast at a market", "LAGOS, Nigeria, March 7 (Northwire) - A blast hit a "
                    "market in Accra, police said.", 2025)
    assert facts.places.best_country() == "GH"
    facts = analyse("Blast at a market", "Lagos, 7 March (Northwire) - A blast hit a market in "
                    "Accra, police said.", 2025)
    assert "lagos" not in facts.cities


def test_area_names_when_no_city_is_known() -> None:
    facts = analyse("Bus plunges into river in Nepal",
                    "A bus fell into a river in Nepal's Dhading district, police said.", 2025)
    assert facts.areas[0] == "Dhading"


def test_a_small_town_abroad_does_not_outweigh_the_named_country() -> None:
    facts = analyse("Kenya plane crash: 12 dead",
                    "Twelve people died when a plane crashed near Wilson airport, police said.", 2025)
    assert facts.places.best_country() == "KE"


def test_where_a_quake_was_felt_is_not_where_it_happened() -> None:
    facts = analyse("Strong quake strikes eastern Turkey",
                    "A magnitude 6.4 earthquake struck near Van in eastern Turkey, officials said. "
                    "The tremor was felt as far away as Tabriz and Yerevan.", 2024)
    assert facts.places.best_country() == "TR"
    assert "tabriz" not in facts.cities and "yerevan" not in facts.cities


def test_a_namesake_in_the_country_the_body_names_wins_over_one_abroad() -> None:
    # the headline names no country; the body does, further down
    for head, body, town in [
        ("Two dead in Saint-Denis raid", "French police stormed a flat on Wednesday.", "Saint-Denis"),
        ("Gunfire in Saint-Denis overnight", "Prosecutors in France said two men were held.",
         "Saint-Denis"),
    ]:
        facts = analyse(head, body, 2024)
        assert (town, "FR") in [(n, cc) for n, cc, _ in facts.places.cities]
        assert facts.places.best_country() == "FR"


def test_a_far_bigger_town_abroad_keeps_its_name_against_a_small_namesake() -> None:
    # "American" names the US, whose Paris (Texas) is a hundredth of the French capital
    facts = analyse("Hostages held at Paris concert hall",
                    "Gunmen held hostages at a hall where an American band was playing.", 2024)
    assert facts.places.best_country() == "FR"


def test_a_small_town_abroad_weighs_little_against_the_country_the_body_names() -> None:
    for head, body in [
        ("Mati fire toll reaches 96", "Officials across Greece said the fire was the worst."),
        ("Mati blaze: survivors return", "Many returned to their homes in Greece on Sunday."),
    ]:
        assert analyse(head, body, 2024).places.best_country() == "GR"


@pytest.mark.parametrize(("headline", "country"), [
    ("Nice attack toll rises to 77", "FR"),
    ("Nice toll rises to 84 as two more die", "FR"),
    ("Nice truck attack: France mourns", "FR"),
    ("Split blast kills two in old town", "HR"),
    ("Split fire spreads to the hills", "HR"),
])
def test_a_word_town_heading_the_headline_before_its_event_is_a_name(headline: str,
                                                                      country: str) -> None:
    assert scan(headline).best_country() == country


@pytest.mark.parametrize("headline", ["Nice weather ahead for the weekend",
                                      "Nice to see markets calm", "Split decision on budget"])
def test_a_word_town_heading_the_headline_as_a_word_is_no_place(headline: str) -> None:
    assert scan(headline).best_country() is None


@pytest.mark.parametrize(("headline", "body", "dateline", "abroad"), [
    ("Flooding hits Waterloo district", "Homes were swept away overnight.", "SL", "CA"),
    ("Blast near Saint-Denis stadium", "Police cordoned off the area.", "FR", "RE"),
    ("Saint-Denis raid: two dead as police storm flat", "Officers fired thousands of rounds.",
     "FR", "RE"),
])
def test_the_datelines_country_decides_between_namesakes(headline: str, body: str,
                                                         dateline: str, abroad: str) -> None:
    assert analyse(headline, body, 2017).places.best_country() == abroad
    assert analyse(headline, body, 2017, dateline).places.best_country() == dateline
