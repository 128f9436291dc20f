"""Event time in the core: a statement older in item time than the one that set a field never
moves the field and never alerts, however late it arrives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import AlertKind, CountField, WireItem
from streams.detect import ShardState, process, route_key
from tests.conftest import item

NOW = datetime(2030, 1, 1, tzinfo=UTC)
START = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)


def update(n: int, killed: int) -> WireItem:
    at = (START + timedelta(minutes=30 * n)).isoformat().replace("+00:00", "Z")
    return WireItem.model_validate(item(
        f"u:toll:{n}", 1, headline=f"Peshawar market blast toll rises to {killed}",
        body=f"At least {killed} people were killed when a bomb exploded in a market in "
             "Peshawar, Pakistan, police said.", versioncreated=at))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(13, 60), min_size=2, max_size=8, unique=True), st.randoms(use_true_random=False))
def test_late_statements_never_move_a_field_back(tolls: list[int], rnd: object) -> None:
    first = WireItem.model_validate(item("u:toll:0", 1))   # "Blast kills 12 in market", 10:00
    updates = [update(n + 1, killed) for n, killed in enumerate(tolls)]
    arrival = list(updates)
    rnd.shuffle(arrival)  # type: ignore[attr-defined]
    state = ShardState(key=route_key(first))
    process(state, first, now=NOW)
    newest = first.versioncreated
    for it in arrival:
        outcome = process(state, it, now=NOW)
        moved = [a for a in outcome.alerts if a.field is CountField.killed
                 and a.kind in (AlertKind.casualty_update, AlertKind.correction)]
        if it.versioncreated < newest:
            assert not moved, "a statement older than the field's setter alerted"
        newest = max(newest, it.versioncreated)
    (inc,) = state.incidents
    assert inc.current()[CountField.killed] == tolls[-1], "the field holds the newest statement"
