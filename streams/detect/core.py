"""process(): one item against one shard's state -> a decision and the alerts it triggers."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from schemas import Alert, AlertKind, CountField, Decision, WireItem
from schemas.decision import DecisionStatus
from schemas.wire_item import PubStatus
from streams.detect import incidents as inc_mod
from streams.detect import neardup
from streams.detect.alerts import AlertBuilder
from streams.detect.claims import known_actor
from streams.detect.facts import Facts, StatedCount, analyse, resolve
from streams.detect.horizon import describe, is_old
from streams.detect.normalise import content_key
from streams.detect.places import country_of
from streams.detect.state import (
    MAX_MEMBERS,
    MAX_NOISE,
    MAX_PRINTS,
    MAX_STATEMENTS,
    Claim,
    Incident,
    Seen,
    ShardState,
    Statement,
)


@dataclass(frozen=True)
class DetectConfig:
    # An incident with no item for this long (in item time) is closed and forgotten; the
    # remembered texts and item_refs used for exact-duplicate checks expire with it.
    # Follow-ups (arrests, revised tolls) often come 4-6 days after the event; a story of many
    # reports stays open longer (incidents.open_until).
    incident_ttl: timedelta = timedelta(days=7)
    # Old news (streams.detect.horizon): an item more than this far behind both the shard's
    # wire clock and the wall clock is processed into state, but its alerts are withheld.
    # None: every item may alert.
    alert_horizon: timedelta | None = timedelta(hours=48)


@dataclass
class Outcome:
    decision: Decision
    alerts: list[Alert] = field(default_factory=list)
    suppressed: int = 0   # alerts withheld because the item is old news


def facts_of(item: WireItem) -> Facts:
    return analyse(item.headline, item.body_text, item.versioncreated.year,
                   country_of(item.located))


def item_epoch(item: WireItem, now: datetime) -> int:
    """The item's time in epoch seconds, never later than `now`: the one clamp of item time
    (a clock that runs ahead of the wire must not expire or age everything)."""
    return int(min(item.versioncreated, now).timestamp())


_resolve = resolve   # moved to facts.resolve (near-duplicates compare what it picks); kept here


_NAME_PARTICLES = frozenset(["al", "el", "of", "the", "de", "bin", "and"])


def _named(actor: str) -> float:
    """Share of an actor's words that are proper-name words: 1.0 for "Islamic State"."""
    words = actor.split()
    named = sum(1 for w in words if w[:1].isupper() or w.lower() in _NAME_PARTICLES)
    return named / len(words) if words else 0.0


def _find_incident(state: ShardState, guid: str) -> Incident | None:
    for inc in state.incidents:
        if guid in inc.members:
            return inc
    return None


def _join(inc: Incident, item: WireItem, t: int) -> None:
    inc.last = max(inc.last, t)
    if item.uri not in inc.members:
        inc.members.append(item.uri)
        del inc.members[:-MAX_MEMBERS]
    inc.refs.append(item.item_ref)
    del inc.refs[:-MAX_MEMBERS]


def _withdraw(state: ShardState, item: WireItem, now: datetime, t: int) -> Outcome:
    inc = _find_incident(state, item.uri)
    state.refs[item.item_ref] = Seen(r=item.item_ref, t=t, i=inc.id if inc else None)
    if inc is None:
        return Outcome(Decision(item_ref=item.item_ref, status=DecisionStatus.accepted,
                                reason="canceled; nothing of it was kept"))
    for f in list(inc.counts):
        inc.counts[f] = [s for s in inc.counts[f] if s.g != item.uri]
        if not inc.counts[f]:
            del inc.counts[f]
    inc.claims = [c for c in inc.claims if c.g != item.uri]
    inc.prints = [p for p in inc.prints if not p.r.startswith(item.uri + "@")]
    _join(inc, item, t)
    builder = AlertBuilder(inc, item, now)
    body = item.body_text.strip()
    builder.add(AlertKind.withdrawn, evidence=body.split(". ")[0] if body else item.headline)
    return Outcome(Decision(item_ref=item.item_ref, status=DecisionStatus.accepted,
                            incident_id=inc.id), builder.finish())


