"""Publish alerts to Redis exactly once: XADD to the alert stream and PUBLISH on the alert's channel.

Idempotence is one atomic step in Redis: a Lua script checks the alert_id's marker and, only if
it is absent, XADDs, PUBLISHes and then sets the marker (with a TTL). Redis does not roll back a
script's earlier writes when a later command fails, so the marker comes last: a failing XADD
(wrong key type, out of memory) leaves nothing recorded and the retry publishes. A crash can
therefore never leave an alert recorded but not added, or added twice.

Redis being down, read-only (a replica after a failover), full or loading is not a reason to
skip an alert: `publish` retries with capped exponential backoff until Redis accepts it, so the
agent does not ack (and the offset is not committed) before. Which errors count as an outage is
drawn in `redis_errors`; a wrong password or a TLS failure is caught by `check` at start-up.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass

import redis.asyncio as aioredis

from schemas import Alert
from schemas.channels import segment
from schemas.codec import encode_alert
from streams.runtime.metrics import Metrics
from streams.runtime.redis_client import redis_client
from streams.sinks.redis_errors import SinkCheckFailed, is_outage, misconfiguration

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



class SinkStopped(Exception):
    """The worker is stopping while Redis is unavailable: the alert is not in Redis, keep it unacked."""


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
        self._waiting_since: float | None = None  # monotonic start of the alert not yet accepted

    @classmethod
    def from_url(
        cls, url: str, config: SinkConfig, metrics: Metrics, *, ca_certs: str | None = None,
    ) -> RedisAlertSink:
        return cls(redis_client(url, ca_certs=ca_certs), config, metrics)

    async def close(self) -> None:
        self._stopping = True
        await self._client.aclose()

    async def check(self) -> None:
        """PING once (with AUTH and TLS); raise SinkCheckFailed with the line to print if refused."""
        try:
            await self._client.ping()
        except Exception as exc:
            line = misconfiguration(exc)
            if line is None and is_outage(exc):
                line = f"cannot reach Redis ({type(exc).__name__}) — check WIREALERT_REDIS_URL"
            raise SinkCheckFailed(line or f"Redis refused PING: {exc}") from exc

    def stalled_for(self) -> float:
        """Seconds the alert in hand has waited for Redis; 0 when none waits."""
        since = self._waiting_since
        return 0.0 if since is None else time.monotonic() - since

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
        """Publish, retrying with capped exponential backoff while Redis is unavailable.

        Raises SinkStopped when the worker stops first, and other errors (a script bug) as they come.
        """
        delay = self._config.retry_initial_s
        attempt = 0
        self._waiting_since = time.monotonic()
        while True:
            try:
                published = await self.publish_once(alert)
            except Exception as exc:
                self._metrics.redis_publish_errors.inc()
                if not (is_outage(exc) or misconfiguration(exc)):
                    raise
                if self._stopping:
                    raise SinkStopped(alert.alert_id) from exc
                attempt += 1
                self._metrics.redis_publish_retries.inc()
                # A password rotated under a running worker is retried too: the alert waits and
                # /ready reports the stalled sink, rather than the alert being skipped.
                log.warning(
                    "redis unavailable (%s); retrying alert %s in %.2fs (attempt %d)",
                    type(exc).__name__, alert.alert_id, delay, attempt,
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, self._config.retry_max_s)
                continue
            self._waiting_since = None
            if published:
                self._metrics.alerts_published.labels(alert.kind.value).inc()
                if alert.received_at is not None:
                    self._metrics.alert_latency.observe(max(0.0, time.time() - alert.received_at.timestamp()))
            else:
                self._metrics.alerts_already_published.inc()
            return published
