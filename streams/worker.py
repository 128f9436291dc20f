"""Run the processor: `wirealert worker`."""

from __future__ import annotations

import logging

import faust

from streams import audit
from streams.app import build_app
from streams.detect import warm_up
from streams.security import aiokafka_auth
from streams.settings import Settings
from streams.topic_names import (
    ALERTS_TOPIC,
    DEADLETTER_TOPIC,
    DECODED_TOPIC,
    ITEMS_TOPIC,
    ROUTED_TOPIC,
)
from streams.topics import ensure_topics

log = logging.getLogger(__name__)


def prepare_topics(settings: Settings) -> Settings:
    """Create missing topics; return settings with the partition counts the broker really has.

    faust needs each table's changelog to have as many partitions as the topic feeding it, so
    the worker adopts existing counts rather than failing after the group join.
    """
    replicas, auth = settings.topic_replicas, aiokafka_auth(settings)
    items = ensure_topics(settings.kafka_url, [ITEMS_TOPIC], settings.items_partitions, replicas, auth)
    if items[ITEMS_TOPIC] != settings.items_partitions:
        log.warning(
            "%s exists with %d partitions (this worker would create %d): using them as they are; "
            "one router still sees the whole wire, through %s",
            ITEMS_TOPIC, items[ITEMS_TOPIC], settings.items_partitions, DECODED_TOPIC,
        )
    decoded = ensure_topics(settings.kafka_url, [DECODED_TOPIC], 1, replicas, auth)
    if decoded[DECODED_TOPIC] != 1:
        raise SystemExit(f"{DECODED_TOPIC} must have one partition, it has "
                         f"{decoded[DECODED_TOPIC]}: delete it (it is internal) and start again")
    others = ensure_topics(
        settings.kafka_url, [ROUTED_TOPIC, DEADLETTER_TOPIC, ALERTS_TOPIC],
        settings.topic_partitions, replicas, auth,
    )
    adopted = {"items_partitions": items[ITEMS_TOPIC], "topic_partitions": others[ROUTED_TOPIC]}
    if others[ROUTED_TOPIC] != settings.topic_partitions:
        log.warning("using %d partitions for %s (the topic exists with that count)",
                    others[ROUTED_TOPIC], ROUTED_TOPIC)
    return settings.model_copy(update=adopted)


def run_worker(settings: Settings) -> None:
    """Run a faust worker in the foreground until SIGINT/SIGTERM; exits the process when done."""
    logging.basicConfig(level=settings.log_level)
    audit.configure(settings.log_level)   # before faust's worker swaps sys.stderr for a proxy
    warm_up()   # before the event loop starts: the first item must not stall it
    wire = build_app(prepare_topics(settings))
    worker = faust.Worker(wire.app, loglevel=settings.log_level, quiet=True)
    worker.execute_from_commandline()
