"""State properties: JSON round-trips change nothing, and expiry keeps the state flat."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.codec import decode_item
from streams.detect import DetectConfig, ShardState, process, route_key
from streams.detect.synthetic import stream

NOW = datetime(2030, 1, 1, tzinfo=UTC)
LINES = list(stream(400, seed=3))


@settings(max_examples=15, deadline=None)
@given(cut=st.integers(min_value=1, max_value=len(LINES) - 1), seed=st.integers(0, 5))
def test_round_trip_anywhere_gives_the_same_result(cut: int, seed: int) -> None:
    lines = list(stream(120, seed=seed))
    cut = cut % len(lines)
    straight: dict[str, ShardState] = {}
    resumed: dict[str, ShardState] = {}
    out_a, out_b = [], []
    for i, raw in enumerate(lines):
        item = decode_item(raw)
        key = route_key(item)
        a = straight.setdefault(key, ShardState())
        out_a.append(process(a, item, now=NOW))
        b = resumed.setdefault(key, ShardState())
        if i >= cut:  # from here on, the state goes through JSON before every item
            b = resumed[key] = ShardState.model_validate_json(b.model_dump_json())
        out_b.append(process(b, item, now=NOW))
    assert [(o.decision, o.alerts) for o in out_a] == [(o.decision, o.alerts) for o in out_b]


def test_expiry_keeps_state_size_flat() -> None:
    cfg = DetectConfig(incident_ttl=timedelta(hours=12))
    shards: dict[str, ShardState] = {}
    sizes = []
    for i, raw in enumerate(stream(6000, seed=11)):
        item = decode_item(raw)
        state = shards.setdefault(route_key(item), ShardState())
        process(state, item, now=NOW, config=cfg)
        if i % 1000 == 999:
            sizes.append(sum(len(s.model_dump_json()) for s in shards.values()))
    # after warm-up the total stays within a band instead of growing with the stream
    assert max(sizes[2:]) < 1.5 * sizes[1], sizes
    assert max(len(s.incidents) for s in shards.values()) < 30


def test_without_expiry_the_same_stream_grows() -> None:
    """The flatness check above can fail: with a long TTL the state grows."""
    cfg = DetectConfig(incident_ttl=timedelta(days=3650))
    shards: dict[str, ShardState] = {}
    sizes = []
    for i, raw in enumerate(stream(3000, seed=11)):
        item = decode_item(raw)
        state = shards.setdefault(route_key(item), ShardState())
        process(state, item, now=NOW, config=cfg)
        if i % 1000 == 999:
            sizes.append(sum(len(s.model_dump_json()) for s in shards.values()))
    assert sizes[-1] > 1.5 * sizes[0]
