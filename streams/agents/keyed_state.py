"""A state model kept in a faust table as many small records, rewritten only where it changed.

One route key's state used to be one JSON value, rewritten whole after every batch: it grew with
every item kept over the incident window (remembered texts and item refs), so a busy country
would pass the broker's record-size limit within a week, and every batch re-sent all of it to
the changelog. Here a state is a head record (its small fields) plus one record per element of
its growing collections, each under its own key:

    b"ir"                         head: {"n": <rank counter>, "s": <the other fields>}
    b"ir/i/ir-20240103-1"         [rank, <Incident>]       (a list field, by element id)
    b"ir/t/<content key>"         [rank, <Seen>]           (a dict field, by dict key)

A batch writes the head and the records whose value or position changed, and deletes those
that left the state; no record is larger than one element. The records of one key are written
under the same event, so they share one changelog partition and move together on a rebalance.

The rank keeps the collection's order (the core expires the oldest first, and a dict's order is
its insertion order): rebuilt, the state iterates exactly as the one that was stored, so a
worker that recovers it after a rebalance decides as the worker before it would have.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, TypeAdapter

M = TypeVar("M", bound=BaseModel)

SEP = b"/"   # route keys are country codes: they never contain it


@dataclass(frozen=True)
class Part:
    """A collection field stored one element per record: a dict by its keys, or a list by
    `id_of` of each element. `frozen`: a dict whose elements are immutable (replaced, never
    changed in place), so a store finds what changed by identity, without serialising the rest
    (a re-insert must then insert a new object, as the core's always do)."""

    field: str
    tag: str
    id_of: Callable[[Any], str] | None = None
    frozen: bool = False


@dataclass
class Stored:
    """One part as the table holds it: per element id its rank and JSON, and for a frozen part
    written by this worker the very elements written (None when read from the table)."""

    ranks: dict[str, int] = field(default_factory=dict)
    data: dict[str, bytes] = field(default_factory=dict)
    objects: dict[str, object] | None = None


@dataclass
class Written:
    """What the table holds for one key, as this worker wrote or read it."""

    head: bytes
    counter: int
    parts: dict[str, Stored] = field(default_factory=dict)   # tag -> the part


class Layout(Generic[M]):
    """How a model splits into records and joins back."""

    def __init__(self, model: type[M], parts: Sequence[Part]) -> None:
        self.model = model
        self.parts = {part.tag: part for part in parts}
        self.split_fields = {part.field for part in parts}
        self.adapters: dict[str, TypeAdapter[Any]] = {}
        for tag, part in self.parts.items():
            if part.frozen and part.id_of is not None:
                raise ValueError(f"{part.field}: only a dict part can be frozen")
            annotation = model.model_fields[part.field].annotation
            args = typing.get_args(annotation)
            self.adapters[tag] = TypeAdapter(args[-1] if part.id_of is None else args[0])

    def pairs(self, state: M, part: Part) -> Iterable[tuple[str, Any]]:
        value = getattr(state, part.field)
        if part.id_of is None:
            return list(value.items())
        return [(part.id_of(element), element) for element in value]

    def head(self, state: M) -> bytes:
        return state.model_dump_json(exclude=self.split_fields).encode()

    def join(self, head: bytes, parts: dict[str, Stored]) -> M:
        fields: dict[str, Any] = json.loads(head)
        for tag, part in self.parts.items():
            stored = parts.get(tag) or Stored()
            ordered = sorted(stored.ranks, key=stored.ranks.__getitem__)
            values = [(ident, json.loads(stored.data[ident])) for ident in ordered]
            fields[part.field] = ([value for _, value in values] if part.id_of is not None
                                  else dict(values))
        return self.model.model_validate(fields)


def encode_head(counter: int, head: bytes) -> bytes:
    return b'{"n":%d,"s":%s}' % (counter, head)


def decode_head(raw: bytes) -> tuple[int, bytes] | None:
    """(counter, head fields) of a head record; None for a state stored whole (the format
    before this one), which the caller parses as the model itself."""
    if not raw.startswith(b'{"n":'):
        return None
    comma = raw.index(b",")
    return int(raw[5:comma]), raw[comma + 5:-1]


def encode_element(rank: int, element: bytes) -> bytes:
    return b"[%d,%s]" % (rank, element)


def decode_element(raw: bytes) -> tuple[int, bytes]:
    comma = raw.index(b",")
    return int(raw[1:comma]), raw[comma + 1:-1]


def record_key(key: bytes, tag: str, ident: str) -> bytes:
    return key + SEP + tag.encode() + SEP + ident.encode()


class Writer:
    """The records one store of one key writes: ranks that increase along each part's order,
    keeping an element's old rank where the order allows (appending, or moving an element to
    the end as a dict's re-insert does, re-ranks only what moved)."""

    def __init__(self, table: Any, key: bytes, counter: int) -> None:
        self.table, self.key, self.counter = table, key, counter

    def put(self, stored: Stored, tag: str, ident: str, element: bytes, floor: int) -> int:
        """Place one element after rank `floor`; returns its rank."""
        rank = stored.ranks.get(ident)
        if rank is None or rank <= floor:
            self.counter += 1
            rank = self.counter
        if stored.ranks.get(ident) != rank or stored.data.get(ident) != element:
            self.table[record_key(self.key, tag, ident)] = encode_element(rank, element)
            stored.ranks[ident], stored.data[ident] = rank, element
        return rank

    def drop(self, stored: Stored, tag: str, idents: Iterable[str]) -> None:
        for ident in idents:
            del self.table[record_key(self.key, tag, ident)]
            del stored.ranks[ident], stored.data[ident]

    def whole(self, stored: Stored, tag: str, pairs: Iterable[tuple[str, Any]],
              adapter: TypeAdapter[Any]) -> None:
        """Every element serialised and compared: a part that is not frozen, or the first
        store of a frozen one read from the table."""
        pairs = list(pairs)
        self.drop(stored, tag, stored.ranks.keys() - {ident for ident, _ in pairs})
        floor = -1
        for ident, element in pairs:
            floor = self.put(stored, tag, ident, adapter.dump_json(element), floor)

    def frozen(self, stored: Stored, tag: str, current: dict[str, Any],
               adapter: TypeAdapter[Any]) -> None:
        """Only what changed: elements that are not the objects written last time, found by
        identity. They sit at the end of the dict (new keys, re-inserts), so the walk goes
        backwards from the end to the last unchanged element before them, whose rank is the
        floor; an element replaced in place deep in the dict only makes the walk longer."""
        objects = stored.objects
        assert objects is not None
        gone = objects.keys() - current.keys()
        self.drop(stored, tag, gone)
        for ident in gone:
            del objects[ident]
        changed = {ident for ident, element in current.items() if objects.get(ident) is not element}
        if not changed:
            return
        segment: list[str] = []
        floor = -1
        pending = len(changed)
        for ident in reversed(current):
            if ident in changed:
                pending -= 1
            elif not pending:
                floor = stored.ranks[ident]
                break
            segment.append(ident)
        for ident in reversed(segment):
            element = current[ident]
            data = adapter.dump_json(element) if ident in changed else stored.data[ident]
            floor = self.put(stored, tag, ident, data, floor)
            objects[ident] = element


class KeyedStateStore(Generic[M]):
    """Deserialised states beside the table that holds them as records.

    The table stays the source of truth (its changelog is what a restarted or added worker
    recovers). A state handed out by `take` is the caller's until `store`; a batch that fails
    in between leaves no cached state, and the next `take` rebuilds it from the records.
    """

    def __init__(self, table: Any, layout: Layout[M], new: Callable[[bytes], M]) -> None:
        self.table = table
        self.layout = layout
        self.new = new
        self.states: dict[bytes, M] = {}
        self.written: dict[bytes, Written] = {}
        self._index: dict[bytes, set[bytes]] | None = None   # key -> suffixes in the table

    def take(self, key: bytes) -> M:
        state = self.states.pop(key, None)
        if state is not None and self._current(key) is not None:
            return state
        return self._read(key)

    def store(self, key: bytes, state: M) -> None:
        """Write what changed since the table last held this key (inside the caller's event)."""
        if SEP in key:
            raise ValueError(f"a state key may not contain {SEP!r}: {key!r}")
        known = self._current(key) or self._written_from_table(key) or Written(b"", 0)
        writer = Writer(self.table, key, known.counter)
        for tag, part in self.layout.parts.items():
            stored = known.parts.setdefault(tag, Stored())
            adapter = self.layout.adapters[tag]
            if part.frozen and stored.objects is not None:
                writer.frozen(stored, tag, getattr(state, part.field), adapter)
            else:
                writer.whole(stored, tag, self.layout.pairs(state, part), adapter)
                if part.frozen:
                    stored.objects = dict(getattr(state, part.field))
        head = encode_head(writer.counter, self.layout.head(state))
        if known.head != head:
            self.table[key] = known.head = head   # else the table still holds this very object
        known.counter = writer.counter
        self.written[key] = known
        if self._index is not None:
            self._index.pop(key, None)   # rebuilt from `written` while this key is current
        self.states[key] = state

    def load(self, key: bytes) -> M | None:
        """The stored state of `key` (a copy: for readers such as the incidents API), or None."""
        if self.table.get(key) is None:
            return None
        return self._read(key, keep=False)

    def stored_keys(self) -> list[bytes]:
        """The keys this table holds a state for (active and standby partitions)."""
        return sorted({*self._suffixes(), *self.written})

    async def on_rebalance(self, *args: Any, **kwargs: Any) -> None:
        # Recovery may have replaced any key's records: trust only the table from here on.
        self.states.clear()
        self.written.clear()
        self._index = None

    def _current(self, key: bytes) -> Written | None:
        """What this worker wrote for `key`, if the table still holds exactly that."""
        known = self.written.get(key)
        if known is not None and self.table.get(key) is known.head:
            return known
        return None

    def _suffixes(self) -> dict[bytes, set[bytes]]:
        """Per key the suffixes of its records, from one scan of the table per rebalance."""
        if self._index is None:
            index: dict[bytes, set[bytes]] = {}
            for stored_key in list(self.table.keys()):
                head, sep, suffix = bytes(stored_key).partition(SEP)
                entry = index.setdefault(head, set())
                if sep:
                    entry.add(suffix)
            self._index = index
        return self._index

    def _written_from_table(self, key: bytes) -> Written | None:
        raw = self.table.get(key)
        if raw is None:
            return None
        decoded = decode_head(raw)
        known = Written(raw, decoded[0] if decoded is not None else 0)
        suffixes = self._suffixes().get(key)
        if suffixes is None:   # a key this store wrote since the scan: its records are `written`
            return known
        for suffix in suffixes:
            element = self.table.get(key + SEP + suffix)
            tag, _, ident = suffix.decode().partition("/")
            if element is not None and tag in self.layout.parts:
                rank, data = decode_element(element)
                stored = known.parts.setdefault(tag, Stored())
                stored.ranks[ident], stored.data[ident] = rank, data
        return known

    def _read(self, key: bytes, *, keep: bool = True) -> M:
        known = self._current(key) or self._written_from_table(key)
        if known is None:
            return self.new(key)
        decoded = decode_head(known.head)
        if decoded is None:   # stored whole by an earlier version: the next store splits it
            state = self.layout.model.model_validate_json(known.head)
        else:
            state = self.layout.join(decoded[1], known.parts)
        if keep:
            self.written[key] = known
        return state
