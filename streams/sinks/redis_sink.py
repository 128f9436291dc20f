"""Publish alerts to Redis exactly once: XADD to the alert stream and PUBLISH on the alert's channel.

Idempotence is one atomic step in Redis: a Lua script checks the alert_id's marker and, only if
it is absent, XADDs, PUBLISHes and then sets the marker (with a TTL). Redis does not roll back a
script's earlier writes when a later command fails, so the marker comes last: a failing XADD
(wrong key type, out of memory) leaves nothing recorded and the retry publishes. A crash can
therefore never leave an alert recorded but not added, or added twice.

Redis being down is not a reason to skip an alert: `publish` retries with capped exponential
backoff until Redis accepts it, so the agent does not ack (and the offset is not committed) before.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass

import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

from schemas import Alert
from schemas.channels import segment
from schemas.codec import encode_alert
from streams.metrics import Metrics
from streams.redis_client import redis_client

log = logging.getLogger(__name__)

# KEYS[1] seen-marker key of this alert_id, KEYS[2] the alert stream.
# ARGV: alert JSON, channel, stream MAXLEN (approximate), marker TTL s, alert_id, kind, incident_id.
PUBLISH_ONCE = """
if redis.call('EXISTS', KEYS[1]) == 1 then
  return false
end
local entry = redis.call('XADD', KEYS[2], 'MAXLEN', '~', tonumber(ARGV[3]), '*',
  'alert_id', ARGV[5], 'kind', ARGV[6], 'incident_id', ARGV[7], 'alert', ARGV[1])
redis.call('PUBLISH', ARGV[2], ARGV[1])
redis.call('SET', KEYS[1], '1', 'EX', tonumber(ARGV[4]))
return entry
"""

RETRYABLE = (RedisConnectionError, RedisTimeoutError, OSError)


@dataclass(frozen=True)
class SinkConfig:
    stream: str = "wirealert:alerts"
    stream_maxlen: int = 100_000
    dedupe_ttl_s: int = 7 * 24 * 3600
    retry_initial_s: float = 0.05
    retry_max_s: float = 30.0
    key_prefix: str = "wirealert:alert-id:"


class RedisAlertSink:
    """Writes alerts to Redis; holds the connection so agents hold none."""

    def __init__(self, client: aioredis.Redis, config: SinkConfig, metrics: Metrics) -> None:
        self._client = client
        self._config = config
        self._metrics = metrics
        self._script = client.register_script(PUBLISH_ONCE)
        self._stopping = False

    @classmethod
    def from_url(
        cls, url: str, config: SinkConfig, metrics: Metrics, *, ca_certs: str | None = None,
    ) -> RedisAlertSink:
        return cls(redis_client(url, ca_certs=ca_certs), config, metrics)

    async def close(self) -> None:
        self._stopping = True
        await self._client.aclose()

    def marker_key(self, alert_id: str) -> str:
        return self._config.key_prefix + segment(alert_id, empty="none")

    async def publish_once(self, alert: Alert) -> bool:
        """One attempt. True when the alert was new and is now in Redis, False when it already was."""
        payload = encode_alert(alert)
        entry = await self._script(
            keys=[self.marker_key(alert.alert_id), self._config.stream],
            args=[
                payload,
                alert.channel(),
                self._config.stream_maxlen,
                self._config.dedupe_ttl_s,
                alert.alert_id,
                alert.kind.value,
                alert.incident_id,
            ],
        )
        return entry is not None

    async def publish(self, alert: Alert) -> bool:
        """Publish, retrying with capped exponential backoff while Redis is unreachable."""
        delay = self._config.retry_initial_s
        attempt = 0
        while True:
            try:
                published = await self.publish_once(alert)
            except RETRYABLE as exc:
                if self._stopping:
                    raise
                attempt += 1
                self._metrics.redis_publish_errors.inc()
                self._metrics.redis_publish_retries.inc()
                log.warning(
                    "redis unavailable (%s); retrying alert %s in %.2fs (attempt %d)",
                    type(exc).__name__, alert.alert_id, delay, attempt,
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, self._config.retry_max_s)
                continue
            except ResponseError:
                # A script error or wrong key type is a bug or a misconfigured Redis, not an
                # outage: count it and let the agent crash loudly rather than loop forever.
                self._metrics.redis_publish_errors.inc()
                raise
            if published:
                self._metrics.alerts_published.labels(alert.kind.value).inc()
                if alert.received_at is not None:
                    self._metrics.alert_latency.observe(max(0.0, time.time() - alert.received_at.timestamp()))
            else:
                self._metrics.alerts_already_published.inc()
            return published
