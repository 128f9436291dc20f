"""Forget old entries of the uri_versions table, so ingest's memory stays flat on a long wire.

The table maps uri -> [version, seen], where `seen` is the item's time (clamped to now), as the
incident TTL runs on item time too. Once the stream's clock is more than `ttl` past `seen`, the
uri is forgotten: a re-send of it that late is still caught by the incidents stage for as long as
its incident is open, and after that it is old news.

faust writes a table's changelog to the partition of the event being processed, and a delete is a
write; so the index remembers each uri's partition, fed by the agent's own writes and by the
changelog events faust replays when it recovers the table after a rebalance.
"""

from __future__ import annotations

import heapq
import json
from collections import defaultdict
from typing import Any


def seen_of(stored: Any) -> float:
    """The `seen` time of a stored value ([version, seen]; a bare version counts as never seen)."""
    return float(stored[1]) if isinstance(stored, list) and len(stored) > 1 else 0.0


def version_of(stored: Any) -> int | None:
    if stored is None:
        return None
    return int(stored[0]) if isinstance(stored, list) else int(stored)


class VersionExpiry:
    def __init__(self, ttl_s: float) -> None:
        self.ttl_s = ttl_s
        self.clock = 0.0  # the stream's time: the latest item time seen
        self._due: dict[int, list[tuple[float, str]]] = defaultdict(list)

    def record(self, partition: int, uri: str, seen: float) -> None:
        heapq.heappush(self._due[partition], (seen, uri))
        self.clock = max(self.clock, seen)

    def expired(self, partition: int) -> list[tuple[float, str]]:
        """(seen, uri) entries of this partition that fell out of the window (removed from the index)."""
        heap, horizon, out = self._due.get(partition), self.clock - self.ttl_s, []
        while heap and heap[0][0] < horizon:
            out.append(heapq.heappop(heap))
        return out

    def __len__(self) -> int:
        return sum(len(h) for h in self._due.values())

    async def on_changelog_event(self, event: Any) -> None:
        """faust calls this for every changelog record it replays into the table."""
        message = event.message
        if message.value is None:
            return  # a delete
        key = json.loads(message.key) if isinstance(message.key, (bytes, str)) else message.key
        value = json.loads(message.value) if isinstance(message.value, (bytes, str)) else message.value
        if isinstance(key, str):
            self.record(message.partition, key, seen_of(value))

    async def on_rebalance(self, *args: Any, **kwargs: Any) -> None:
        # The index is rebuilt from the changelog of whatever this worker holds next.
        self._due.clear()