def _state_change(inc: Incident, item: WireItem, facts: Facts, builder: AlertBuilder,
                  opened: bool, t: int) -> dict[CountField, int]:
    """Apply the item's counts and claims to its incident; emit the alerts they call for."""
    if opened:
        builder.add(AlertKind.new_incident, evidence=item.headline)
    current = inc.current()
    stated: dict[CountField, int] = {}
    corrections: list[tuple[CountField, int | None, StatedCount]] = []
    late = False
    by_field = facts.stated_by_field()   # the incident's figures over a province's
    for f in CountField:
        if f not in by_field:
            continue
        chosen = resolve(by_field[f], current.get(f))
        old = current.get(f)
        if chosen.part and old is not None and chosen.value < old:
            continue   # one area's share of a larger known whole is no revision of it
        if chosen.single and old is not None:
            continue   # "police detain a man" once some are held: one more, not the tally
        stated[f] = chosen.value
        statement = Statement(g=item.uri, r=item.item_ref, v=chosen.value, t=t)
        history = inc.counts.setdefault(f, [])
        if history and statement.order() < history[-1].order():
            # Older in item time than what set the field: it neither moves it nor alerts; kept
            # in its place in item order, for a withdrawal's fall-back.
            late = True
            bisect.insort(history, statement, key=Statement.order)
        else:
            if chosen.value != old:
                if facts.corrected and old is not None:
                    corrections.append((f, old, chosen))
                else:
                    builder.add(AlertKind.casualty_update, field=f, old=old, new=chosen.value,
                                evidence=chosen.evidence)
            history.append(statement)
        del history[:-MAX_STATEMENTS]
    if facts.corrected:
        for f, old, chosen in corrections:
            builder.add(AlertKind.correction, field=f, old=old, new=chosen.value,
                        evidence=chosen.evidence)
        if not corrections and not late:
            builder.add(AlertKind.correction, evidence=item.headline)
    known = {c.k for c in inc.claims}
    claimed = False
    # the alert names the actor by its name ("Balochistan Liberation Army") rather than by a
    # description in the headline ("Baloch separatists"): named claims first
    for key, actor, evidence in sorted(facts.claims, key=lambda c: -_named(c[1])):
        if known_actor(key, known):
            continue  # a repeat report of a claim already alerted (also under its acronym)
        if not claimed:
            builder.add(AlertKind.responsibility_claim, claimed_by=actor, evidence=evidence)
            claimed = True
        inc.claims.append(Claim(k=key, a=actor, g=item.uri))
        known.add(key)
    return stated


def process(state: ShardState, item: WireItem, *, now: datetime,
            config: DetectConfig | None = None, hint: str | None = None,
            wire_clock: int | None = None) -> Outcome:
    """One item against its shard's state. `hint`: see `routing.Route`.

    Old news (`horizon.is_old`): the item changes the state as any other, but its alerts are
    withheld; the decision says why and `Outcome.suppressed` how many. `wire_clock`: the latest
    item time of the whole wire before this item (the router's clock, which sees every
    country), so that the first item of a country this shard has never seen can be old too.
    """
    cfg = config or DetectConfig()
    t = item_epoch(item, now)
    # before this item; 0 means nothing was seen
    wire_clock = max(state.clock, wire_clock or 0) or None
    outcome = _process(state, item, now, cfg, hint, t)
    wall = int(now.timestamp())
    if not outcome.alerts or cfg.alert_horizon is None or wire_clock is None:
        return outcome
    if not is_old(t, wire_clock, wall, cfg.alert_horizon):
        return outcome
    # The incident's alert chain goes on from its last alert that was sent.
    first = outcome.alerts[0]
    for inc in state.incidents:
        if inc.id == first.incident_id:
            inc.last_alert = first.previous_alert_id
    n = len(outcome.alerts)
    reason = (f"old news: {n} alert(s) withheld, "
              + describe(t, wire_clock, wall, cfg.alert_horizon))
    if outcome.decision.reason:
        reason = f"{outcome.decision.reason}; {reason}"
    return Outcome(outcome.decision.model_copy(update={"reason": reason}), [], suppressed=n)


