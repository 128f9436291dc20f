"""Incidents by place: regions route and match, reactions abroad and aftermath stories join.

Through the evaluator (router and shards), as `wirealert evaluate` runs them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from schemas import AlertKind
from streams.detect import topic
from streams.detect.offline import evaluate_lines
from tests.conftest import feed_stories, item, line

NOW = datetime(2025, 3, 10, tzinfo=UTC)
T0 = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


def feed(stories: list[tuple[str, str]]) -> list[tuple[str | None, list[AlertKind]]]:
    return feed_stories(stories, "t")


def test_a_breakaway_territory_opens_one_incident_in_its_country() -> None:
    out = feed([
        ("Explosion at market in Abkhazia kills 6",
         "Six people were killed when an explosion tore through a market in Abkhazia, local "
         "officials said."),
        ("Abkhazia market blast toll rises to 9",
         "The number of people killed in the market explosion in Abkhazia rose to nine, "
         "officials said."),
    ])
    assert out[0][0] is not None and out[0][0].startswith("ge-")
    assert out[1][0] == out[0][0]
    assert out[1][1] == [AlertKind.casualty_update]


def test_a_province_follow_up_joins_the_incident_of_its_district() -> None:
    out = feed([
        ("Floods kill 11 in Sri Lanka's Gampaha district",
         "Floods killed 11 people in Gampaha district after days of rain, the disaster "
         "management centre said."),
        ("Western Province flood toll climbs to 15",
         "Flooding in Sri Lanka's Western Province has now killed 15 people, the disaster "
         "management centre said."),
    ])
    assert out[1][0] == out[0][0]
    assert AlertKind.new_incident not in out[1][1]


def test_a_reaction_abroad_neither_opens_an_incident_nor_leaves_the_event() -> None:
    out = feed([
        ("Strong quake hits Taiwan, kills 9",
         "A magnitude 7.4 earthquake struck Taiwan's east coast, killing nine people, "
         "officials said."),
        ("Japan lifts tsunami warning after Taiwan quake",
         "Japan's meteorological agency lifted a tsunami warning for its southern islands "
         "after the earthquake in Taiwan."),
        ("China sends aid after Taiwan earthquake",
         "China said it was ready to send aid after the earthquake in Taiwan."),
        ("Japan lifts tsunami warning for Okinawa",
         "The Japan Meteorological Agency lifted the tsunami warning for Okinawa issued after "
         "Wednesday's earthquake."),
    ])
    first = out[0][0]
    assert first is not None and first.startswith("tw-")
    for incident, kinds in out[1:]:
        assert AlertKind.new_incident not in kinds
        assert incident in (first, None)


def test_aftermath_stories_join_the_incident_they_are_about() -> None:
    out = feed([
        ("Bomb kills 12 at market in Peshawar",
         "A bomb killed 12 people at a crowded market in Peshawar, police said."),
        ("Peshawar traders protest after market bombing",
         "Hundreds of traders protested in Peshawar on Saturday after the bombing of the market."),
        ("Government announces compensation for Peshawar blast families",
         "The provincial government announced compensation for families of those killed in the "
         "Peshawar market bombing."),
        ("Government announces compensation for Peshawar families",
         "The provincial government announced compensation for families in Peshawar."),
        ("Candlelight vigil held in Peshawar",
         "Residents of Peshawar held a candlelight vigil on Sunday night."),
        ("Relief goods reach Peshawar market traders",
         "Relief goods reached traders in Peshawar whose shops were destroyed."),
    ])
    assert all(incident == out[0][0] for incident, _ in out[1:])
    assert all(AlertKind.new_incident not in kinds for _, kinds in out[1:])


def test_a_first_report_without_a_figure_is_the_first_item() -> None:
    out = feed([
        ("Explosion reported in Khyber Pakhtunkhwa's Bannu",
         "An explosion was heard near a police station in Bannu in Pakistan's Khyber "
         "Pakhtunkhwa province, residents said."),
        ("Bannu police station blast kills 7",
         "Seven people were killed in the blast at the police station in Bannu, police said."),
    ])
    assert out[0][1] == [AlertKind.new_incident]
    assert out[1][0] == out[0][0] and out[1][1] == [AlertKind.casualty_update]


def test_reaction_headlines() -> None:
    for h in ("Japan lifts tsunami warning after Taiwan quake", "China sends aid to Nepal",
              "India offers condolences to Pakistan", "Turkey dispatches rescuers to Syria"):
        assert topic.reaction(h), h
    for h in ("Quake kills 9 in Taiwan", "Taiwan quake toll rises to 12",
              "Japan quake sends buildings swaying", "Japan evacuates a million as typhoon nears",
              "Philippines urges residents to flee as volcano rumbles"):
        assert not topic.reaction(h), h


def _alerts(stories: list[tuple[str, str]]) -> list[list[tuple[str, int | None, int | None]]]:
    lines = [line(item(f"t:{i}:x", 1, h, b, versioncreated=(T0 + timedelta(minutes=30 * i)).isoformat()))
             for i, (h, b) in enumerate(stories)]
    return [[(a.kind.value, a.old, a.new) for a in alerts]
            for _, alerts in evaluate_lines(lines, now=NOW)]


QUETTA = ("Bomb kills 10 at Quetta bus station",
          "A bomb killed 10 people at the main bus station in Quetta, police said.")
KARACHI = ("Fire at Karachi factory kills 9",
           "A fire at a garment factory in Karachi killed nine workers, rescue officials said.")


def test_two_incidents_in_one_country_do_not_trade_figures_by_place() -> None:
    out = _alerts([
        QUETTA, KARACHI,
        ("Police hunt bombers after Quetta attack",
         "In Karachi, the factory fire killed nine workers and injured 20 on Tuesday, rescue "
         "officials said. The number of people killed in the bombing at the Quetta bus station "
         "rose to 15, police said."),
    ])
    assert out[2] == [("casualty_update", 10, 15)]


def test_two_incidents_in_one_country_do_not_trade_figures_by_kind() -> None:
    out = _alerts([
        QUETTA, KARACHI,
        ("Karachi factory fire toll climbs to 12",
         "A separate bomb attack at a bus station killed 10 people and wounded 25 on Monday. "
         "The garment factory fire in Karachi has now killed 12 workers, rescue officials said."),
    ])
    assert out[2] == [("casualty_update", 9, 12)]
