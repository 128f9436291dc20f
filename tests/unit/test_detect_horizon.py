"""Old news: an item far behind both the wire's clock and the wall clock changes state, not alerts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from schemas import AlertKind, CountField, WireItem
from schemas.decision import DecisionStatus
from streams.detect import DetectConfig, ShardState, process
from streams.detect.horizon import is_old
from streams.detect.offline import Evaluator
from tests.conftest import item

H = timedelta(hours=48)
HOUR = 3600
NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
T0 = NOW - timedelta(hours=3)


def wi(uri: str, headline: str, body: str, when: datetime, *, version: int = 1,
       **extra: object) -> WireItem:
    return WireItem.model_validate(item(uri, version, headline, body,
                                        versioncreated=when.isoformat(), **extra))


FIRST = wi("t:a:1", "Bomb blast hits bus station in Pakistan's Quetta",
           "QUETTA (Test Wire) - A bomb exploded at the main bus station in Quetta on Friday, "
           "police said. There was no word yet on casualties.", T0, urgency=1)
TOLL = wi("t:b:1", "Quetta bus station bombing kills 31 - police",
          "The bomb at the Quetta bus station killed 31 people and wounded 52, "
          "provincial police chief Ali Raza said.", T0 + timedelta(minutes=40))
ARCHIVE = wi("t:old:1", "Bomb kills 12 in market in Pakistan's Peshawar",
             "At least 12 people were killed when a bomb exploded in a crowded market in "
             "Peshawar, Pakistan, police said.", T0 - timedelta(days=3), urgency=1)
# (within the shard's 7-day incident window: further back, core.process opens nothing at all)
DOWN = wi("t:b:2", "Quetta bombing toll revised to 28",
          "The provincial government revised the number of people killed in the Quetta bus "
          "station bombing down to 28 from 31, saying three bodies had been counted twice.",
          T0 + timedelta(minutes=120))


# --- is_old: both clocks, the boundary, the backlog --------------------------------------

def test_old_only_when_behind_both_clocks() -> None:
    now = 1_000_000_000
    assert is_old(now - 100 * HOUR, now, now, H)                 # an archive item on a live wire
    # a backlog being replayed: old by the wall clock, current on the wire -> still alerts
    assert not is_old(now - 100 * HOUR, now - 99 * HOUR, now, H)
    # the wire's clock far ahead of an item that is current by the wall clock -> still alerts
    assert not is_old(now - HOUR, now + 100 * HOUR, now, H)


def test_boundary_is_more_than_the_horizon() -> None:
    now = 1_000_000_000
    at = now - 48 * HOUR
    assert not is_old(at, now, now, H)          # exactly the horizon behind: not old
    assert is_old(at - 1, now, now, H)          # one second more: old
    assert not is_old(at - 1, at + 1, now, H)   # ... unless the wire is within the horizon
    assert not is_old(at - 1, now, at + 1, H)   # ... or the wall clock is


def test_no_wire_clock_or_no_horizon_means_nothing_is_old() -> None:
    now = 1_000_000_000
    assert not is_old(0, None, now, H)       # a shard that has seen nothing: the known gap
    assert not is_old(0, now, now, None)     # horizon off


# --- process(): the old item changes state, raises no alert ------------------------------

def run(items: list[WireItem], state: ShardState, config: DetectConfig | None = None) -> list:
    return [process(state, it, now=NOW, config=config) for it in items]


def test_archive_item_after_live_ones_is_processed_but_does_not_alert() -> None:
    state = ShardState(key="pk")
    live = run([FIRST, TOLL], state)
    assert [a.kind for a in live[0].alerts] == [AlertKind.new_incident]
    clock = state.clock
    old = process(state, ARCHIVE, now=NOW)
    assert old.alerts == []
    assert old.suppressed >= 1                                   # at least its new_incident
    assert old.decision.status is DecisionStatus.accepted
    assert old.decision.reason is not None and old.decision.reason.startswith(
        f"old news: {old.suppressed} alert(s) withheld, item time "
        f"{T0 - timedelta(days=3):%Y-%m-%dT%H:%M:%SZ} is more than 48 h behind")
    # state as usual: the item is remembered (a repeat is a duplicate, so is its text under
    # another uri), it opened its incident, and the wire's clock did not go back
    assert ARCHIVE.item_ref in state.refs
    assert old.decision.incident_id is not None
    assert any(inc.id == old.decision.incident_id for inc in state.incidents)
    assert state.clock == clock
    again = process(state, ARCHIVE, now=NOW)
    assert again.decision.status is DecisionStatus.duplicate and again.alerts == []
    copy = wi("t:other:1", ARCHIVE.headline, ARCHIVE.body_text, ARCHIVE.versioncreated)
    assert process(state, copy, now=NOW).decision.status is DecisionStatus.duplicate


def test_live_follow_up_after_an_archive_item_alerts_as_without_it() -> None:
    plain = run([FIRST, TOLL, DOWN], ShardState(key="pk"))
    with_old = run([FIRST, TOLL, ARCHIVE, DOWN], ShardState(key="pk"))
    follow_up = with_old[3].alerts
    assert [(a.kind, a.field, a.old, a.new) for a in follow_up] == [
        (AlertKind.casualty_update, CountField.killed, 31, 28)]
    # the same alert, chained to the incident's last alert that was sent
    assert [a.model_dump(exclude={"detected_at"}) for a in follow_up] == [
        a.model_dump(exclude={"detected_at"}) for a in plain[2].alerts]
    assert follow_up[0].previous_alert_id == with_old[1].alerts[-1].alert_id


def test_withheld_alerts_leave_the_incident_chain_on_the_last_sent_alert() -> None:
    # an item three days older than the live incident claims it: it joins the incident and its
    # claim is kept (state as usual), but its responsibility_claim is withheld, so the next
    # live alert chains to the last alert that was sent
    state = ShardState(key="pk")
    live = run([FIRST, TOLL], state)
    last_sent = live[1].alerts[-1].alert_id
    claim = wi("t:late:1", "Southern Front claims Quetta bus station bombing",
               "The Southern Front claimed responsibility for the bombing of the Quetta bus "
               "station in a statement.", T0 - timedelta(days=3))
    out = process(state, claim, now=NOW)
    assert out.alerts == [] and out.suppressed == 1
    assert out.decision.incident_id == state.incidents[0].id
    assert [c.a for c in state.incidents[0].claims] == ["Southern Front"]
    assert state.incidents[0].last_alert == last_sent
    down = process(state, DOWN, now=NOW).alerts
    assert [a.kind for a in down] == [AlertKind.casualty_update]
    assert down[0].previous_alert_id == last_sent


def test_a_replayed_backlog_still_alerts() -> None:
    # the whole live stream arrives three days late (a worker catching up): every item is old
    # by the wall clock, none by the wire's, so the alerts are those of the live run
    later = NOW + timedelta(days=3)
    live = run([FIRST, TOLL, DOWN], ShardState(key="pk"))
    state = ShardState(key="pk")
    replay = [process(state, it, now=later) for it in (FIRST, TOLL, DOWN)]
    assert [a.alert_id for o in replay for a in o.alerts] == [
        a.alert_id for o in live for a in o.alerts]
    assert all(o.suppressed == 0 for o in replay)


def test_horizon_off_alerts_old_news() -> None:
    state = ShardState(key="pk")
    run([FIRST, TOLL], state, DetectConfig(alert_horizon=None))
    out = process(state, ARCHIVE, now=NOW, config=DetectConfig(alert_horizon=None))
    assert AlertKind.new_incident in [a.kind for a in out.alerts] and out.suppressed == 0


# --- evaluate: the same rule on a file ---------------------------------------------------

def test_evaluate_wall_clock_is_the_files_clock_capped_at_now() -> None:
    ev = Evaluator(now=NOW)
    assert ev.arrived(TOLL) == TOLL.versioncreated
    assert ev.arrived(FIRST) == TOLL.versioncreated          # an earlier item: the clock stays
    capped = Evaluator(now=T0)
    assert capped.arrived(TOLL) == T0                        # capped at the caller's now


# --- the router's clock: a country the shard has never seen ------------------------------

ELSEWHERE = wi("t:old:2", "Floods kill 40 in Kenya's coastal Mombasa county",
               "At least 40 people were killed by flash floods in Mombasa county, Kenya, the "
               "Kenya Red Cross said.", T0 - timedelta(days=3), urgency=1)


def test_first_item_of_an_unseen_country_is_old_by_the_wires_clock() -> None:
    ev = Evaluator(now=NOW)
    for live in (FIRST, TOLL):
        ev.feed_item(live, NOW)
    decision, alerts = ev.feed_item(ELSEWHERE, NOW)
    assert alerts == [] and decision.reason is not None and "old news" in decision.reason
    assert "ke" in ev.shards and ev.shards["ke"].incidents   # state as usual: it opened one


def test_the_same_item_first_on_a_fresh_wire_alerts() -> None:
    # nothing seen before it: no wire clock, as when a recorded wire is replayed from its start
    alerts = Evaluator(now=NOW).feed_item(ELSEWHERE, NOW)[1]
    assert AlertKind.new_incident in [a.kind for a in alerts]


def test_process_takes_the_later_of_the_shards_and_the_wires_clock() -> None:
    wire_clock = int(TOLL.versioncreated.timestamp())
    out = process(ShardState(key="ke"), ELSEWHERE, now=NOW, wire_clock=wire_clock)
    assert out.alerts == [] and out.suppressed >= 1
    state = ShardState(key="pk")
    run([FIRST, TOLL], state)
    # an older wire clock from the router never moves the shard's own back
    assert process(state, ARCHIVE, now=NOW, wire_clock=wire_clock - 100 * HOUR).suppressed >= 1
