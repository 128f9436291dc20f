"""Run the processor: `wirealert worker`."""

from __future__ import annotations

import asyncio
import logging
import sys

import faust
from aiokafka.errors import KafkaConnectionError, KafkaError

from streams.detect import warm_up
from streams.runtime import audit
from streams.runtime.app import build_app
from streams.runtime.connections import KafkaConnection
from streams.runtime.metrics import Metrics
from streams.runtime.redis_client import redis_client_for
from streams.runtime.settings import Settings
from streams.runtime.topic_names import (
    ALERTS_TOPIC,
    DEADLETTER_TOPIC,
    DECODED_TOPIC,
    ITEMS_TOPIC,
    ROUTED_TOPIC,
)
from streams.runtime.topics import ensure_topics
from streams.sinks.redis_errors import SinkCheckFailed
from streams.sinks.redis_sink import RedisAlertSink, SinkConfig

log = logging.getLogger(__name__)


def prepare_topics(settings: Settings) -> Settings:
    """Create missing topics; return settings with the partition counts the broker really has.

    faust needs each table's changelog to have as many partitions as the topic feeding it, so
    the worker adopts existing counts rather than failing after the group join.
    """
    kafka, replicas = KafkaConnection.from_settings(settings), settings.topic_replicas
    items = ensure_topics(kafka, [ITEMS_TOPIC], settings.items_partitions, replicas)
    if items[ITEMS_TOPIC] != settings.items_partitions:
        log.warning(
            "%s exists with %d partitions (this worker would create %d): using them as they are; "
            "one router still sees the whole wire, through %s",
            ITEMS_TOPIC, items[ITEMS_TOPIC], settings.items_partitions, DECODED_TOPIC,
        )
    decoded = ensure_topics(kafka, [DECODED_TOPIC], 1, replicas)
    if decoded[DECODED_TOPIC] != 1:
        raise SystemExit(f"{DECODED_TOPIC} must have one partition, it has "
                         f"{decoded[DECODED_TOPIC]}: delete it (it is internal) and start again")
    others = ensure_topics(
        kafka, [ROUTED_TOPIC, DEADLETTER_TOPIC, ALERTS_TOPIC], settings.topic_partitions, replicas,
    )
    adopted = {"items_partitions": items[ITEMS_TOPIC], "topic_partitions": others[ROUTED_TOPIC]}
    if others[ROUTED_TOPIC] != settings.topic_partitions:
        log.warning("using %d partitions for %s (the topic exists with that count)",
                    others[ROUTED_TOPIC], ROUTED_TOPIC)
    return settings.model_copy(update=adopted)


class StartupError(Exception):
    """What stops the worker before faust starts: one line naming the setting to check."""


async def _check_redis(settings: Settings) -> None:
    sink = RedisAlertSink(redis_client_for(settings), SinkConfig(), Metrics.create())
    try:
        await sink.check()
    finally:
        await sink.close()


def preflight(settings: Settings) -> Settings:
    """Reach the broker (creating topics) and Redis (PING with AUTH and TLS) before faust starts.

    Returns the settings with the partition counts adopted from the broker. Raises StartupError
    rather than letting faust print a traceback and keep retrying a setting that is wrong.
    """
    try:
        adopted = prepare_topics(settings)
    except KafkaConnectionError:
        url = settings.kafka_url
        raise StartupError(f"cannot reach Kafka at {url} — check WIREALERT_KAFKA_URL") from None
    except KafkaError as exc:
        raise StartupError(
            f"Kafka at {settings.kafka_url} refused the worker ({type(exc).__name__}) — check "
            "WIREALERT_KAFKA_URL and the WIREALERT_KAFKA_SECURITY_PROTOCOL / SASL / SSL settings"
        ) from None
    try:
        asyncio.run(_check_redis(settings))
    except SinkCheckFailed as exc:
        raise StartupError(str(exc)) from None
    return adopted


def run_worker(settings: Settings) -> None:
    """Run a faust worker in the foreground until SIGINT/SIGTERM; exits the process when done.

    Exits 2 with one line on stderr when Kafka or Redis cannot be used at start.
    """
    logging.basicConfig(level=settings.log_level)
    audit.configure(settings.log_level)   # before faust's worker swaps sys.stderr for a proxy
    try:
        ready = preflight(settings)
    except StartupError as exc:
        print(f"wirealert worker: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    warm_up()   # before the event loop starts: the first item must not stall it
    wire = build_app(ready)
    worker = faust.Worker(wire.app, loglevel=settings.log_level, quiet=True)
    worker.execute_from_commandline()
