"""Roles of numbers the count reader used to misread, by class: nominal phrasing ("the death of
N"), one person arrested, people in care, figures of two fields, increments and figures of
another field after "a further", superseded figures, perpetrators counted in a figure, excluded
people ("other than", "besides"), headline bounds, headlines in capitals. Each class is shown
across several wordings written for these tests (none copied from a batch), with paraphrase
suites: one fact in many wordings gives one count."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from schemas import AlertKind, CountField, WireItem
from streams.detect import ShardState, process
from streams.detect.facts import analyse
from tests.conftest import item

K, INJ, M, A, D = (CountField.killed, CountField.injured, CountField.missing, CountField.arrested,
                   CountField.displaced)


def counts(body: str, headline: str = "Report") -> dict[CountField, set[int]]:
    out: dict[CountField, set[int]] = {}
    for c in analyse(headline, body, 2025).counts:
        out.setdefault(c.field, set()).add(c.value)
    return out


def stated(body: str, headline: str = "Report") -> dict[CountField, set[int]]:
    """What the core takes from the item per field (Facts.stated_by_field)."""
    return {f: {v.value for v in vs} for f, vs in analyse(headline, body, 2025).stated_by_field().items()}


# Nominal phrasing (translated agency copy): an event noun, "of" and the number
@pytest.mark.parametrize(("body", "expected"), [
    ("The directorate announced the death of twelve miners and the injury of 30 others.",
     {K: {12}, INJ: {30}}),
    ("The ministry confirmed the deaths of 12 people in the blast.", {K: {12}}),
    ("Officials reported the martyrdom of 12 citizens and the wounding of 30.", {K: {12}, INJ: {30}}),
    ("Police announced the arrest of four suspects on Monday.", {A: {4}}),
    ("The coast guard reported the disappearance of seven fishermen.", {M: {7}}),
    ("Aid groups reported the displacement of 4,000 people along the river.", {D: {4000}}),
])
def test_an_event_noun_of_a_number_is_a_count(body: str, expected: dict[CountField, set[int]]) -> None:
    assert counts(body) == expected


@pytest.mark.parametrize("body", [
    "The ministry confirmed the deaths of two of the hostages.",   # a part of another group
    "Officials said the death of 12 more could not be ruled out.",   # an increment
])
def test_an_event_noun_of_a_part_or_increment_is_not(body: str) -> None:
    assert K not in counts(body)


# One person arrested, in many wordings: a count of one
@pytest.mark.parametrize(("headline", "body"), [
    ("Police arrest man over market blast", ""),
    ("Man held after mall attack in the capital", ""),
    ("Report", "A teenager has been detained over the shooting, police said."),
    ("Police detain gunman's brother", ""),
    ("Possible accomplice of the bomber detained", ""),
    ("Report", "The suspect was taken into custody on Friday."),
    ("Bomber's wife taken into custody", ""),
    ("Report", "Investigators said the 19-year-old suspect had been detained."),
])
def test_one_person_arrested_is_a_count_of_one(headline: str, body: str) -> None:
    assert counts(body, headline) == {A: {1}}


@pytest.mark.parametrize(("headline", "body"), [
    ("Report", "No suspect has been arrested."),
    ("Report", "Police have yet to arrest a suspect."),
    ("Police arrest man and woman after the attack", ""),      # more than one
    ("Report", "He was an associate of the officials detained in the case."),   # they were held
    ("Report", "The gunman held hostages for three hours."),   # "held" of another sense
    ("Report", "A suspect could be arrested within days."),    # a projection
    ("Report", "Police arrested the owner of the factory."),   # staff held over their duty
])
def test_no_one_or_more_than_one_is_not_a_count_of_one(headline: str, body: str) -> None:
    assert A not in counts(body, headline)


def test_an_arrest_in_passing_beside_other_counts_is_not_a_count() -> None:
    assert counts("", "Mall shooting: 3 dead, 4 wounded; suspect held") == {K: {3}, INJ: {4}}


def test_one_person_arrested_yields_to_a_stated_number_of_arrests() -> None:
    got = stated("Three people are now in detention, the prosecutor said.",
                 "Police arrest man over bus bombing")
    assert got[A] == {3}


def _wi(uri: str, headline: str, body: str, minutes: int) -> WireItem:
    when = (datetime(2024, 3, 1, 8, 0, tzinfo=UTC) + timedelta(minutes=minutes)).isoformat()
    return WireItem.model_validate(item(uri, 1, headline, body, versioncreated=when))


def test_one_person_arrested_after_a_known_tally_moves_nothing() -> None:
    state = ShardState()
    now = datetime(2024, 3, 10, tzinfo=UTC)
    first = process(state, _wi("t:a:1", "Quetta bus station bombing kills 31, police arrest five",
                               "The bomb at the Quetta bus station killed 31 people. Police "
                               "arrested five suspects.", 0), now=now)
    assert any(a.field is A and a.new == 5 for a in first.alerts)
    later = process(state, _wi("t:b:1", "Police arrest man over Quetta bus station bombing",
                               "Police in Quetta arrested a man over the bus station bombing.", 60),
                    now=now)
    assert not [a for a in later.alerts if a.kind is AlertKind.casualty_update and a.field is A]


# People in care are not a tally of the injured
@pytest.mark.parametrize("body", [
    "A plane was sent to evacuate 16 seriously wounded victims.",
    "Twelve people wounded in the attack remained in hospital on Monday.",
    "The ministry said 142 people injured in the blast had been airlifted to the capital.",
    "Three critically injured passengers were flown to the capital.",
    "Rescuers evacuated 40 injured from the site.",
])
def test_people_in_care_are_not_the_injured_count(body: str) -> None:
    assert INJ not in counts(body)


@pytest.mark.parametrize("body", [
    "Forty-one injured people are being treated at the civil hospital.",
    "The blast wounded 41 people, who were taken to three hospitals.",
    "Forty-one people were injured, the hospital said.",
])
def test_the_injured_being_treated_are_still_the_injured(body: str) -> None:
    assert counts(body) == {INJ: {41}}


def test_a_list_of_care_after_a_subgroup_is_not_a_count() -> None:
    # the aside "36 of whom remain in hospital, two in critical condition" is dropped whole
    body = "He said 50 people were injured, 36 of whom remain in hospital, two in critical condition."
    assert counts(body) == {INJ: {50}}


# A figure of two fields is a figure of neither
@pytest.mark.parametrize("body", [
    "The bodies of all 179 people who were missing or dead have been recovered.",
    "At least 50 people are dead or missing after the landslide.",
    "The storm killed or injured 30 people.",
])
def test_a_figure_of_two_fields_is_no_count(body: str) -> None:
    assert counts(body) == {}


# "a further": another field's figure, or an increment of the same field
@pytest.mark.parametrize(("body", "expected"), [
    ("The toll reached 40, with a further 12 people missing.", {K: {40}, M: {12}}),
    ("Forty people were killed. A further 12 were injured.", {K: {40}, INJ: {12}}),
    ("Forty people were killed. A further 12 died overnight.", {K: {40}}),
    ("A further 12 people died on Tuesday.", {}),
    ("Forty were killed and an additional 12 are missing.", {K: {40}, M: {12}}),
])
def test_a_further_figure_counts_only_for_another_field(body: str,
                                                        expected: dict[CountField, set[int]]) -> None:
    assert counts(body) == expected


# Superseded figures
@pytest.mark.parametrize("body", [
    "The blasts killed 31 people, officials said, lowering an earlier toll of 34.",
    "The blasts killed 31 people, revising a previous figure of 34.",
    "The blasts killed 31 people; the initial count of 34 had included three bombers.",
    "The blasts killed 31 people, a toll that had stood at 34 in the morning.",
])
def test_an_earlier_figure_is_not_the_count(body: str) -> None:
    assert counts(body) == {K: {31}}


# People the figure leaves out, and perpetrators it includes
@pytest.mark.parametrize("body", [
    "The bombers blew themselves up, killing 20 people besides themselves.",
    "The blast killed 20 people apart from the two bombers.",
    "Twenty people, excluding the two bombers, were killed.",
])
def test_people_left_out_of_a_figure_are_not_counted(body: str) -> None:
    assert counts(body) == {K: {20}}


def test_people_other_than_those_counted_are_not_the_count() -> None:
    got = counts("", "All 60 on board other than two rescued crew confirmed dead")
    assert 2 not in got.get(K, set())


@pytest.mark.parametrize(("headline", "body"), [
    ("Attacks: 23 dead including three suicide bombers", ""),
    ("Report", "Twenty-three people died in the attacks, the three gunmen among them, police said."),
    ("Report", "The attacks left 23 dead, including the three attackers."),
    ("Report", "Twenty-one people were killed in the attacks."),
])
def test_perpetrators_in_a_figure_are_taken_out(headline: str, body: str) -> None:
    expected = 21 if "Twenty-one" in body else 20
    assert counts(body, headline) == {K: {expected}}


def test_one_perpetrator_by_a_possessive_is_taken_out() -> None:
    assert counts("The attack claimed 22 lives, the bomber's among them.") == {K: {21}}


# "N of its/their ..." is one country's or one group's part
@pytest.mark.parametrize("body", [
    "Indonesia says 136 of its pilgrims died in the crush.",
    "The company said 12 of its workers were killed.",
])
def test_n_of_its_people_is_a_part(body: str) -> None:
    assert K not in counts(body)


# A headline's lower bound yields to the body's precise figure above it
@pytest.mark.parametrize(("headline", "body", "value"), [
    ("Quake: more than 1,000 dead", "The quake left 1,037 dead, the ministry said.", 1037),
    ("Blast toll passes 110", "At least 112 people died in the blasts.", 112),
    ("Over 38,000 displaced by floods", "The agency said 38,640 people had been displaced.", 38640),
])
def test_a_headline_bound_yields_to_the_precise_body_figure(headline: str, body: str,
                                                            value: int) -> None:
    field = D if "displaced" in body else K
    assert stated(body, headline)[field] == {value}


def test_a_headline_figure_that_is_no_bound_is_kept() -> None:
    got = stated("The quake left 1,037 dead, the ministry said.", "Quake: 1,000 dead")
    assert 1000 in got[K]


# Headlines in capitals: a word before the number is no name
@pytest.mark.parametrize(("headline", "value"), [
    ("QUAKE TOLL NOW 1,234 - AGENCY", 1234),
    ("TRAIN CRASH TOLL 288", 288),
    ("Quake toll now 1,234 - agency", 1234),
])
def test_capital_headlines_read_their_toll(headline: str, value: int) -> None:
    assert counts("", headline) == {K: {value}}


def test_names_with_numbers_stay_names() -> None:
    assert counts("", "Flight 370 search resumes") == {}


# The field of a toll named after it, and "in detention", "listed as missing"
@pytest.mark.parametrize(("body", "expected"), [
    ("The toll of the wounded was revised to 527.", {INJ: {527}}),
    ("Nineteen people are now in detention, the prosecutor said.", {A: {19}}),
    ("Four people remain listed as missing.", {M: {4}}),
])
def test_toll_of_a_field_and_state_phrases(body: str, expected: dict[CountField, set[int]]) -> None:
    assert counts(body) == expected


# A year is a time only where it dates an event: the year of a thing leaves the clause current
@pytest.mark.parametrize(("body", "expected"), [
    ("Twelve people died in the fire at the 1998 building, officials said.", {K: {12}}),
    ("A tower built in 1998 collapsed on Monday, killing 12 people.", {K: {12}}),
    ("Twelve workers were killed at the plant's 1998 warehouse.", {K: {12}}),
    ("The 2004 train bombings killed 191 people.", {}),
    ("The 1998 fire at the same market killed 12.", {}),
    ("In 2019, 50 died in a similar attack.", {}),
])
def test_a_year_of_a_thing_is_not_history(body: str, expected: dict[CountField, set[int]]) -> None:
    assert counts(body) == expected


# "N days after the explosion that killed 160": the event's own aftermath
@pytest.mark.parametrize(("body", "expected"), [
    ("The cabinet resigned six days after the port explosion that killed at least 160 people.",
     {K: {160}}),
    ("Mourners gathered two weeks after the blast, which killed 160 people.", {K: {160}}),
    ("The strike came two days after a bombing in another city killed three soldiers.", {}),
    ("The inquiry opened three years after the explosion that killed 160 people.", {}),
])
def test_days_after_this_event_is_not_history(body: str, expected: dict[CountField, set[int]]) -> None:
    assert counts(body) == expected


# A past clause keeps speaking of the past through a short aside and a verb that has no subject
@pytest.mark.parametrize("body", [
    "Many recalled the 2015 collapse of a dam in Mariana, also owned by the company, which killed 19 people.",
    "The deadliest attack before it, the 2014 shooting at the museum, killed four.",
    "Residents remembered the 2009 floods, which left 30 dead.",
])
def test_a_past_event_keeps_its_toll_through_asides(body: str) -> None:
    assert counts(body) == {}


# "164 adults and 23 children were injured": one figure, the sum
@pytest.mark.parametrize(("body", "expected"), [
    ("Some 164 adults and 23 children were injured.", {INJ: {187}}),
    ("Ten men and four women were killed in the attack.", {K: {14}}),
    ("Police said 20 soldiers and 5 civilians died.", {K: {25}}),
])
def test_two_groups_joined_by_and_sum(body: str, expected: dict[CountField, set[int]]) -> None:
    assert counts(body) == expected


# A nationality's toll is its country's share: the whole wins where the item gives it
def test_a_nationality_toll_yields_to_the_whole() -> None:
    got = stated("The overall toll remains at 769, the ministry said.",
                 "Indian toll in stampede rises to 35: minister")
    assert got[K] == {769}


@pytest.mark.parametrize("body", [
    "The ministry recorded three Indonesian pilgrims dead in the crush.",
    "Four Canadian tourists were killed in the shooting.",
])
def test_people_named_by_a_nationality_are_a_share(body: str) -> None:
    assert [c.part for c in analyse("Report", body, 2025).counts] == [True]


# Those who fled are displaced; attackers who fled are not
@pytest.mark.parametrize(("body", "expected"), [
    ("More than 3,300 people have fled to the town of Sebba.", {D: {3300}}),
    ("About 3,300 villagers fled to neighbouring districts.", {D: {3300}}),
    ("The two gunmen fled the scene.", {}),
    ("Three attackers fled after the assault.", {}),
])
def test_people_who_fled(body: str, expected: dict[CountField, set[int]]) -> None:
    assert counts(body) == expected


@pytest.mark.parametrize("body", [
    "Before the attack the younger one shot dead his uncle.",
    "Each one was killed in the same way.",
])
def test_one_as_a_pronoun_is_no_count(body: str) -> None:
    assert counts(body) == {}


# "a figure that includes the gunman": the perpetrator is in the figure, not in the count
@pytest.mark.parametrize("body", [
    "Police said 59 people had died, a figure that includes the gunman.",
    "Police said 60 people had died, a toll which includes the two attackers.",
    "Fifty-nine people were killed, a number that counts the bomber.",
])
def test_a_figure_said_to_include_the_perpetrator(body: str) -> None:
    assert counts(body) == {K: {58}}


@pytest.mark.parametrize("body", [
    "Canada mourns four citizens killed in the shooting.",
    "The embassy said two compatriots died in the attack.",
])
def test_citizens_of_the_reporting_country_are_a_share(body: str) -> None:
    assert [c.part for c in analyse("Report", body, 2025).counts] == [True]


@pytest.mark.parametrize("headline", [
    "Number of victims of the fires rises to 50",
    "The number of victims climbed to 50",
])
def test_the_number_of_victims_is_the_toll(headline: str) -> None:
    assert counts("", headline) == {K: {50}}


@pytest.mark.parametrize("body", [
    "The Pentagon said two high-profile members of the group were killed.",
    "Five militants were killed in the raid.",
    "Three insurgents died in the exchange of fire.",
])
def test_dead_perpetrators_named_after_the_number_are_not_the_toll(body: str) -> None:
    assert K not in counts(body)


# An item that counts an event country by country: one country's figure is a subtotal
@pytest.mark.parametrize("body", [
    "At least 700 people died in Mozambique and Zimbabwe. In Zimbabwe, 217 people were missing.",
    "The storm killed 700 across Mozambique and Malawi. Malawi reported 217 missing.",
    "Mozambique counts 600 dead and Zimbabwe 100. In Zimbabwe, 217 people remain missing.",
])
def test_one_countrys_figure_in_an_item_counted_by_country_is_not_a_count(body: str) -> None:
    assert M not in counts(body)


def test_a_story_about_one_country_keeps_its_figures() -> None:
    body = "Iran's health ministry said 84 people were killed. The United States denied any role."
    assert counts(body) == {K: {84}}


# People still in care, or already out of it, are not the injured tally (with "still": "41
# injured are being treated" stays the tally, above)
@pytest.mark.parametrize("body", [
    "The directorate said 40 injured are still receiving treatment, some in critical condition.",
    "Officials said 40 wounded were still being treated at two hospitals.",
    "Forty injured people are still under medical care in the capital.",
    "The governor said 40 injured people have left hospital after receiving treatment.",
    "Forty injured had been discharged from hospital by Monday, the ministry said.",
    "Forty people injured in the fire remain in hospitals of the region.",
    "In hospitals of the two provinces remain 40 injured.",
])
def test_people_still_in_care_or_discharged_are_not_the_injured_count(body: str) -> None:
    assert INJ not in counts(body)


# "all N": everyone on board, as the object or subject of the field word
@pytest.mark.parametrize(("headline", "body"), [
    ("Airliner crashes after take-off, killing all 176 on board", ""),
    ("Report", "The jet crashed minutes after take-off, killing all 176 people on board."),
    ("All 176 on board killed in Ukrainian plane crash near Tehran", ""),
    ("Report", "The ferry capsized in the storm, killing all the 176 passengers, officials said."),
    ("Report", "The fire killed all 176 residents of the home, the mayor said."),
])
def test_all_of_a_number_is_the_count(headline: str, body: str) -> None:
    assert counts(body, headline) == {K: {176}}


def test_a_nationality_adjective_after_in_is_no_country() -> None:
    # "in Ukrainian plane crash" names whose plane; "in Ukraine" would name a country's share
    body = ("All 176 on board were killed in the Ukrainian airliner crash near Tehran, Iran said. "
            "Canada said 63 Canadians were among the dead.")
    assert stated(body) == {K: {176}}


# Arrests: "into police custody", "the number in custody"
@pytest.mark.parametrize(("body", "expected"), [
    ("Two people have been taken into police custody, the rescue headquarters said.", {2}),
    ("Police said five people were in police custody on Sunday.", {5}),
    ("Another man was detained on Sunday, taking the number in custody to five.", {5}),
    ("The number in custody rose to five on Sunday, police said.", {5}),
    ("Four more men were detained, bringing the number in custody to five.", {5}),
])
def test_custody_wordings_are_arrest_counts(body: str, expected: set[int]) -> None:
    assert stated(body).get(A) == expected


# History: a span of years, and a relative clause after a past aside ("including the 2007
# quake, which killed 519") speak of other events
@pytest.mark.parametrize("body", [
    "More than 500 inmates have died in prison fires over the past decade, monitors said.",
    "Some 500 people have been killed in similar collapses in the last five years.",
    "In recent years more than 500 people have died on the route, the agency said.",
    "The region has seen deadly quakes, including the 2007 Pisco earthquake, which killed 519 people.",
    "The country has had deadly fires before, among them the 2012 blaze, which left 500 dead.",
])
def test_history_in_a_span_of_years_or_a_past_aside_is_no_count(body: str) -> None:
    assert K not in counts(body, "Report")


# A sum after the verb: "killed 24 children and 12 adults" is one figure of 36
@pytest.mark.parametrize("body", [
    "A former police officer killed 24 children and 12 adults at the daycare centre.",
    "The attack killed at least 24 children and 12 adults, police said.",
    "The blast injured 24 women and 12 men at the market.",
    "Police detained 24 men and 12 women after the riot.",
])
def test_a_sum_of_two_groups_after_the_verb_is_one_figure(body: str) -> None:
    assert {v for vs in counts(body).values() for v in vs} == {36}


def test_attackers_in_a_sum_after_the_verb_are_no_figure() -> None:
    assert K not in counts("Troops killed 24 militants and 12 fighters in the raid.")


# "the first N": the first of more, not the tally
@pytest.mark.parametrize(("headline", "body"), [
    ("Forensic experts hand over the first eighteen bodies to relatives", ""),
    ("Report", "The first 18 victims were buried on Saturday."),
    ("Report", "Relatives identified the first 18 dead at the morgue."),
])
def test_the_first_of_a_number_is_not_the_count(headline: str, body: str) -> None:
    assert K not in counts(body, headline)


# One nationality's dead in "the number of ... who died" and "the bodies of N <nationals>": a
# share, which yields to the incident's figure
@pytest.mark.parametrize("body", [
    "At least 700 pilgrims died. The number of Indian pilgrims who died has risen to 35.",
    "At least 700 pilgrims died. The number of Nigerian victims killed rose to 35.",
    "At least 700 people were killed. The bodies of 35 Ukrainian citizens arrived in Kiev.",
    "At least 700 people were killed. The bodies of 35 Indonesian pilgrims were flown home.",
])
def test_one_nationalitys_dead_yield_to_the_whole(body: str) -> None:
    assert stated(body) == {K: {700}}


def test_the_bodies_of_a_number_of_people_are_still_the_dead() -> None:
    assert counts("Rescuers recovered the bodies of 35 people from the river.") == {K: {35}}


# "amount to" is a verb of reaching: "the injured amount to 4,027"
@pytest.mark.parametrize("body", [
    "The number of dead rose to 480, while the injured amount to 4,027, officials said.",
    "The injured amounted to 4,027 by Tuesday, the ministry said.",
    "The injury toll amounts to 4,027, the ministry said.",
])
def test_amount_to_states_a_count(body: str) -> None:
    assert stated(body).get(INJ) == {4027}


# Perpetrators counted in a figure with "counting": "claimed ten lives, counting the two attackers"
@pytest.mark.parametrize("body", [
    "The massacre claimed ten lives, counting the two attackers, and left 11 people wounded.",
    "Ten people died, counting the two gunmen, police said.",
    "The shooting killed 10 people, counting the two shooters.",
])
def test_perpetrators_counted_in_a_figure_are_taken_out(body: str) -> None:
    assert counts(body).get(K) == {8}


# "one of the band's members died": a part of a group the item does not count, which yields to
# the incident's figure
@pytest.mark.parametrize("body", [
    "At least 231 people died in the fire. One of the band's members died in the blaze.",
    "At least 231 people died in the fire. Two of the security guards were killed.",
    "At least 231 people died in the fire. Three of its staff also died, the owner said.",
])
def test_a_part_of_a_group_yields_to_the_toll(body: str) -> None:
    assert stated(body) == {K: {231}}


def test_a_part_of_a_stated_whole_is_still_the_count() -> None:
    assert counts("Five of the six crew died when the boat sank.") == {K: {5}}


# A sentence that breaks the toll down by area: its figures are shares of the whole
@pytest.mark.parametrize("body", [
    "The floods have killed 169 people. By county, Nakuru has recorded 56 deaths, Nairobi 32.",
    "The floods have killed 169 people. By province, 56 people died in the north and 32 in the east.",
    "The floods have killed 169 people. Broken down by region, the north counts 56 dead.",
])
def test_a_breakdown_by_area_yields_to_the_toll(body: str) -> None:
    assert stated(body) == {K: {169}}


# "Two people, the captain and the engineer, were arrested": the figure, an aside naming them,
# the field word
@pytest.mark.parametrize(("body", "expected"), [
    ("Two people, the captain and the chief engineer of the ship, have been taken into police custody.",
     {A: {2}}),
    ("Two men, a father and his son, were arrested on Sunday.", {A: {2}}),
    ("Three people, all from the same family, were killed in the fire.", {K: {3}}),
    ("Four people, all of them children, died in the blaze.", {K: {4}}),
])
def test_a_figure_with_an_aside_before_its_field_word_is_a_count(
        body: str, expected: dict[CountField, set[int]]) -> None:
    assert counts(body) == expected


def test_an_aside_naming_perpetrators_is_not_the_toll() -> None:
    assert K not in counts("Two people, the gunmen, were killed by police.")


# A court's ruling on those held is no arrest tally
@pytest.mark.parametrize(("headline", "body"), [
    ("Court orders four suspects held over concert hall attack", ""),
    ("Report", "A Moscow court ordered four suspects held in pre-trial detention."),
    ("Report", "The district court remanded four men in custody on Monday."),
])
def test_a_court_ordering_people_held_is_no_arrest_count(headline: str, body: str) -> None:
    assert A not in counts(body, headline)
