"""`WIREALERT_KAFKA_URL` read once: the one parser every Kafka client here goes through.

The setting is faust's style, one or more brokers separated by `;`, each `kafka://host:port`
(or `aiokafka://`, or a bare `host:port`). faust wants the URL (pointed at this project's
transport); aiokafka's producers, consumers and admin clients want `host:port` strings; the
profile wants the hosts.
"""

from __future__ import annotations

from dataclasses import dataclass

from yarl import URL

DEFAULT_PORT = 9092
FAUST_SCHEMES = ("kafka", "aiokafka")   # the ones our transport (`wirealert://`) stands in for


@dataclass(frozen=True)
class Broker:
    scheme: str
    host: str
    port: int


def parse_brokers(kafka_url: str) -> list[Broker]:
    """Each broker of the URL; ValueError naming the setting when one has no host."""
    brokers = []
    for part in kafka_url.split(";"):
        part = part.strip()
        if not part:
            continue
        url = URL(part if "://" in part else f"kafka://{part}")
        if not url.host:
            raise ValueError(f"WIREALERT_KAFKA_URL: no broker host in {part!r}")
        brokers.append(Broker(url.scheme, url.host, url.port or DEFAULT_PORT))
    if not brokers:
        raise ValueError(f"WIREALERT_KAFKA_URL: no broker in {kafka_url!r}")
    return brokers


def broker_hosts(kafka_url: str) -> list[str]:
    return [broker.host for broker in parse_brokers(kafka_url)]


def bootstrap_servers(kafka_url: str) -> list[str]:
    """`host:port` per broker, as aiokafka's clients take them (IPv6 hosts in brackets)."""
    return [f"[{b.host}]:{b.port}" if ":" in b.host else f"{b.host}:{b.port}"
            for b in parse_brokers(kafka_url)]


def transport_url(kafka_url: str) -> str:
    """The URL for faust, plain Kafka brokers pointed at the tuned transport
    (`streams.runtime.transport`); other schemes are left to faust."""
    parts = []
    for broker, server in zip(parse_brokers(kafka_url), bootstrap_servers(kafka_url), strict=True):
        scheme = "wirealert" if broker.scheme in FAUST_SCHEMES else broker.scheme
        parts.append(f"{scheme}://{server}")
    return ";".join(parts)
