"""Old news: an item far behind both the wire's clock and the wall clock does not alert.

An archive re-send or a feed with a broken clock can push items dated years ago. Such an item
is still processed into the shard's state (counts, incident membership, duplicates), but the
alerts it would raise are withheld (see `core.process`).

Both clocks, not one:
- behind the wall clock only: a backlog being replayed (a worker catching up after an outage)
  is old by the wall clock but current on the wire, and must still alert;
- behind the wire's clock only: cannot happen for live items, since the core clamps item time
  to `now`, so a wire whose clock ran ahead never silences an item that is current by the wall
  clock.

The wire's clock is the later of the shard's own latest item and the router's, which sees every
country: the first item of a country the shard has never seen is old when the rest of the wire
is far ahead of it. A worker that has seen no item at all has no wire clock (`wire_clock` None):
nothing is old there, so that a fresh worker replaying an old wire (the demo, a recorded
stream) alerts.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def is_old(item_time: int, wire_clock: int | None, now: int, horizon: timedelta | None) -> bool:
    """True when `item_time` is more than `horizon` behind both `wire_clock` and `now`.

    All three times are epoch seconds; `item_time` is the core's clamped item time
    (`core.item_epoch`), `wire_clock` the latest item time the wire (the shard or the router) saw
    before this item (None when it saw none), `now` the wall clock passed to the core.
    `horizon` None: nothing is old.
    """
    if horizon is None or wire_clock is None:
        return False
    limit = horizon.total_seconds()
    return wire_clock - item_time > limit and now - item_time > limit


def describe(item_time: int, wire_clock: int, now: int, horizon: timedelta) -> str:
    """The reason a decision records when an old item's alerts are withheld."""
    def iso(t: int) -> str:
        return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    hours = horizon.total_seconds() / 3600
    return (f"item time {iso(item_time)} is more than {hours:g} h behind both the wire's clock "
            f"{iso(wire_clock)} and the wall clock {iso(now)}")
