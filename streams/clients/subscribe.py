"""Read alerts back from Redis: the durable stream (replay) and the live channels."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import AsyncIterator

import redis.asyncio as aioredis
from pydantic import ValidationError

from schemas import Alert
from schemas.codec import decode_alert
from streams.runtime.redis_client import close_pubsub

log = logging.getLogger(__name__)

# Ids remembered while replaying, so an alert published during the replay is shown once. The
# overlap is seconds of traffic; the bound keeps a long-running subscriber's memory flat.
SEEN_MAX = 10_000


class RecentIds:
    """The last `limit` ids added, oldest forgotten first."""

    def __init__(self, limit: int = SEEN_MAX) -> None:
        self.limit = limit
        self._ids: OrderedDict[str, None] = OrderedDict()

    def add(self, alert_id: str) -> None:
        self._ids[alert_id] = None
        self._ids.move_to_end(alert_id)
        if len(self._ids) > self.limit:
            self._ids.popitem(last=False)

    def __contains__(self, alert_id: object) -> bool:
        return alert_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)


def _alert_or_none(payload: bytes | str, where: str) -> Alert | None:
    """A message that is not an alert (anyone with PUBLISH rights can send one) is skipped."""
    try:
        return decode_alert(payload)
    except (ValidationError, ValueError) as error:
        log.warning("skipped a message on %s that is not an alert (%s)", where, type(error).__name__)
        return None


async def replay(client: aioredis.Redis, stream: str, batch: int = 500) -> AsyncIterator[Alert]:
    """Every alert in the stream, oldest first."""
    start = "-"
    while True:
        entries = await client.xrange(stream, min=start, max="+", count=batch)
        if not entries:
            return
        for _entry_id, fields in entries:
            payload = (fields or {}).get(b"alert")
            alert = None if payload is None else _alert_or_none(payload, stream)
            if alert is not None:
                yield alert
        last = entries[-1][0]
        start = "(" + (last.decode() if isinstance(last, bytes) else str(last))
        if len(entries) < batch:
            return


async def live(
    client: aioredis.Redis, pattern: str, *, replay_stream: str | None = None
) -> AsyncIterator[Alert]:
    """Alerts published on channels matching `pattern`; with replay_stream, the stored ones first.

    Subscribes before it replays and drops ids it has already yielded, so an alert published
    during the replay is neither missed nor shown twice.
    """
    pubsub = client.pubsub()
    await pubsub.psubscribe(pattern)
    seen = RecentIds()
    try:
        if replay_stream:
            async for alert in replay(client, replay_stream):
                seen.add(alert.alert_id)
                yield alert
        async for message in pubsub.listen():
            if message.get("type") != "pmessage":
                continue
            channel = message.get("channel", b"")
            where = channel.decode(errors="replace") if isinstance(channel, bytes) else str(channel)
            published = _alert_or_none(message["data"], where)
            if published is None or published.alert_id in seen:
                continue
            if replay_stream:
                seen.add(published.alert_id)
            yield published
    finally:
        await close_pubsub(pubsub)
