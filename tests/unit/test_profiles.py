"""Broker profiles: which one applies, and what it sets."""

from __future__ import annotations

import pytest

from streams.runtime.kafka_url import transport_url
from streams.runtime.profiles import faust_settings, fetch_wait_ms, resolve_profile
from streams.runtime.settings import Settings


@pytest.mark.parametrize(
    ("url", "profile"),
    [
        ("kafka://127.0.0.1:9092", "embedded"),
        ("kafka://localhost:19092", "embedded"),
        ("kafka://kafka:9092", "kafka"),
        ("kafka://10.0.0.5:9092;kafka://127.0.0.1:9092", "kafka"),
    ],
)
def test_auto_profile_follows_the_broker_host(url: str, profile: str) -> None:
    assert resolve_profile(Settings(kafka_url=url)) == profile


def test_explicit_profile_wins() -> None:
    assert resolve_profile(Settings(kafka_url="kafka://127.0.0.1:9092", broker_profile="kafka")) == "kafka"


def test_embedded_profile_handles_the_quirks() -> None:
    conf = faust_settings(Settings(), "embedded")
    assert conf["broker_session_timeout"] <= 6  # group join waits half of it
    assert conf["producer_max_batch_size"] == 1  # keeps ListOffsets right for table recovery
    assert conf["processing_guarantee"] == "at_least_once"  # no transactions on the broker
    assert fetch_wait_ms(Settings(), "embedded") <= 100
    assert "producer_max_batch_size" not in faust_settings(Settings(), "kafka")


def test_kafka_profile_keeps_the_fetch_long_poll_short() -> None:
    # aiokafka's one fetch per broker holds back every partition not in it for the whole poll:
    # 500 ms left a rebalanced worker's wire.items partitions unfetched (test_partitions).
    assert fetch_wait_ms(Settings(), "kafka") <= 100


def test_settings_override_profile_defaults() -> None:
    settings = Settings(fetch_max_wait_ms=20, broker_session_timeout_s=2)
    assert fetch_wait_ms(settings, "embedded") == 20
    assert faust_settings(settings, "embedded")["broker_session_timeout"] == 2


def test_settings_read_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREALERT_KAFKA_URL", "kafka://broker-1:9092")
    monkeypatch.setenv("WIREALERT_REDIS_URL", "redis://:s3cret@cache:6379/2")
    monkeypatch.setenv("WIREALERT_WEB_PORT", "7070")
    settings = Settings()
    assert settings.kafka_url == "kafka://broker-1:9092" and settings.web_port == 7070
    assert "s3cret" not in repr(settings)  # the Redis URL is a secret


def test_kafka_urls_map_to_the_tuned_transport() -> None:
    assert transport_url("kafka://a:9092;kafka://b:9092") == "wirealert://a:9092;wirealert://b:9092"
    assert transport_url("127.0.0.1:9092") == "wirealert://127.0.0.1:9092"
