"""How the router's and the shards' states split into table records (streams.agents.keyed_state).

The collections that grow with the wire each get a record per element: a shard's incidents,
remembered texts and item refs; the router's reports per route key, its cross-border links and
its remembered routes. What is left (clocks, counters, the shard's few noise prints) is the head.
"""

from __future__ import annotations

from typing import Any

from streams.agents.keyed_state import KeyedStateStore, Layout, Part
from streams.detect import RouterState, ShardState

SHARD_LAYOUT = Layout(ShardState, [
    Part("incidents", "i", id_of=lambda incident: str(incident.id)),
    Part("texts", "t", frozen=True),
    Part("refs", "r", frozen=True),
])

ROUTER_LAYOUT = Layout(RouterState, [
    Part("reports", "p"),
    Part("away", "a"),
    Part("routes", "g", frozen=True),
])


def shard_store(table: Any) -> KeyedStateStore[ShardState]:
    return KeyedStateStore(table, SHARD_LAYOUT, lambda key: ShardState(key=key.decode()))


def router_store(table: Any) -> KeyedStateStore[RouterState]:
    return KeyedStateStore(table, ROUTER_LAYOUT, lambda key: RouterState())
