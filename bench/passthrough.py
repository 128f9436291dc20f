"""The framework limit: a faust agent that only decodes each record and forwards it.

Built like the pipeline's app (`streams.runtime.app.build_app`): the same faust settings profile
(`streams.runtime.profiles`), the same tuned transport and fetch wait (`streams.runtime.transport`), raw bytes
topics. Run as its own worker process by `bench.run`:

    WIREALERT_KAFKA_URL=kafka://127.0.0.1:PORT python -m bench.passthrough
"""

from __future__ import annotations

import contextlib
import json
import logging
from typing import Any

import faust

from streams.runtime.app import raw_topic
from streams.runtime.kafka_url import transport_url
from streams.runtime.profiles import faust_settings, fetch_wait_ms, resolve_profile
from streams.runtime.settings import Settings
from streams.runtime.transport import FETCH_WAIT_ATTR

IN_TOPIC = "bench.fw.in"
OUT_TOPIC = "bench.fw.out"


def build(settings: Settings) -> faust.App:
    profile = resolve_profile(settings)
    app = faust.App(
        f"{settings.app_id}-passthrough",
        broker=transport_url(settings.kafka_url),
        store="memory://",
        datadir=settings.data_dir,
        web_port=settings.web_port,
        web_host=settings.web_host,
        web_bind=settings.web_host,
        topic_partitions=1,
        **faust_settings(settings, profile),
    )
    setattr(app.conf, FETCH_WAIT_ATTR, fetch_wait_ms(settings, profile))
    source = raw_topic(app, IN_TOPIC, partitions=1)
    sink = raw_topic(app, OUT_TOPIC, partitions=1)

    @app.agent(source, name="bench.passthrough")
    async def passthrough(records: Any) -> None:
        async for event in records.events():
            with contextlib.suppress(ValueError):
                json.loads(event.value)       # decode, as ingest does first
            await sink.send(key=event.message.key, value=event.value)

    return app


def main() -> None:
    settings = Settings()
    logging.basicConfig(level="WARNING")
    worker = faust.Worker(build(settings), loglevel="WARNING", quiet=True)
    worker.execute_from_commandline()


if __name__ == "__main__":
    main()
