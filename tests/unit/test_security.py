"""Kafka SASL/TLS and Redis TLS settings map onto the clients' arguments; secrets stay secret."""

from __future__ import annotations

import ssl
from typing import Any

import pytest
from pydantic import ValidationError

from streams.runtime.connections import KafkaConnection
from streams.runtime.redis_client import redis_client, redis_client_for
from streams.runtime.security import kafka_credentials
from streams.runtime.settings import Settings


def aiokafka_auth(settings: Settings) -> dict[str, Any]:
    return KafkaConnection.from_settings(settings).auth


def test_plaintext_by_default() -> None:
    assert aiokafka_auth(Settings()) == {"security_protocol": "PLAINTEXT"}
    assert kafka_credentials(Settings()) is None


@pytest.mark.parametrize("mechanism", ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"])
def test_sasl_plaintext(mechanism: str) -> None:
    settings = Settings(kafka_security_protocol="SASL_PLAINTEXT", kafka_sasl_mechanism=mechanism,
                        kafka_sasl_username="wire", kafka_sasl_password="pw-123")
    auth = aiokafka_auth(settings)
    assert auth["security_protocol"] == "SASL_PLAINTEXT"
    assert auth["sasl_mechanism"] == mechanism
    assert (auth["sasl_plain_username"], auth["sasl_plain_password"]) == ("wire", "pw-123")
    assert auth["ssl_context"] is None


def test_sasl_ssl_verifies_the_broker() -> None:
    settings = Settings(kafka_security_protocol="SASL_SSL", kafka_sasl_username="wire",
                        kafka_sasl_password="pw")
    context = aiokafka_auth(settings)["ssl_context"]
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


def test_ssl_without_sasl() -> None:
    auth = aiokafka_auth(Settings(kafka_security_protocol="SSL"))
    assert auth["security_protocol"] == "SSL" and isinstance(auth["ssl_context"], ssl.SSLContext)


def test_a_missing_ca_file_is_an_error() -> None:
    with pytest.raises(FileNotFoundError):
        aiokafka_auth(Settings(kafka_security_protocol="SSL", kafka_ssl_cafile="/nonexistent/ca.pem"))


def test_sasl_needs_username_and_password() -> None:
    with pytest.raises(ValidationError, match="WIREALERT_KAFKA_SASL_USERNAME"):
        Settings(kafka_security_protocol="SASL_SSL", kafka_sasl_username="wire")


def test_secrets_are_not_in_reprs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREALERT_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("WIREALERT_KAFKA_SASL_USERNAME", "wire")
    monkeypatch.setenv("WIREALERT_KAFKA_SASL_PASSWORD", "kafka-secret-42")
    monkeypatch.setenv("WIREALERT_REDIS_URL", "rediss://alerts:redis-secret-42@cache:6380/0")
    settings = Settings()
    text = repr(settings) + str(settings.model_dump()) + repr(kafka_credentials(settings))
    assert "kafka-secret-42" not in text and "redis-secret-42" not in text


def test_redis_tls_ca_only_for_rediss() -> None:
    def ca_of(client: object) -> object:
        return client.connection_pool.connection_kwargs.get("ssl_ca_certs")  # type: ignore[attr-defined]

    assert ca_of(redis_client_for(Settings(redis_ssl_ca_certs="ca.pem"))) is None  # redis:// default
    assert ca_of(redis_client("rediss://cache:6380/0", ca_certs="ca.pem")) == "ca.pem"


def test_subscribers_have_no_read_timeout() -> None:
    def timeout_of(client: object) -> object:
        return client.connection_pool.connection_kwargs["socket_timeout"]  # type: ignore[attr-defined]

    assert timeout_of(redis_client("redis://cache:6379/0", subscriber=True)) is None
    assert timeout_of(redis_client("redis://cache:6379/0")) == 5.0


def test_every_kafka_client_gets_the_brokers_and_the_credentials() -> None:
    settings = Settings(kafka_url="kafka://a:9093;b", kafka_security_protocol="SASL_PLAINTEXT",
                        kafka_sasl_username="wire", kafka_sasl_password="pw-123")
    kafka = KafkaConnection.from_settings(settings)
    args = kafka.client_args()
    assert args["bootstrap_servers"] == ["a:9093", "b:9092"]
    assert args["sasl_plain_password"] == "pw-123"
    assert kafka.faust_url == "wirealert://a:9093;wirealert://b:9092"
    assert "pw-123" not in repr(kafka.url)
