"""Incident matching on how wire copy names places: a look-back word as the site of the event,
and a place naming whose office speaks ("Islamabad IGP", "Delhi Police").

Invented stories (no sentence of a labelled stream), through the evaluator as `wirealert
evaluate` runs them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from schemas import AlertKind
from schemas.codec import decode_item
from streams.detect.facts import analyse
from streams.detect.offline import Evaluator, evaluate_lines
from streams.detect.places import scan
from tests.conftest import feed_stories, item, line

NOW = datetime(2025, 3, 10, tzinfo=UTC)
T0 = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


def feed(stories: list[tuple[str, str]]) -> list[tuple[str | None, list[AlertKind]]]:
    return feed_stories(stories, "s")


def test_a_court_or_museum_as_the_site_of_the_event_is_no_look_back() -> None:
    for headline in ("Gunmen storm Lahore court complex, kill four",
                     "Group claims responsibility for Peshawar court bombing",
                     "Car bomb explodes outside Karachi high court",
                     "Museum fire in Rio kills two guards"):
        assert not analyse(headline, "", 2025).looks_back, headline
    for headline in ("Court jails bomber over 2019 market blast",
                     "Museum opens exhibition on the 2004 tsunami"):
        assert analyse(headline, "", 2025).looks_back, headline


def test_follow_ups_about_a_court_attack_join_its_incident() -> None:
    out = feed([
        ("Bomb blast outside Multan court kills six",
         "Six people were killed when a bomb went off outside the district court in Multan, "
         "police said."),
        ("Militant group claims Multan court attack",
         "A militant group said it carried out the bombing at the court in Multan."),
    ])
    assert out[0][0] is not None
    assert out[1] == (out[0][0], [AlertKind.responsibility_claim])


def test_a_place_before_an_office_is_the_story_s_place() -> None:
    assert scan("Mumbai Police say the van was stolen").cities[0][:2] == ("Mumbai", "IN")
    assert scan("Karachi IGP orders inquiry").scores.get("PK", 0) > 0
    # a person named like a place stays a name
    assert scan("Jordan Smith wins the race").scores == {}


def test_an_event_in_a_far_town_of_the_same_province_is_another_incident() -> None:
    out = feed([
        ("Bus plunges into gorge near Jodhpur, 11 killed",
         "Eleven people were killed when a bus fell into a gorge near Jodhpur in Rajasthan, "
         "police said."),
        ("Rajasthan: Truck hits crowd at Udaipur market, 6 dead",
         "Six people were killed when a truck hit a crowd at a market in Udaipur, police said."),
        ("Jodhpur bus accident toll rises to 13",
         "The toll in the Jodhpur bus accident in Rajasthan rose to 13, police said."),
    ])
    jodhpur, udaipur, follow_up = out
    assert jodhpur[0] is not None and udaipur[0] is not None
    assert udaipur[0] != jodhpur[0]
    assert AlertKind.new_incident in udaipur[1]
    assert follow_up == (jodhpur[0], [AlertKind.casualty_update])


def test_an_incident_is_the_kind_its_headlines_name_not_what_bodies_mention() -> None:
    ev = Evaluator(now=NOW)
    stories = [
        ("Train derails near Vijayawada, 9 killed",
         "Nine people were killed when a train derailed near Vijayawada, officials said."),
        ("Vijayawada derailment: rail minister orders inquiry",
         "The minister ordered an inquiry; a bomb squad checked the tracks, and the train "
         "accident in Vijayawada was the worst this year."),
    ]
    ids = []
    for i, (headline, body) in enumerate(stories):
        raw = line(item(f"k:{i}:x", 1, headline, body,
                        versioncreated=(T0 + timedelta(hours=i)).isoformat()))
        ids.append(ev.feed_item(decode_item(raw), NOW)[0].incident_id)
    assert ids[1] == ids[0]
    (inc,) = [i for s in ev.shards.values() for i in s.incidents]
    assert "explosion" not in inc.classes


def _at(stories: list[tuple[float, str, str]]) -> list[str | None]:
    """Incident ids of stories given as (days after T0, headline, body)."""
    lines = [line(item(f"d:{i}:x", 1, headline, body,
                       versioncreated=(T0 + timedelta(days=day)).isoformat()))
             for i, (day, headline, body) in enumerate(stories)]
    return [d.incident_id for d, _ in evaluate_lines(lines, now=NOW + timedelta(days=60))]


def _big_story() -> list[tuple[float, str, str]]:
    body = "The toll in the ferry sinking off Ormoc rose to {}, the coast guard said."
    return [(i * 0.25, f"Ormoc ferry sinking toll rises to {20 + i}", body.format(20 + i))
            for i in range(12)]


def test_a_story_of_many_reports_stays_open_for_a_late_follow_up() -> None:
    stories = _big_story()
    stories.append((13.0, "Ormoc ferry sinking toll revised to 29 after DNA tests",
                    "The toll in the Ormoc ferry sinking was revised to 29, the coast guard said."))
    ids = _at(stories)
    assert ids[0] is not None and set(ids) == {ids[0]}


def test_a_late_report_of_another_event_does_not_join_a_quiet_story() -> None:
    stories = _big_story()
    stories.append((13.0, "Fire at Ormoc market kills 5",
                    "Five people were killed when fire swept through a market in Ormoc, "
                    "firefighters said."))
    stories.append((13.5, "Philippines: bus crash kills 8 in Leyte",
                    "Eight people were killed when a bus crashed in Leyte, the coast guard said."))
    ids = _at(stories)
    assert ids[-2] is not None and ids[-2] != ids[0]
    assert ids[-1] != ids[0]


def test_the_headline_s_name_decides_between_two_incidents_a_body_names() -> None:
    out = feed([
        ("Blast at Karachi fuel depot kills 7",
         "Seven people were killed in an explosion at a fuel depot in Karachi, police said."),
        ("Blast at Lahore market kills 4",
         "Four people were killed in an explosion at a market in Lahore, police said."),
        ("Lahore blast toll rises to 6",
         "The toll in the market explosion in Lahore rose to six, police said, a day after "
         "the Karachi depot explosion that killed seven."),
    ])
    assert out[2][0] == out[1][0] != out[0][0]


def test_a_first_report_with_casualties_but_no_figure_opens_the_incident() -> None:
    out = feed([
        ("Truck collides with minibus near Kisumu; several feared dead",
         "A truck collided with a minibus near Kisumu on Sunday, police said."),
        ("Kisumu crash: 11 killed as truck hits minibus",
         "Eleven people were killed when a truck collided with a minibus near Kisumu, police said."),
    ])
    assert out[0][0] is not None and AlertKind.new_incident in out[0][1]
    assert out[1][0] == out[0][0] and AlertKind.new_incident not in out[1][1]


def test_a_late_follow_up_follows_its_country_s_reports_to_the_neighbour_s_incident() -> None:
    ids = _at([
        (0.0, "Powerful quake strikes Myanmar near Mandalay, felt in Bangkok",
         "A magnitude 7.4 earthquake struck near Mandalay in Myanmar on Friday, killing 30 "
         "people, officials said."),
        (0.1, "Office tower under construction collapses in Bangkok after Myanmar quake",
         "The earthquake centred near Mandalay in Myanmar toppled a 30-storey office tower "
         "under construction in Bangkok, officials said."),
        (0.5, "Myanmar quake toll rises to 90",
         "The toll in the Myanmar earthquake rose to 90, officials said."),
        (2.0, "Myanmar quake toll rises to 400",
         "The toll in the Myanmar earthquake rose to 400, officials said."),
        (5.5, "Bangkok tower collapse: engineers examine concrete samples",
         "Engineers examined concrete from the collapsed tower in Bangkok, Thai officials said."),
    ])
    assert ids[1] == ids[0]
    assert ids[4] == ids[0]


def test_an_incident_that_never_named_its_kind_contradicts_no_kind() -> None:
    out = feed([
        ("Speeding truck rams market stalls in Meerut, 9 dead",
         "Nine people died when a speeding truck rammed market stalls in Meerut, police said."),
        ("Meerut accident: driver held, toll rises to 11",
         "Police in Meerut arrested the driver; the toll in the accident rose to 11."),
    ])
    assert out[1][0] == out[0][0]
    assert out[1][1] == [AlertKind.casualty_update]


def test_the_headline_town_decides_against_officials_names_another_incident_shares() -> None:
    out = feed([
        ("Bus falls into river near Pune, 12 killed",
         "Twelve people were killed when a bus fell into a river near Pune. Prime Minister "
         "Narendra Modi announced Rs 2 lakh from the PMNRF, the PMO said."),
        ("Truck rams pilgrims near Varanasi, 8 killed",
         "Eight pilgrims were killed near Varanasi when a truck rammed them, police said."),
        ("PM Modi condoles Varanasi deaths, announces ex gratia",
         "Prime Minister Narendra Modi announced Rs 2 lakh from the PMNRF for the kin of those "
         "killed near Varanasi, the PMO said."),
    ])
    assert out[1][0] != out[0][0]
    assert out[2][0] == out[1][0]


def test_a_follow_up_whose_headline_opens_with_the_event_s_name_joins() -> None:
    out = feed([
        ("Ferry catches fire off Zamboanga; 7 dead as passengers jump into sea",
         "Seven people died when the Lady Marites ferry caught fire off Zamboanga, the coast "
         "guard said. The Marites was carrying 230 people."),
        ("Marites logbook shows crew skipped safety drill, investigators say",
         "The logbook recovered by investigators in the Philippines shows the crew skipped a "
         "required drill."),
    ])
    assert out[1][0] == out[0][0]


def test_a_follow_up_naming_only_places_the_gazetteer_lacks_joins_by_its_names() -> None:
    out = feed([
        ("Landslide buries village in Nepal, 9 dead",
         "A landslide buried Kharbari village in the Bhotekoshi valley of Nepal on Monday, "
         "killing nine people, police said."),
        ("Rescuers reach buried village as landslide toll rises to 12",
         "Rescuers reached the Bhotekoshi valley, where the landslide buried Kharbari village, "
         "and the toll rose to 12, police said."),
    ])
    assert out[0][0] is not None and out[0][0].startswith("np-")
    assert out[1] == (out[0][0], [AlertKind.casualty_update])
