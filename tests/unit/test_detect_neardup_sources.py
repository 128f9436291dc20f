"""Near-duplicates by facts and source: other agencies' paraphrases of one report are
near-duplicates, the same figure from another official's announcement is corroboration."""

from __future__ import annotations

import pytest

from schemas.decision import Decision, DecisionStatus
from streams.detect.claims import source_key
from streams.detect.facts import analyse
from streams.detect.sources import described, same, source_of
from tests.conftest import story_decisions

ND, ACCEPTED = DecisionStatus.near_duplicate, DecisionStatus.accepted


def decisions(stories: list[tuple[str, str]]) -> list[Decision]:
    return story_decisions(stories, "t")


CASABLANCA = ("Blast at Casablanca market kills 14",
              "A bomb blast at a crowded market in Casablanca killed 14 people and wounded 30 on "
              "Tuesday, Morocco's interior ministry said.")
PARAPHRASES = [
    ("Casablanca market bomb leaves 14 dead, 30 hurt",
     "Fourteen people were killed and thirty wounded when a bomb went off in a busy Casablanca "
     "market, the interior ministry said."),
    ("Moroccan market blast: 14 killed",
     "The interior ministry said 14 people died and 30 were injured in the explosion at a market "
     "in Casablanca."),
    ("14 dead in Casablanca market explosion - ministry",
     "According to the Interior Ministry, the explosion at the Casablanca market killed 14 people "
     "and injured 30."),
    ("Bomb kills 14 in Casablanca",
     "An explosion in a Casablanca market on Tuesday killed 14, according to the ministry of the "
     "interior."),
    ("Casablanca blast toll 14, says interior ministry",
     "Morocco's Ministry of Interior said fourteen people lost their lives and 30 were wounded in "
     "the blast."),
    ("At least 14 killed in Casablanca market blast",
     "At least 14 people were killed in a market explosion in Casablanca, the Moroccan interior "
     "ministry said in a statement."),
    ("Casablanca market blast kills 14",
     "A bomb tore through a Casablanca market, killing 14 people and wounding 30, an interior "
     "ministry spokesman said."),
    ("Interior ministry: 14 dead in Casablanca",
     "Fourteen people died in Tuesday's market bombing in Casablanca, the kingdom's interior "
     "ministry announced."),
]
CORROBORATIONS = [
    ("Casablanca governor says 14 killed in market blast",
     "The governor of the Casablanca region, Ahmed Benali, told reporters 14 people had been "
     "killed in the market bombing."),
    ("Hospital says 14 dead from Casablanca blast",
     "The director of Ibn Rochd hospital said 14 people had died of their wounds after the "
     "Casablanca market bombing."),
]


@pytest.mark.parametrize("story", PARAPHRASES, ids=[h for h, _ in PARAPHRASES])
def test_another_agencys_paraphrase_from_the_same_source(story: tuple[str, str]) -> None:
    assert decisions([CASABLANCA, story])[1].status is ND


@pytest.mark.parametrize("story", CORROBORATIONS, ids=[h for h, _ in CORROBORATIONS])
def test_the_same_figure_from_another_official_is_corroboration(story: tuple[str, str]) -> None:
    out = decisions([CASABLANCA, story])
    assert out[1].status is ACCEPTED and out[1].incident_id == out[0].incident_id


PAIRS = [
    # (first report, another agency's, expected status of the second)
    (("Quake kills 23 in Iran's Kerman province",
      "An earthquake killed 23 people in Kerman province, state TV said."),
     ("Kerman earthquake kills 23",
      "The quake in Kerman province killed 23, the official IRNA news agency reported."), ND),
    (("Bus crash kills 17 in Nigeria's Kano",
      "A bus collided with a truck near Kano, killing 17 people, officials said."),
     ("17 dead as bus hits truck near Kano",
      "Seventeen people were killed when a bus hit a truck outside Kano, authorities said."), ND),
    (("Floods kill 40 in Pakistan's Sindh",
      "Floods killed 40 people in Sindh province, the provincial disaster management authority "
      "said."),
     ("Sindh floods death toll 40",
      "The Provincial Disaster Management Authority (PDMA) said 40 people had died in floods in "
      "Sindh."), ND),
    (("Ferry sinks off Indonesia, 11 dead",
      "A ferry sank off Sulawesi, killing 11 people, the national search and rescue agency said."),
     ("Indonesia ferry sinking kills 11",
      "Eleven people died when the ferry went down off Sulawesi, Basarnas, the search and rescue "
      "agency, said."), ND),
    (("Gaza strike kills 12",
      "An Israeli air strike killed 12 people in Gaza City, the Gaza health ministry said."),
     ("Air strike on Gaza City kills 12",
      "Twelve Palestinians were killed in the strike, according to the ministry of health in the "
      "Hamas-run territory."), ND),
    (("Blast kills 6 in Kabul",
      "A blast killed six people in Kabul, the interior ministry spokesman said."),
     ("Six dead in Kabul explosion",
      "The explosion killed six people, Interior Ministry spokesman Abdul Mateen Qani said."), ND),
    (("Blast kills 6 in Kabul",
      "A blast killed six people in Kabul, the interior ministry spokesman said."),
     ("Kabul blast kills six",
      "Six people died in the blast in Kabul, the city's police chief said."), ACCEPTED),
    (("Attack kills 8 in Balochistan",
      "Gunmen killed eight people in Kech district, the provincial government spokesman said."),
     ("Eight killed in Kech attack",
      "Eight people were killed in the attack, Balochistan's governor told reporters."), ACCEPTED),
]


