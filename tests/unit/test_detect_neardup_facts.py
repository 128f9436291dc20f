"""Near-duplicates compared as facts: the figure a rewrite gives each field (not every number
it mentions), and who the figures come from (not who relayed them, nor a note in the body)."""

from __future__ import annotations

import pytest

from schemas.decision import Decision, DecisionStatus
from streams.detect.facts import analyse
from streams.detect.sources import same, source_of
from tests.conftest import story_decisions

ND, ACCEPTED = DecisionStatus.near_duplicate, DecisionStatus.accepted


def decisions(stories: list[tuple[str, str]]) -> list[Decision]:
    return story_decisions(stories, "f")


FLOOD = ("Floods kill 41 in Brazil's Bahia state",
         "Floods and landslides in Brazil's Bahia state have killed 41 people, the state civil "
         "defence agency said on Saturday.")

# the same report with a figure of a past disaster in the background
BACKGROUND = [
    ("Bahia floods death toll at 41",
     "At least 41 people have died in the floods in Bahia, the civil defence agency said. "
     "Floods in the same region in 2009 killed 57 people."),
    ("Brazil: 41 killed as floods hit Bahia",
     "The civil defence agency said 41 people were killed in the Bahia floods. The country's "
     "worst landslides, in Rio de Janeiro state in 2011, killed 918 people."),
    ("Bahia floods kill 41",
     "Floods in Bahia have killed 41 people, the civil defence agency said. Mudslides in "
     "Petropolis killed 233 people in 2022."),
]


@pytest.mark.parametrize("story", BACKGROUND, ids=[h for h, _ in BACKGROUND])
def test_a_rewrite_with_a_past_disasters_toll_in_the_background(story: tuple[str, str]) -> None:
    out = decisions([FLOOD, story])
    assert out[1].status is ND and out[1].duplicate_of == out[0].item_ref


# a figure the item itself reports beside the known one is news of its own
NEW_FIGURE = [
    ("Bahia civil defence denies 60 died in floods",
     "The civil defence agency denied reports that 60 people had died in the Bahia floods, "
     "saying its toll of 41 dead stood."),
    ("Civil defence rejects toll of 60 in Bahia floods",
     "The civil defence agency rejected a figure of 60 dead circulating online, saying 41 "
     "people were killed in the floods."),
]


@pytest.mark.parametrize("story", NEW_FIGURE, ids=[h for h, _ in NEW_FIGURE])
def test_a_disputed_second_figure_is_not_a_rewrite(story: tuple[str, str]) -> None:
    out = decisions([FLOOD, story])
    assert out[1].status is not ND


QUAKE = ("Quake kills 12 in Peru's Arequipa region",
         "An earthquake killed 12 people and injured 80 in the Arequipa region, the Peruvian "
         "national police said.")
# a flash carries the figures in its headline; its body is a desk note, not a source
FLASHES = [
    ("FLASH - Arequipa quake: 12 dead, 80 injured - national police",
     "FlashMedia - Developing. More to follow."),
    ("FLASH - Peru police: 12 dead, 80 injured in Arequipa quake",
     "Desk note - Urgent. Details to come."),
    ("URGENT - Arequipa earthquake kills 12, injures 80 - police",
     "Wire desk - Breaking. Story to follow."),
]


@pytest.mark.parametrize("story", FLASHES, ids=[h for h, _ in FLASHES])
def test_a_flash_with_a_desk_note_rewrites_the_report_its_headline_cites(
        story: tuple[str, str]) -> None:
    out = decisions([QUAKE, story])
    assert out[1].status is ND


@pytest.mark.parametrize("head", [
    "Arequipa quake: 12 dead - national police",
    "Peru police: 12 dead in Arequipa quake",
    "National police: quake kills 12 in Arequipa",
])
def test_the_headline_source_of_a_headline_only_item(head: str) -> None:
    facts = analyse(head, "Newsdesk - Developing. More soon.", 2025)
    assert source_of(facts) == frozenset({"police"}) or same(source_of(facts),
                                                             frozenset({"police", "nation"}))


def test_a_headline_topic_before_a_colon_is_no_source() -> None:
    facts = analyse("Arequipa quake: 12 dead", "Newsdesk - Developing. More soon.", 2025)
    assert not same(source_of(facts), frozenset({"police"}))


# the speaker, not the media that relayed the speaker
RELAYS = [
    "Twelve people were killed in the quake, the regional police chief said, according to "
    "local media.",
    "The regional police chief said 12 people had died, according to Peruvian media.",
    "Twelve people died in the quake, the regional police chief said, citing state media.",
    "The quake killed 12 people, the regional police chief said, local media reported.",
]


@pytest.mark.parametrize("body", RELAYS)
def test_a_relayed_figure_is_the_speakers(body: str) -> None:
    facts = analyse("Peru quake kills 12", body, 2025)
    key = source_of(facts)
    assert key is not None and "police" in key and "stmedia" not in key


