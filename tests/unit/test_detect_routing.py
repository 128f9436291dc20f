"""Routing across shards (streams.detect.routing) and the core taking the router's hint.

The stories are invented for these tests: a border bus crash first placed on the wrong side, a
claim naming two countries, and next-door events that must stay apart.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from schemas import AlertKind, WireItem
from schemas.codec import decode_item
from streams.detect import DetectConfig, RouterState, ShardState, process, route_item
from streams.detect.core import facts_of
from streams.detect.routing import (
    MAX_REPORTS,
    MAX_ROUTES,
    RELATED_WINDOW_S,
    SWEEP_EVERY_S,
    SWEEP_MIN_ITEMS,
    route,
    text_key,
)
from streams.detect.synthetic import stream
from tests.conftest import item

NOW = datetime(2024, 6, 1, tzinfo=UTC)
T0 = datetime(2024, 5, 4, 6, 0, tzinfo=UTC)


def wi(uri: str, headline: str, body: str, *, minutes: int = 0, version: int = 1) -> WireItem:
    when = (T0 + timedelta(minutes=minutes)).isoformat()
    return WireItem.model_validate(item(uri, version, headline, body, versioncreated=when))


class Desk:
    """The offline pipeline in miniature: one router, one state per shard."""

    def __init__(self) -> None:
        self.router = RouterState()
        self.shards: dict[str, ShardState] = {}
        self.incident: dict[str, str | None] = {}
        self.alerts: dict[str, list[AlertKind]] = {}
        self.key: dict[str, str] = {}

    def feed(self, *items: WireItem) -> Desk:
        for it in items:
            t = int(it.versioncreated.timestamp())
            chosen = route_item(self.router, it, t=t)
            state = self.shards.setdefault(chosen.key, ShardState(key=chosen.key))
            out = process(state, it, now=NOW, hint=chosen.hint)
            self.key[it.item_ref] = chosen.key
            self.incident[it.item_ref] = out.decision.incident_id
            self.alerts[it.item_ref] = [a.kind for a in out.alerts]
        return self


CRASH_CL = wi("r:a:1", "Bus falls into gorge in northern Chile, 14 dead",
              "ARICA, Chile (Test Wire) - A bus fell into a gorge in the Chilean region of Arica "
              "near the border with Peru on Saturday, killing 14 passengers, police said.")
CRASH_PE = wi("r:b:1", "Fourteen killed as bus falls into gorge in southern Peru",
              "LIMA (Other Wire) - Fourteen people were killed when a bus fell into a gorge in "
              "southern Peru on Saturday, officials said.", minutes=35)


def test_a_misplaced_first_report_joins_the_event_next_door() -> None:
    desk = Desk().feed(CRASH_CL, CRASH_PE)
    assert desk.key["r:b:1@1"] == "cl"                  # its text says Peru
    assert desk.incident["r:b:1@1"] == desk.incident["r:a:1@1"]
    assert AlertKind.new_incident not in desk.alerts["r:b:1@1"]


def test_without_the_router_it_would_open_a_second_incident() -> None:
    # the same two items routed by their text alone: the failure the router exists for
    shards: dict[str, ShardState] = {}
    kinds = []
    for it in (CRASH_CL, CRASH_PE):
        key = "cl" if it is CRASH_CL else "pe"
        out = process(shards.setdefault(key, ShardState(key=key)), it, now=NOW)
        kinds.append([a.kind for a in out.alerts])
    assert AlertKind.new_incident in kinds[1]


def test_a_newer_version_and_a_copy_go_where_the_first_went() -> None:
    later = wi("r:b:1", "Sixteen killed as bus falls into gorge in southern Peru",
               "LIMA (Other Wire) - Sixteen people were killed when a bus fell into a gorge in "
               "southern Peru on Saturday, officials said.", minutes=200, version=2)
    copy = wi("r:c:1", CRASH_PE.headline, CRASH_PE.body_text, minutes=60)
    desk = Desk().feed(CRASH_CL, CRASH_PE, later, copy)
    assert desk.key["r:b:1@2"] == desk.key["r:c:1@1"] == "cl"
    assert desk.alerts["r:b:1@2"] == [AlertKind.casualty_update]
    assert desk.incident["r:b:1@2"] == desk.incident["r:a:1@1"]


def test_later_reports_from_the_misplaced_side_follow_the_event() -> None:
    toll = wi("r:b:2", "Peru bus gorge crash toll climbs to 17",
              "LIMA (Other Wire) - Three injured passengers died, bringing the toll of "
              "Saturday's bus crash to 17, officials said.", minutes=300)
    desk = Desk().feed(CRASH_CL, CRASH_PE, toll)
    assert desk.key["r:b:2@1"] == "cl"
    assert desk.alerts["r:b:2@1"] == [AlertKind.casualty_update]


def test_a_follow_up_naming_two_countries_goes_to_the_event() -> None:
    bombing = wi("r:a:2", "Car bomb kills 9 at checkpoint in eastern Lebanon",
                 "BAALBEK, Lebanon (Test Wire) - A car bomb exploded at an army checkpoint near "
                 "Baalbek on Monday, killing nine soldiers, the army said.")
    claim = wi("r:d:1", "Syrian group claims checkpoint bombing in Lebanon",
               "DAMASCUS (Other Wire) - The Free Levant Brigades, a group based in Syria, claimed "
               "responsibility for the car bomb at a Lebanese army checkpoint in a statement "
               "posted in Syria.", minutes=500)
    desk = Desk().feed(bombing, claim)
    assert desk.key["r:d:1@1"] == "lb"
    assert desk.alerts["r:d:1@1"] == [AlertKind.responsibility_claim]


def test_next_door_events_stay_apart() -> None:
    other_kind = wi("r:e:1", "Flash flood kills 14 in southern Peru",
                    "AREQUIPA, Peru (Other Wire) - A flash flood swept through a village in "
                    "southern Peru on Saturday, killing 14 people, officials said.", minutes=60)
    other_figure = wi("r:f:1", "Bus falls into ravine in southern Peru, killing 5",
                      "CUSCO, Peru (Other Wire) - Five people were killed when a bus fell into "
                      "a ravine near Cusco on Saturday, police said.", minutes=90)
    days_later = wi("r:g:1", "Fourteen killed as bus falls into gorge in southern Peru",
                    "LIMA (Other Wire) - Fourteen people were killed when a bus fell into a "
                    "gorge near Puno on Wednesday, officials said.", minutes=60 * 24 * 4)
    desk = Desk().feed(CRASH_CL, other_kind, other_figure, days_later)
    for ref in ("r:e:1@1", "r:f:1@1", "r:g:1@1"):
        assert desk.key[ref] == "pe", ref
        assert AlertKind.new_incident in desk.alerts[ref], ref


def test_a_far_country_is_not_a_candidate() -> None:
    # the same figure and kind the same morning, but Japan neither borders nor is named
    far = wi("r:h:1", "Bus falls into gorge in central Japan, 14 dead",
             "TOKYO (Other Wire) - A bus fell into a gorge in Nagano on Saturday, killing 14.",
             minutes=20)
    desk = Desk().feed(CRASH_CL, far)
    assert desk.key["r:h:1@1"] == "jp"


def test_router_state_is_bounded_and_round_trips() -> None:
    router = RouterState()
    ttl = int(DetectConfig().incident_ttl.total_seconds())
    times = []
    for raw in stream(6_000, seed=7):
        it = decode_item(raw)
        times.append(int(it.versioncreated.timestamp()))
        route(router, it, facts_of(it), t=times[-1], ttl_s=ttl)
    assert all(len(r) <= MAX_REPORTS for r in router.reports.values())
    assert len(router.routes) <= MAX_ROUTES + 2 * SWEEP_MIN_ITEMS   # two keys per item
    # swept after an hour of item time and SWEEP_MIN_ITEMS items: nothing older than that
    slack = max(SWEEP_EVERY_S, router.clock - times[-2 * SWEEP_MIN_ITEMS])
    assert all(r.t >= router.clock - ttl - slack for r in router.routes.values())
    # reports are kept as long as a follow-up may follow them (the incident TTL)
    assert all(r.t >= router.clock - max(RELATED_WINDOW_S, ttl) - slack
               for reports in router.reports.values() for r in reports)
    assert RouterState.model_validate_json(router.model_dump_json()) == router


def test_the_same_toll_next_door_but_far_away_stays_apart() -> None:
    # same kind, same figure, an hour later, but Cusco is 500 km from Arica
    cusco = wi("r:j:1", "Bus falls into gorge near Cusco, 14 dead",
               "CUSCO, Peru (Other Wire) - Fourteen people were killed when a bus fell into a "
               "gorge near Cusco on Saturday, police said.", minutes=60)
    desk = Desk().feed(CRASH_CL, cusco)
    assert desk.key["r:j:1@1"] == "pe"
    assert AlertKind.new_incident in desk.alerts["r:j:1@1"]


def test_a_country_named_only_in_passing_gives_way_to_shared_names() -> None:
    strike = wi("r:k:1", "Drone strike kills three near Ain Ebel in south Lebanon",
                "AIN EBEL, Lebanon (Test Wire) - A drone strike on a motorbike near Ain Ebel "
                "killed three people on Sunday, Lebanon's health ministry said.")
    funeral = wi("r:k:2", "Mourners bury three killed near Ain Ebel",
                 "Hundreds attended the funerals in Ain Ebel on Monday of the three people killed "
                 "in Sunday's drone strike, which the Israeli army said hit militants.",
                 minutes=60 * 26)
    desk = Desk().feed(strike, funeral)
    assert desk.key["r:k:2@1"] == "lb"        # its only country word is "Israeli"
    assert desk.incident["r:k:2@1"] == desk.incident["r:k:1@1"]
    assert AlertKind.new_incident not in desk.alerts["r:k:2@1"]


def test_a_first_report_from_the_twin_town_across_the_river_joins_with_another_figure() -> None:
    # Tecun Uman (Guatemala) and Ciudad Hidalgo (Mexico) face each other across a river
    first = wi("r:m:1", "Fire sweeps market in Mexican border town, 5 dead",
               "MEXICO CITY (Test Wire) - A fire swept through a market in the Mexican border "
               "town of Ciudad Hidalgo on Monday, killing at least five people, officials said.")
    other_side = wi("r:n:1", "Guatemala: market fire in Tecun Uman kills six",
                    "GUATEMALA CITY (Other Wire) - A fire gutted the market of Tecun Uman, across "
                    "the river from Ciudad Hidalgo, killing six people, the disaster agency said.",
                    minutes=45)
    desk = Desk().feed(first, other_side)
    assert desk.key["r:n:1@1"] == "mx"
    assert desk.alerts["r:n:1@1"] == [AlertKind.casualty_update]


# ---- countries named equally: the dateline's decides, not the alphabet ----

@pytest.mark.parametrize("headline, body, located, key", [
    ("Ferry toll reaches 104 as divers reach cabins",
     "South Korean and American divers worked through the night.", "Jindo, South Korea", "kr"),
    ("Ferry toll reaches 104 as divers reach cabins",
     "South Korean and American divers worked through the night.", "Seattle, United States",
     "us"),
    ("Cyclone toll has risen to 1,002 across southern Africa",
     "Mozambique, Zimbabwe and Malawi reported new deaths.", "Maputo, Mozambique", "mz"),
    ("Cyclone toll has risen to 1,002 across southern Africa",
     "Mozambique, Zimbabwe and Malawi reported new deaths.", "Harare, Zimbabwe", "zw"),
])
def test_a_tie_between_named_countries_goes_to_the_datelines(
        headline: str, body: str, located: str, key: str) -> None:
    it = WireItem.model_validate(item("r:tie:1", 1, headline, body, located=located))
    assert text_key(it, facts_of(it)) == key


@pytest.mark.parametrize("headline, body, located, key", [
    # the text's own country weighs more: the dateline is where the reporter files from
    ("Blast kills 12 in Kerman, Iran", "Twelve people were killed in Kerman.",
     "Dubai, United Arab Emirates", "ir"),
    ("Bus falls into gorge in northern Chile, 14 dead", "The bus fell near Arica.",
     "Lima, Peru", "cl"),
])
def test_a_dateline_does_not_outweigh_the_place_the_text_names(
        headline: str, body: str, located: str, key: str) -> None:
    it = WireItem.model_validate(item("r:tie:2", 1, headline, body, located=located))
    assert text_key(it, facts_of(it)) == key
