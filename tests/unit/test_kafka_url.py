"""The one parser of WIREALERT_KAFKA_URL: what faust, aiokafka and the profile each get."""

import pytest

from streams.runtime.kafka_url import bootstrap_servers, broker_hosts, parse_brokers, transport_url


@pytest.mark.parametrize("url, servers", [
    ("kafka://a:9093", ["a:9093"]),
    ("a:9093", ["a:9093"]),
    ("kafka://a", ["a:9092"]),
    ("kafka://a:1;kafka://b:2", ["a:1", "b:2"]),
    (" kafka://a:1 ; b:2 ", ["a:1", "b:2"]),
    ("aiokafka://[::1]:9094", ["[::1]:9094"]),
])
def test_every_client_gets_host_and_port(url: str, servers: list[str]) -> None:
    assert bootstrap_servers(url) == servers


def test_faust_gets_the_tuned_transport_for_plain_kafka_only() -> None:
    assert transport_url("kafka://a:1;aiokafka://b:2") == "wirealert://a:1;wirealert://b:2"
    assert transport_url("confluent://a:1") == "confluent://a:1"


def test_the_profile_gets_the_hosts() -> None:
    assert broker_hosts("kafka://127.0.0.1:1;localhost:2") == ["127.0.0.1", "localhost"]


@pytest.mark.parametrize("url", ["", ";", "kafka://:9092", "kafka://"])
def test_a_url_without_a_broker_names_the_setting(url: str) -> None:
    with pytest.raises(ValueError, match="WIREALERT_KAFKA_URL"):
        parse_brokers(url)