def _key(headline: str, body: str) -> frozenset[str] | None:
    return source_of(analyse(headline, body, 2025))


# one speaker, written as a named official by one agency and as the office by another
@pytest.mark.parametrize(("a", "b"), [
    (("Floods kill 9 in Ohio town", "Nine people died in the floods, Franklin County Mayor "
      "Rachel Ortiz Beal said."),
     ("Ohio floods: 9 dead - Franklin mayor", "Desk - Developing.")),
    (("Storm kills 4 in Wellington", "Four people were killed in the storm, NZ police said."),
     ("Storm kills 4 in Wellington", "Four people were killed, Police Superintendent Karen "
      "Hale said.")),
    (("Blast kills 30 at chemical plant", "Thirty people died in the blast, city officials "
      "said."),
     ("Chemical plant blast toll 30", "The municipal government said 30 people were killed.")),
    (("Mine collapse kills 7", "Seven miners died, county officials said."),
     ("Mine collapse kills 7", "Seven miners were killed, officials said.")),
])
def test_one_speaker_however_the_agency_names_it(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert same(_key(*a), _key(*b))


# different speakers stay apart, whatever they share
@pytest.mark.parametrize(("a", "b"), [
    (("Wildfire toll 40, governor says", "Governor Ana Ruiz said 40 people had died."),
     ("Wildfire toll 40 - county", "Desk - Developing.")),
    (("Wildfire toll 40", "Forty people died, the state governor said."),
     ("Wildfire toll 40", "Forty people died, the government said.")),
    (("Wildfire toll 40", "Forty people died, the fire service said."),
     ("Wildfire toll 40", "Forty people died, the police said.")),
])
def test_different_speakers_stay_apart(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert not same(_key(*a), _key(*b))


# who spoke, read past a relayed statement, a relative clause, a conjunction and "figures"
@pytest.mark.parametrize(("body", "speaker"), [
    ("Eleven people died, the regional prosecutor's office said, according to a statement "
     "relayed by authorities.", "prosec"),
    ("Eleven people died, the coroner said in a statement posted on social media.", "corone"),
    ("Eleven people died, the regional prosecutor's office, which leads the inquiry, said.",
     "prosec"),
    ("The coroner, who examined the bodies, said eleven people died.", "corone"),
])
def test_the_speaker_behind_the_wording(body: str, speaker: str) -> None:
    key = source_of(analyse("Ferry fire kills 11", body, 2025))
    assert key is not None and speaker in key


@pytest.mark.parametrize("body", [
    "Eleven people died in Chile, while Argentina reported two dead.",
    "Eleven people died, according to official figures.",
    "Eleven people died, according to the latest official data.",
])
def test_no_speaker_is_made_of_grammar_or_figures(body: str) -> None:
    key = source_of(analyse("Ferry fire kills 11", body, 2025))
    assert not key or key == frozenset({"offici"})


# one body under its name and under a description
@pytest.mark.parametrize(("a", "b"), [
    (frozenset({"fsb", "securi"}), frozenset({"domest", "fsb", "intell"})),
    (frozenset({"ondrp", "relief"}), frozenset({"ondrp", "nation", "author"})),
    (frozenset({"demir", "interi"}), frozenset({"demir"})),
    (frozenset({"kfor", "peacek"}), frozenset({"kfor", "nato", "missio"})),
])
def test_one_body_under_its_name_and_its_description(a: frozenset[str], b: frozenset[str]) -> None:
    assert same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    (frozenset({"kerr", "sherif"}), frozenset({"kerr", "county", "judge", "kelly"})),
    (frozenset({"crimea", "prosec"}), frozenset({"crimea", "head", "sergei", "aksyon"})),
    (frozenset({"nation", "disast", "agency"}), frozenset({"nation", "police"})),
    (frozenset({"deputy", "john", "police", "tims"}), frozenset({"john", "smith", "mayor"})),
])
def test_a_shared_place_or_description_is_no_shared_name(a: frozenset[str],
                                                          b: frozenset[str]) -> None:
    assert not same(a, b)


@pytest.mark.parametrize(("body", "speaker"), [
    ("Peru's president, speaking at the scene on Monday, said 11 people had died.", "presid"),
    ("The coroner, visiting the morgue, said eleven people died.", "corone"),
    ("Eleven people died, according to a new provisional toll from the interior ministry.",
     "interi"),
    ("Eleven people died, according to the latest figures released by the coroner.", "corone"),
    ("Eleven people died, citing an official count by the prosecutor.", "prosec"),
])
def test_the_speaker_past_an_aside_or_a_toll_from(body: str, speaker: str) -> None:
    assert source_of(analyse("Ferry fire kills 11", body, 2025)) == frozenset({speaker})
