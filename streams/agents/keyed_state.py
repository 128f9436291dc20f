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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, TypeAdapter

M = TypeVar("M", bound=BaseModel)

SEP = b"/"   # route keys are country codes: they never contain it


@dataclass(frozen=True)
class Part:
    """A collection field stored one element per record: a dict by its keys, or a list by
    `id_of` of each element. `frozen`: its elements are immutable (replaced, never changed in
    place), so an element that is the very object stored last time is not serialised again."""

    field: str
    tag: str
    id_of: Callable[[Any], str] | None = None
    frozen: bool = False


@dataclass
class Written:
    """What the table holds for one key, as this worker wrote or read it."""

    head: bytes
    counter: int
    parts: dict[bytes, tuple[int, bytes]] = field(default_factory=dict)  # suffix -> rank, element
    objects: dict[bytes, object] = field(default_factory=dict)  # suffix -> frozen element stored


class Layout(Generic[M]):
    """How a model splits into records and joins back."""

    def __init__(self, model: type[M], parts: Sequence[Part]) -> None:
        self.model = model
        self.parts = {part.tag.encode(): part for part in parts}
        self.split_fields = {part.field for part in parts}
        self.adapters: dict[bytes, TypeAdapter[Any]] = {}
        for tag, part in self.parts.items():
            annotation = model.model_fields[part.field].annotation
            args = typing.get_args(annotation)
            element = args[-1] if part.id_of is None else args[0]
            self.adapters[tag] = TypeAdapter(element)

    def elements(self, state: M, known: Written | None,
                 objects: dict[bytes, object]) -> Iterator[tuple[bytes, bytes]]:
        """(suffix, element JSON) in the state's order, suffix = tag/id; records in `objects`
        the frozen elements met."""
        for tag, part in self.parts.items():
            adapter = self.adapters[tag]
            value = getattr(state, part.field)
            pairs: Iterable[tuple[str, Any]] = (
                value.items() if part.id_of is None
                else ((part.id_of(element), element) for element in value))
            for ident, element in pairs:
                suffix = tag + SEP + ident.encode()
                if part.frozen:
                    objects[suffix] = element
                    if known is not None and known.objects.get(suffix) is element:
                        yield suffix, known.parts[suffix][1]
                        continue
                yield suffix, adapter.dump_json(element)

    def head(self, state: M) -> bytes:
        return state.model_dump_json(exclude=self.split_fields).encode()

    def join(self, head: bytes, parts: dict[bytes, tuple[int, bytes]]) -> M:
        fields: dict[str, Any] = json.loads(head)
        collected: dict[bytes, list[tuple[int, str, Any]]] = {tag: [] for tag in self.parts}
        for suffix, (rank, element) in parts.items():
            tag, _, ident = suffix.partition(SEP)
            if tag in self.parts:
                collected[tag].append((rank, ident.decode(), json.loads(element)))
        for tag, part in self.parts.items():
            ordered = sorted(collected[tag], key=lambda entry: entry[0])
            fields[part.field] = ([value for _, _, value in ordered] if part.id_of is not None
                                  else {ident: value for _, ident, value in ordered})
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


def ranked(previous: dict[bytes, tuple[int, bytes]], current: list[tuple[bytes, bytes]],
           counter: int) -> tuple[dict[bytes, tuple[int, bytes]], int]:
    """Ranks for `current` (in state order) that increase along it, keeping an element's old
    rank where the order allows: appending, or moving an element to the end (a dict's
    re-insert), re-ranks only what moved."""
    out: dict[bytes, tuple[int, bytes]] = {}
    floor = -1
    last_tag = b""
    for suffix, element in current:
        tag = suffix.partition(SEP)[0]
        if tag != last_tag:   # ranks only order the elements of one field
            floor, last_tag = -1, tag
        old = previous.get(suffix)
        if old is not None and old[0] > floor:
            rank = old[0]
        else:
            counter += 1
            rank = counter
        floor = rank
        out[suffix] = (rank, element)
    return out, counter


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
        known = self._current(key) or self._written_from_table(key)
        previous = known.parts if known is not None else {}
        counter = known.counter if known is not None else 0
        objects: dict[bytes, object] = {}
        parts, counter = ranked(previous, list(self.layout.elements(state, known, objects)),
                                counter)
        for suffix, (rank, element) in parts.items():
            if previous.get(suffix) != (rank, element):
                self.table[key + SEP + suffix] = encode_element(rank, element)
        for suffix in previous.keys() - parts.keys():
            del self.table[key + SEP + suffix]
        head = encode_head(counter, self.layout.head(state))
        if known is None or known.head != head:
            self.table[key] = head
        else:
            head = known.head   # unchanged: the table still holds this very object
        self.written[key] = Written(head, counter, parts, objects)
        if self._index is not None:
            self._index[key] = {suffix for suffix in parts}
        self.states[key] = state

    def load(self, key: bytes) -> M | None:
        """The stored state of `key` (a copy: for readers such as the incidents API), or None."""
        if self.table.get(key) is None:
            return None
        return self._read(key, keep=False)

    def stored_keys(self) -> list[bytes]:
        """The keys this table holds a state for (active and standby partitions)."""
        return sorted(self._suffixes())

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
        if self._index is None:
            index: dict[bytes, set[bytes]] = {}
            for record_key in list(self.table.keys()):
                head, sep, suffix = bytes(record_key).partition(SEP)
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
        counter = decoded[0] if decoded is not None else 0
        parts: dict[bytes, tuple[int, bytes]] = {}
        for suffix in self._suffixes().get(key, ()):
            element = self.table.get(key + SEP + suffix)
            if element is not None:
                parts[suffix] = decode_element(element)
        return Written(raw, counter, parts)

    def _read(self, key: bytes, *, keep: bool = True) -> M:
        known = self._current(key) or self._written_from_table(key)
        if known is None:
            return self.new(key)
        decoded = decode_head(known.head)
        if decoded is None:   # stored whole by an earlier version: the next store splits it
            state = self.layout.model.model_validate_json(known.head)
            known = Written(known.head, 0, {})
        else:
            state = self.layout.join(decoded[1], known.parts)
        if keep:
            self.written[key] = known
        return state
