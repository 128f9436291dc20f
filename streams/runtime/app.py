"""The faust App, its topics and tables, built from settings.

`build_app(settings)` returns a `WorkerContext`: the faust app plus everything the agents need (topics,
tables, metrics, the Redis sink), passed as one object instead of module globals, so that a test
or a second worker in the same process gets its own.
"""

from __future__ import annotations

import logging
from typing import Any

import faust
from faust.types import TopicT
from mode import Service
from prometheus_client import CollectorRegistry

from streams.agents.layouts import router_store, shard_store
from streams.agents.version_expiry import VersionExpiry
from streams.detect import DetectConfig
from streams.runtime.connections import KafkaConnection
from streams.runtime.context import WorkerContext
from streams.runtime.metrics import Metrics
from streams.runtime.profiles import faust_settings, fetch_wait_ms, resolve_profile
from streams.runtime.settings import Settings
from streams.runtime.topic_names import (
    ALERTS_TOPIC,
    DEADLETTER_TOPIC,
    DECODED_TOPIC,
    ITEMS_TOPIC,
    ROUTED_TOPIC,
)
from streams.runtime.transport import FETCH_WAIT_ATTR
from streams.sinks.redis_sink import RedisAlertSink, SinkConfig

log = logging.getLogger(__name__)

class SinkLifecycle(Service):
    """Closes the Redis connection when the worker stops (the client connects lazily)."""

    def __init__(self, sink: RedisAlertSink, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sink = sink

    async def on_stop(self) -> None:
        await self.sink.close()



def raw_topic(app: faust.App, name: str, *, partitions: int, internal: bool = False) -> TopicT:
    """A topic of bytes: schemas.codec is the one place that turns bytes into models."""
    return app.topic(
        name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw",
        partitions=partitions, internal=internal,
    )


def build_app(settings: Settings, *, registry: CollectorRegistry | None = None) -> WorkerContext:
    profile = resolve_profile(settings)
    kafka = KafkaConnection.from_settings(settings)
    app = faust.App(
        settings.app_id,
        broker=kafka.faust_url,
        store="memory://",
        datadir=settings.data_dir,
        web_port=settings.web_port,
        web_host=settings.web_host,
        web_bind=settings.web_bind or settings.web_host,
        # faust's /table/... and /router/ pages serve raw table data and the topology without
        # auth; the incidents API reads the assignment in Python and needs neither.
        web_tables_enabled=False,
        web_router_enabled=False,
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replicas,
        broker_credentials=kafka.credentials,
        # A dead letter carries a whole record (up to max_record_bytes) in base64.
        producer_max_request_size=max(1 << 20, settings.max_record_bytes * 4 // 3 + (64 << 10)),
        consumer_max_fetch_size=max(4 << 20, settings.max_record_bytes * 2),
        **faust_settings(settings, profile),
    )
    setattr(app.conf, FETCH_WAIT_ATTR, fetch_wait_ms(settings, profile))
    metrics = Metrics.create(registry)
    version_expiry = VersionExpiry(settings.incident_ttl.total_seconds())
    sink = RedisAlertSink.from_url(
        settings.redis_url.get_secret_value(),
        SinkConfig(
            stream=settings.redis_stream,
            stream_maxlen=settings.redis_stream_maxlen,
            dedupe_ttl_s=settings.redis_dedupe_ttl_s,
            retry_max_s=settings.redis_retry_max_s,
        ),
        metrics,
        ca_certs=settings.redis_ssl_ca_certs,
    )
    router_table = app.Table(
        "router_states", key_type=bytes, value_type=bytes, default=None, partitions=1,
    )
    shard_table = app.Table(
        "shard_states", key_type=bytes, value_type=bytes, default=None,
        partitions=settings.topic_partitions,
    )
    context = WorkerContext(
        app=app,
        settings=settings,
        profile=profile,
        metrics=metrics,
        sink=sink,
        detect_config=DetectConfig(incident_ttl=settings.incident_ttl,
                                    alert_horizon=settings.alert_horizon),
        items_topic=raw_topic(app, ITEMS_TOPIC, partitions=settings.items_partitions),
        deadletter_topic=raw_topic(app, DEADLETTER_TOPIC, partitions=settings.topic_partitions),
        # One partition, whatever wire.items has: one router sees the whole wire.
        decoded_topic=raw_topic(app, DECODED_TOPIC, partitions=1, internal=True),
        routed_topic=raw_topic(app, ROUTED_TOPIC, partitions=settings.topic_partitions, internal=True),
        alerts_topic=raw_topic(app, ALERTS_TOPIC, partitions=settings.topic_partitions),
        # uri -> [highest version seen, item time]: exact re-sends and stale versions stop here;
        # old entries expire (streams.agents.version_expiry). The router's, so one partition.
        uri_versions=app.Table(
            "uri_versions", key_type=str, default=None, partitions=1,
            on_changelog_event=version_expiry.on_changelog_event,
        ),
        version_expiry=version_expiry,
        # The one router's RouterState (streams.detect.routing) under b"wire", and the
        # detection core's ShardState per route key: each as many small JSON records
        # (streams.agents.keyed_state). faust serialises a table's bytes keys and values raw.
        router_states=router_table,
        shard_states=shard_table,
        router_store=router_store(router_table),
        shard_store=shard_store(shard_table),
    )
    from streams.agents import register_all
    from streams.web.pages import register_pages

    register_all(context)
    register_pages(context)

    app.add_dependency(SinkLifecycle(sink))

    log.info(
        "wirealert app %s: broker profile %s, fetch wait %d ms, %d partitions",
        settings.app_id, profile, fetch_wait_ms(settings, profile), settings.topic_partitions,
    )
    return context