@pytest.mark.parametrize(("first", "second", "expected"), PAIRS, ids=[p[1][0] for p in PAIRS])
def test_paraphrase_pairs(first: tuple[str, str], second: tuple[str, str],
                          expected: DecisionStatus) -> None:
    assert decisions([first, second])[1].status is expected


def test_a_source_with_its_acronym_or_an_apposition_is_read() -> None:
    facts = analyse("Floods", "The Provincial Disaster Management Authority (PDMA) said 40 people "
                    "had died in floods in Sindh.", 2025)
    assert source_of(facts) == frozenset({"provin", "disast", "manage"})
    facts = analyse("Ferry", "Eleven people died when the ferry sank, Basarnas, the search and "
                    "rescue agency, said.", 2025)
    assert same(source_of(facts), frozenset({"nation", "search", "rescue"}))


def test_unnamed_officialdom_is_one_source_and_titles_have_synonyms() -> None:
    assert same(frozenset({"offici"}), frozenset({"author"}))
    assert same(frozenset({"govern"}), frozenset({"author"}))
    assert same(frozenset({"police", "head"}), frozenset({"police", "chief"}))
    assert not same(frozenset({"interi"}), frozenset({"health"}))


def test_a_story_with_other_news_repeating_the_figure_is_not_a_rewrite() -> None:
    out = decisions([
        ("Vietnam karaoke fire: fatalities rise to 21",
         "The number of fatalities from Friday's fire at a karaoke bar in Da Nang has risen to 21, "
         "Vietnamese state media said on Sunday."),
        ("Vietnam arrests karaoke bar owner after deadly fire",
         "Police in Da Nang arrested the owner of the karaoke bar where 21 people died in a fire at "
         "the weekend, state media said on Monday."),
    ])
    assert out[1].status is ACCEPTED


def test_an_acronym_and_its_expansion_are_one_source() -> None:
    def key(text: str) -> frozenset[str] | None:
        return source_of(analyse("Floods kill 12", text, 2025))
    acronym = key("Twelve people were killed, the NDRRMC said.")
    name = key("Twelve people were killed, the National Disaster Risk Reduction and Management "
               "Council said.")
    assert same(acronym, name) and same(name, acronym)
    assert not same(key("Twelve people were killed, the NDRRMC said."),
                    key("Twelve people were killed, the provincial police chief said."))


def test_a_headline_attribution_is_the_source_when_the_body_gives_none() -> None:
    src = source_of(analyse("Bus crash kills 14 near Nashik: District Collector",
                            "A bus hit a truck near Nashik on Sunday.", 2025))
    assert src is not None and same(src, source_of(analyse(
        "Nashik bus crash toll 14", "Fourteen people died, the district collector said.", 2025)))


def test_a_claim_with_a_possessive_names_the_same_actor() -> None:
    out = decisions([
        ("Islamic State claims attack on Mosul checkpoint",
         "Islamic State claimed responsibility for the attack that killed 9 at a checkpoint in "
         "Mosul, police said."),
        ("Islamic State's Iraq wing says it carried out Mosul checkpoint attack",
         "The attack killed 9 at a checkpoint in Mosul, police said. Islamic State's Iraq wing "
         "claimed responsibility."),
    ])
    assert out[1].status is ND


def test_state_media_and_unnamed_officials_rewriting_one_report_are_a_near_duplicate() -> None:
    out = decisions([
        ("Flash flood death toll in northern Sindh climbs to 41",
         "The death toll from flash floods in northern Sindh climbed to 41 on Tuesday, officials "
         "said, as rescuers searched villages cut off by the water."),
        ("Death toll from northern Sindh flash floods reaches 41",
         "The death toll from flash floods in northern Sindh reached 41 on Tuesday, state media "
         "said, as rescuers searched villages cut off by the water."),
        ("Sindh floods: 41 dead, provincial minister says",
         "Forty-one people have died in the floods, provincial irrigation minister Ali Shah "
         "said at a news conference."),
    ])
    assert out[1].status is ND
    assert out[2].status is ACCEPTED


