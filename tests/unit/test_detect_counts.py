"""Stated counts from wire English, and the sentences that must not yield one (own sentences)."""

from __future__ import annotations

import pytest

from schemas import CountField
from streams.detect.facts import analyse
from streams.detect.numbers import word_value

K, INJ, M, A, D = (CountField.killed, CountField.injured, CountField.missing, CountField.arrested,
                 CountField.displaced)


def counts(body: str, headline: str = "Report") -> dict[CountField, set[int]]:
    out: dict[CountField, set[int]] = {}
    for c in analyse(headline, body, 2024).counts:
        out.setdefault(c.field, set()).add(c.value)
    return out


@pytest.mark.parametrize(("text", "value"), [
    ("two dozen", 24), ("a dozen", 12), ("ninety-five", 95), ("Forty-seven", 47),
    ("one hundred and six", 106), ("1,284", 1284), ("thirteen", 13), ("two thousand", 2000),
])
def test_number_words(text: str, value: int) -> None:
    assert word_value(text) == value


@pytest.mark.parametrize(("body", "field", "value"), [
    ("The car bomb killed 62 people outside the ministry.", K, 62),
    ("Sixty-two people were killed when the car bomb went off.", K, 62),
    ("The death toll rose to 71 on Friday, the governor said.", K, 71),
    ("At least 130 dead after the dam burst, officials said.", K, 130),
    ("Another 412 people were injured in the stampede.", INJ, 412),
    ("The ministry revised the toll down to 58 from 64.", K, 58),
    ("At least two dozen people were killed in the raid.", K, 24),
    ("Ninety-five people died in the blaze, firefighters said.", K, 95),
    ("More than 100 people were hurt, the hospital said.", INJ, 100),
    ("The flood left 1,250 people homeless.", D, 1250),
    ("Rescuers recovered the bodies of 17 people from the rubble.", K, 17),
    ("Eleven bodies were pulled from the river.", K, 11),
    ("Thirty people remain missing after the ferry sank.", M, 30),
    ("Police detained 14 people after the riot.", A, 14),
    ("Nine suspects were held in custody overnight.", A, 9),
    ("More than 3,000 people have been displaced by the fighting.", D, 3000),
    ("Investigators have taken five people into custody.", A, 5),
    ("Six climbers are presumed dead after the avalanche.", M, 6),
    ("The number of people wounded in the attack rose to 88, the army said.", INJ, 88),
    ("Eight fishermen drowned when their boat overturned off the coast.", K, 8),
    ("The storm surge forced 2,600 people from homes along the delta.", D, 2600),
    ("Some 2,600 residents were forced from homes along the delta.", D, 2600),
    ("A ninth victim died in hospital on Sunday, the clinic said.", K, 9),
    ("Another patient died, bringing the dead to 12, officials said.", K, 12),
    ("By nightfall the dead numbered 31, the governor said.", K, 31),
    ("Police said six suspects had been rounded up in dawn raids.", A, 6),
])
def test_stated_count_forms(body: str, field: CountField, value: int) -> None:
    assert value in counts(body).get(field, set())


@pytest.mark.parametrize("body", [
    "It was the worst bombing in the city since the 1998 attack that killed 220 people.",
    "In 2015, a similar blast at the same market killed 40.",
    "A fire at a warehouse in the same district last month killed 8 people.",
    "The toll could reach 300, officials warned.",
    "Up to 50 people may be trapped under the rubble.",
    "Seven more people died in hospital overnight.",
    "Dozens of people were killed and hundreds injured.",
    "The two attackers were killed by security forces.",
    "About 40 people remain in intensive care.",
    "More than 2,000 people were evacuated from nearby villages.",
    "Lawmakers voted 71-40 to kill the proposal.",
    "The striker scored twice as his side killed off the game in 20 minutes.",
    "Officials said 12 people were still in serious condition.",
    "The dead were taken to 3 hospitals in the city.",
    "A third victim could die if the bleeding does not stop.",
])
def test_not_counts(body: str) -> None:
    assert counts(body) == {}


def test_subgroup_is_not_the_total() -> None:
    found = counts("Twelve people, including five children and two police officers, were killed.")
    assert found == {K: {12}}


def test_superseded_figure_is_dropped() -> None:
    found = counts("The quake killed 212 people, not 260, the agency said in a revision.")
    assert found[K] == {212}


def test_correction_note_is_not_a_count() -> None:
    found = counts("Police said 19 people were injured. (Corrects number injured to 19 from 91)")
    assert found == {INJ: {19}}


def test_headline_count() -> None:
    assert counts("", headline="Train derailment kills 31 in northern province")[K] == {31}


def test_claims_and_non_claims() -> None:
    def claims(body: str) -> list[str]:
        return [k for k, _, _ in analyse("Report", body, 2024).claims]

    assert claims("The Northern Front claimed responsibility for the bombing.") == ["northern front"]
    assert claims("The Northern Front said it had carried out the attack.") == ["northern front"]
    assert claims("ISIS said it was behind the blast in a statement.") == ["islamic state"]
    assert claims("No group has claimed responsibility for the attack.") == []
    assert claims("The government blamed the Northern Front for the attack.") == []
    assert claims("The group denied it carried out the attack.") == []
    assert claims("In 2017 the Northern Front claimed a bombing that killed 30.") == []


