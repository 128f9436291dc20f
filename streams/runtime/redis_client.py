"""The one place wirealert builds a Redis client, so every client connects the same way.

The sink, the incidents API, `wirealert subscribe`, the demo and the tests all call
`redis_client`: the same timeouts everywhere, the CA file only for a `rediss://` URL (redis-py
rejects `ssl_ca_certs` on a plain connection), and no read timeout for a subscriber, which may
wait hours for the next alert.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import redis.asyncio as aioredis
from redis.asyncio.client import PubSub

from streams.runtime.settings import Settings

CONNECT_TIMEOUT_S = 2.0
READ_TIMEOUT_S = 5.0
HEALTH_CHECK_INTERVAL_S = 15


def redis_client(url: str, *, ca_certs: str | None = None, subscriber: bool = False) -> aioredis.Redis:
    """A client for `url`; `subscriber=True` for one that blocks on pub/sub messages."""
    tls: dict[str, Any] = {"ssl_ca_certs": ca_certs} if ca_certs and url.startswith("rediss://") else {}
    return aioredis.Redis.from_url(
        url,
        socket_connect_timeout=CONNECT_TIMEOUT_S,
        socket_timeout=None if subscriber else READ_TIMEOUT_S,
        health_check_interval=HEALTH_CHECK_INTERVAL_S,
        **tls,
    )


def redis_client_for(settings: Settings, *, subscriber: bool = False) -> aioredis.Redis:
    """The client the settings describe (WIREALERT_REDIS_URL, WIREALERT_REDIS_SSL_CA_CERTS)."""
    return redis_client(
        settings.redis_url.get_secret_value(), ca_certs=settings.redis_ssl_ca_certs, subscriber=subscriber,
    )


async def close_pubsub(pubsub: PubSub) -> None:
    """Close a PubSub. redis-py types `PubSub.aclose` only in recent releases (8.x); going
    through a typed name keeps strict mypy quiet on older and newer ones alike."""
    close: Callable[[], Awaitable[None]] = pubsub.aclose
    await close()
