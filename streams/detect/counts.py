"""Stated counts: "killed 84 people", "84 people were killed", "the death toll rose to 95".

Works on one sentence at a time, after `context.mask` (history, other events and subgroups
blanked) and `numbers.mark_numbers` (numbers as `#84#`, non-counts as `#x#`), lower-cased.
A stated count is the total the sentence gives for one field; increments ("seven more died"),
superseded figures ("down from 113", "not 103"), projections ("could reach 20,000", "up to
20") and perpetrators who died are not counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from schemas import CountField
from streams.detect import scope
from streams.detect.context import PERPETRATOR
from streams.detect.lexicon import (
    AFTER_WORDS,
    BEFORE_WORDS,
    CARE_VERBS,
    CHANGE_VERBS,
    FIELD_NOUNS,
    LIVES_VERBS,
    NOMINAL_NOUNS,
    PERSON_NOUNS,
    REACH_VERBS,
    STAND_VERBS,
    STATE_WORDS,
)

N = r"#(?P<n>\d+)#"
QUAL = (
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|roughly|"
    r"approximately|as\s+many\s+as|a\s+total\s+of|another|at\s+least\s+another|"
    # "killing all 176 people on board"
    r"all|all\s+the)\s+)?"
)
_NP_STOP = (
    r"and|or|but|after|when|while|as|since|because|that|which|who|said|says|than|before|"
    r"told|according|during|if|though|although|whom"
)
NP = rf"(?:(?!(?:{_NP_STOP})\b)[a-z][a-z'’-]*\s+){{0,6}}?"
AUX = (
    r"(?:(?:were|was|are|is|have|has|had|been|being|be|still|remain|remains|remained|"
    r"reported|reportedly|confirmed|now|later|also|all|believed|officially|so\s+far|listed\s+as)\s+)*"
)
# The field words come from `lexicon`, shared by every construction below.
_AFTER = AFTER_WORDS
_BEFORE = BEFORE_WORDS
_ANY_FIELD_NOUN = "|".join(f"(?P<{f.value}>{w})" for f, w in FIELD_NOUNS.items())


def _field_of(word: str) -> CountField:
    """The field a toll's subject names ("injured toll" is the injured); "toll" alone is the dead."""
    for f, w in FIELD_NOUNS.items():
        if re.search(rf"\b{w}\b", word):
            return f
    return CountField.killed


def _group(field_words: dict[CountField, str]) -> str:
    return "|".join(f"(?P<{f.value}>{w})" for f, w in field_words.items())


# "five of the six crew ... died": the part is the count, the whole (six) is not
P_AFTER = re.compile(
    rf"{N}\s+(?P<of>of\s+(?:the\s+|its\s+|their\s+)?#\d+#\s+)?(?P<np>{NP})(?:(?:who|that)\s+)?{AUX}"
    rf"(?:{_group(_AFTER)})\b"
)
# ... but only when the part is the subject: "released four of the nine people detained" is not
_PEOPLE_PLURAL = r"(?:[a-z]+s|men|women|children|people)"
P_SUM = re.compile(
    rf"#(?P<n>\d+)#\s+(?P<a>{_PEOPLE_PLURAL})\s+and\s+#(?P<m>\d+)#\s+(?P<b>{_PEOPLE_PLURAL})\s+{AUX}"
    rf"(?:{_group(_AFTER)})\b"
)
# "killed 24 children and 12 adults": one figure, the sum of its terms (the verb before them)
P_SUM_BEFORE = re.compile(
    rf"\b(?:{_group(_BEFORE)})\s+{QUAL}#(?P<n>\d+)#\s+(?P<a>{_PEOPLE_PLURAL})\s+and\s+#(?P<m>\d+)#\s+"
    rf"(?P<b>{_PEOPLE_PLURAL})\b"
)
# "Two people, the captain and the chief engineer, have been taken into custody": the figure,
# an aside that names who they are, then the field word
P_APPOS = re.compile(
    rf"#(?P<n>\d+)#\s+(?:people|persons|men|women|suspects|others)\s*,\s+(?P<aside>(?:the|a|an|both|all)\s"
    rf"[^,;¦#]{{0,100}}),\s+{AUX}(?:taken\s+)?(?:{_group(_AFTER)})\b"
)
_PART_IS_SUBJECT = re.compile(r"\b(?:were|was|have|has|had|are|is|died|die|perished)\b")
P_BEFORE = re.compile(rf"\b(?:{_group(_BEFORE)})\s+{QUAL}{N}")
_FIELD_NOUN = "(?:" + "|".join(FIELD_NOUNS.values()) + ")"
# "the death toll rose to 95", "the injured toll rises to 28", "the number of people who
# perished climbed to 51", "the number killed reached 20": a toll noun, or the number of a
# field noun, then (a few words later) a verb or preposition of reaching and the figure. It opens
# on the toll noun and reads the modifier before it separately: a long optional alternation in
# front would be tried at every position of every sentence.
P_TOLL = re.compile(
    r"\b(?P<t>toll|count|tally|fatalities"
    rf"|number\s+of\s+(?:[a-z'’-]+\s+){{0,4}}?(?P<t1>{_FIELD_NOUN}|perished|died|lost\s+their\s+lives|victims)"
    rf"|number\s+(?P<t2>{_FIELD_NOUN}))"
    r"\b(?P<span>(?:[^#¦]|#x#){0,90}?)\b(?:to|at|now|reach|reaches|reached|pass|passes|passed|tops?|"
    r"topped|exceeds?|exceeded|hit|hits|of|is|was|above|past|stood\s+at|stands\s+at|crossed|"
    r"crosses|touched|touches|surpassed|beyond)\s+"
    + QUAL + N
)
# the word before a toll noun: "injured toll" is the injured, "death toll" the dead
_TOLL_MODIFIER = re.compile(rf"\b(?P<w>{_FIELD_NOUN}|death|casualty|injury)\s+$")


