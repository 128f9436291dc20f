"""faust's aiokafka transport, with the fetch long-poll made a setting and a lost-record fix.

faust builds its worker consumer with `fetch_max_wait_ms=1500` and no way to change it. On Apache
Kafka that is harmless (a fetch returns as soon as data arrives); on the embedded broker a fetch is
not woken by new data, so every hop waits the full long-poll. This transport keeps faust's
consumer exactly as built and only replaces that one value, read from `app.conf`.

After a rebalance faust seeks every partition back to its committed offset, so that the records
it skipped while the rebalance suspended its flow are read again. aiokafka's `seek_to_committed`
seeks only where an offset above 0 is committed: a partition with nothing committed yet (a new
consumer group, or a rebalance before its first commit) kept its fetch position, and the skipped
records never came back. `ConsumerThread.seek_to_committed` sends such a partition to its start.

Registered as the faust transport `wirealert` (entry point `faust.transports` in pyproject.toml);
`streams.runtime.app` maps `kafka://` URLs to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from faust.transport.drivers import aiokafka as aiokafka_driver
from faust.types import TP

# faust.Settings has no field for this; the app stores it on the conf object under this name.
FETCH_WAIT_ATTR = "wirealert_fetch_max_wait_ms"


class ConsumerThread(aiokafka_driver.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        wait_ms = getattr(self.app.conf, FETCH_WAIT_ATTR, None)
        if wait_ms is not None:
            # aiokafka reads this when it builds its Fetcher in start(); the consumer is not
            # started yet. Fail loudly if a new aiokafka renames it rather than silently keep 1500.
            if not hasattr(consumer, "_fetch_max_wait_ms"):
                raise RuntimeError(
                    "aiokafka consumer has no _fetch_max_wait_ms; update streams.runtime.transport")
            consumer._fetch_max_wait_ms = int(wait_ms)
        return consumer

    async def seek_to_committed(self) -> Mapping[TP, int]:
        """faust's, and a stream partition with no committed offset goes back to its start.

        Earliest is this app's reset policy (`consumer_auto_offset_reset`), so this is where
        the partition's first fetch began; what it reads twice, every stage drops (item_ref,
        alert_id). Changelog partitions are left alone: faust's recovery positions those.
        """
        offsets = await super().seek_to_committed()
        unset = uncommitted(offsets, set(self.app.tables.changelog_topics))
        if unset:
            consumer = self._ensure_consumer()
            await self.call_thread(consumer.seek_to_beginning, *unset)
        return offsets


def uncommitted(offsets: Mapping[TP, int | None], changelogs: set[str]) -> list[Any]:
    """The stream partitions among `offsets` (partition -> committed offset, as aiokafka's
    `seek_to_committed` returns them) that it did not seek: nothing above 0 committed."""
    return [aiokafka_driver.ensure_aiokafka_TP(tp) for tp, offset in offsets.items()
            if not offset and tp.topic not in changelogs]


class Consumer(aiokafka_driver.Consumer):
    def _new_consumer_thread(self) -> ConsumerThread:
        return ConsumerThread(self, loop=self.loop, beacon=self.beacon)


class Transport(aiokafka_driver.Transport):
    Consumer = Consumer
