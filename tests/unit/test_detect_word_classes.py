"""Word classes and constructions of the count reader (streams/detect/lexicon.py), and paraphrase
suites: one fact written many ways gives one count. Sentences are our own, not from any batch."""

from __future__ import annotations

import pytest

from schemas import CountField
from streams.detect.facts import analyse
from streams.detect.numbers import mark_numbers, word_value

K, INJ, M, A, D = (CountField.killed, CountField.injured, CountField.missing, CountField.arrested,
                   CountField.displaced)


def counts(body: str, headline: str = "Report") -> dict[CountField, set[int]]:
    out: dict[CountField, set[int]] = {}
    for c in analyse(headline, body, 2025).counts:
        out.setdefault(c.field, set()).add(c.value)
    return out


# Death words: every field word works after a number, whatever the verb form
@pytest.mark.parametrize("body", [
    "Nine policemen were martyred in the ambush, the provincial government said.",
    "Nine villagers perished when the hillside gave way.",
    "Nine passengers lost their lives in the collision.",
    "The collapse left nine fatalities, the fire brigade said.",
    "Nine were confirmed dead at the scene.",
    "The landslide claimed nine lives overnight.",
    "Nine lives were lost in the fire.",
])
def test_death_words(body: str) -> None:
    assert counts(body) == {K: {9}}


# A field noun as the subject of a change verb, for every field
@pytest.mark.parametrize(("body", "field", "value"), [
    ("The injured rise to 36, the hospital said.", INJ, 36),
    ("The wounded have climbed to 36 overnight.", INJ, 36),
    ("The displaced rise to 4,000 as rivers keep rising.", D, 4000),
    ("Fatalities reach 20 after the blast at the plant.", K, 20),
    ("The dead climbed to 51 by Sunday evening.", K, 51),
    ("The missing now stand at 14, rescuers said.", M, 14),
    ("The number of dead climbed to 51.", K, 51),
    ("The number of people who perished rose to 51.", K, 51),
    ("The number of those unaccounted for was revised down to 101 from 173.", M, 101),
    ("The number of persons detained has gone up to 12.", A, 12),
])
def test_field_noun_with_a_change_verb(body: str, field: CountField, value: int) -> None:
    assert counts(body) == {field: {value}}


@pytest.mark.parametrize(("headline", "field", "value"), [
    ("Bus crash: Injured toll rises to 28, Collector says", INJ, 28),
    ("Quake: injury toll climbs to 28", INJ, 28),
    ("Floods: displaced count passes 28", D, 28),
    ("Mine blast death toll rises to 28", K, 28),
])
def test_a_toll_noun_takes_its_field_from_its_modifier(headline: str, field: CountField,
                                                      value: int) -> None:
    assert counts("", headline=headline) == {field: {value}}


@pytest.mark.parametrize("headline", [
    "Sri Lanka cyclone toll 607",
    "Cyclone: toll 607, search goes on",
    "Cyclone toll at 607 as waters recede",
    "Cyclone death toll: 607",
])
def test_bare_toll(headline: str) -> None:
    assert counts("", headline=headline) == {K: {607}}


@pytest.mark.parametrize(("text", "value"), [
    ("1,95,000", 195_000), ("2,25,000", 225_000), ("12,50,000", 1_250_000), ("2 lakh", 200_000),
    ("2.5 lakh", 250_000), ("1.2 million", 1_200_000), ("3 crore", 30_000_000),
    ("two lakh", 200_000), ("1,284", 1284),
])
def test_indian_grouping_and_multipliers(text: str, value: int) -> None:
    assert word_value(text) == value


def test_lakh_displaced_is_a_count() -> None:
    assert counts("More than 2 lakh people have been displaced from their homes.") == {D: {200_000}}
    assert counts("Over 1,95,000 persons have been displaced, the centre said.") == {D: {195_000}}


@pytest.mark.parametrize("body", [
    "The state announced Rs 50,000 for the injured and Rs 2 lakh for the families of the dead.",
    "The minister announced 400,000 rupees for the family of each of those killed.",
    "The bank pledged $2 million for the 400 families left homeless.",
    "Each of the injured will get INR 25,000, the chief minister said.",
])
def test_money_is_never_a_count(body: str) -> None:
    assert not any(v >= 1000 for vs in counts(body).values() for v in vs)
    assert "#50000#" not in mark_numbers("Rs 50,000 for the injured")


