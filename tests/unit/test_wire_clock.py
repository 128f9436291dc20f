"""The router's wire clock and the ingest workers' word that a partition is caught up: together
they decide when the reorder stage may release an item, so they decide whether a crash or a slow
partition reorders the wire."""

from __future__ import annotations

import math

import pytest

from streams.agents.progress import Handled, caught_up
from streams.detect.reorder import WireClock

STALL = 60.0


def test_the_clock_is_the_slowest_partition_that_has_moved() -> None:
    clock = WireClock(2, stall=STALL, started=0.0)
    clock.saw(0, at=100.0, wall=1.0)
    assert clock.now(wall=2.0) == -math.inf   # partition 1 has said nothing yet: wait for it
    clock.saw(1, at=40.0, wall=2.0)
    assert clock.now(wall=3.0) == 40.0
    clock.saw(1, at=150.0, wall=4.0)
    assert clock.now(wall=5.0) == 100.0


def test_silence_is_not_idleness_a_quiet_partition_holds_the_clock_until_it_says_so() -> None:
    clock = WireClock(2, stall=STALL, started=0.0)
    clock.saw(0, at=100.0, wall=1.0)
    clock.saw(1, at=50.0, wall=1.0)
    # Seconds of silence on partition 1 (its worker was killed): the clock does not move past it,
    # which is what stops the backlog of partition 0 overtaking the replay of partition 1.
    clock.saw(0, at=200.0, wall=20.0)
    assert clock.now(wall=30.0) == 50.0
    # Its new owner has replayed it and says every record before 180 is read.
    clock.caught_up(1, at=180.0, wall=31.0)
    assert clock.now(wall=31.0) == 180.0


def test_a_word_older_than_what_was_read_never_moves_the_clock_back() -> None:
    clock = WireClock(1, stall=STALL, started=0.0)
    clock.saw(0, at=100.0, wall=1.0)
    clock.caught_up(0, at=90.0, wall=2.0)
    assert clock.now(wall=3.0) == 100.0
    # ...nor counts as moving: a partition that only repeats old words stalls in the end
    assert clock.stalled(wall=1.0 + STALL) == [0]


def test_a_stalled_partition_stops_holding_the_clock_and_is_named() -> None:
    clock = WireClock(2, stall=STALL, started=0.0)
    clock.saw(0, at=10.0, wall=0.0)
    clock.saw(1, at=500.0, wall=50.0)
    assert clock.now(wall=59.0) == 10.0
    assert clock.stalled(wall=59.0) == []
    assert clock.now(wall=61.0) == 500.0
    assert clock.stalled(wall=61.0) == [0]
    clock.saw(0, at=20.0, wall=62.0)          # it moves again: waited for again
    assert clock.now(wall=62.0) == 20.0 and clock.stalled(wall=62.0) == []


def test_with_every_partition_stalled_the_wall_clock_is_now() -> None:
    clock = WireClock(3, stall=STALL, started=0.0)
    assert clock.now(wall=STALL + 1) == STALL + 1


def test_reset_forgets_how_far_partitions_got() -> None:
    clock = WireClock(1, stall=STALL, started=0.0)
    clock.saw(0, at=100.0, wall=1.0)
    clock.reset(wall=2.0)
    assert clock.now(wall=3.0) == -math.inf


def test_stall_must_be_positive() -> None:
    with pytest.raises(ValueError):
        WireClock(1, stall=0.0, started=0.0)


def test_caught_up_uses_what_this_worker_handled_or_what_the_group_committed() -> None:
    handled = Handled()
    handled.done(0, 9)            # offsets 0..9 handled: next is 10
    handled.done(0, 4)            # a replayed lower offset does not move it back
    assert handled.get(0) == 10
    highwater = {0: 10, 1: 7, 2: 5, 3: None}
    committed: dict[int, int | None] = {0: 3, 1: 7, 2: 2, 3: 0}
    # 0: handled up to the high-water mark; 1: the previous owner committed everything;
    # 2: records 2..4 not handled yet (being replayed); 3: no fetch response yet
    assert caught_up([0, 1, 2, 3], highwater, committed, handled) == [0, 1]


def test_an_empty_partition_is_caught_up_and_an_unknown_one_is_not() -> None:
    assert caught_up([0, 1], {0: 0, 1: -1}, {0: None, 1: None}, Handled()) == [0]
