"""States kept as many small records: what a recovering worker rebuilds decides as the original.

A plain dict stands in for the faust table (the memory store is a dict: `get` returns the very
object that was set). The integration tests (test_rebalance, test_reliability) recover the same
records through a real changelog.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from bench.growth import Table as CountingTable
from schemas import Alert, WireItem
from schemas.codec import decode_item
from streams.agents.keyed_state import SEP, KeyedStateStore, decode_element
from streams.agents.layouts import router_store, shard_store
from streams.detect import RouterState, ShardState
from streams.detect.offline import Evaluator
from streams.detect.reorder import item_order
from streams.detect.state import Seen
from streams.detect.synthetic import busy_country

DATA = Path(__file__).resolve().parents[1] / "data"
DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "dev-wire.jsonl"


def in_item_order(lines: list[bytes]) -> list[tuple[WireItem, datetime]]:
    """As `evaluate` feeds a file: each item with the wall clock it arrived at, in item order."""
    clock = Evaluator()
    arrivals = [(item, clock.arrived(item)) for item in map(decode_item, lines)]
    return sorted(arrivals, key=lambda pair: item_order(pair[0]))


def signature(alerts: list[Alert]) -> list[tuple[Any, ...]]:
    return [(a.alert_id, a.kind, a.item_ref, a.field, a.old, a.new) for a in alerts]


def checkpoint(run: Evaluator, shards: KeyedStateStore[ShardState],
               routers: KeyedStateStore[RouterState]) -> None:
    for key, state in run.shards.items():
        shards.store(key.encode(), state)
    routers.store(b"wire", run.router)


def recover(run: Evaluator, shard_table: dict[bytes, bytes],
            router_table: dict[bytes, bytes]) -> None:
    """Replace the run's states by what a worker with nothing cached reads from the tables."""
    shards, routers = shard_store(shard_table), router_store(router_table)
    run.shards = {key.decode(): shards.take(key) for key in shards.stored_keys()}
    run.router = routers.take(b"wire")


def with_recoveries(pairs: list[tuple[WireItem, datetime]], every: int) -> list[Alert]:
    """The run, stored every `every` items and recovered from the records every third time."""
    run = Evaluator()
    shard_table, router_table = CountingTable(), CountingTable()
    shards, routers = shard_store(shard_table), router_store(router_table)
    alerts: list[Alert] = []
    for n, (item, now) in enumerate(pairs, 1):
        alerts += run.feed_item(item, now)[1]
        if n % every == 0:
            checkpoint(run, shards, routers)
            if n % (3 * every) == 0:
                recover(run, shard_table, router_table)
                # a writer with nothing cached diffs against what the table holds
                shards, routers = shard_store(shard_table), router_store(router_table)
    return alerts


def plain(pairs: list[tuple[WireItem, datetime]]) -> list[Alert]:
    run = Evaluator()
    return [alert for item, now in pairs for alert in run.feed_item(item, now)[1]]


def test_streams_recovered_from_records_alert_as_the_uninterrupted_run() -> None:
    lines = [line for path in (DEV, DATA / "heldout-wire.jsonl")
             for line in path.read_bytes().splitlines() if line.strip()]
    pairs = in_item_order(lines)
    expected = signature(plain(pairs))
    assert len(expected) > 100
    for every in (1, 7, 40):
        assert signature(with_recoveries(pairs, every)) == expected, every


def test_a_rebuilt_state_equals_the_stored_one_field_for_field() -> None:
    lines = [line for line in (DATA / "heldout-wire.jsonl").read_bytes().splitlines() if line]
    run = Evaluator()
    for item, now in in_item_order(lines):
        run.feed_item(item, now)
    shard_table: dict[bytes, bytes] = {}
    router_table: dict[bytes, bytes] = {}
    checkpoint(run, shard_store(shard_table), router_store(router_table))
    fresh = shard_store(shard_table)
    for key, state in run.shards.items():
        rebuilt = fresh.take(key.encode())
        assert rebuilt.model_dump_json() == state.model_dump_json(), key
    assert router_store(router_table).take(b"wire").model_dump_json() \
        == run.router.model_dump_json()


def test_a_store_rewrites_only_what_changed_or_moved_and_keeps_the_order() -> None:
    table = CountingTable()
    store = shard_store(table)
    state = ShardState(key="ir", texts={k: Seen(r=k, t=n) for n, k in enumerate("abcdef")})
    store.store(b"ir", state)
    ranks = {key: decode_element(value)[0] for key, value in table.items() if SEP in key}
    before = table.writes
    state.refs["x"] = Seen(r="x", t=9)          # new: appended
    state.texts.pop("b")                          # re-inserted: moves to the end
    state.texts["b"] = Seen(r="b", t=7)
    state.texts["d"] = Seen(r="d", t=8)           # replaced in place: keeps its place
    del state.texts["a"]                          # expired
    store.store(b"ir", state)
    # the new ref, b moved, d changed, a deleted, and the head: nothing else is written
    assert table.writes - before == 5
    after = {key: decode_element(value)[0] for key, value in table.items() if SEP in key}
    assert after[b"ir/t/c"] == ranks[b"ir/t/c"] and after[b"ir/t/d"] == ranks[b"ir/t/d"]
    rebuilt = shard_store(table).take(b"ir")
    assert list(rebuilt.texts) == ["c", "d", "e", "f", "b"] == list(state.texts)
    assert rebuilt.model_dump() == state.model_dump()


def test_a_state_stored_whole_by_an_earlier_version_is_read_and_then_split() -> None:
    state = ShardState(key="ir", clock=5)
    table: dict[bytes, bytes] = {b"ir": state.model_dump_json().encode()}
    store = shard_store(table)
    taken = store.take(b"ir")
    assert taken.model_dump() == state.model_dump()
    store.store(b"ir", taken)
    assert table[b"ir"].startswith(b'{"n":')
    assert shard_store(table).take(b"ir").model_dump() == state.model_dump()


def test_a_busy_week_in_one_country_stays_in_small_records_written_as_they_change() -> None:
    run = Evaluator()
    table = CountingTable()
    store = shard_store(table)
    batch = 50
    writes_per_batch = []
    items = 0
    for n, line in enumerate(busy_country(1_200 * 7, per_day=1_200), 1):
        item = decode_item(line)
        run.feed_item(item, item.versioncreated)
        items += 1
        if n % batch == 0:
            before = table.writes
            for key, state in run.shards.items():
                store.store(key.encode(), state)
            writes_per_batch.append(table.writes - before)
    shard = max(run.shards.values(), key=lambda state: len(state.refs))
    assert len(shard.refs) > 5_000            # a week of one country is in one shard
    whole = len(shard.model_dump_json())
    largest = max(len(value) for value in table.values())
    heads = [value for key, value in table.items() if SEP not in key]
    # one value per shard would be far past a small record limit; the records stay small
    assert whole > 1_000_000, whole
    assert largest < 64 << 10, largest
    assert max(map(len, heads)) < 16 << 10
    # a batch writes about what it changed (a text and an item ref per item, the incidents it
    # touched, the head, and the expired records' deletions), never the whole state again
    assert max(writes_per_batch[5:]) < 5 * batch, writes_per_batch
    assert items == 1_200 * 7