def _toll_field(s: str, m: re.Match[str]) -> CountField | None:
    """The field a toll phrase counts; None for "count" or "tally" without a field word."""
    named = m.groupdict().get("t1") or m.groupdict().get("t2")
    if named:
        return _field_of(named)
    mod = _TOLL_MODIFIER.search(s[max(0, m.start() - 30): m.start()])
    if mod:
        return _field_of(mod.group("w"))
    of = _TOLL_OF.match(m.groupdict().get("span") or "")
    if of:
        return _field_of(of.group("w"))
    # "count" and "tally" alone are any count ("the vote count"): only with a field word
    return CountField.killed if m.group("t") in ("toll", "fatalities") else None


# "the injured rise to 36", "fatalities reach 20", "the displaced rose to 4,000": a field noun
# as the subject of a change verb. Tighter than P_TOLL (no free span): "the dead" is common.
P_FIELD_RISE = re.compile(
    rf"(?<![#\w])(?:the\s+|those\s+)?(?:{_ANY_FIELD_NOUN})\s+(?:{STATE_WORDS}\s+)*"
    rf"(?:(?:{CHANGE_VERBS})(?:\s+(?:up|down|sharply|further|again))?\s+(?:to|at|past|above|beyond|over)"
    rf"|{REACH_VERBS}|{STAND_VERBS}\s+at)\s+{QUAL}{N}"
)
_DEAD_NUMBER_HINT = re.compile(r"number|bringing|taking|raising|pushing")
_TOLL_HINT = re.compile(r"toll|count|tally|fatalit|number")
_FIELD_HINT = re.compile(r"dead|death|fatalit|killed|martyr|bodies|lives|injur|wound|hurt|missing|custody|"
                         r"unaccounted|arrest|detain|detention|held|displace|homeless")
