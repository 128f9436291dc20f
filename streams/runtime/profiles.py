"""Broker settings profiles: one for Apache Kafka, one for the embedded broker (Tansu).

The embedded broker's quirks (design.md) are handled here and nowhere else:
- a consumer-group join waits half the session timeout, so the session timeout is short;
- a fetch is not woken when data arrives, so the fetch long-poll is short;
- ListOffsets(LATEST) is wrong after a multi-record batch, which makes faust's table recovery stop
  early and lose updates, so the producer sends one record per batch;
- no idempotent producer and no transactions, so processing is at-least-once (as on Kafka here)
  and every effect downstream is idempotent.
"""

from __future__ import annotations

import ipaddress
from typing import Any, Literal

from streams.runtime.kafka_url import broker_hosts
from streams.runtime.settings import Settings

Profile = Literal["embedded", "kafka"]

_COMMON: dict[str, Any] = {
    "processing_guarantee": "at_least_once",
    "consumer_auto_offset_reset": "earliest",
    "topic_allow_declare": True,
}

EMBEDDED: dict[str, Any] = {
    # A join waits half the session timeout: ~2 s instead of faust's 30 s, for worker start-up
    # to first item under 5 s (measured: 6.7 s with 6 s). Heartbeats run in faust's consumer
    # thread, so a busy event loop does not miss them. Legal on Kafka too.
    "broker_session_timeout": 4.0,
    "broker_heartbeat_interval": 1.0,
    "broker_rebalance_timeout": 20.0,
    # One record per produce request: keeps ListOffsets right so changelog recovery is complete.
    "producer_max_batch_size": 1,
    "producer_linger": 0.0,
    "broker_commit_interval": 1.0,
}

KAFKA: dict[str, Any] = {
    "broker_session_timeout": 30.0,
    "broker_heartbeat_interval": 3.0,
    "producer_linger": 0.005,
}

# The embedded broker does not wake a waiting fetch, so each hop of the pipeline (wire.items ->
# routed -> alerts) waits on average half of this. 25 ms keeps a hop near 10 ms; below ~10 ms the
# idle fetches cost the worker and the broker more CPU than they save (`make bench`, BENCHMARKS.md).
# Apache Kafka does wake a fetch, but only for the partitions in it: aiokafka keeps one fetch in
# flight per broker and leaves out the partitions that still hold buffered records, so a long
# poll there holds back every other partition. With 500 ms, the worker that kept wire.items
# partitions through a rebalance (two workers, 4 partitions) never fetched them in 90 s
# (tests/integration/test_partitions.py, 3 runs of 3; 25 ms: 0 of 3, every alert in 5 s), and
# every stage's time per item halved from 500 to 25 ms in the bench (BENCHMARKS.md).
DEFAULT_FETCH_WAIT_MS: dict[Profile, int] = {"embedded": 25, "kafka": 25}


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_profile(settings: Settings) -> Profile:
    """`auto` means: the embedded profile for a broker on loopback, the Kafka profile otherwise.

    The embedded settings are legal on Apache Kafka too (only a little slower), so guessing
    "embedded" for a local Kafka costs throughput, never correctness.
    """
    if settings.broker_profile != "auto":
        return settings.broker_profile
    hosts = broker_hosts(settings.kafka_url)
    return "embedded" if hosts and all(_is_loopback(h) for h in hosts) else "kafka"


def faust_settings(settings: Settings, profile: Profile) -> dict[str, Any]:
    conf = {**_COMMON, **(EMBEDDED if profile == "embedded" else KAFKA)}
    if settings.broker_session_timeout_s is not None:
        conf["broker_session_timeout"] = settings.broker_session_timeout_s
        conf["broker_heartbeat_interval"] = max(0.25, settings.broker_session_timeout_s / 4)
    return conf


def fetch_wait_ms(settings: Settings, profile: Profile) -> int:
    return settings.fetch_max_wait_ms or DEFAULT_FETCH_WAIT_MS[profile]