@pytest.mark.parametrize("body", [
    "It was the deadliest fire since the cinema blaze in the capital in 1997, which killed 59 people.",
    "The crash is the worst since 1996, when a mid-air collision killed 349 people.",
    "Families of victims of the 2021 shooting, in which four students died, filed a lawsuit.",
    "Rains have killed 51 people across the state since the monsoon arrived on June 20.",
    "State monsoon toll since June 20 reaches 51",
])
def test_past_event_clauses_are_not_this_events_count(body: str) -> None:
    assert counts(body) == {}


@pytest.mark.parametrize("body", [
    "Ten people had died, most of them children, officials said.",
    "Ten people had died, seven of them in the old town, officials said.",
    "Ten people had died, all of them pilgrims, officials said.",
])
def test_subgroup_aside_leaves_the_total(body: str) -> None:
    assert counts(body) == {K: {10}}


# Paraphrase suites: one fact, many wordings, one count
KILLED_44 = [
    "The blast killed 44 people.",
    "Forty-four people were killed in the blast.",
    "44 dead in the blast, police said.",
    "The death toll rose to 44.",
    "The toll stands at 44.",
    "The number of dead has climbed to 44.",
    "Fatalities have reached 44, officials said.",
    "44 people lost their lives in the blast.",
    "44 persons were martyred in the blast.",
    "The blast claimed 44 lives.",
    "The dead now number 44.",
    "Rescuers have recovered 44 bodies from the rubble.",
]


@pytest.mark.parametrize("body", KILLED_44)
def test_paraphrases_of_one_death_toll(body: str) -> None:
    assert counts(body) == {K: {44}}


INJURED_36 = [
    "The blast injured 36 people.",
    "Thirty-six people were wounded.",
    "The injured rose to 36.",
    "The number of injured rose to 36.",
    "The injured toll rose to 36.",
    "36 people sustained injuries in the blast.",
    "Three dozen people were hurt.",
]


@pytest.mark.parametrize("body", INJURED_36)
def test_paraphrases_of_one_injured_count(body: str) -> None:
    assert counts(body) == {INJ: {36}}


DISPLACED_195000 = [
    "Over 1,95,000 persons have been displaced.",
    "The number of displaced rose to 1,95,000.",
    "The displaced rise to 195,000.",
    "Floods have displaced 1.95 lakh people.",
    "The floods forced 195,000 people from their homes.",
]


@pytest.mark.parametrize("body", DISPLACED_195000)
def test_paraphrases_of_one_displaced_count(body: str) -> None:
    assert counts(body) == {D: {195_000}}


def test_modal_toll_is_still_not_a_count() -> None:
    assert counts("The injured could rise to 300, doctors warned.") == {}
    assert counts("Fatalities may reach 300.") == {}


@pytest.mark.parametrize("body", [
    "Security forces arrested six members of the cell and killed two others in a raid.",
    "Troops killed 12 militants in the operation, the army said.",
    "Police shot dead three suspected gunmen after the siege.",
])
def test_attackers_killed_by_forces_are_not_the_toll(body: str) -> None:
    assert K not in counts(body)


def test_a_list_of_area_figures_is_a_breakdown_not_a_total() -> None:
    body = ("Officials said 75 people had died in Kerr County, seven in Travis County and "
            "three in Burnet County.")
    assert K not in counts(body)


@pytest.mark.parametrize("body", [
    "Six persons who were injured are stable, he said.",
    "Six people who had been wounded were discharged on Monday.",
])
def test_count_in_a_relative_clause(body: str) -> None:
    assert counts(body) == {INJ: {6}}


def _chosen(headline: str, body: str) -> dict[CountField, int]:
    """What the item states per field, as the core picks it."""
    from streams.detect.core import _resolve

    facts = analyse(headline, body, 2025)
    return {f: _resolve(v, None).value for f, v in facts.stated_by_field().items()}


@pytest.mark.parametrize(("headline", "body"), [
    ("Flood kills 30 in Uganda; Kenyan toll at 6",
     "In Kenya, officials said six people had died, bringing the toll across the two countries "
     "to 36."),
    ("Flood toll passes 30 in Uganda and Kenya",
     "Uganda's government reported 30 dead and Kenyan officials reported six dead. Across the "
     "two countries at least 36 people were killed."),
    ("Uganda flood toll tops 30",
     "Uganda said 30 had died, and with six deaths in Kenya, at least 36 people were killed in "
     "the two countries."),
])
def test_a_figure_for_both_countries_is_the_whole(headline: str, body: str) -> None:
    assert _chosen(headline, body)[K] == 36