def test_a_claim_report_repeating_the_toll_in_its_body_is_a_rewrite_of_the_first() -> None:
    out = decisions([
        ("Blast at Mosul bus station kills 11, police say",
         "A bomb killed 11 people at a bus station in Mosul, police said."),
        ("Islamic State group claims Mosul bus station bombing",
         "Islamic State claimed the bombing at the Mosul bus station, which police said killed "
         "11 people."),
        ("Iraq branch of the Islamic State says it carried out Mosul bus station attack",
         "The attack killed 11 people, according to police in Mosul. The militants said their "
         "Iraq branch carried it out."),
    ])
    assert out[1].status is ACCEPTED
    assert out[2].status is ND and out[2].duplicate_of == out[1].item_ref


def test_a_misread_claimant_does_not_keep_a_claim_rewrite_apart() -> None:
    out = decisions([
        ("Lashkar-e-Jhangvi claims responsibility for Peshawar mosque attack",
         "Lashkar-e-Jhangvi claimed responsibility for the attack on the mosque in Peshawar in "
         "a statement on Friday."),
        ("Lashkar-e-Jhangvi claims responsibility for Peshawar mosque bombing",
         "Lashkar-e-Jhangvi, which split from another faction, has said it carried out the "
         "bombing of the Peshawar mosque. The group has also claimed earlier attacks."),
    ])
    assert out[1].status is ND


@pytest.mark.parametrize("body", [
    "Two people died, the Selangor fire department chief said, according to Siam News Service.",
    "Two people died, the Selangor fire department chief said, citing the Hilal News Agency.",
    "Two people died, the Selangor fire department chief said, according to Wire N.",
])
def test_a_news_agency_relaying_a_speaker_is_no_source(body: str) -> None:
    src = source_of(analyse("Landslide kills two", body, 2025))
    assert src is not None and same(src, frozenset({"fire", "chief", "depart"}))


@pytest.mark.parametrize("body", [
    "Two people died in the landslide, according to Siam News Service.",
    "Two people died in the landslide, according to the Hilal news agency.",
    "Two people died in the landslide, according to Wire N.",
    "Two people died in the landslide, according to him.",
])
def test_an_agency_or_a_pronoun_alone_names_no_speaker(body: str) -> None:
    assert source_of(analyse("Landslide kills two", body, 2025)) is None


QUAKE = ("Quake kills 41, injures 300 in Van province",
         "An earthquake killed 41 people and injured 300 in Van province on Sunday, the disaster "
         "agency AFAD said.")


@pytest.mark.parametrize("story", [
    ("Van earthquake: 41 dead, 300 hurt",
     "The earthquake that struck Van province on Sunday left 41 people dead and 300 injured."),
    ("Earthquake in eastern Turkey kills 41",
     "Forty-one people were killed and three hundred injured when the quake hit Van province."),
    ("41 killed as quake hits Van",
     "At least 41 people died and 300 were hurt in Sunday's earthquake in Van province, with "
     "rescuers searching collapsed buildings."),
], ids=lambda s: s[0])
def test_an_unattributed_rewrite_of_several_figures_is_a_near_duplicate(
        story: tuple[str, str]) -> None:
    assert decisions([QUAKE, story])[1].status is ND


def test_one_unattributed_figure_is_not_enough_for_a_rewrite() -> None:
    out = decisions([
        ("Quake kills 41 in Van province",
         "An earthquake killed 41 people in Van province on Sunday, the disaster agency AFAD "
         "said."),
        ("Quake toll in Van 41",
         "Forty-one people have died in the earthquake in Van province, rescuers searching "
         "collapsed buildings on Monday."),
    ])
    assert out[1].status is ACCEPTED


SHOOTING = ("Gunman kills 50, wounds 200 at Reno concert",
            "Police said at least 50 people had died and more than 200 had been wounded at the "
            "open-air concert in Reno. Sheriff Joseph Lombardo said the gunman had killed himself "
            "before officers reached him.")


@pytest.mark.parametrize("story", [
    ("Reno concert shooting: sheriff says 50 dead",
     "At least 50 people were killed and 200 wounded in the shooting at a concert in Reno, the "
     "county sheriff said."),
    ("50 killed at Reno concert",
     "Sheriff Joseph Lombardo said at least 50 people had died and over 200 were hurt when a "
     "gunman opened fire on the concert in Reno."),
    ("Reno shooting toll 50",
     "Fifty people died and two hundred were wounded at the Reno concert, according to Sheriff "
     "Lombardo."),
], ids=lambda s: s[0])
def test_a_rewrite_naming_a_speaker_the_report_also_quoted_is_a_near_duplicate(
        story: tuple[str, str]) -> None:
    assert decisions([SHOOTING, story])[1].status is ND


