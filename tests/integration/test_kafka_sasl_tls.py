"""SASL and TLS end to end, on Apache Kafka: every client wirealert makes goes through WIREALERT_*.

The broker has a SASL_SSL listener (SCRAM-SHA-512, the user created when the storage is
formatted) signed by a CA made here; Redis listens on TLS only and wants a password. The worker,
`wirealert push` (with its topic admin) and `wirealert subscribe` reach them through settings
alone; a wrong Kafka password fails with one line; no secret shows in logs, pages or argv.

Only Apache Kafka has SASL and TLS listeners, so this runs under `make test-kafka`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis

from streams.clients.demo import sample_lines
from streams.detect.offline import evaluate_lines
from streams.dev.embedded import ServerProcess, free_port, redis_server_binary
from streams.dev.stack import LocalStack
from streams.runtime.topic_names import ALERTS_TOPIC, DEADLETTER_TOPIC, ITEMS_TOPIC, ROUTED_TOPIC
from tests.integration.conftest import TEST_BROKER, wait_for

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(TEST_BROKER != "kafka", reason="needs Apache Kafka: make test-kafka"),
]

USER = "wirealert-svc"
KAFKA_PASSWORD = "Kafka-Scram-Pw-3c81e0d4"
REDIS_PASSWORD = "Redis-Tls-Pw-9b27f5aa"
SECRETS = (KAFKA_PASSWORD, REDIS_PASSWORD)
ROOT = Path(__file__).resolve().parents[2]


def openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


def make_certificates(d: Path) -> None:
    """A CA and a server certificate for 127.0.0.1/localhost, with the extensions Python's strict
    verification wants (basic constraints, key usage, key identifiers)."""
    (d / "server.ext").write_text(
        "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n"
        "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
    )
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(d / "ca.key"),
            "-out", str(d / "ca.pem"), "-days", "2", "-subj", "/CN=wirealert test CA",
            "-extensions", "v3_ca", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(d / "server.key"),
            "-out", str(d / "server.csr"), "-subj", "/CN=localhost")
    openssl("x509", "-req", "-in", str(d / "server.csr"), "-CA", str(d / "ca.pem"),
            "-CAkey", str(d / "ca.key"), "-CAcreateserial", "-out", str(d / "server.pem"),
            "-days", "2", "-extfile", str(d / "server.ext"))
    # Kafka's PEM keystore: the (PKCS#8, unencrypted) key and the certificate chain in one file.
    (d / "server-keystore.pem").write_text(
        (d / "server.key").read_text() + (d / "server.pem").read_text()
    )


def start_tls_redis(d: Path) -> ServerProcess:
    port = free_port()
    log_path = d / "redis.log"
    process = subprocess.Popen(
        [redis_server_binary(), "--bind", "127.0.0.1", "--port", "0", "--tls-port", str(port),
         "--tls-cert-file", str(d / "server.pem"), "--tls-key-file", str(d / "server.key"),
         "--tls-ca-cert-file", str(d / "ca.pem"), "--tls-auth-clients", "no",
         "--requirepass", REDIS_PASSWORD, "--save", "", "--appendonly", "no",
         "--dir", str(d), "--logfile", str(log_path), "--daemonize", "no"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    server = ServerProcess("TLS Redis", port, process, d, log_path)
    server.wait_ready()
    return server


@dataclass
class Secure:
    stack: LocalStack
    certs: Path
    sasl_port: int

    def env(self, **overrides: str) -> dict[str, str]:
        return {
            **{k: v for k, v in os.environ.items() if not k.startswith("WIREALERT_")},
            "WIREALERT_KAFKA_URL": f"kafka://127.0.0.1:{self.sasl_port}",
            "WIREALERT_KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
            "WIREALERT_KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
            "WIREALERT_KAFKA_SASL_USERNAME": USER,
            "WIREALERT_KAFKA_SASL_PASSWORD": KAFKA_PASSWORD,
            "WIREALERT_KAFKA_SSL_CAFILE": str(self.certs / "ca.pem"),
            "WIREALERT_REDIS_URL": f"rediss://:{REDIS_PASSWORD}@127.0.0.1:{self.stack.redis.port}/0",
            "WIREALERT_REDIS_SSL_CA_CERTS": str(self.certs / "ca.pem"),
            "WIREALERT_BROKER_PROFILE": "kafka",
            "WIREALERT_APP_ID": self.stack.app_id,
            "PYTHONUNBUFFERED": "1",
            **overrides,
        }

    def cli(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "streams.cli", *args]

    def redis(self) -> redis.Redis:
        return redis.Redis(port=self.stack.redis.port, password=REDIS_PASSWORD, ssl=True,
                           ssl_ca_certs=str(self.certs / "ca.pem"))


@pytest.fixture(scope="module")
def secure() -> Iterator[Secure]:
    from streams.dev.kafka_broker import start_kafka

    if shutil.which("openssl") is None:
        pytest.fail("openssl is needed to make the test CA (Debian: apt-get install openssl)")
    with tempfile.TemporaryDirectory(prefix="wirealert-sasl-") as tmp:
        certs = Path(tmp)
        make_certificates(certs)
        sasl_port = free_port()
        broker = start_kafka(
            extra_listeners={"SASL_SSL": ("SASL_SSL", sasl_port)},
            server_properties_overrides={
                "sasl.enabled.mechanisms": "SCRAM-SHA-512",
                "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config":
                    "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.keystore.type": "PEM",
                "ssl.keystore.location": str(certs / "server-keystore.pem"),
            },
            format_args=["--add-scram", f"SCRAM-SHA-512=[name={USER},password={KAFKA_PASSWORD}]"],
        )
        try:
            redis_server = start_tls_redis(certs)
        except Exception:
            broker.stop()
            raise
        stack = LocalStack(broker, redis_server, "wirealert-sasl", certs, broker_kind="kafka")
        try:
            yield Secure(stack, certs, sasl_port)
        finally:
            stack.stop()


def no_secret_in(text: str | bytes, where: str) -> None:
    for secret in SECRETS:
        found = secret.encode() in text if isinstance(text, bytes) else secret in text
        assert not found, f"a password appears in {where}"


def argv_of(pid: int) -> str:
    return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")


def test_worker_push_subscribe_and_topic_admin_over_sasl_ssl_and_tls_redis(secure: Secure) -> None:
    plain_redis = redis.Redis(port=secure.stack.redis.port)
    with pytest.raises(redis.ConnectionError):
        plain_redis.ping()  # Redis really speaks TLS only
    lines = sample_lines()
    expected = [a for _, alerts in evaluate_lines(lines) for a in alerts]
    assert expected
    items = secure.certs / "items.jsonl"
    items.write_bytes(b"\n".join(lines) + b"\n")

    # The worker's own env, not LocalStack's: every WIREALERT_* setting comes from `secure.env`.
    worker_env = secure.env(WIREALERT_LOG_LEVEL="DEBUG")
    worker = secure.stack.start_worker(
        **{k: v for k, v in worker_env.items() if k.startswith("WIREALERT_")})
    subscriber_log = secure.certs / "subscribe.out"
    with open(subscriber_log, "wb") as out:
        subscriber = subprocess.Popen(
            secure.cli("subscribe", "--json"), env=secure.env(), cwd=ROOT,
            stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
    try:
        client = secure.redis()
        # The subscriber is in once Redis counts its pattern subscription.
        wait_for(lambda: int(client.execute_command("PUBSUB", "NUMPAT")) >= 1, timeout=30,
                 what="wirealert subscribe to psubscribe over TLS")
        pushed = subprocess.run(secure.cli("push", str(items)), env=secure.env(), cwd=ROOT,
                                capture_output=True, text=True, timeout=120, check=False)
        assert pushed.returncode == 0, pushed.stderr
        assert f"{len(lines)} sent to wire.items" in pushed.stdout
        no_secret_in(pushed.stdout + pushed.stderr, "push's output")

        wait_for(lambda: client.xlen("wirealert:alerts") >= len(expected), timeout=90,
                 what="alerts in the TLS Redis")
        stored = [json.loads(f[b"alert"])["alert_id"] for _, f in client.xrange("wirealert:alerts")]
        assert stored == [a.alert_id for a in expected]

        def subscribed() -> list[str]:
            got = [json.loads(line)["alert_id"] for line in subscriber_log.read_text().splitlines()
                   if line.startswith("{")]
            return got if len(got) >= len(expected) else []

        assert sorted(wait_for(subscribed, timeout=30, what="alerts printed by subscribe")) == sorted(
            a.alert_id for a in expected)

        # Topic admin over SASL_SSL: the worker and push created their topics through it, and an
        # admin client built from the same settings lists them.
        topics = json.loads(subprocess.run(
            [sys.executable, "-c", TOPICS_SCRIPT], env=secure.env(), cwd=ROOT,
            capture_output=True, text=True, timeout=60, check=True).stdout)
        assert {ITEMS_TOPIC, ROUTED_TOPIC, ALERTS_TOPIC, DEADLETTER_TOPIC} <= set(topics)

        # No secret in logs, pages, or any process's argv.
        for page in ("/metrics", "/health", "/dashboard", "/dashboard/data", "/incidents"):
            status, body = worker.get(page)
            assert status == 200, page
            no_secret_in(body, page)
        log = worker.log()
        assert "DEBUG" in log, "the check must run against verbose logs"
        no_secret_in(log, "the worker's log")
        no_secret_in(subscriber_log.read_text(), "subscribe's output")
        no_secret_in(argv_of(worker.process.pid), "the worker's argv")
        no_secret_in(argv_of(subscriber.pid), "subscribe's argv")
    finally:
        subscriber.terminate()
        subscriber.wait(10)


TOPICS_SCRIPT = """
import asyncio, json
from aiokafka.admin import AIOKafkaAdminClient
from streams.runtime.connections import KafkaConnection
from streams.runtime.settings import Settings

async def main():
    s = Settings()
    admin = AIOKafkaAdminClient(**KafkaConnection.from_settings(s).client_args())
    await admin.start()
    try:
        print(json.dumps(sorted(await admin.list_topics())))
    finally:
        await admin.close()

asyncio.run(main())
"""


def test_a_wrong_kafka_password_fails_push_with_one_clear_line(secure: Secure) -> None:
    wrong = "Wrong-Scram-Pw-0e4d"
    items = secure.certs / "one.jsonl"
    items.write_bytes(sample_lines()[0] + b"\n")
    done = subprocess.run(secure.cli("push", str(items)),
                          env=secure.env(WIREALERT_KAFKA_SASL_PASSWORD=wrong), cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2
    err = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(err) == 1, done.stderr
    assert "could not push" in err[0] and "refused the login" in err[0], err[0]
    assert "WIREALERT_KAFKA_SASL_PASSWORD" in err[0]
    assert "Traceback" not in done.stderr
    assert wrong not in done.stdout + done.stderr
    no_secret_in(done.stdout + done.stderr, "push's output")
