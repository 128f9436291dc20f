"""The broker the integration tests run on, and the one Apache Kafka broker a session shares.

WIREALERT_TEST_BROKER=embedded (the default) gives every stack its own embedded broker, as
before. WIREALERT_TEST_BROKER=kafka starts ONE Apache Kafka broker for the whole pytest session,
on first use, and every stack of the session runs on it: a stack starts on a broker without
topics and deletes the topics its workers made when it ends, and its app id (consumer group,
changelog prefix) is made unique, so no test sees another's records, offsets or groups. Tests
that need a broker configured otherwise (SASL/TLS listeners, the deployment's properties) still
start their own.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from streams.dev.stack import BrokerKind, LocalStack, local_stack

if TYPE_CHECKING:
    from streams.dev.kafka_broker import KafkaBroker


def _test_broker() -> BrokerKind:
    kind = os.environ.get("WIREALERT_TEST_BROKER", "embedded")
    if kind not in ("embedded", "kafka"):
        raise pytest.UsageError(f"WIREALERT_TEST_BROKER must be embedded or kafka, not {kind!r}")
    return "kafka" if kind == "kafka" else "embedded"


TEST_BROKER: BrokerKind = _test_broker()

_shared: KafkaBroker | None = None
_numbers = itertools.count(1)
# What the terminal summary reports: the broker's start-up time and how many stacks shared it.
STATS: dict[str, Any] = {"start_s": None, "stacks": 0, "delete_topics_s": 0.0}


def shared_kafka() -> KafkaBroker:
    """The session's Apache Kafka broker, started on first use."""
    global _shared
    if _shared is None:
        from streams.dev.kafka_broker import start_kafka

        started = time.monotonic()
        _shared = start_kafka()
        STATS["start_s"] = time.monotonic() - started
        atexit.register(stop_shared_kafka)  # pytest_sessionfinish stops it; this if pytest could not
    elif _shared.process.poll() is not None:
        status, tail = _shared.process.returncode, _shared.log_tail(30)
        raise RuntimeError(f"the session's Apache Kafka broker exited ({status}):\n{tail}")
    return _shared


def stop_shared_kafka() -> None:
    global _shared
    if _shared is not None:
        STATS["delete_topics_s"] = _shared.delete_topics_s
        _shared.stop()
        _shared = None


@contextlib.contextmanager
def broker_stack(app_id: str = "wirealert", **kwargs: Any) -> Iterator[LocalStack]:
    """`local_stack` on the test broker: its own embedded broker, or the session's Apache Kafka."""
    if TEST_BROKER != "kafka":
        with local_stack(app_id, broker_kind=TEST_BROKER, **kwargs) as stack:
            yield stack
        return
    broker = shared_kafka()
    unique = f"{app_id}-{os.getpid()}-{next(_numbers)}"
    with local_stack(unique, broker_kind="kafka", shared_broker=broker, **kwargs) as stack:
        STATS["stacks"] += 1
        yield stack

