"""Kafka credentials and TLS from settings, in the shapes faust and aiokafka take.

`streams.runtime.connections.KafkaConnection` carries them to every Kafka client wirealert
makes (the worker, `push`, the topic admin), so they all authenticate the same way.
"""

from __future__ import annotations

import ssl

from faust.auth import SASLCredentials, SSLCredentials
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

