"""What a worker's agents, sinks and pages share: one typed object, built once by
`streams.runtime.app.build_app` and passed to each part, so that nothing imports the module
that builds it (and a test, or a second worker in one process, gets its own)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime

import faust
from faust.types import TableT, TopicT

from schemas import Alert
from streams.agents.keyed_state import KeyedStateStore
from streams.agents.version_expiry import VersionExpiry
from streams.detect import DetectConfig, RouterState, ShardState
from streams.runtime.metrics import Metrics
from streams.runtime.profiles import Profile
from streams.runtime.settings import Settings
from streams.sinks.redis_sink import RedisAlertSink

RECENT_ALERTS = 50   # the ops page shows this many of the latest alerts


@dataclass
class WorkerContext:
    app: faust.App
    settings: Settings
    profile: Profile
    metrics: Metrics
    sink: RedisAlertSink
    detect_config: DetectConfig
    # Topics of raw bytes: schemas.codec is the one place that turns bytes into models.
    items_topic: TopicT
    deadletter_topic: TopicT
    decoded_topic: TopicT
    routed_topic: TopicT
    alerts_topic: TopicT
    # uri -> [highest version seen, item time] (the router's: one partition).
    uri_versions: TableT[str, list[float] | None]
    version_expiry: VersionExpiry
    # bytes -> bytes, read and written only through the two stores below.
    router_states: TableT[bytes, bytes | None]
    shard_states: TableT[bytes, bytes | None]
    router_store: KeyedStateStore[RouterState]
    shard_store: KeyedStateStore[ShardState]
    # Per route key: open incidents on this worker, for the wirealert_incidents_open gauge.
    open_incidents: dict[str, int] = field(default_factory=dict)
    # The last alerts this worker published (newest last), for the ops page.
    recent_alerts: deque[Alert] = field(default_factory=lambda: deque(maxlen=RECENT_ALERTS))
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
