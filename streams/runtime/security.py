"""Kafka credentials and TLS from settings, in the shapes faust and aiokafka take.

faust's own `credentials_to_aiokafka_auth` turns faust credentials into aiokafka keyword
arguments; every Kafka client wirealert makes (the worker, `push`, the topic admin) goes through
it, so they all authenticate the same way.
"""

from __future__ import annotations

import ssl
from typing import Any

from faust.auth import SASLCredentials, SSLCredentials
from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth
from faust.types.auth import CredentialsT

from streams.runtime.settings import Settings


def kafka_ssl_context(settings: Settings) -> ssl.SSLContext | None:
    if not settings.kafka_security_protocol.endswith("SSL"):
        return None
    context = ssl.create_default_context(cafile=settings.kafka_ssl_cafile)
    if settings.kafka_ssl_certfile:
        context.load_cert_chain(settings.kafka_ssl_certfile, settings.kafka_ssl_keyfile)
    return context


def kafka_credentials(settings: Settings) -> CredentialsT | None:
    """faust credentials for the configured protocol, or None for PLAINTEXT."""
    protocol = settings.kafka_security_protocol
    context = kafka_ssl_context(settings)
    if protocol.startswith("SASL"):
        password = settings.kafka_sasl_password
        return SASLCredentials(
            username=settings.kafka_sasl_username,
            password=password.get_secret_value() if password else None,
            mechanism=settings.kafka_sasl_mechanism,
            ssl_context=context,
        )
    if protocol == "SSL":
        return SSLCredentials(context)
    return None


def aiokafka_auth(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for AIOKafkaProducer/Consumer/AdminClient."""
    return dict(credentials_to_aiokafka_auth(kafka_credentials(settings)))

