"""Run the processor: `wirealert worker`."""

from __future__ import annotations

import logging

import faust

from streams.app import ALERTS_TOPIC, DEADLETTER_TOPIC, ITEMS_TOPIC, ROUTED_TOPIC, build_app
from streams.settings import Settings
from streams.topics import ensure_topics

log = logging.getLogger(__name__)


class TopologyError(RuntimeError):
    """The topics on the broker cannot be used together (partition counts disagree)."""


def prepare_topics(settings: Settings) -> Settings:
    """Create missing topics; return settings whose partition count is the one wire.items has."""
    counts = ensure_topics(
        settings.kafka_url, [ITEMS_TOPIC, DEADLETTER_TOPIC, ALERTS_TOPIC],
        settings.topic_partitions, settings.topic_replicas,
    )
    partitions = counts[ITEMS_TOPIC]
    routed = ensure_topics(settings.kafka_url, [ROUTED_TOPIC], partitions, settings.topic_replicas)
    if routed[ROUTED_TOPIC] != partitions:
        raise TopologyError(
            f"{ITEMS_TOPIC} has {partitions} partitions but {ROUTED_TOPIC} has "
            f"{routed[ROUTED_TOPIC]}; tables need them equal. Recreate {ROUTED_TOPIC} and the "
            "wirealert-*-changelog topics with the same count (see README, 'Scaling out')."
        )
    if partitions != settings.topic_partitions:
        log.warning(
            "%s has %d partitions (WIREALERT_TOPIC_PARTITIONS=%d); using %d",
            ITEMS_TOPIC, partitions, settings.topic_partitions, partitions,
        )
    return settings.model_copy(update={"topic_partitions": partitions})


def run_worker(settings: Settings) -> None:
    """Run a faust worker in the foreground until SIGINT/SIGTERM; exits the process when done."""
    logging.basicConfig(level=settings.log_level)
    wire = build_app(prepare_topics(settings))
    worker = faust.Worker(wire.app, loglevel=settings.log_level, quiet=True)
    worker.execute_from_commandline()