@pytest.mark.parametrize("story", [
    ("Nevada governor says 50 dead in Reno concert shooting",
     "Governor Brian Sandoval said 50 people had died and 200 were wounded in the Reno shooting."),
    ("Hospital: 50 dead, 200 wounded in Reno",
     "The director of the Renown medical centre said 50 people had died and 200 were wounded."),
], ids=lambda s: s[0])
def test_several_figures_from_an_official_the_report_never_named_are_corroboration(
        story: tuple[str, str]) -> None:
    out = decisions([SHOOTING, story])
    assert out[1].status is ACCEPTED and out[1].incident_id == out[0].incident_id


@pytest.mark.parametrize("story", [
    ("FBI names suspect in Flint church attack",
     "The FBI named the suspect as John Doe, 40, of Burton. Four people were killed and eight "
     "wounded, the FBI's special agent in charge told a separate briefing."),
    ("Flint church attacker had grievance against church, police chief says",
     "The man who attacked the church had a long grievance against it, the police chief said. "
     "Four people were killed and eight wounded in the attack."),
], ids=lambda s: s[0])
def test_a_story_with_other_news_repeating_an_unattributed_toll_is_not_a_rewrite(
        story: tuple[str, str]) -> None:
    first = ("Church attack in Flint: four dead, eight wounded",
             "Four people were killed and eight wounded in an attack on a church in Flint on "
             "Sunday. The attacker was shot dead by officers.")
    out = decisions([first, story])
    assert out[1].status is ACCEPTED and out[1].incident_id == out[0].incident_id


TYPHOON = ("Typhoon casualties: 151 dead, 40 hurt -- NDRRMC",
           "MANILA -- Casualties from the typhoon rose to 151 with 40 injured, the NDRRMC said, "
           "as teams reached isolated towns in Leyte.")


@pytest.mark.parametrize("story", [
    ("Philippine typhoon toll rises to 151 - disaster agency",
     "At least 151 people have died and 40 were hurt after the typhoon hit Leyte, the national "
     "disaster agency said on Saturday."),
    ("Typhoon kills 151 in the Philippines",
     "The typhoon killed 151 people in Leyte and injured 40, the country's disaster "
     "management agency said."),
    ("151 dead as typhoon hits central Philippines",
     "The Philippine disaster agency said 151 people were killed and 40 hurt in Leyte."),
], ids=lambda s: s[0])
def test_a_body_described_for_the_acronym_the_report_gave_is_a_near_duplicate(
        story: tuple[str, str]) -> None:
    assert decisions([TYPHOON, story])[1].status is ND


def test_a_body_described_for_its_spokesman_or_governor_is_one_source() -> None:
    assert described(frozenset({"nation", "disast"}), frozenset({"sutopo", "purwo", "bnpb"}))
    assert described(frozenset({"governor"}), frozenset({"najm", "jubour", "nineve"}))
    # a later item naming a body where the report described one names another speaker
    assert not described(frozenset({"flamen", "club"}), frozenset({"fire"}))
    # an unnamed source or another office is not a description of the named one
    assert not described(frozenset({"police"}), frozenset({"brian", "sandov", "governor"}))
    assert not described(frozenset({"county", "sherif"}), frozenset({"brian", "sandov",
                                                                       "governor"}))
    assert not described(frozenset({"health", "minist"}),
                         frozenset({"mohsin", "naqvi", "interi", "minist"}))
    assert not described(frozenset({"nation", "disast"}), frozenset({"nation", "disast"}))


@pytest.mark.parametrize("body", [
    "The Fire and Rescue Department revealed that the toll had reached 31.",
    "The fire and rescue department stated that 31 people had died.",
    "At least 31 people have died, the fire and rescue department revealed on Friday.",
    "At least 31 people have died, the fire and rescue department stated.",
])
def test_revealed_and_stated_name_who_speaks(body: str) -> None:
    src = source_of(analyse("Landslide toll 31", body, 2022))
    assert src is not None and same(src, frozenset({"fire", "rescue", "depart"}))


@pytest.mark.parametrize(("short", "full"), [
    ("FIRE DEPT", "the fire department"),
    ("the fire dept", "the Fire and Rescue Department"),
    ("the govt", "the government"),
])
def test_an_abbreviated_office_is_the_office(short: str, full: str) -> None:
    assert same(source_key(short), source_key(full))
