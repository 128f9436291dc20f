"""The Kafka connection, resolved once from settings, that every Kafka client here takes.

The worker's faust app, its topic admin, `wirealert push` and the tests all connect through a
`KafkaConnection`: the brokers from the one URL parser (`kafka_url`), and the credentials from
`security` in the shapes faust and aiokafka each want, so no client reads settings on its own
and no two connect differently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth
from faust.types.auth import CredentialsT

from streams.runtime.kafka_url import bootstrap_servers, transport_url
from streams.runtime.security import kafka_credentials
from streams.runtime.settings import Settings


@dataclass(frozen=True)
class KafkaConnection:
    url: str                         # as configured: for messages (it holds no secret)
    servers: tuple[str, ...]         # host:port, for aiokafka's clients
    faust_url: str                   # for faust, through this project's transport
    credentials: CredentialsT | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> KafkaConnection:
        return cls.plain(settings.kafka_url, kafka_credentials(settings))

    @classmethod
    def plain(cls, kafka_url: str, credentials: CredentialsT | None = None) -> KafkaConnection:
        return cls(kafka_url, tuple(bootstrap_servers(kafka_url)), transport_url(kafka_url),
                   credentials)

    @property
    def auth(self) -> dict[str, Any]:
        """aiokafka's security keyword arguments (faust's own conversion, so the worker and
        every other client authenticate the same way)."""
        return dict(credentials_to_aiokafka_auth(self.credentials))

    def client_args(self) -> dict[str, Any]:
        """Keyword arguments for AIOKafkaProducer, AIOKafkaConsumer and AIOKafkaAdminClient."""
        return {"bootstrap_servers": list(self.servers), **self.auth}
