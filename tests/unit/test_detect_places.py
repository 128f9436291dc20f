"""Where an item is about: accent-folded names, particles in names, demonyms, areas."""

from __future__ import annotations

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
