"""Fuzz the running pipeline: hostile records interleaved with good ones on a real broker.

Every record the codec rejects must land in wire.deadletter with its reason; the good records
around them must give exactly the alerts the offline core gives; the worker must keep running.
`make test` runs a few batches; `make test-slow` runs many more.
"""

from __future__ import annotations

import hashlib
import itertools
import random
from collections import Counter

import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import Alert, DeadLetter
from schemas.codec import RecordError, decode_item
from streams.detect.offline import evaluate_lines
from streams.detect.synthetic import stream as synthetic_stream
from tests.brokers import broker_stack
from tests.fuzz.records import records
from tests.integration.conftest import consume_all, produce_raw, wait_for

pytestmark = pytest.mark.integration

TRIED: Counter[str] = Counter()
GOOD = list(itertools.islice(synthetic_stream(3000, seed=5), 3000))


def reason_of(raw: bytes) -> str | None:
    try:
        decode_item(raw)
    except RecordError as error:
        return error.reason
    return None


def run_batch(hostile: list[bytes], seed: int) -> None:
    rnd = random.Random(seed)
    start = rnd.randrange(0, len(GOOD) - 40)
    good = GOOD[start:start + 30]
    mixed = list(good)
    for raw in hostile:
        mixed.insert(rnd.randrange(0, len(mixed) + 1), raw)
    expected_letters = Counter(
        (hashlib.sha256(raw).hexdigest(), reason) for raw in mixed if (reason := reason_of(raw))
    )
    expected_alerts = [a for _, alerts in evaluate_lines(mixed) for a in alerts]
    # Fuzzed items carry arbitrary item times, and the offline core decides a file in item-time
    # order. The stream does the same for items that arrive within its reorder hold, so the hold
    # here covers the whole batch (a busy 2-core machine can take seconds to push one).
    with broker_stack("wirealert-fuzz", WIREALERT_BROKER_SESSION_TIMEOUT_S="2",
                      WIREALERT_REORDER_MS="20000") as stack:
        worker = stack.start_worker()
        produce_raw(stack, mixed)
        client = redis.Redis(port=stack.redis.port)
        wait_for(lambda: client.xlen("wirealert:alerts") >= len(expected_alerts), timeout=60,
                 what="the good records' alerts")
        letters = [DeadLetter.model_validate_json(r.value)
                   for r in consume_all(stack, "wire.deadletter", sum(expected_letters.values()))]
        got_letters = Counter((letter.value_sha256, letter.reason) for letter in letters)
        assert got_letters == expected_letters
        stored = [Alert.model_validate_json(f[b"alert"]) for _, f in client.xrange("wirealert:alerts")]
        assert sorted(a.alert_id for a in stored) == sorted(a.alert_id for a in expected_alerts)
        assert worker.alive()
        client.close()
    TRIED["records"] += len(mixed)
    TRIED["hostile"] += sum(expected_letters.values())


@settings(max_examples=2, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(records(), min_size=5, max_size=15), st.integers(0, 2**32))
def test_fuzzed_records_are_dead_lettered_and_good_ones_still_alert(hostile: list[bytes], seed: int) -> None:
    run_batch(hostile, seed)


@pytest.mark.slow
@settings(max_examples=25, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(records(), min_size=20, max_size=80), st.integers(0, 2**32))
def test_many_fuzzed_batches(hostile: list[bytes], seed: int) -> None:
    run_batch(hostile, seed)
