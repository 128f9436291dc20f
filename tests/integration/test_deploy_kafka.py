"""The compose file's Kafka, run for real: deploy/kafka/start.sh with deploy/kafka/server.properties.

Docker is not needed: the script runs on the test broker's jars (kafka/lib, `make kafka`) through
a stand-in KAFKA_HOME whose two bin scripts start the same Java classes the image's do. Ports
and the data dir are moved to free ones; everything else is the checked-in config. It checks
that a SCRAM-SHA-512 login gets in on both client listeners, that a wrong password and a client
without SASL are refused, and that a restart (already formatted) keeps the user.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from streams.dev.kafka_broker import classpath, java_binary
from tests.integration.conftest import TEST_BROKER, wait_for

ROOT = Path(__file__).resolve().parents[2]
DEPLOY_KAFKA = ROOT / "deploy" / "kafka"
USER, PASSWORD = "wirealert", "deploy-test-pw-1"

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        TEST_BROKER != "kafka", reason="runs Apache Kafka: WIREALERT_TEST_BROKER=kafka"
    ),
]


def free_ports(n: int) -> list[int]:
    sockets = [socket.socket() for _ in range(n)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


class Broker:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.internal, self.host, controller = free_ports(3)
        config = tmp / "deploy-kafka"
        shutil.copytree(DEPLOY_KAFKA, config)
        props = config / "server.properties"
        text = props.read_text(encoding="utf-8")
        for old, new in (
            ("INTERNAL://0.0.0.0:9092", f"INTERNAL://127.0.0.1:{self.internal}"),
            ("HOST://0.0.0.0:19092", f"HOST://127.0.0.1:{self.host}"),
            ("INTERNAL://kafka:9092", f"INTERNAL://127.0.0.1:{self.internal}"),
            ("HOST://localhost:9092", f"HOST://127.0.0.1:{self.host}"),
            ("localhost:9093", f"localhost:{controller}"),
        ):
            assert old in text, f"server.properties changed: {old!r} not found"
            text = text.replace(old, new)
        text = re.sub(r"(?m)^log\.dirs=.*$", f"log.dirs={tmp / 'data'}", text)
        props.write_text(text, encoding="utf-8")
        self.start_script = config / "start.sh"

        home = tmp / "kafka-home" / "bin"
        home.mkdir(parents=True)
        java = [java_binary(), "-Xmx384m", f"-Djava.io.tmpdir={tmp}",
                f"-Dlog4j.configuration=file:{ROOT / 'kafka' / 'log4j.properties'}",
                "-cp", classpath()]
        for name, main in (("kafka-storage.sh", "kafka.tools.StorageTool"),
                           ("kafka-server-start.sh", "kafka.Kafka")):
            script = home / name
            script.write_text(
                "#!/usr/bin/env bash\nexec " + " ".join(f"'{a}'" for a in java)
                + f" {main} \"$@\"\n", encoding="utf-8")
            script.chmod(0o755)
        secrets = tmp / "secrets"
        secrets.mkdir()
        (secrets / "kafka_password").write_text(PASSWORD, encoding="utf-8")
        self.env = {**os.environ, "CLUSTER_ID": "njkDV3TgRcCnNRtqnmgetA", "SCRAM_USERNAME": USER,
                    "SECRETS_DIR": str(secrets), "KAFKA_WORK_DIR": str(tmp / "work"),
                    "KAFKA_HOME": str(home.parent)}
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = open(self.tmp / "kafka.log", "ab")  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen(["bash", str(self.start_script)], env=self.env,
                                     stdout=log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        log.close()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.proc = None


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Broker]:
    b = Broker(tmp_path)
    b.start()
    try:
        yield b
    finally:
        b.stop()


def client(port: int, **sasl: str) -> Any:
    admin = pytest.importorskip("confluent_kafka.admin")
    conf = {"bootstrap.servers": f"127.0.0.1:{port}", **sasl}
    return admin.AdminClient(conf)


def scram(password: str) -> dict[str, str]:
    return {"security.protocol": "SASL_PLAINTEXT", "sasl.mechanisms": "SCRAM-SHA-512",
            "sasl.username": USER, "sasl.password": password}


def lists_topics(port: int, **conf: str) -> bool:
    try:
        client(port, **conf).list_topics(timeout=3)
    except Exception:  # refused or not up yet: both mean "not in"
        return False
    return True


def test_scram_gets_in_and_nothing_else_does(broker: Broker) -> None:
    wait_for(lambda: lists_topics(broker.host, **scram(PASSWORD)), timeout=90,
             what="SCRAM-SHA-512 login on the HOST listener")
    assert lists_topics(broker.internal, **scram(PASSWORD))
    assert not lists_topics(broker.host, **scram("wrong-password"))
    assert not lists_topics(broker.host)  # no SASL at all
    work = Path(broker.env["KAFKA_WORK_DIR"])
    assert (work / "client.properties").stat().st_mode & 0o077 == 0
    assert PASSWORD not in (broker.tmp / "deploy-kafka" / "server.properties").read_text()

    # A restart finds the storage formatted and keeps the SCRAM user.
    broker.stop()
    broker.start()
    wait_for(lambda: lists_topics(broker.host, **scram(PASSWORD)), timeout=90,
             what="SCRAM-SHA-512 login after a restart")
