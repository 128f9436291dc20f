"""Read alerts back from Redis: the durable stream (replay) and the live channels."""

from __future__ import annotations

from collections.abc import AsyncIterator

import redis.asyncio as aioredis

from schemas import Alert
from schemas.codec import decode_alert


async def replay(client: aioredis.Redis, stream: str, batch: int = 500) -> AsyncIterator[Alert]:
    """Every alert in the stream, oldest first."""
    start = "-"
    while True:
        entries = await client.xrange(stream, min=start, max="+", count=batch)
        if not entries:
            return
        for _entry_id, fields in entries:
            payload = (fields or {}).get(b"alert")
            if payload is not None:
                yield decode_alert(payload)
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
    seen: set[str] = set()
    try:
        if replay_stream:
            async for alert in replay(client, replay_stream):
                seen.add(alert.alert_id)
                yield alert
        async for message in pubsub.listen():
            if message.get("type") != "pmessage":
                continue
            alert = decode_alert(message["data"])
            if alert.alert_id in seen:
                continue
            if replay_stream:
                seen.add(alert.alert_id)
            yield alert
    finally:
        await pubsub.aclose()  # type: ignore[no-untyped-call]