def _process(state: ShardState, item: WireItem, now: datetime, cfg: DetectConfig,
             hint: str | None, t: int) -> Outcome:
    state.clock = max(state.clock, t)
    window_start = state.clock - int(cfg.incident_ttl.total_seconds())
    inc_mod.expire(state, window_start, int(cfg.incident_ttl.total_seconds()))
    ref = item.item_ref
    if t < window_start:
        # Older than everything the shard still remembers: no incident it could join or revise
        # is kept, its item_ref may have been forgotten, and an alert would be old news. A
        # stream meets this when it replays input after a rebalance against a state that is
        # already ahead of it: such an item must open nothing and alert nothing.
        return Outcome(Decision(item_ref=ref, status=DecisionStatus.accepted, reason=(
            f"outside the shard's window: item time is more than "
            f"{cfg.incident_ttl.total_seconds() / 3600:g} h behind the latest item of {state.key}")))
    if ref in state.refs:
        seen = state.refs[ref]
        return Outcome(Decision(item_ref=ref, status=DecisionStatus.duplicate, duplicate_of=ref,
                                incident_id=seen.i, reason="already processed"))
    if item.pubstatus is PubStatus.canceled:
        return _withdraw(state, item, now, t)
    facts = facts_of(item)
    if item.pubstatus is PubStatus.withheld:
        inc = inc_mod.match(state, item, facts, hint)
        return Outcome(Decision(item_ref=ref, status=DecisionStatus.accepted,
                                incident_id=inc.id if inc else None, reason="withheld: ignored"))
    key = content_key(item.headline, item.body_text)
    if key in state.texts:
        first = state.texts[key]
        state.refs[ref] = Seen(r=ref, t=t, i=first.i)
        return Outcome(Decision(item_ref=ref, status=DecisionStatus.duplicate,
                                duplicate_of=first.r, incident_id=first.i))
    inc = inc_mod.match(state, item, facts, hint)
    opened = False
    if inc is None and inc_mod.opens_incident(item, facts):
        # a text that names no country the gazetteer knows ("Eastern Libya PM: 2,000 killed in
        # Darna floods") is about its shard's: the route key is the country of its dateline,
        # or the one the router sent it to, and later items naming that country then join
        country = facts.places.best_country() or inc_mod.shard_country(state.key)
        inc = inc_mod.open_incident(state, item, facts, t, country)
        opened = True
    if inc is not None:
        facts = inc_mod.own_facts(state, inc, facts, t)   # not another incident's figures
    inc_id = inc.id if inc else None
    state.texts[key] = Seen(r=ref, t=t, i=inc_id)
    state.refs[ref] = Seen(r=ref, t=t, i=inc_id)
    prints = inc.prints if inc is not None else state.noise
    original = None if opened else neardup.find(facts, prints)
    if inc is not None:
        _join(inc, item, t)
    if original is not None:
        if inc is not None:
            # a rewrite names the incident as another agency does: later reports that use
            # its words must still find the incident
            inc_mod.remember_names(inc, facts)
        return Outcome(Decision(item_ref=ref, status=DecisionStatus.near_duplicate,
                                duplicate_of=original.r, incident_id=inc_id))
    if inc is None:
        counts = {f: v[0].value for f, v in facts.by_field().items()}
        state.noise.append(neardup.make_print(ref, facts, counts, t))
        del state.noise[:-MAX_NOISE]
        return Outcome(Decision(item_ref=ref, status=DecisionStatus.accepted))
    builder = AlertBuilder(inc, item, now)
    stated = _state_change(inc, item, facts, builder, opened, t)
    inc_mod.remember_names(inc, facts, opened)
    inc.prints.append(neardup.make_print(ref, facts, stated, t))
    del inc.prints[:-MAX_PRINTS]
    return Outcome(Decision(item_ref=ref, status=DecisionStatus.accepted, incident_id=inc_id),
                   builder.finish())
