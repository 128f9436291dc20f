"""Shared word classes for reading casualty counts, as regex alternations over lower-case text.

One class per idea, so that a construction known for one field works for every field and a word
known in one construction works in all of them: each field has its nouns ("the dead",
"fatalities"), its participles after a number ("martyred", "perished") and its verbs before a
number; change verbs ("rises to", "climbed past", "stands at") and toll nouns ("toll",
"count") combine with any field noun. Inflections are spelled out here once, not per pattern.
"""

from __future__ import annotations

from schemas import CountField


def alt(*words: str) -> str:
    """A non-capturing alternation, longest first so that "death toll" wins over "death"."""
    return "(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + ")"


# Nouns (and nominalised adjectives) that name the people counted in a field: the subject of
# "the dead rose to 51", the object of "the number of wounded", the noun after "51 dead".
FIELD_NOUNS: dict[CountField, str] = {
    CountField.killed: alt(
        "dead", "deaths", "death", "fatalities", "fatality", "killed", "martyrs", "martyred",
        "bodies", "people killed", "persons killed", "people dead", "lives lost",
    ),
    CountField.injured: alt("injured", "wounded", "hurt", "injuries", "injury", "people injured",
                            "persons injured"),
    CountField.missing: alt("missing", "unaccounted for", "unaccounted"),
    # "the number in custody rose to five"
    CountField.arrested: alt("arrested", "detained", "arrests", "detentions", "held",
                             r"in\s+(?:police\s+)?custody"),
    CountField.displaced: alt("displaced", "homeless", "displacement", "displacements"),
}

# Participles and adjectives that follow a number ("12 martyred", "51 dead"). Order matters
# where one field's words contain another's: "presumed dead" is missing, not killed.
AFTER_WORDS: dict[CountField, str] = {
    CountField.missing: alt("presumed dead", "missing", "unaccounted for", "unaccounted"),
    CountField.killed: alt(
        r"shot\s+dead", r"killed(?!\s+off)", "dead", "died", "die", "deaths", "fatalities",
        "perished", "drowned", "drown", "martyred", "martyrs", r"lost\s+their\s+lives",
        r"lost\s+lives", r"were\s+lost", "bodies", r"brought\s+dead", r"declared\s+dead",
        r"confirmed\s+dead", r"(?:[a-z]+ed|beaten|burnt|hacked)\s+to\s+death", r"burnt\s+alive",
        r"burned\s+alive", "succumbed",
    ),
    CountField.injured: alt("injured", "wounded", "hurt", "injuries", r"sustained\s+injuries"),
    CountField.arrested: alt("arrested", "detained", "held", r"in(?:to)?\s+(?:police\s+)?custody",
                             r"rounded\s+up",
                             "apprehended", "nabbed", r"in\s+detention", r"under\s+arrest"),
    CountField.displaced: alt("displaced", "homeless", r"forced\s+from\s+(?:their\s+)?homes",
                              r"forced\s+to\s+flee", r"rendered\s+homeless",
                              r"fled\s+(?:their\s+)?homes",
                              # "3,300 people have fled to the town" (not "fled the scene")
                              r"(?:fled|flee|flees|fleeing)(?!\s+(?:the\s+)?(?:scene|on\s+foot|in\s+a\b))"),
}

# Active verbs whose object is the count ("killed 84", "claimed the lives of 12").
BEFORE_WORDS: dict[CountField, str] = {
    CountField.killed: alt("kill", "kills", "killed", "killing", r"claimed\s+the\s+lives\s+of",
                           r"claiming\s+the\s+lives\s+of", r"left\s+dead", "martyred"),
    CountField.injured: alt("injure", "injures", "injured", "injuring", "wound", "wounds",
                            "wounded", "wounding", "hurt", "hurting"),
    CountField.arrested: alt("arrest", "arrests", "arrested", "arresting", "detain", "detains",
                             "detained", "detaining", r"rounded\s+up", "apprehended",
                             "apprehend", "nabbed"),
    CountField.displaced: alt("displace", "displaces", "displaced", "displacing"),
}

# Verbs that take "lives" as their object ("claimed 40 lives", "cost 12 lives").
LIVES_VERBS = alt("claimed", "claiming", "claims", "claim", "cost", "costing", "costs", "took",
                  "taking", "takes", "snuffed out", "lost", "losing")

# Change and state verbs before the new figure: "rises to", "climbed past", "stands at",
# "revised down to", "reaches", "tops". The preposition, if any, follows in the pattern.
_RISE = ("rise", "rises", "rose", "risen", "rising", "climb", "climbs", "climbed", "climbing",
         "jump", "jumps", "jumped", "jumping", "increase", "increases", "increased", "increasing",
         "mount", "mounts", "mounted", "mounting", "soar", "soars", "soared", "surge", "surges",
         "surged", "grow", "grows", "grew", "grown", "swell", "swells", "swelled", "spike",
         "spiked", "edge", "edges", "edged", "go up", "goes up", "went up", "gone up",
         "shot up", "shoots up", "risen sharply", "rose sharply")
