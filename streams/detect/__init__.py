"""The pure detection core. Imports neither faust, aiokafka nor redis.

The agents and `wirealert evaluate` call the same functions:

- `check_version(last_seen, item)`  -- uri@version bookkeeping: new, duplicate or stale
- `route_key(item)`                 -- the coarse place key (ISO country, lower case, or "xx")
                                       the item's text points to
- `route_item(router, item, t=...)` -- the shard an item goes to: its route key, unless the
                                       wire just reported its event under another country
- `process(state, item, now=...)`   -- one item against one shard's state: decision + alerts
- `ShardState`                      -- everything the core remembers for one route key;
                                       JSON-serialisable, bounded by incident expiry
"""

from streams.detect.api import (
    DetectConfig,
    Outcome,
    Route,
    RouterState,
    ShardState,
    VersionVerdict,
    check_version,
    item_epoch,
    process,
    route_item,
    route_key,
    warm_up,
)

__all__ = [
    "DetectConfig",
    "Outcome",
    "Route",
    "RouterState",
    "ShardState",
    "VersionVerdict",
    "check_version",
    "item_epoch",
    "process",
    "route_item",
    "route_key",
    "warm_up",
]