def test_one_country_story_keeps_its_ministry_figure() -> None:
    # one country named: the ministry's figure is the incident's, not a share
    assert _chosen("Blast in Iran", "Iran's health ministry said 84 people were killed.") == {K: 84}


@pytest.mark.parametrize(("body", "value"), [
    ("Two people, one of them the attacker, died and nine were wounded.", 1),
    ("The attack left five dead including the gunman.", 4),
    ("Six people, including the bomber, were killed.", 5),
    ("Three people, including the suspected shooter, were killed on the campus.", 2),
])
def test_the_attacker_in_a_figure_is_not_counted(body: str, value: int) -> None:
    assert counts(body)[K] == {value}


def test_the_attacker_alone_dead_is_no_toll() -> None:
    assert K not in counts("One person, the attacker, died.")
    assert K not in counts("One man died, including the attacker.")


@pytest.mark.parametrize("body", [
    "Three British nationals were among those killed in the crash.",
    "Two firefighters were among the dead, the city said.",
    "Four children are among the injured.",
])
def test_among_the_victims_is_a_subgroup(body: str) -> None:
    assert counts(body) == {}


def test_a_neighbouring_area_is_a_part() -> None:
    facts = analyse("Quake kills 800 in Kunar",
                    "In neighbouring Nangarhar, 12 people were killed and 255 injured.", 2025)
    assert {(c.field, c.value): c.part for c in facts.counts} == {
        (K, 800): False, (K, 12): True, (INJ, 255): True}


def test_a_share_before_the_whole_is_not_the_whole() -> None:
    facts = analyse("Report", "In Kenya, officials said 10 people had died, most of them in one "
                    "town, bringing the toll across the two countries to at least 154.", 2025)
    assert {c.value: (c.total, c.part) for c in facts.counts} == {10: (False, True),
                                                                 154: (True, False)}


@pytest.mark.parametrize("body", [
    "Three Britons were killed in the crash, the Foreign Office said.",
    "Two Americans died in the attack, the State Department said.",
    "Four Nepali nationals were killed in the blast.",
    "Five Nepali citizens were injured.",
])
def test_one_nationalitys_figure_is_a_subgroup(body: str) -> None:
    assert counts(body) == {}


def test_a_nationality_adjective_on_a_group_is_still_a_count() -> None:
    assert counts("Twelve Indian soldiers were killed in the ambush.") == {K: {12}}


@pytest.mark.parametrize(("body", "field", "value"), [
    ("The missing now number 14.", M, 14),
    ("The injured numbered 30, the hospital said.", INJ, 30),
    ("Two more were hurt, bringing the injured to 29.", INJ, 29),
    ("About 4,000 people fled their homes.", D, 4000),
    ("Twelve people were taken into custody.", A, 12),
    ("At least 12 persons were charred to death.", K, 12),
    ("Twelve people were crushed to death in the stampede.", K, 12),
    ("Twelve people were burnt alive in the bus.", K, 12),
])
def test_more_field_words_in_known_constructions(body: str, field: CountField, value: int) -> None:
    assert value in counts(body).get(field, set())


def test_a_further_n_is_an_increment() -> None:
    assert counts("A further 12 people were killed overnight.") == {}


def test_the_attacker_marker_in_wire_text_changes_nothing() -> None:
    assert counts("Nine people \u2296 were killed.") == {K: {9}}


@pytest.mark.parametrize("body", [
    "The ballot count reached 12,000 by noon.",
    "The tally rose to 12 goals in the league.",
])
def test_count_and_tally_need_a_field_word(body: str) -> None:
    assert counts(body) == {}


def test_foreign_nationals_may_be_all_the_victims() -> None:
    assert counts("", headline="Nine foreign nationals shot dead in border town") == {K: {9}}


def test_attribution_to_one_country_is_not_a_share() -> None:
    facts = analyse("Report", "Iranian officials said the Pakistani strikes killed nine people.",
                    2025)
    assert [(c.value, c.part) for c in facts.counts] == [(9, False)]
