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
from streams.agents.applied import Applied
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


class Changelog(dict[bytes, bytes]):
    """A table that also keeps its changelog: every write and delete, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[tuple[bytes, bytes | None]] = []

    def __setitem__(self, key: bytes, value: bytes) -> None:
        super().__setitem__(key, value)
        self.log.append((key, value))

    def __delitem__(self, key: bytes) -> None:
        super().__delitem__(key)
        self.log.append((key, None))


def recovered(log: list[tuple[bytes, bytes | None]]) -> Changelog:
    """The table a new owner rebuilds from (a prefix of) the changelog."""
    table = Changelog()
    for key, value in log:
        if value is None:
            dict.pop(table, key, None)
        else:
            dict.__setitem__(table, key, value)
    return table


def test_a_store_cut_short_reads_as_the_state_before_it_and_the_next_store_repairs_it() -> None:
    """A worker SIGKILLed while its producer sends a store's records leaves a prefix of them in
    the changelog. Whatever the prefix, the new owner reads the state as it was before that
    store (so replaying the batch decides as the first time), never the batch's incidents beside
    the texts and item refs of before; once the head is in, the state after it."""
    run = Evaluator()
    table = Changelog()
    store = shard_store(table)
    lines = list(busy_country(600, per_day=120))
    batch, cuts = 40, 0
    before: dict[str, str] = {}
    for n, line in enumerate(lines, 1):
        item = decode_item(line)
        run.feed_item(item, item.versioncreated)
        if n % batch:
            continue
        start = len(table.log)
        for key, state in run.shards.items():
            store.store(key.encode(), state)
        after = {key: state.model_dump_json() for key, state in run.shards.items()}
        if n // batch in (4, 9, 14):
            for cut in range(start, len(table.log)):
                prefix = table.log[:cut]
                reader = shard_store(recovered(prefix))
                for key in after:
                    got = reader.take(key.encode()).model_dump_json()
                    head_in = any(k == key.encode() for k, _ in prefix[start:])
                    empty = ShardState(key=key).model_dump_json()
                    assert got == (after[key] if head_in else before.get(key, empty)), (n, cut)
                cuts += 1
                # the next owner's first store, from the cut state, leaves no torn record behind
                torn_table = recovered(prefix)
                repaired = shard_store(torn_table)
                for key, state in run.shards.items():
                    repaired.store(key.encode(), state)
                again = shard_store(recovered(prefix + torn_table.log))
                for key in after:
                    assert again.take(key.encode()).model_dump_json() == after[key], (n, cut)
        before = after
    assert cuts > 20


def test_the_records_a_router_state_has_applied_are_committed_with_it() -> None:
    """The router's note of the wire.items records it has routed lives in its state's head: a
    replay after a store cut short skips what the state it reads has applied, no more."""
    table = Changelog()
    routers = router_store(table)
    note = Applied()
    for offset in range(6):
        note.met(1, offset)
    for offset in (0, 1, 2, 5):     # 3 and 4 still held (released later, in item order)
        note.done(1, offset)
    routers.store(b"wire", RouterState(clock=100), meta=note.to_meta())
    assert [note.has(1, o) for o in range(7)] == [True, True, True, False, False, True, False]
    assert not note.has(0, 0)
    start = len(table.log)
    note.done(1, 3)
    note.done(1, 4)
    routers.store(b"wire", RouterState(clock=200), meta=note.to_meta())
    for cut in range(start, len(table.log) + 1):
        reader = router_store(recovered(table.log[:cut]))
        seen = Applied.from_meta(reader.meta(b"wire"))
        clock = reader.take(b"wire").clock
        assert (clock, seen.has(1, 3)) in ((100, False), (200, True)), cut
