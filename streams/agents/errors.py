"""The agents' error policy: what happens to a record a stage cannot handle.

quix-streams lets an application pass `on_processing_error` and decide per error whether to go
on; faust has no such hook, and worse, acks a whole `take_events` batch when an agent body
raises (the `finally` around its `yield`), so an exception that leaves an agent silently skips
records. The policy, written once here and called by every agent:

- **The record's fault** (bytes that are not a wire item, an item the router or the detection
  core raises on, a record the producer refuses to send): the record goes to `wire.deadletter`
  with its real topic, partition and offset (and, for wire.routed, the item's place on
  wire.items) and the reason; the stream goes on with the next record.
- **Not the record's fault** (a delivery the broker does not confirm, a dead letter refused, a
  bug outside the per-record step): nothing can be handled safely any more, so the worker
  process exits at once with EXIT_UNAVAILABLE, before faust acks or commits anything. The
  batch is read again by the next worker (at-least-once; every effect is idempotent).
"""

from __future__ import annotations

import asyncio
import base64
import functools
import hashlib
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime
from typing import Any, NoReturn

from schemas import DeadLetter
from streams.runtime import audit
from streams.runtime.metrics import Metrics

log = logging.getLogger(__name__)

Agent = Callable[[Any], Awaitable[None]]

# sysexits EX_UNAVAILABLE: a restart (compose, k8s) is the cure, not a fix of the input.
EXIT_UNAVAILABLE = 69
# A dead letter keeps the whole record up to this size, else a prefix (and the digest): base64
# of 512 KiB stays under Kafka's default 1 MB record limit.
KEEP_WHOLE = 512 * 1024
TRUNCATED_PREFIX = 64 * 1024


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def received_at(message: Any) -> datetime:
    # Kafka timestamps are ms since the epoch; faust gives seconds as a float.
    stamp = getattr(message, "timestamp", None)
    return datetime.fromtimestamp(stamp, UTC) if stamp else datetime.now(UTC)


def letter_for(message: Any, reason: str, error: str, *, origin: tuple[int, int] | None = None
               ) -> DeadLetter:
    """The dead letter of one consumed record (`message`: faust's, or anything with its fields)."""
    value = message.value if isinstance(message.value, bytes) else b""
    kept = value if len(value) <= KEEP_WHOLE else value[:TRUNCATED_PREFIX]
    return DeadLetter(
        reason=reason,
        error=error[:2000],
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        key_b64=_b64(message.key if isinstance(message.key, bytes) else None),
        value_b64=_b64(kept) or "",
        value_size=len(value),
        value_sha256=hashlib.sha256(value).hexdigest(),
        value_truncated=len(kept) < len(value),
        received_at=received_at(message),
        origin_partition=origin[0] if origin else None,
        origin_offset=origin[1] if origin else None,
    )


def describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


class ErrorPolicy:
    """Dead letters sent and confirmed; anything that is not one record's fault ends the worker."""

    def __init__(self, deadletter_topic: Any, metrics: Metrics,
                 exit: Callable[[int], Any] = os._exit) -> None:
        self.topic = deadletter_topic
        self.metrics = metrics
        self._exit = exit

    async def dead_letter(self, message: Any, reason: str, error: str, *,
                          origin: tuple[int, int] | None = None, item_ref: str | None = None,
                          route: str | None = None) -> Awaitable[Any]:
        """Send the record's dead letter and write its audit line; returns the delivery, for
        `delivered` with the batch's other sends."""
        letter = letter_for(message, reason, error, origin=origin)
        try:
            delivery = await self.topic.send(key=message.key if isinstance(message.key, bytes)
                                             else None, value=letter.model_dump_json().encode())
        except Exception as exc:
            self.fatal(f"the dead letter of {letter.topic}[{letter.partition}]@{letter.offset} "
                       "could not be sent", exc)
        self.metrics.items_deadlettered.labels(reason).inc()
        log.warning("dead-lettered %s[%d]@%d: %s: %s", letter.topic, letter.partition,
                    letter.offset, reason, letter.error)
        audit.item(item_ref, route=route, decision="deadlettered", reason=reason,
                   error=letter.error[:300], topic=letter.topic, partition=letter.partition,
                   offset=letter.offset, origin_offset=letter.origin_offset)
        return delivery  # type: ignore[no-any-return]

    async def delivered(self, deliveries: Iterable[Awaitable[Any]], what: str) -> None:
        """Wait for every send of a batch; one the broker refuses ends the worker (nothing acked)."""
        pending = list(deliveries)
        if not pending:
            return
        try:
            await asyncio.gather(*pending)
        except Exception as exc:
            self.fatal(f"the broker did not confirm {what}", exc)

    def total(self, stage: str) -> Callable[[Agent], Agent]:
        """Wrap an agent body: an exception that escapes it (a bug outside the per-record steps,
        a table write that fails) stops the worker before faust can ack the batch."""

        def wrap(body: Agent) -> Agent:
            @functools.wraps(body)
            async def guarded(stream: Any) -> None:
                try:
                    await body(stream)
                except Exception as exc:
                    self.fatal(f"the {stage} agent failed", exc)

            return guarded

        return wrap

    def fatal(self, what: str, exc: BaseException) -> NoReturn:
        """Stop the worker process now: no `finally` runs, so faust acks and commits nothing."""
        log.critical("stopping the worker: %s (%s); the records of this batch are not committed "
                     "and will be read again", what, describe(exc), exc_info=exc)
        for handler in logging.getLogger().handlers:
            handler.flush()
        sys.stderr.flush()
        self._exit(EXIT_UNAVAILABLE)
        raise SystemExit(EXIT_UNAVAILABLE)  # only reached when a test's exit returns
