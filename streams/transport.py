"""faust's aiokafka transport with the consumer's fetch long-poll made a setting.

faust builds its worker consumer with `fetch_max_wait_ms=1500` and no way to change it. On Apache
Kafka that is harmless (a fetch returns as soon as data arrives); on the embedded broker a fetch is
not woken by new data, so every hop waits the full long-poll. This transport keeps faust's
consumer exactly as built and only replaces that one value, read from `app.conf`.

Registered as the faust transport `wirealert` (entry point `faust.transports` in pyproject.toml);
`streams.app` maps `kafka://` URLs to it.
"""

from __future__ import annotations

from typing import Any

from faust.transport.drivers import aiokafka as aiokafka_driver

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
                raise RuntimeError("aiokafka consumer has no _fetch_max_wait_ms; update streams.transport")
            consumer._fetch_max_wait_ms = int(wait_ms)
        return consumer


class Consumer(aiokafka_driver.Consumer):
    def _new_consumer_thread(self) -> ConsumerThread:
        return ConsumerThread(self, loop=self.loop, beacon=self.beacon)


class Transport(aiokafka_driver.Transport):
    Consumer = Consumer
