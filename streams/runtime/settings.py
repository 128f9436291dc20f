"""Settings, read once from the environment (prefix WIREALERT_) and passed along."""

from __future__ import annotations

from datetime import timedelta
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WIREALERT_", env_nested_delimiter="__", extra="ignore")

    kafka_url: str = Field(default="kafka://127.0.0.1:9092", description="broker URL(s), faust style")
    redis_url: SecretStr = Field(
        default=SecretStr("redis://127.0.0.1:6379/0"),
        description="Redis URL; may carry a password, so it is a secret and never logged",
    )
    # Kafka security. SASL_* protocols need a username and password; SSL/SASL_SSL verify the
    # broker with the system CAs or kafka_ssl_cafile, and present a client certificate when
    # kafka_ssl_certfile/keyfile are set.
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = "PLAIN"
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: str | None = None
    kafka_ssl_certfile: str | None = None
    kafka_ssl_keyfile: str | None = None
    # Redis security: user and password go in the URL (redis://user:password@host:6379/0), TLS
    # with rediss://; this names the CA that signed the server's certificate, if not a system CA.
    redis_ssl_ca_certs: str | None = None

    web_port: int = Field(default=6066, ge=0, le=65535)
    # web_host is the address other workers reach this one at (faust's canonical URL, used to
    # forward /incidents requests); web_bind the address to listen on (default: web_host). In a
    # container: web_host = the pod IP or service name, web_bind = 0.0.0.0.
    web_host: str = "127.0.0.1"
    web_bind: str | None = None
    app_id: str = "wirealert"
    data_dir: str = "wirealert-data"

    # Which settings profile to apply to the Kafka client: "auto" picks "embedded" when the
    # broker URL points at loopback and the embedded broker is what answers, else "kafka".
    broker_profile: Literal["auto", "embedded", "kafka"] = "auto"
    # Consumer fetch long-poll. Faust hard-codes 1500 ms; on a broker that does not wake a
    # waiting fetch when data arrives (the embedded one), every hop waits this long.
    # None = the profile's default (25 ms on both: streams/runtime/profiles.py says why).
    fetch_max_wait_ms: int | None = Field(default=None, ge=1, le=30_000)
    # None = the profile's default. Tests use 2 s for a ~1 s group join on the embedded broker.
    broker_session_timeout_s: float | None = Field(default=None, gt=0)
    # Partitions of the topics the worker creates, when they do not exist yet (an existing topic's
    # own count wins). Any wire.items count works: ingest decodes each partition and one router
    # sees the whole wire (wirealert.decoded, one partition). Detection scales out on the routed
    # topic, keyed by country.
    items_partitions: int = Field(default=1, ge=1)
    # How long (wall time) the router holds an item before routing it, so that items that reach
    # it out of item-time order (several wire.items partitions, two ingest workers) are put back
    # in order: the latency every alert pays for order. Measured in BENCHMARKS.md.
    reorder_ms: int = Field(default=1000, ge=0, le=60_000)
    topic_partitions: int = Field(default=4, ge=1)
    topic_replicas: int = Field(default=1, ge=1)

    max_record_bytes: int = Field(default=1 << 20, ge=1024, description="larger records are dead-lettered")
    redis_stream: str = "wirealert:alerts"
    redis_stream_maxlen: int = Field(default=100_000, ge=100)
    # How long an alert_id is remembered for idempotent publishing.
    redis_dedupe_ttl_s: int = Field(default=7 * 24 * 3600, ge=60)
    redis_retry_max_s: float = Field(default=30.0, gt=0)
    # /ready turns 503 once an alert has waited this long for Redis (the sink is stalled).
    redis_stall_s: float = Field(default=60.0, gt=0)

    # Follow-ups (arrests, revised tolls) often come four to six days after the event.
    incident_ttl_hours: float = Field(default=168.0, gt=0)
    # Old news: an item more than this far behind both its shard's wire clock and the wall
    # clock changes state but does not alert (streams/detect/horizon.py).
    alert_horizon_hours: float = Field(default=48.0, gt=0)

    log_level: str = "INFO"

    @model_validator(mode="after")
    def _sasl_needs_credentials(self) -> Settings:
        if self.kafka_security_protocol.startswith("SASL") and not (
            self.kafka_sasl_username and self.kafka_sasl_password
        ):
            raise ValueError(
                "WIREALERT_KAFKA_SECURITY_PROTOCOL is SASL_*: set WIREALERT_KAFKA_SASL_USERNAME "
                "and WIREALERT_KAFKA_SASL_PASSWORD"
            )
        return self

    @property
    def incident_ttl(self) -> timedelta:
        return timedelta(hours=self.incident_ttl_hours)

    @property
    def alert_horizon(self) -> timedelta:
        return timedelta(hours=self.alert_horizon_hours)
