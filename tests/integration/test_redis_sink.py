"""The Redis sink against a real Redis server: exactly once, and patient through an outage."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import pytest
import redis

from schemas import Alert
from streams.dev.embedded import ServerProcess, free_port, start_redis
from streams.runtime.metrics import Metrics
from streams.sinks.redis_errors import SinkCheckFailed
from streams.sinks.redis_sink import RedisAlertSink, SinkConfig, SinkStopped
from tests.integration.conftest import wait_for

pytestmark = pytest.mark.integration


def make_alert(alert_id: str = "a-1", incident_id: str = "kerman-ir-1") -> Alert:
    return Alert(
        alert_id=alert_id, kind="casualty_update", incident_id=incident_id, item_ref="u@2",
        field="killed", old=103, new=84, counts={"killed": 84}, headline="Toll revised to 84",
        country="IR", item_time="2024-01-03T14:00:00Z", detected_at="2024-01-03T14:00:01Z",
    )


def sink_for(port: int, metrics: Metrics, **config: object) -> RedisAlertSink:
    return RedisAlertSink.from_url(
        f"redis://127.0.0.1:{port}/0", SinkConfig(retry_initial_s=0.02, retry_max_s=0.2, **config), metrics  # type: ignore[arg-type]
    )


async def _publish_twice(port: int, metrics: Metrics) -> tuple[bool, bool]:
    sink = sink_for(port, metrics)
    try:
        return await sink.publish(make_alert()), await sink.publish(make_alert())
    finally:
        await sink.close()


def test_an_alert_is_published_once(redis_server: ServerProcess) -> None:
    client = redis.Redis(port=redis_server.port)
    pubsub = client.pubsub()
    pubsub.psubscribe("alerts.*")
    wait_for(lambda: pubsub.get_message(timeout=0.1), what="psubscribe confirmation")
    metrics = Metrics.create()

    first, second = asyncio.run(_publish_twice(redis_server.port, metrics))

    assert (first, second) == (True, False)
    assert client.xlen("wirealert:alerts") == 1
    entry = client.xrange("wirealert:alerts")[0][1]
    assert Alert.model_validate_json(entry[b"alert"]) == make_alert()
    message = wait_for(lambda: pubsub.get_message(timeout=0.1), what="the published alert")
    assert message["channel"] == b"alerts.casualty_update.ir.kerman-ir-1"
    assert pubsub.get_message(timeout=0.3) is None  # no second message
    assert metrics.alerts_published.labels("casualty_update")._value.get() == 1
    assert metrics.alerts_already_published._value.get() == 1
    pubsub.close()
    client.close()


def test_the_stream_is_capped(redis_server: ServerProcess) -> None:
    async def run() -> None:
        sink = sink_for(redis_server.port, Metrics.create(), stream_maxlen=100)
        try:
            for n in range(1000):
                await sink.publish(make_alert(alert_id=f"a-{n}"))
        finally:
            await sink.close()

    asyncio.run(run())
    length = redis.Redis(port=redis_server.port).xlen("wirealert:alerts")
    assert 100 <= length < 1000  # MAXLEN ~ trims in whole macro nodes


def test_publish_waits_out_a_redis_outage() -> None:
    server = start_redis()
    port = server.port
    server.kill()
    metrics = Metrics.create()
    outcome: dict[str, object] = {}

    def publish_in_background() -> None:
        async def run() -> None:
            sink = sink_for(port, metrics)
            try:
                outcome["published"] = await sink.publish(make_alert())
            finally:
                await sink.close()
        asyncio.run(run())

    thread = threading.Thread(target=publish_in_background)
    thread.start()
    wait_for(lambda: metrics.redis_publish_retries._value.get() >= 3, what="retries while Redis is down")
    assert thread.is_alive()  # still trying, not given up
    restarted = start_redis(port)
    try:
        thread.join(timeout=30)
        assert not thread.is_alive()
        assert outcome["published"] is True
        assert redis.Redis(port=port).xlen("wirealert:alerts") == 1
        assert metrics.redis_publish_errors._value.get() >= 3
    finally:
        restarted.stop()


def test_hostile_ids_cannot_address_other_keys(redis_server: ServerProcess) -> None:
    async def run() -> None:
        sink = sink_for(redis_server.port, Metrics.create())
        try:
            await sink.publish(make_alert(alert_id="x*:{wirealert:alerts}", incident_id="a.b.*"))
        finally:
            await sink.close()

    asyncio.run(run())
    client = redis.Redis(port=redis_server.port)
    keys = sorted(k.decode() for k in client.keys("*"))
    assert keys == ["wirealert:alert-id:x-wirealert-alerts", "wirealert:alerts"]


def test_a_failing_xadd_leaves_no_marker_and_the_retry_publishes(redis_server: ServerProcess) -> None:
    client = redis.Redis(port=redis_server.port)
    client.set("wirealert:alerts", "not a stream")  # XADD inside the script fails: WRONGTYPE
    pubsub = client.pubsub()
    pubsub.psubscribe("alerts.*")
    wait_for(lambda: pubsub.get_message(timeout=0.1), what="psubscribe confirmation")
    metrics = Metrics.create()

    async def publish_once() -> bool:
        sink = sink_for(redis_server.port, metrics)
        try:
            return await sink.publish_once(make_alert())
        finally:
            await sink.close()

    with pytest.raises(redis.exceptions.ResponseError, match="WRONGTYPE"):
        asyncio.run(publish_once())
    assert client.exists("wirealert:alert-id:a-1") == 0
    assert pubsub.get_message(timeout=0.3) is None  # nothing published before the failure

    client.delete("wirealert:alerts")  # the operator fixes the key
    assert asyncio.run(publish_once()) is True
    assert client.xlen("wirealert:alerts") == 1
    assert client.exists("wirealert:alert-id:a-1") == 1
    message = wait_for(lambda: pubsub.get_message(timeout=0.1), what="the published alert")
    assert message["channel"] == b"alerts.casualty_update.ir.kerman-ir-1"
    assert pubsub.get_message(timeout=0.3) is None  # one PUBLISH, not two
    pubsub.close()
    client.close()


def _publish_while_faulty(port: int, inject: Callable[[redis.Redis], None],
                          repair: Callable[[redis.Redis], None]) -> None:
    """Publish with a fault injected: the sink retries (alert waits), then publishes once repaired."""
    admin = redis.Redis(port=port)
    inject(admin)
    metrics = Metrics.create()
    outcome: dict[str, object] = {}

    def publish_in_background() -> None:
        async def run() -> None:
            sink = sink_for(port, metrics)
            try:
                outcome["published"] = await sink.publish(make_alert())
            except BaseException as exc:  # the assertion below names it
                outcome["error"] = exc
            finally:
                await sink.close()
        asyncio.run(run())

    thread = threading.Thread(target=publish_in_background)
    thread.start()
    wait_for(lambda: metrics.redis_publish_retries._value.get() >= 3 or not thread.is_alive(),
             what="retries while Redis refuses writes")
    assert thread.is_alive(), outcome  # waiting, not crashed nor given up
    assert admin.exists("wirealert:alert-id:a-1") == 0
    repair(admin)
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert outcome.get("published") is True, outcome
    assert admin.xlen("wirealert:alerts") == 1
    admin.close()


def test_a_read_only_replica_is_waited_out(redis_server: ServerProcess) -> None:
    dead = free_port()
    _publish_while_faulty(
        redis_server.port,
        inject=lambda r: r.execute_command("REPLICAOF", "127.0.0.1", dead),
        repair=lambda r: r.execute_command("REPLICAOF", "NO", "ONE"),
    )


def test_out_of_memory_is_waited_out(redis_server: ServerProcess) -> None:
    def full(r: redis.Redis) -> None:
        r.config_set("maxmemory-policy", "noeviction")
        r.config_set("maxmemory", 1)

    _publish_while_faulty(redis_server.port, inject=full, repair=lambda r: r.config_set("maxmemory", 0))


def test_a_wrong_password_fails_the_start_up_check() -> None:
    server = start_redis(password="right-secret-42")
    try:
        async def check(url: str) -> None:
            sink = RedisAlertSink.from_url(url, SinkConfig(), Metrics.create())
            try:
                await sink.check()
            finally:
                await sink.close()

        with pytest.raises(SinkCheckFailed) as failed:
            asyncio.run(check(f"redis://:wrong-secret@127.0.0.1:{server.port}/0"))
        assert "check the user and password in WIREALERT_REDIS_URL" in str(failed.value)
        assert "wrong-secret" not in str(failed.value)
        asyncio.run(check(f"redis://:right-secret-42@127.0.0.1:{server.port}/0"))  # passes
        with pytest.raises(SinkCheckFailed, match=r"cannot reach Redis .* WIREALERT_REDIS_URL"):
            asyncio.run(check(f"redis://127.0.0.1:{free_port()}/0"))
    finally:
        server.stop()


def test_a_stop_during_an_outage_raises_sink_stopped() -> None:
    metrics = Metrics.create()

    async def run() -> None:
        sink = sink_for(free_port(), metrics)
        task = asyncio.ensure_future(sink.publish(make_alert()))
        while metrics.redis_publish_retries._value.get() < 2:
            await asyncio.sleep(0.01)
        await sink.close()
        with pytest.raises(SinkStopped):
            await asyncio.wait_for(task, timeout=30)

    asyncio.run(run())