_FALL = ("fall", "falls", "fell", "fallen", "drop", "drops", "dropped", "decline", "declines",
         "declined", "decrease", "decreases", "decreased", "come down", "comes down", "came down",
         "lowered", "reduced", "cut")
_REVISE = ("revised", "revises", "revise", "raised", "raises", "updated", "adjusted", "put",
           "puts", "corrected", "brought", "taking", "bringing", "pushing", "pushed")
_REACH = ("reach", "reaches", "reached", "reaching", "hit", "hits", "hitting", "touch",
          "touches", "touched", "cross", "crosses", "crossed", "crossing", "pass", "passes",
          "passed", "passing", "top", "tops", "topped", "topping", "exceed", "exceeds",
          "exceeded", "exceeding", "surpass", "surpasses", "surpassed", "near", "nears",
          "neared", r"amounts?\s+to", r"amounted\s+to", r"amounting\s+to")
_STAND = ("stand", "stands", "stood", "standing", "remain", "remains", "remained", "is", "was",
          "are", "were", "now", "has", "have", "had", "been", "officially", "reportedly",
          "sharply", "further", "again", "up", "down", "on", "overnight")

STAND_VERBS = alt("stand", "stands", "stood", "standing", "remain", "remains", "remained", "put",
                  "placed", "pegged", "estimated")
CHANGE_VERBS = alt(*_RISE, *_FALL, *_REVISE)
REACH_VERBS = alt(*_REACH)
STATE_WORDS = alt(*_STAND)

# Currency words: a number beside one is an amount of money, never a head count ("Rs 50,000
# for the injured", "$2 million in aid", "200,000 rupees").
CURRENCY_BEFORE = alt(r"rs\.?", r"inr", r"usd", r"us\$", r"\$", "₹", "£", "€", "¥", r"tk\.?",
                      r"rp\.?", "pkr", "lkr", "npr", "bdt", "aed", "sar", "eur", "gbp", "cny",
                      "rmb", r"ksh\.?", "ngn", r"php", "idr", "brl", r"r\$", "mxn")
CURRENCY_AFTER = alt("rupees", "rupee", "rupiah", "taka", "dinars", "dinar", "dirhams",
                     "dirham", "pesos", "peso", "francs", "naira", "shillings", "riyals",
                     "ringgit", "baht", "kyat", "afghanis", "lira", "liras", "reais", "rand",
                     "yen", "won", "dong", "cedis", "birr", "kwacha", "usd", "inr", "pkr")

# Nouns of an event that happens to people, before "of" and the number: "announced the death of
# 100 pilgrims", "the martyrdom of 23 citizens and the injury of 50 others", "confirmed the
# arrest of three" (the nominal phrasing of translated agency copy).
NOMINAL_NOUNS: dict[CountField, str] = {
    CountField.killed: alt("death", "deaths", "killing", "killings", "martyrdom", "drowning",
                           "drownings"),
    CountField.injured: alt("injury", "injuries", "injuring", "wounding"),
    CountField.missing: alt("disappearance", "disappearances"),
    CountField.arrested: alt("arrest", "arrests", "detention", "detentions"),
    CountField.displaced: alt("displacement", "displacements"),
}

# One person, as the object or subject of an arrest ("police detain a teenager", "man held
# after the attack", "the driver's wife taken into custody"): an arrest of one is a count of one.
# People held as suspects, not staff held over their duty (an owner, a driver, a manager held
# over negligence are not counted in the labels).
PERSON_NOUNS = alt(
    "man", "woman", "teenager", "teen", "boy", "girl", "youth", "suspect", "person", "companion",
    "accomplice", "associate", "student", "relative", "wife", "husband", "brother", "sister",
    "son", "daughter", "father", "mother", "friend", "neighbour", "neighbor", "resident",
    "doctor", "cleric", "preacher", "imam", "militant",
    "gunman", "attacker", "bomber", "shooter", "assailant", "perpetrator", "ringleader",
    "mastermind", "organiser", "organizer", "planner", "tenant", "soldier", "policeman", "teacher",
    "priest", "monk", "national", "citizen", "refugee", "migrant", "foreigner", "juvenile", "minor",
    "individual",
)
# Verbs of moving people to care: those evacuated, airlifted or rescued are not a tally of the
# injured ("41 injured are being treated" is: treatment is not among these)
CARE_VERBS = alt(
    "evacuate", "evacuates", "evacuated", "evacuating", "airlift", "airlifts", "airlifted",
    "airlifting", "transfer", "transfers", "transferred", "transferring", "fly", "flew", "flown",
    "flying", "rescue", "rescues", "rescued", "rescuing", "discharge", "discharged", "discharges",
)
