"""Which Redis failures are an outage (wait and retry) and which are a misconfiguration.

    Exception (from redis-py or the socket layer)
    ├── outage: the alert waits, `publish` retries with capped backoff
    │     ConnectionError, TimeoutError, OSError   cannot reach the server
    │     ResponseError READONLY                   a replica after a failover
    │     ResponseError OOM                        maxmemory reached with noeviction
    │     LOADING, BUSY, TRYAGAIN, CLUSTERDOWN, MASTERDOWN   the server is not ready yet
    ├── misconfiguration: `check` fails start-up with one line (SinkCheckFailed)
    │     AuthenticationError, NOPERM, an ssl.SSLError in the connection's cause chain
    └── anything else (another ResponseError: a script bug): raised
"""

from __future__ import annotations

import ssl

from redis.exceptions import (
    AuthenticationError,
    BusyLoadingError,
    ClusterDownError,
    MasterDownError,
    NoPermissionError,
    OutOfMemoryError,
    ReadOnlyError,
    ResponseError,
    TryAgainError,
)
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

# Replies a correctly configured Redis gives while it fails over, is full or is busy. redis-py
# maps most to classes and strips the code; BUSY (a long script) stays a plain ResponseError.
TRANSIENT_REPLIES = (ReadOnlyError, OutOfMemoryError, BusyLoadingError, TryAgainError, ClusterDownError,
                     MasterDownError)


class SinkCheckFailed(Exception):
    """Start-up found Redis unusable; the message is the one line that says which setting to check."""


def _causes(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def misconfiguration(exc: BaseException) -> str | None:
    """The one line to print when `exc` means the settings are wrong, else None."""
    if any(isinstance(cause, ssl.SSLError) for cause in _causes(exc)):
        return ("TLS with Redis failed — check WIREALERT_REDIS_URL (rediss://) and "
                "WIREALERT_REDIS_SSL_CA_CERTS")
    if isinstance(exc, AuthenticationError | NoPermissionError):
        return "Redis refused the credentials — check the user and password in WIREALERT_REDIS_URL"
    return None


def is_outage(exc: BaseException) -> bool:
    """True when waiting and retrying can succeed without anyone changing a setting."""
    if isinstance(exc, TRANSIENT_REPLIES):
        return True
    if isinstance(exc, ResponseError) and not isinstance(exc, NoPermissionError):
        return str(exc).startswith(("BUSY ", "READONLY ", "OOM "))  # as raised from inside a script
    return isinstance(exc, RedisConnectionError | RedisTimeoutError | OSError)
