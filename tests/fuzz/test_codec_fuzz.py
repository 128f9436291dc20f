"""Property: no record, however hostile, makes decoding or detection raise anything untyped.

Every record either decodes to a WireItem or raises a RecordError with a reason (which the
ingest agent dead-letters); every decoded item goes through the detection core without raising,
and the alerts it gives are bounded in size.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas.codec import RecordError, decode_item
from streams.detect import ShardState, process, route_key
from tests.fuzz.records import records

TRIED = {"records": 0}
MAX_ALERT_BYTES = 8 * 1024


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.data_too_large])
@given(st.lists(records(), min_size=1, max_size=3))
def test_hostile_records_are_classified_and_never_crash_the_core(batch: list[bytes]) -> None:
    state = ShardState()
    for raw in batch:
        TRIED["records"] += 1
        try:
            item = decode_item(raw)
        except RecordError as error:
            assert error.reason in {"not_utf8", "not_json", "invalid", "too_large"}
            assert error.message
            continue
        state.key = route_key(item)
        outcome = process(state, item, now=datetime.now(UTC))
        for alert in outcome.alerts:
            assert len(alert.model_dump_json()) <= MAX_ALERT_BYTES
            for count in alert.counts.values():
                assert 0 <= count <= 10_000_000, "absurd or negative counts never reach an alert"
