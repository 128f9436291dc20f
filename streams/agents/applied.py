"""Which wire.items records the router has applied, kept with the state they changed.

The router releases items in item-time order, not offset order, and its consumer commits only
below the first record still held, so a crash or a rebalance replays records of
`wirealert.decoded` it has already routed; ingest, replaying its own uncommitted offsets, sends
records of `wire.items` to it a second time. The version table cannot tell them all apart (it
forgets uris by item time: a wire of months released at once forgets most of them at once), and
a record routed again with a later router state can go to another country. So the router notes,
per `wire.items` partition, the highest offset it has met and the offsets it still holds, and
writes the note in the head of its state (`KeyedStateStore.store(..., meta=)`): state and note
are one record. Ingest sends a partition's records in offset order, so a record at or below the
highest offset met and not held is one the state has applied: it is acknowledged, not routed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Applied:
    highest: dict[int, int] = field(default_factory=dict)     # partition -> highest offset met
    held: dict[int, set[int]] = field(default_factory=dict)   # partition -> met, not applied

    @classmethod
    def from_meta(cls, meta: Any) -> Applied:
        note = cls()
        if isinstance(meta, dict):
            for partition, (highest, held) in meta.items():
                note.highest[int(partition)] = int(highest)
                note.held[int(partition)] = {int(offset) for offset in held}
        return note

    def to_meta(self) -> dict[str, Any]:
        return {str(p): [top, sorted(self.held.get(p, ()))] for p, top in sorted(self.highest.items())}

    def has(self, partition: int, offset: int) -> bool:
        """Applied already: a replay."""
        top = self.highest.get(partition)
        return top is not None and offset <= top and offset not in self.held.get(partition, ())

    def met(self, partition: int, offset: int) -> None:
        """The router holds this record from now on."""
        self.held.setdefault(partition, set()).add(offset)
        self.highest[partition] = max(self.highest.get(partition, offset), offset)

    def done(self, partition: int, offset: int) -> None:
        """Routed, dropped or dead-lettered: applied."""
        self.held.get(partition, set()).discard(offset)
