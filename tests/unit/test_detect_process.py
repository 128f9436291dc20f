"""Each alert kind through process(), duplicates, withheld items, replays, JSON round-trips."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from schemas import AlertKind, CountField, WireItem
from schemas.decision import DecisionStatus
from streams.detect import DetectConfig, ShardState, process, route_key
from streams.detect.offline import evaluate_lines
from tests.conftest import item, line

NOW = datetime(2024, 3, 10, tzinfo=UTC)
T0 = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)


def wi(uri: str, headline: str, body: str, *, minutes: int = 0, version: int = 1,
       **extra: object) -> WireItem:
    when = str(extra.pop("versioncreated", (T0 + timedelta(minutes=minutes)).isoformat()))
    return WireItem.model_validate(item(uri, version, headline, body, versioncreated=when, **extra))


FIRST = wi("t:a:1", "Bomb blast hits bus station in Pakistan's Quetta",
           "QUETTA (Test Wire) - A bomb exploded at the main bus station in Quetta on Friday, "
           "police said. There was no word yet on casualties.", urgency=1)
TOLL = wi("t:b:1", "Quetta bus station bombing kills 31 - police",
          "The bomb at the Quetta bus station killed 31 people and wounded 52, "
          "provincial police chief Ali Raza said.", minutes=40)
REWRITE = wi("t:c:1", "Police chief: 31 dead, 52 hurt in Quetta station blast",
             "Thirty-one people died and 52 were hurt when a bomb went off at the bus station "
             "in Quetta, according to provincial police chief Ali Raza.", minutes=55)
DOWN = wi("t:b:2", "Quetta bombing toll revised to 28",
          "The provincial government revised the number of people killed in the Quetta bus "
          "station bombing down to 28 from 31, saying three bodies had been counted twice.",
          minutes=120)
CLAIM = wi("t:a:2", "Southern Front claims Quetta bus station bombing",
           "The Southern Front claimed responsibility for the bombing of the Quetta bus station "
           "in a statement on Saturday.", minutes=600)
MARKETS = wi("t:d:1", "Karachi stocks close higher on bank shares",
             "Pakistan's main share index rose 1.2 percent, led by banks.", minutes=700, urgency=6)


def run(items: list[WireItem], state: ShardState | None = None) -> tuple[ShardState, list]:
    state = state or ShardState()
    outs = [process(state, it, now=NOW) for it in items]
    return state, outs


def test_route_key_follows_the_text_not_the_dateline() -> None:
    body = "DUBAI (Test Wire) - Two blasts hit the city of Kerman in southeastern Iran."
    assert route_key(wi("t:x:1", "Blasts in Iran", body)) == "ir"
    assert route_key(wi("t:x:2", "Funerals held for victims of the Kerman blasts", "")) == "ir"
    assert route_key(wi("t:x:3", "Gold edges up", "Gold rose 0.2 percent.")) == "xx"
    assert route_key(wi("t:x:4", "Gold edges up", "Gold rose.", located="Lima, Peru")) == "pe"


def test_new_incident_and_first_counts() -> None:
    _, outs = run([FIRST, TOLL])
    assert [a.kind for a in outs[0].alerts] == [AlertKind.new_incident]
    first = outs[0].alerts[0]
    assert first.country == "PK" and first.location == "Quetta" and first.tier.value == "flash"
    kinds = [(a.kind, a.field, a.old, a.new) for a in outs[1].alerts]
    assert kinds == [(AlertKind.casualty_update, CountField.killed, None, 31),
                     (AlertKind.casualty_update, CountField.injured, None, 52)]
    assert outs[1].alerts[0].previous_alert_id == first.alert_id
    assert outs[1].alerts[1].counts == {CountField.killed: 31, CountField.injured: 52}
    assert "31" in (outs[1].alerts[0].evidence or "")


def test_rewrite_from_same_source_is_a_near_duplicate() -> None:
    _, outs = run([FIRST, TOLL, REWRITE])
    assert outs[2].decision.status is DecisionStatus.near_duplicate
    assert outs[2].decision.duplicate_of == TOLL.item_ref and outs[2].alerts == []


def test_a_near_duplicate_names_the_incident_for_later_reports() -> None:
    # another agency's rewrites call the place by names the first reports did not use; the
    # incident remembers them, so a later report using only those names still finds it
    rewrites = [
        wi("t:f:1", "Police chief: 31 dead, 52 hurt in Quetta blast at Hazarganji terminal",
           "Thirty-one people died and 52 were hurt when a bomb went off at the Hazarganji "
           "terminal, provincial police chief Ali Raza said.", minutes=50),
        wi("t:g:1", "Hazarganji terminal bombing kills 31, wounds 52",
           "A bomb at the Hazarganji terminal killed 31 people and wounded 52, according to "
           "provincial police chief Ali Raza.", minutes=50),
    ]
    for rewrite in rewrites:
        state, outs = run([FIRST, TOLL, rewrite])
        assert outs[2].decision.status is DecisionStatus.near_duplicate
        assert "hazarganji" in state.incidents[0].names


def test_same_figure_from_another_source_is_corroboration() -> None:
    other = wi("t:e:1", "Hospital says 31 killed in Quetta station bombing",
               "The civil hospital in Quetta said 31 people were killed in the bombing at the "
               "bus station.", minutes=70)
    _, outs = run([FIRST, TOLL, other])
    assert outs[2].decision.status is DecisionStatus.accepted and outs[2].alerts == []


def test_changed_count_is_an_update_not_a_near_duplicate() -> None:
    _, outs = run([FIRST, TOLL, DOWN])
    assert outs[2].decision.status is DecisionStatus.accepted
    (alert,) = outs[2].alerts
    assert (alert.field, alert.old, alert.new) == (CountField.killed, 31, 28)
    assert "31 -> 28" in alert.summary


def test_responsibility_claim_once_per_actor() -> None:
    again = wi("t:c:2", "Southern Front says it carried out Quetta attack",
               "The Southern Front said it carried out the attack on the bus station.",
               minutes=650)
    _, outs = run([FIRST, TOLL, CLAIM, again])
    (claim,) = outs[2].alerts
    assert claim.kind is AlertKind.responsibility_claim and claim.claimed_by == "Southern Front"
    assert outs[3].alerts == []


def test_correction_carries_the_changed_field() -> None:
    wrong = wi("t:f:1", "Quetta bombing: 13 arrested", "Police arrested 13 people over the "
               "Quetta bus station bombing, officials said.", minutes=800)
    fixed = wi("t:f:1", "CORRECTED-Quetta bombing: 18 arrested", "Police arrested 18 people "
               "over the Quetta bus station bombing, officials said. (Corrects number to 18 "
               "from 13)", minutes=830, version=2)
    _, outs = run([FIRST, TOLL, wrong, fixed])
    (corr,) = outs[3].alerts
    assert (corr.kind, corr.field, corr.old, corr.new) == (AlertKind.correction,
                                                           CountField.arrested, 13, 18)


def test_withdrawal_retracts_what_the_guid_stated() -> None:
    wrong = wi("t:g:1", "Quetta toll rises to 40", "The death toll from the Quetta bus "
               "station bombing rose to 40, a local channel said.", minutes=300)
    killed = wi("t:g:1", "WITHDRAWN-Quetta toll", "Test Wire withdraws the story headlined "
                "'Quetta toll rises to 40'. There will be no substitute story.",
                minutes=360, version=2, pubstatus="canceled")
    state, outs = run([FIRST, TOLL, wrong, killed])
    (w,) = outs[3].alerts
    assert w.kind is AlertKind.withdrawn and w.field is None
    assert w.counts[CountField.killed] == 31
    assert state.incidents[0].current()[CountField.killed] == 31


def test_withheld_item_has_no_effect() -> None:
    held = wi("t:h:1", "HOLD-Quetta toll 45", "EDITORS: withheld pending confirmation. "
              "The toll in the Quetta bombing rose to 45.", minutes=200, pubstatus="withheld")
    state, outs = run([FIRST, TOLL, held])
    assert outs[2].alerts == [] and state.incidents[0].current()[CountField.killed] == 31
    assert outs[2].decision.incident_id == outs[0].decision.incident_id


def test_exact_duplicate_and_replay() -> None:
    copy = wi("t:z:9", TOLL.headline, "  " + TOLL.body_text.replace(" ", "  "), minutes=90)
    state, outs = run([FIRST, TOLL, copy])
    assert outs[2].decision.status is DecisionStatus.duplicate
    assert outs[2].decision.duplicate_of == TOLL.item_ref
    replay = process(state, TOLL, now=NOW)
    assert replay.decision.status is DecisionStatus.duplicate and replay.alerts == []


def test_noise_opens_no_incident() -> None:
    _, outs = run([MARKETS])
    assert outs[0].decision.incident_id is None and outs[0].alerts == []


def test_retrospective_in_the_same_city_is_noise() -> None:
    retro = wi("t:r:1", "Ten years on, Quetta remembers the 2014 hotel siege",
               "Families in Quetta marked ten years since the siege that killed 44 people.",
               minutes=500, urgency=4)
    _, outs = run([FIRST, TOLL, retro])
    assert outs[2].decision.incident_id is None and outs[2].alerts == []


def test_state_round_trips_mid_stream() -> None:
    stream = [FIRST, TOLL, REWRITE, DOWN, CLAIM]
    straight, outs = run(stream)
    state = ShardState()
    resumed = []
    for it in stream:
        state = ShardState.model_validate_json(state.model_dump_json())
        resumed.append(process(state, it, now=NOW))
    assert [o.alerts for o in resumed] == [o.alerts for o in outs]
    assert state.model_dump_json() == straight.model_dump_json()


def test_alert_ids_are_deterministic_and_detected_at_is_now() -> None:
    a = [x.alert_id for o in run([FIRST, TOLL, DOWN])[1] for x in o.alerts]
    b = [x.alert_id for o in run([FIRST, TOLL, DOWN])[1] for x in o.alerts]
    assert a == b and len(set(a)) == len(a)
    assert run([FIRST])[1][0].alerts[0].detected_at == NOW


def test_incident_expires_after_ttl_in_item_time() -> None:
    cfg = DetectConfig(incident_ttl=timedelta(hours=6))
    state = ShardState()
    process(state, FIRST, now=NOW, config=cfg)
    late = wi("t:l:1", "Quetta bus station bombing kills 33", "The bomb at the Quetta bus "
              "station killed 33 people, police said.", minutes=60 * 24)
    out = process(state, late, now=NOW, config=cfg)
    assert AlertKind.new_incident in [a.kind for a in out.alerts]
    assert len(state.incidents) == 1


def test_far_future_timestamp_is_clamped_to_now() -> None:
    now = T0 + timedelta(hours=1)
    state = ShardState()
    process(state, FIRST, now=now)
    future = wi("t:y:1", "Asian shares mixed", "Shares were mixed.", urgency=6,
                versioncreated="2025-06-01T00:00:00Z")  # after `now`, before the wall clock
    process(state, future, now=now)
    assert len(state.incidents) == 1 and state.clock == int(now.timestamp())


def test_evaluate_lines_decides_every_line() -> None:
    later = "2024-03-01T11:00:00Z"
    lines = [line(item("u:1", 1)), line(item("u:1", 1)), b"{not json", b"\xff\xfe",
             line(item("u:1", 2, headline="Blast kills 14 in market", versioncreated=later)),
             line(item("u:1", 1, versioncreated="2024-03-01T12:00:00Z"))]
    decisions = [d for d, _ in evaluate_lines(lines, now=NOW)]
    # invalid lines at once; the others in item-time order (the last line's v1 is stamped
    # after v2, so it comes last and is stale)
    assert [d.status.value for d in decisions] == [
        "invalid", "invalid", "accepted", "duplicate", "accepted", "duplicate"]
    assert [d.item_ref for d in decisions[2:]] == ["u:1@1", "u:1@1", "u:1@2", "u:1@1"]
    assert decisions[5].reason == "stale"
    assert decisions[0].reason and decisions[0].reason.startswith("not_json")


def test_evaluate_lines_goes_by_item_time_not_line_order() -> None:
    first = item("u:9", 1, headline="Blast kills 12 in market")
    revised = item("u:9", 2, headline="Blast toll rises to 20 in market",
                   body="At least 20 people were killed when a bomb exploded in a market in "
                        "Peshawar, Pakistan, police said.", versioncreated="2024-03-01T11:00:00Z")
    in_order = [a.alert_id for _, got in evaluate_lines([line(first), line(revised)], now=NOW)
                for a in got]
    reversed_ = [a.alert_id for _, got in evaluate_lines([line(revised), line(first)], now=NOW)
                 for a in got]
    assert in_order and sorted(in_order) == sorted(reversed_)


def test_politics_that_attacks_does_not_join_an_incident() -> None:
    shooting = wi("t:m:1", "Gunman kills three at Bangkok mall",
                  "A gunman shot dead three people at a mall in Bangkok, police said.", urgency=1)
    politics = wi("t:m:2", "Thai opposition attacks government over budget",
                  "The opposition attacked the spending plan in parliament in Bangkok.",
                  minutes=60, urgency=4)
    state = ShardState(key=route_key(shooting))
    assert process(state, shooting, now=NOW).decision.incident_id
    assert process(state, politics, now=NOW).decision.incident_id is None


def test_another_town_of_the_same_province_joins_the_incident() -> None:
    first = wi("t:p:1", "Strong earthquake hits western Iran",
               "A strong earthquake struck near the town of Qasr-e Shirin in western Iran on "
               "Sunday, the seismological centre said.", urgency=1)
    toll = wi("t:p:2", "Quake kills 7 in Kermanshah",
              "Seven people were killed in the city of Kermanshah, state media said.", minutes=50)
    _, outs = run([first, toll])
    assert outs[1].decision.incident_id == outs[0].decision.incident_id
    assert [a.kind for a in outs[1].alerts] == [AlertKind.casualty_update]


def test_another_kind_of_event_with_its_own_toll_opens_its_own_incident() -> None:
    blast = wi("t:k:1", "Gas tanker explosion kills 6 in Malawi's Zomba",
               "A gas tanker exploded in Zomba near Lake Chilwa in Malawi on Monday, killing six "
               "people, police said.", urgency=1)
    boat = wi("t:k:2", "Boat capsizes on Lake Chilwa, six dead",
              "A boat capsized on Lake Chilwa in southern Malawi on Monday, killing six people, "
              "police said.", minutes=90)
    _, outs = run([blast, boat])
    assert outs[1].decision.incident_id != outs[0].decision.incident_id
    assert AlertKind.new_incident in [a.kind for a in outs[1].alerts]


def test_a_province_toll_does_not_replace_the_incident_toll() -> None:
    floods = wi("t:f:1", "Monsoon floods kill 130 in Pakistan",
                "The floods have killed 130 people across Pakistan since Monday. Sindh's death "
                "toll rose to 40, the provincial government said.", urgency=1)
    _, outs = run([floods])
    updates = [(a.field, a.new) for a in outs[0].alerts if a.kind is AlertKind.casualty_update]
    assert updates == [(CountField.killed, 130)]


def test_an_item_that_could_open_an_incident_joins_the_open_one_first() -> None:
    shooting = wi("t:g:1", "Gunmen kill 9 at market in Benin's Parakou",
                  "Gunmen opened fire at the central market in Parakou on Monday, killing nine "
                  "people, police said.", urgency=1)
    details = wi("t:g:2", "Witnesses describe Parakou market assault",
                 "Traders in Parakou described how the assault on the central market unfolded.",
                 minutes=300)
    _, outs = run([shooting, details])
    assert outs[1].decision.incident_id == outs[0].decision.incident_id
    assert outs[1].alerts == []


def test_a_replay_against_a_state_already_past_the_window_opens_nothing_and_alerts_nothing() -> None:
    """After a rebalance a stream can replay items against a shard state that already holds
    later ones (state and input offsets are not written atomically). Items older than the
    shard's window have been forgotten there: they must not come back as new incidents."""
    stream = [FIRST, TOLL, REWRITE, DOWN, CLAIM]
    state = ShardState(key=route_key(FIRST))
    assert sum(len(process(state, it, now=NOW).alerts) for it in stream) >= 3
    later = wi("t:e:1", "Bomb kills 9 at Quetta market",
               "A bomb exploded at a market in Quetta, killing nine people, police said.",
               versioncreated=(T0 + timedelta(days=8)).isoformat())
    assert process(state, later, now=NOW + timedelta(days=8)).alerts   # a new incident, days on
    opened = len(state.incidents)
    for replayed in stream:
        outcome = process(state, replayed, now=NOW + timedelta(days=8))
        assert outcome.alerts == [], replayed.item_ref
        assert "outside the shard's window" in outcome.decision.reason
        assert outcome.decision.incident_id is None
    assert len(state.incidents) == opened


def test_an_item_inside_the_window_but_late_is_still_a_duplicate_on_replay() -> None:
    state = ShardState(key=route_key(FIRST))
    for it in (FIRST, TOLL, DOWN):
        process(state, it, now=NOW)
    outcome = process(state, TOLL, now=NOW)
    assert outcome.decision.status is DecisionStatus.duplicate and outcome.alerts == []