# A headline's bare toll: "Sri Lanka cyclone toll 607", "Ditwah: toll 465, 366 missing"
P_TOLL_BARE = re.compile(rf"\b(?P<t>toll)\s*[:–-]?\s+{QUAL}{N}")
# "claimed 40 lives", "cost at least 12 lives", "40 lives were lost"
P_LIVES = re.compile(
    rf"\b(?:{LIVES_VERBS})\s+(?:the\s+)?{QUAL}{N}\s+(?:human\s+|innocent\s+)?lives\b"
    rf"|#(?P<n2>\d+)#\s+(?:human\s+|innocent\s+)?lives\s+{AUX}(?:lost|claimed)\b"
)
P_CUSTODY = re.compile(rf"\b(?:took|taken|take|takes|taking)\s+{QUAL}{N}\s+{NP}into\s+custody")
P_BODIES = re.compile(rf"\bbodies\s+of\s+{QUAL}{N}")
# "bringing the dead to seven", "the dead now number 11"
P_DEAD_NUMBER = re.compile(
    rf"\b(?:(?:bringing|taking|raising|pushing)\s+the\s+(?:number\s+of\s+)?(?P<fw>{_FIELD_NOUN})\s+to"
    rf"|(?P<fw2>{_FIELD_NOUN})\s+(?:now\s+|had\s+|have\s+)?number(?:s|ed)?)\s+{QUAL}{N}"
)
# "a seventh victim died": the toll is now seven
_ORDINALS = {w: i for i, w in enumerate([
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth"], 2)}
P_ORDINAL = re.compile(
    rf"\b(?P<ord>{'|'.join(_ORDINALS)})\s+(?:victim|person|man|woman|child|patient|soldier|"
    r"miner|worker|passenger|survivor|casualty)\s+(?:has\s+)?(?:dies|died|succumbs|succumbed)\b"
)
_ORDINAL_WORD = re.compile(rf"\b(?:{'|'.join(_ORDINALS)})\b")
P_FORCED = re.compile(rf"\bforc(?:e|es|ed|ing)\s+{QUAL}{N}\s+{NP}from\s+(?:their\s+)?homes")
# "announced the death of 100 pilgrims", "the injury of 50 others", "the arrest of three": an
# event noun, "of" and the number (not "the deaths of two of the hostages": a part)
P_NOMINAL = re.compile(rf"\b(?:{_group(NOMINAL_NOUNS)})\s+of\s+(?:the\s+|some\s+)?{QUAL}{N}(?!\s+of\b)")
_NOMINAL_HINT = re.compile(r"\b(?:death|killing|martyrdom|drowning|injur|wounding|disappearance|"
                           r"arrest|detention|displacement)s?\s+of\b")
# One person arrested: "police detain a teenager", "CBI arrests official", "man held after
# blast", "station master arrested", "the driver's wife taken into custody"
_ARREST_VERB = (r"(?:arrest|arrests|arrested|arresting|detain|detains|detained|detaining|"
                r"apprehend|apprehends|apprehended|nab|nabs|nabbed)")
_ARRESTED = (r"(?:arrested|detained|held|taken\s+into\s+custody|in\s+custody|apprehended|nabbed|"
             r"in\s+detention|under\s+arrest)")
P_ARREST_ONE = re.compile(
    rf"\b{_ARREST_VERB}\s+(?:an?\s+|one\s+)?(?:[a-z'’-]+\s+){{0,2}}?(?P<p>{PERSON_NOUNS})\b(?![’'-]|\s+of\s+#)"
    rf"|(?:^|[,;:¦]\s*|\b(?:an?|the)\s+)(?:(?:[a-z'’-]|#x#)+\s+){{0,3}}?(?P<q>{PERSON_NOUNS})\b(?![’'-])"
    rf"(?:\s+[a-z'’-]+){{0,4}}?\s+(?:(?:was|is|has\s+been|had\s+been|is\s+being|was\s+being|now)\s+)?"
    rf"{_ARRESTED}\b(?!\s+(?:hostages?|captive|responsible|liable|accountable|talks|an?\b|the\b|up\b|"
    r"its\b|their\b|his\b|her\b|on\s+to|onto|back|off|out))"
)
# "the owner and the manager", "an associate of the doctors arrested": more than one person
_AND_MORE = re.compile(r"^[^,;¦]{0,40}?\band\b")
_PLURAL_LAST = re.compile(r"\b[a-z]{2,}[^s'’\s]s\s+(?:(?:were|are|had|have|been|now)\s+)*"
                          r"(?:arrested|detained|held|taken|in|apprehended|nabbed|under)\b")
_ARREST_HINT = re.compile(r"arrest|detain|held|custody|apprehend|nab|detention")
_NEGATED = re.compile(r"\b(?:no|not|never|nobody|without|yet\s+to|none|neither|nor)\b")
# Those in care are not a tally of the injured: "evacuate 16 seriously wounded", "12 wounded
# remained in hospital", "142 people injured in the blast had been evacuated", "1,500 were
# being treated for injuries"
_CARE_BEFORE = re.compile(rf"\b{CARE_VERBS}\s+(?:the\s+|some\s+)?{QUAL}$")
_CARE_AFTER = re.compile(
    r"^[^,;¦#]{0,60}?\b(?:(?:remain(?:s|ed)?|still)\s+(?:in\s+(?:the\s+)?hospitals?|hospitali[sz]ed|in\s+(?:a\s+)?"
    r"(?:critical|serious|intensive)"
    # "40 injured are still receiving treatment", "still under care" (not "41 injured are
    # being treated": without "still" that is the tally)
    r"|(?:being\s+)?treated|receiving\s+(?:medical\s+)?(?:treatment|care)|under\s+(?:medical\s+)?"
    r"(?:treatment|care|observation))"
    # "199 injured people have left hospital", "had been discharged from hospital"
    r"|(?:have|has|had)\s+(?:since\s+|already\s+)?(?:left|been\s+(?:released|discharged)\s+from)"
    r"\s+(?:the\s+)?hospitals?"
    r"|(?:were|was|are|is|had\s+been|have\s+been|has\s+been)"
    rf"\s+(?:still\s+)?(?:being\s+)?{CARE_VERBS})\b"
)
_CARE_IN = re.compile(rf"\b{CARE_VERBS}\b")
# "in hospitals of the region remain 53 injured": the figure after "remain" is those in care
_REMAIN_BEFORE = re.compile(rf"\b(?:remain|remains|remained|still)\s+{QUAL}$")
_SERIOUS = re.compile(r"\b(?:seriously|critically|severely|gravely|badly)\s*$")
_AUX_IN = re.compile(r"\b(?:were|was|are|is|have|has|had)\b")
# "missing or dead", "dead or missing": a figure of two fields is a figure of neither
_OR_FIELD = re.compile(r"^\s+or\s+(?:presumed\s+|confirmed\s+)?(?:dead|killed|died|missing|injured|"
                       r"wounded|hurt|unaccounted|detained|arrested|displaced)\b")
_OF_A_GROUP = re.compile(r"^of\s+(?:the|its|their|his|her|our)\b")
# "the bodies of all 179 people who were missing or dead": a figure of two fields
_OF_TWO_FIELDS = re.compile(r"^[^,;¦#]{0,40}?\b(?:dead|killed|missing|injured|wounded)\s+or\s+"
                            r"(?:presumed\s+|confirmed\s+)?(?:dead|killed|missing|injured|wounded)\b")
_FIELD_OR = re.compile(r"\b(?:dead|killed|missing|injured|wounded|hurt|detained|arrested)\s+or\s+$")
# "with a further 10,100 missing": the figure of another field, or an increment of the same one
_FURTHER = re.compile(r"\b(?:a\s+further|an\s+additional)\s+" + QUAL + "$")
# "more than 1,000 dead", "toll passes 110": a lower bound, which a precise figure beside it beats
_LOWER_BOUND = re.compile(
    r"\b(?:more\s+than|over|above|upwards\s+of|in\s+excess\s+of|pass(?:es|ed)?|past|tops?|topped|"
    r"exceed(?:s|ed)?|surpass(?:es|ed)?|cross(?:es|ed))\s+$")
# "the toll of the wounded revised to 527": the field named after the toll noun
_TOLL_OF = re.compile(rf"^\s*of\s+(?:the\s+)?(?P<w>{_FIELD_NOUN})\b")

# "..., bringing the total to 33": the total of whatever the sentence counts
P_TOTAL = re.compile(rf"\b(?:bringing|taking|raising|putting)\s+the\s+(?:total|tally|overall\s+number)"
                     rf"(?:\s+[a-z]+){{0,4}}?\s+to\s+{QUAL}{N}")

_EXCLUDE_BEFORE = re.compile(
    r"(?:\bfrom|\bnot|(?<!gone\s)(?<!went\s)(?<!goes\s)(?<!shot\s)\bup\s+to|\brather\s+than|\binstead\s+of|\bpreviously|\bearlier\s+figure\s+of"
    # "all 179 other than two rescued crew", "20 people besides themselves": not in the figure
    r"|\bother\s+than|\bbesides|\bexcept(?:\s+for)?|\bapart\s+from|\baside\s+from|\bexcluding"
    # "lowering an earlier toll of 34", "a toll that had stood at 60": superseded figures
    r"|\b(?:earlier|previous|prior|initial|preliminary|original|old)\s+(?:[a-z]+\s+)?"
    r"(?:toll|figure|count|tally|estimate|total)\s+(?:of|at)"
    r"|\bhad\s+(?:stood|been|remained)\s+at"
    # "hand over the first 18 bodies", "the first 40 victims were buried": the first of more
    r"|\bthe\s+first"
    # "court orders four suspects held": a ruling on people already counted as arrested
    r"|\bcourts?\s+(?:[a-z]+\s+){0,2}?(?:orders?|ordered|ordering|remands?|remanded)"
    r"|\bor|#\d+#\s+of(?:\s+the|\s+its|\s+their)?)\s+(?:" + QUAL + r")?$"
)
# "four of the wounded died": a part of another counted group, not a total of its own
_EXCLUDE_AFTER = re.compile(
    r"^\s+(?:more|additional|others?\s+more|of\s+whom|of\s+(?:its|their|our)\b"
    r"|of\s+(?:the|those)\s+(?:[a-z]+\s+)?(?:wounded|injured|hurt|missing|dead|victims|arrested|"
    r"detained|suspects|displaced|evacuees|survivors))\b"
)
# "19 in Kermanshah, 25 dead on both sides of the border": the figure said to cover everything
_ALL_TOLD = re.compile(
    r"^[^,;¦#]{0,40}?\b(?:on\s+both\s+sides|in\s+total|overall|altogether|in\s+all\b|"
    r"across\s+(?:both|the\s+two|all))"
)
# A figure for one province: "45 died in Sindh province alone", "in Sindh province, 45 died",
# "Sindh's toll rose to 45". A part when the item also gives the incident's figure; the
# incident's own figure when it happened in that province.
_AREA_WORD = r"(?:province|state|region|district|county|governorate|prefecture)"
_PART_AFTER = re.compile(
    rf"^[^,;¦#]{{0,50}}?\b(?:in\s+(?:[a-z'’-]+\s+){{1,3}}{_AREA_WORD}\b(?:\s+alone)?(?!\s+(?:and|or)\b)"
    r"|alone\b|in\s+neighbou?ring\b)"
)
# "75 died in Kerr County, seven in Travis County, three in Burnet County": a list of areas
# figures is a breakdown; none of its figures is the incident's, even when no total is given
# "By county, Nakuru has recorded 56 deaths, Nairobi 32": a sentence that breaks the toll down
_BY_AREA = re.compile(rf"^\W*(?:broken\s+down\s+|listed\s+)?by\s+(?:{_AREA_WORD}|country|area|town|city)\b")
_AREA_FIGURE = re.compile(rf"#\d+#\s+(?:[a-z]+\s+){{0,3}}?in\s+(?:[a-z'’-]+\s+){{1,3}}{_AREA_WORD}\b")
_BOUND = re.compile(
    r"\b(?:pass(?:es|ed|ing)?|past|tops?|topped|topping|exceed(?:s|ed|ing)?|cross(?:es|ed|ing)?|"
    r"surpass(?:es|ed|ing)?|above|beyond)\s+" + QUAL + "$"
)
_PART_BEFORE = re.compile(
    rf"(?:\bin\s+(?:[a-z'’-]+\s+){{1,3}}{_AREA_WORD}(?:\s+of\s+(?:[a-z'’-]+\s+){{0,2}}[a-z'’-]+)?"
    r"\s*,\s*[^,;¦#]{0,30}"
    r"|\bin\s+neighbou?ring\s+(?:[a-z'’-]+\s+){0,2}[a-z'’-]+\s*,\s*[^,;¦]{0,60}"
    r"|\b[a-z-]+['’]s\s+(?:[a-z]+\s+)?(?:death\s+)?toll\b[^,;¦#]{0,40})$"
)
# One side of a border: "six killed on the Iraqi side", "the Syrian side's toll": never the
# incident's figure (facts.analyse drops it, and the item's other figures of that field unless
# said to cover everything: "Lebanon has reported two deaths" beside it is the other side's).
_SIDE = (r"(?:\bon\s+(?:the\s+)?(?!both\b|either\b|all\b)[a-z-]+\s+side\b"
         r"|\bside['’]s\s+(?:[a-z-]+\s+){0,2}toll\b)")
_SIDE_AFTER = re.compile(rf"^[^,;¦]{{0,80}}?{_SIDE}")
_SIDE_BEFORE = re.compile(rf"{_SIDE}[^,;¦]{{0,60}}$")
# No incident has more casualties than this: a larger "count" is a typo, a hoax or an attack
# on the parser, and alerting on it would do more harm than missing it.
MAX_COUNT = 10_000_000
_MODAL = re.compile(r"\b(?:could|may|might|would|will|expected|feared|likely|projected|estimate)\b")
_THEN_DIED = re.compile(r"[^,;¦]{0,60}?\b(?:died|die|dies|succumbed|succumb)\b")
# "the two explosions killed 103", "three blasts wounded 20": the verb has its own object, a
# count, so the number before it sizes the subject (the events or the attackers), not the dead
_OBJECT_COUNT = re.compile(rf"^\s+(?:people\s+)?{QUAL}#\d+#")
# "troops killed 12 militants", "security forces ... killed two others": the dead are the
# attackers (not counted), whatever the verb's position
_FORCES = re.compile(r"\b(?:security\s+forces|forces|troops|soldiers|police|policemen|army|commandos|"
                     r"military|paramilitar(?:y|ies)|rangers|personnel)\b[^,;¦]{0,80}$")
_PERP_OBJECT = re.compile(
    r"^\s+(?:(?:other|more|suspected|alleged|armed|heavily\s+armed)\s+)*(?:militants?|terrorists?|"
    r"insurgents?|gunm[ae]n|attackers?|assailants?|bombers?|rebels?|fighters?|kidnappers?|"
    r"hijackers?|suspects?|members|extremists?|jihadists?|others)\b")
_AMONG = re.compile(r"\bamong\b")
_PERPETRATORS = re.compile(
    r"\b(?:attackers?|bombers?|gunm[ae]n|assailants?|perpetrators?|hijackers?|suicide|militants|"
    r"insurgents|terrorists|jihadists|extremists|members\s+of\s+the\s+(?:group|militia|cell|network))\b"
)


@dataclass(frozen=True)
class Stated:
    field: CountField
    value: int
    start: int
    total: bool = False   # stated as the running total ("the death toll rose to 23")
    part: bool = False    # said of one province ("in Sindh province alone")
    side: bool = False    # said of one side of a border ("six killed on the Iraqi side")
    how: str = ""         # the construction that read it (for `wirealert evaluate --explain`)
    further: bool = False  # "a further 187 injured": another field's figure, or an increment
    bound: bool = False   # "more than 1,000": a lower bound
    single: bool = False  # "police detain a man": one person, read from a noun, not a number


def _field(m: re.Match[str]) -> CountField | None:
    for f in CountField:
        if m.groupdict().get(f.value):
            return f
    return None


def _excluded(s: str, start: int, end: int) -> bool:
    before = s[max(0, start - 40): start]
    return bool(_EXCLUDE_BEFORE.search(before) or _EXCLUDE_AFTER.match(s[end:])
                or _CARE_BEFORE.search(before))


def _killed_by_forces(s: str, m: re.Match[str]) -> bool:
    """"troops killed 12 militants": attackers' dead; "others" only with the forces as subject."""
    obj = _PERP_OBJECT.match(s[m.end():])
    if not obj:
        return False
    return obj.group(0).strip() != "others" or bool(_FORCES.search(s[max(0, m.start() - 120): m.start()]))


def _less_perpetrators(s: str, found: dict[int, Stated], marks: list[int]) -> list[Stated]:
    """"two dead, including the attacker": the dead the figure includes are not the toll."""
    out: list[Stated] = []
    for st in found.values():
        included = sum(1 for i in marks if st.start < i <= st.start + 100
                       and not re.search(r"[,;¦]", s[st.start: i]))
        if st.field is CountField.killed and included:
            if st.value <= included:
                continue
            st = replace(st, value=st.value - included,
                         how=f"{st.how}, less the attacker{'s' if included > 1 else ''} it includes")
        out.append(st)
    return out


def counts_in(s: str, notes: dict[int, str] | None = None, *, countries: bool = False) -> list[Stated]:
    """All stated counts in one prepared (masked, number-marked, lower-case) sentence.

    `notes`, if given, gets why a number a construction met was not taken, by the position of
    its `#N#` token (for `--explain`; the stream never asks). `countries`: the item around the
    sentence speaks of two or more countries, so "in Zimbabwe, 217 were missing" is one
    country's share even where the sentence names only one."""
    found: dict[int, Stated] = {}

    def note(num_start: int, why: str) -> None:
        if notes is not None and num_start - 1 not in found:
            notes.setdefault(num_start - 1, why)

    marks = [i for i, ch in enumerate(s) if ch == PERPETRATOR] if PERPETRATOR in s else []
    if marks:
        s = s.replace(PERPETRATOR, " ")
    if "#" not in s and not _ORDINAL_WORD.search(s) and not _ARREST_HINT.search(s):
        return []   # no number in it: most sentences of a story

    def add(field: CountField, num_span: tuple[int, int], value: str, total: bool = False,
            how: str = "", share: bool = False) -> None:
        start, end = num_span[0] - 1, num_span[1] + 1  # the whole "#84#" token
        if start in found:
            return
        if _excluded(s, start, end):
            note(num_span[0], f"{how}: excluded by the words next to it (not this event's count)")
            return
        if int(value) > MAX_COUNT:
            note(num_span[0], f"{how}: larger than any casualty count")
            return
        spans = scope_of()
        whole = spans and scope.is_whole(s, start, end)
        # "the toll passed 1,000" bounds the figure; a precise total beside it says more
        total = (total or whole or bool(_ALL_TOLD.match(s[end:]))) and not _BOUND.search(
            s[max(0, start - 40): start])
        side = bool(_SIDE_AFTER.match(s[end:]) or _SIDE_BEFORE.search(s[max(0, start - 90): start]))
        part = bool(_PART_AFTER.match(s[end:]) or _PART_BEFORE.search(s[max(0, start - 60): start]))
        part = part or share or by_area or (spans and not whole and scope.one_country(s, start, end)) or (
            total and scope.nationality_toll(s[max(0, start - 90): start])
            and not _ALL_TOLD.match(s[end:]))
        if countries and part and not total and not whole and scope.one_country(s, start, end):
            # an item that counts country by country: one country's figure is a subtotal
            note(num_span[0], f"{how}: one country's figure in an item that counts by country")
            return
        if part and not total and len(_AREA_FIGURE.findall(s)) >= 2:
            note(num_span[0], f"{how}: one area's figure of several (a share of the whole)")
            return   # one area's figure of several: a share of a larger whole
        before = s[max(0, start - 40): start]
        found[start] = Stated(field, int(value), start, total, part, side, how,
                              further=bool(_FURTHER.search(before)),
                              bound=bool(_LOWER_BOUND.search(before)))

    spans_memo: list[bool] = []
    by_area = _BY_AREA.match(s) is not None

    def scope_of() -> bool:
        # read only once a count is found: most sentences with a number state none
        if not spans_memo:
            spans_memo.append(countries or scope.spans_countries(s))
        return spans_memo[0]

    # cheap substring gates first: each of these patterns opens with a long alternation
    tolls = _TOLL_HINT.search(s) is not None
    for m in P_TOLL.finditer(s) if tolls else ():
        field = _toll_field(s, m)
        if field is None or _MODAL.search(m.group("span")):
            note(m.start("n"), "toll phrase: a projection or a toll of no field (could, may, ...)")
            continue
        # "the number of Indian pilgrims who died rose to 35": one nationality's dead
        named = re.match(r"number\s+of\s+(.*)", m.group(0))
        add(field, m.span("n"), m.group("n"), total=True, how="toll phrase",
            share=bool(named and scope.nationality_share(named.group(1))))
    for m in P_TOLL_BARE.finditer(s) if "toll" in s else ():
        add(_toll_field(s, m) or CountField.killed, m.span("n"), m.group("n"), total=True,
            how="bare toll")
    for m in P_FIELD_RISE.finditer(s) if _FIELD_HINT.search(s) else ():
        f = _field(m)
        if f is not None and not _MODAL.search(s[max(0, m.start() - 20): m.end()]):
            add(f, m.span("n"), m.group("n"), total=True, how="field word + rise verb")
        else:
            note(m.start("n"), "field word + rise verb: a projection (could, may, ...)")
    for m in P_LIVES.finditer(s) if "lives" in s else ():
        n = "n" if m.group("n") else "n2"
        if not _MODAL.search(s[max(0, m.start() - 20): m.start()]):
            add(CountField.killed, m.span(n), m.group(n), how="lives lost")
        else:
            note(m.start(n), "lives lost: a projection (could, may, ...)")
    terms: set[int] = set()   # the later terms of a sum ("24 children and [12] adults")
    for m in P_SUM_BEFORE.finditer(s) if " and #" in s else ():
        f = _field(m)
        if f is None or m.group("a") == m.group("b") or _MODAL.search(s[max(0, m.start() - 20): m.end()]):
            continue
        if f is CountField.killed and _PERP_OBJECT.match(s[m.start("a") - 1:]):
            continue
        terms.add(m.start("m") - 1)
        add(f, m.span("n"), str(int(m.group("n")) + int(m.group("m"))), how="a sum of two groups")
    for m in P_BEFORE.finditer(s):
        f = _field(m)
        if f is None or _MODAL.search(s[max(0, m.start() - 20): m.start()]):
            note(m.start("n"), "field word before the number: a projection (could, may, ...)")
            continue
        if f is CountField.killed and _killed_by_forces(s, m):
            note(m.start("n"), "attackers killed by the forces, not the toll")
            continue
        if _FIELD_OR.search(s[max(0, m.start() - 20): m.start()]):
            note(m.start("n"), "field word before the number: a figure of two fields")
            continue
        add(f, m.span("n"), m.group("n"), how="field word before the number")
    for m in P_NOMINAL.finditer(s) if _NOMINAL_HINT.search(s) else ():
        f = _field(m)
        if f is None or _MODAL.search(s[max(0, m.start() - 20): m.start()]):
            note(m.start("n"), "event noun + of + number: a projection (could, may, ...)")
            continue
        if f is CountField.killed and _killed_by_forces(s, m):
            note(m.start("n"), "attackers killed by the forces, not the toll")
            continue
        add(f, m.span("n"), m.group("n"), how="event noun + of + number")
    # "164 adults and 23 children were injured": one figure, the sum of its terms
    for m in P_SUM.finditer(s) if " and #" in s else ():
        f = _field(m)
        if f is None or m.group("a") == m.group("b") or _MODAL.search(m.group(0)):
            continue
        terms.add(m.start("m") - 1)
        add(f, m.span("n"), str(int(m.group("n")) + int(m.group("m"))), how="a sum of two groups")
    for m in P_AFTER.finditer(s):
        f = _field(m)
        if f is None or _MODAL.search(m.group(0)):
            note(m.start("n"), "number + field word: a projection (could, may, ...)")
            continue
        if f in (CountField.killed, CountField.displaced) and _PERPETRATORS.search(m.group("np") or ""):
            note(m.start("n"), "number + field word: the perpetrators, not the victims")
            continue
        if m.start() in terms:
            note(m.start("n"), "number + field word: one term of a sum")
            continue
        if _AMONG.search(m.group(0)) or scope.nationality_group(m.group("np") or ""):
            # "three britons were among those killed": a subgroup of the victims
            note(m.start("n"), "number + field word: a subgroup of the victims")
            continue
        if _OBJECT_COUNT.match(s[m.end():]):
            note(m.start("n"), "number + field word: what they did, not who they are")
            continue
        if m.group("of") and not _PART_IS_SUBJECT.search(m.group(0)[m.end("of") - m.start():]):
            note(m.start("n"), "number + field word: a part (N of them)")
            continue
        if _OR_FIELD.match(s[m.end():]):
            note(m.start("n"), "number + field word: a figure of two fields (dead or missing)")
            continue
        if f is CountField.injured and (
                _SERIOUS.search(m.group("np") or "") or _CARE_IN.search(m.group(0))
                or (not _AUX_IN.search(m.group(0)) and _CARE_AFTER.match(s[m.end():]))
                or _REMAIN_BEFORE.search(s[max(0, m.start() - 30): m.start()])):
            # "16 seriously wounded", "12 wounded remained in hospital": those in care
            note(m.start("n"), "number + field word: people in care (in hospital, evacuated)")
            continue
        if f is CountField.injured and _THEN_DIED.match(s[m.end():]):
            # "two injured workers died": they moved to the toll, not a tally of injured
            note(m.start("n"), "injured who then died: not a tally of injured")
            continue
        # "one of the band's members died": a part of a group the sentence does not count,
        # which yields to the incident's figure
        np = m.group("np") or ""
        add(f, m.span("n"), m.group("n"), how="number + field word",
            share=scope.nationality_share(np) or _OF_A_GROUP.match(np) is not None)
    for m in P_APPOS.finditer(s) if ", " in s else ():
        f = _field(m)
        if f is None or _MODAL.search(m.group(0)) or _PERPETRATORS.search(m.group("aside")):
            continue
        add(f, m.span("n"), m.group("n"), how="number, an aside naming them, field word")
    for m in P_CUSTODY.finditer(s):
        add(CountField.arrested, m.span("n"), m.group("n"), how="taken into custody")
    for m in P_BODIES.finditer(s):
        if _OF_TWO_FIELDS.match(s[m.end():]):
            note(m.start("n"), "bodies: of people counted in two fields (missing or dead)")
            continue
        add(CountField.killed, m.span("n"), m.group("n"), how="bodies",
            share=scope.nationality_share(s[m.end():]))
    for m in P_DEAD_NUMBER.finditer(s) if _DEAD_NUMBER_HINT.search(s) else ():
        add(_field_of(m.group("fw") or m.group("fw2")), m.span("n"), m.group("n"), total=True,
            how="the number of a field")
    for m in P_ORDINAL.finditer(s):
        start = m.start("ord")
        if start not in found and not _MODAL.search(s[max(0, start - 20): start]):
            found[start] = Stated(CountField.killed, _ORDINALS[m.group("ord")], start, total=True,
                                  how="ordinal death")
    for m in P_FORCED.finditer(s):
        add(CountField.displaced, m.span("n"), m.group("n"), how="forced from their homes")
    # one person arrested only where the sentence counts nothing else: "3 dead, 4 wounded;
    # suspect held" reports the arrest in passing
    for m in P_ARREST_ONE.finditer(s) if _ARREST_HINT.search(s) and not found else ():
        start = m.start("p") if m.group("p") else m.start("q")
        words = s[m.end("p") if m.group("p") else m.end("q"): m.end()]
        if (_NEGATED.search(s[max(0, m.start() - 20): m.end()]) or _MODAL.search(
                s[max(0, m.start() - 20): m.end()]) or _AND_MORE.match(s[m.end():] if m.group("p") else words)
                or (m.group("q") and _PLURAL_LAST.search(words))):
            continue
        found[start] = Stated(CountField.arrested, 1, start, how="one person arrested", single=True)
    totals = list(P_TOTAL.finditer(s))
    if totals:
        # "..., bringing the total to 33": the total of the one field the sentence counts
        fields = {f for m in (P_AFTER, P_BEFORE) for mm in m.finditer(s) if (f := _field(mm))}
        for m in totals:
            if len(fields) == 1:
                add(next(iter(fields)), m.span("n"), m.group("n"), total=True,
                    how="bringing the total to")
            else:
                note(m.start("n"), "bringing the total to: no single field in the sentence")
    stated = _less_perpetrators(s, found, marks) if marks else list(found.values())
    return sorted(stated, key=lambda st: st.start)