@pytest.mark.parametrize("body", [
    "Four of the wounded died in hospital overnight.",
    "Two workers injured in the blast died in hospital on Tuesday.",
    "Two injured miners later died of their wounds.",
    "A blast killed 9999999999 people, the report said.",
])
def test_parts_of_other_groups_and_absurd_figures_are_not_counts(body: str) -> None:
    assert counts(body) == {}


def test_part_of_a_named_group_is_still_a_count() -> None:
    # "five of the six crew died": the crew is not another counted field, five is the toll
    assert counts("Five of the six crew aboard the plane died.")[K] == {5}


def test_claim_actor_by_acronym_and_leading_words() -> None:
    from streams.detect.claims import same_actor

    assert same_actor("iswap", "islamic state west africa province")
    assert same_actor("islamic state west africa", "islamic state west africa province")
    assert not same_actor("boko haram", "islamic state west africa province")
    assert not same_actor("al shabaab", "ansar")


def test_sources_drop_cities_and_role_words() -> None:
    from streams.detect.claims import same_source, source_key

    assert same_source(source_key("the Marseille prosecutor's office"),
                       source_key("the city's prosecutor"))
    assert same_source(source_key("civil defence officials"),
                       source_key("the civil defence agency"))
    assert source_key("civil defence officials") != source_key("the defence ministry")
    assert source_key("the State Department") != source_key("state television")


def test_part_as_object_and_families_are_not_counts() -> None:
    assert counts("Police released four of the nine people detained, leaving five in custody.") \
        == {A: {5}}
    assert counts("Some 2,400 families were left homeless by the floods.") == {}


def test_actor_descriptions_are_not_the_name() -> None:
    from streams.detect.claims import actor_key, same_actor

    assert actor_key("The banned Balochistan Liberation Army (BLA)") == "balochistan liberation army"
    assert actor_key("Somalia's al Shabaab Islamist group") == "al shabaab"
    assert same_actor(actor_key("separatist BLA"), "balochistan liberation army")
    assert actor_key("al Qaeda-affiliated group JNIM") == actor_key("Al Qaeda-linked JNIM") == "jnim"
    assert actor_key("the Iran-backed Houthis") == "houthis"


def test_its_fighters_carried_it_out_is_a_claim() -> None:
    found = analyse("Group says its fighters carried out market raid",
                    "The Sahel Front said its fighters were behind Monday's raid on the market.",
                    2025).claims
    assert [a for _, a, _ in found] == ["Sahel Front"]


def test_took_responsibility_is_a_claim_and_names_the_group() -> None:
    from streams.detect.claims import same_actor

    found = analyse("Report", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate "
                    "in the Sahel, took responsibility for the attack on the camp.", 2025).claims
    assert [a for _, a, _ in found] == ["Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"]
    assert same_actor("jnim", "al qaeda affiliate jnim")


def test_the_figure_for_everything_is_the_total() -> None:
    facts = analyse("Quake kills 11 in Sivas, 30 dead on both sides of border", "", 2024)
    stated = {c.value: c.total for c in facts.counts}
    assert stated == {11: False, 30: True}


@pytest.mark.parametrize("body", [
    "The floods killed 130 people. Forty were killed in Sindh province alone.",
    "The floods killed 130 people. In Sindh province, 40 people died, officials said.",
    "The floods killed 130 people. Sindh's toll rose to 40, the provincial government said.",
])
def test_one_province_or_side_is_a_part_not_the_total(body: str) -> None:
    facts = analyse("Monsoon floods kill 130", body, 2024)
    assert {c.value: c.part for c in facts.counts} == {130: False, 40: True}


@pytest.mark.parametrize(("headline", "body", "stated"), [
    ("Floods kill 130 along India-Pakistan border",
     "Forty were killed on the Indian side of the border, and Pakistan reported 90 deaths.",
     {130}),
    ("Border wildfire: Syrian side's toll rises to four",
     "Rescuers found two more bodies near Talkalakh. Lebanon has reported two deaths.", set()),
    ("Border wildfire contained",
     "The fire killed six people in all, four on the Syrian side and two in Lebanon.", {6}),
])
def test_one_side_of_a_border_is_not_the_incident(headline: str, body: str, stated: set[int]) -> None:
    facts = analyse(headline, body, 2025)
    assert {c.value for c in facts.counts if c.field is K} == stated


# A number that sizes the subject of the verb (the events, the attackers) is not the count of
# the verb's object, whatever the field: the object is.
@pytest.mark.parametrize(("body", "field", "value"), [
    ("The two explosions in Kerman killed 103 people, state TV said.", K, 103),
    ("Three blasts at the market killed at least 40, police said.", K, 40),
    ("Two suicide bombers killed 84 people at the gathering.", K, 84),
    ("The two car bombs wounded more than 200 people.", INJ, 200),
    ("Four separate raids detained 35 suspects overnight.", A, 35),
    ("Two landslides displaced some 5,000 villagers in the valley.", D, 5000),
])
def test_subject_number_is_not_the_object_count(body: str, field: CountField, value: int) -> None:
    assert counts(body) == {field: {value}}
