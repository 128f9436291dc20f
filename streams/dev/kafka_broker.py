"""Start and stop a real Apache Kafka broker: single node, KRaft combined mode, on 127.0.0.1.

For tests, `wirealert broker --kafka` and `wirealert demo --kafka`. The jars come from
`kafka/pom.xml` (`make kafka` copies them into `kafka/lib/` once); this module only runs them.

    broker = start_kafka()            # free broker and controller ports, fresh data dir
    broker.bootstrap                  # "127.0.0.1:PORT", for any Kafka client
    broker.stop()                     # terminates the JVM and removes the data dir

Extra listeners (e.g. SASL_SSL) and properties go in through `extra_listeners`,
`server_properties` and `format_args` (for `--add-scram ...`); the PLAINTEXT listener on `port`
stays the inter-broker listener, so the broker never needs credentials to reach itself.
"""

from __future__ import annotations

import asyncio
import base64
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from streams.dev.embedded import EmbeddedServerError, ServerProcess, free_port, port_open

KAFKA_DIR = Path(__file__).resolve().parents[2] / "kafka"   # the repository's kafka/
READY_LINE = "Kafka Server started"

# The settings a one-node broker needs (replication factors of 1), and what keeps it small on a
# shared 2-core machine: one partition for the internal topics, a small cleaner buffer (the
# cleaner stays on: faust's changelogs are compacted), no JMX beans, few threads.
BASE_PROPERTIES: dict[str, str] = {
    "process.roles": "broker,controller",
    "node.id": "1",
    "controller.listener.names": "CONTROLLER",
    "inter.broker.listener.name": "PLAINTEXT",
    "num.partitions": "1",
    "default.replication.factor": "1",
    "auto.create.topics.enable": "true",
    "delete.topic.enable": "true",
    "offsets.topic.replication.factor": "1",
    "offsets.topic.num.partitions": "1",
    "transaction.state.log.replication.factor": "1",
    "transaction.state.log.min.isr": "1",
    "transaction.state.log.num.partitions": "1",
    "group.initial.rebalance.delay.ms": "0",
    # Kafka's floor is 6 s; tests use shorter sessions to make failover quick.
    "group.min.session.timeout.ms": "1000",
    "log.cleaner.dedupe.buffer.size": "2097152",
    "num.network.threads": "2",
    "num.io.threads": "4",
    "metrics.jmx.exclude": ".*",
    # Records up to 16 MiB, as on the embedded broker: the worker's own size limit (dead-letter
    # with a reason) is what the tests exercise, not the broker's 1 MiB default refusing them.
    "message.max.bytes": str(16 << 20),
}

JVM_OPTIONS = [
    "-Xms256m", "-Xmx512m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
    "-XX:InitiatingHeapOccupancyPercent=35", "-XX:+ExplicitGCInvokesConcurrent",
    "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
]


@dataclass
class KafkaBroker(ServerProcess):
    controller_port: int = 0
    # Time spent in delete_topics() so far (the shared test broker reports it).
    delete_topics_s: float = 0.0

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def wait_ready(self, timeout: float = 90.0) -> None:
        """Ready means the broker logged that it started (controller and broker both up), not
        only that its port is open: an open port still answers with NOT_CONTROLLER for a while."""
        assert self.log_path is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                tail = self.log_tail(20)
                self.stop()
                raise EmbeddedServerError(
                    f"Apache Kafka exited with status {self.process.returncode}:\n{tail}"
                )
            if READY_LINE in self.log_path.read_text(errors="replace") and port_open(self.host, self.port):
                return
            time.sleep(0.1)
        tail = self.log_tail(20)
        self.stop()
        raise EmbeddedServerError(f"Apache Kafka did not start within {timeout}s:\n{tail}")

    def delete_topics(self, timeout: float = 30.0) -> list[str]:
        """Delete every topic but Kafka's internal ones (`__consumer_offsets`, ...) and wait until
        the broker no longer lists them; return the names deleted.

        What lets one broker serve many tests: each test leaves the topics its workers made
        (contract topics, changelogs, repartition topics), and the next one must find none.
        """
        started = time.monotonic()
        try:
            return asyncio.run(_delete_topics(self.bootstrap, timeout))
        finally:
            self.delete_topics_s += time.monotonic() - started

    def stop(self, timeout: float = 20.0) -> None:
        # A controlled shutdown of a one-node broker takes a few seconds; SIGKILL after `timeout`.
        super().stop(timeout)


async def _delete_topics(bootstrap: str, timeout: float) -> list[str]:
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout * 1000))
    await admin.start()
    try:
        doomed = sorted(t for t in await admin.list_topics() if not t.startswith("__"))
        if doomed:
            await admin.delete_topics(doomed, timeout_ms=int(timeout * 1000))
        deadline = time.monotonic() + timeout
        while True:
            left = sorted(set(doomed) & set(await admin.list_topics()))
            if not left:
                return doomed
            if time.monotonic() > deadline:
                raise EmbeddedServerError(f"Apache Kafka still lists deleted topics after {timeout}s: {left}")
            await asyncio.sleep(0.05)
    finally:
        await admin.close()


def java_binary() -> str:
    java = shutil.which("java")
    if java is None:
        raise EmbeddedServerError(
            "Apache Kafka needs Java 17: no `java` on PATH (Debian: apt-get install openjdk-17-jre-headless)"
        )
    return java


def classpath(kafka_dir: Path = KAFKA_DIR) -> str:
    lib = kafka_dir / "lib"
    if not any(lib.glob("kafka_2.13-*.jar")):
        raise EmbeddedServerError(f"no Apache Kafka jars in {lib}: run `make kafka` (needs Maven)")
    # java expands the wildcard itself.
    return str(lib / "*")


def cluster_id() -> str:
    """A cluster id as `kafka-storage random-uuid` makes it, without starting a JVM for it.

    As Kafka's `Uuid.randomUuid`, never one that starts with "-" (1 in 64 would): StorageTool's
    argument parser takes `-t -abc...` for an option and the format fails."""
    while True:
        cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cid.startswith("-"):
            return cid


def server_properties(
    port: int, controller_port: int, data_dir: Path,
    extra_listeners: Mapping[str, tuple[str, int]], overrides: Mapping[str, str],
) -> dict[str, str]:
    listeners = {"PLAINTEXT": ("PLAINTEXT", port), **extra_listeners}
    props = {
        **BASE_PROPERTIES,
        "controller.quorum.voters": f"1@127.0.0.1:{controller_port}",
        "listeners": ",".join(
            [f"{name}://127.0.0.1:{p}" for name, (_, p) in listeners.items()]
            + [f"CONTROLLER://127.0.0.1:{controller_port}"]
        ),
        "advertised.listeners": ",".join(f"{name}://127.0.0.1:{p}" for name, (_, p) in listeners.items()),
        "listener.security.protocol.map": ",".join(
            [f"{name}:{protocol}" for name, (protocol, _) in listeners.items()] + ["CONTROLLER:PLAINTEXT"]
        ),
        "log.dirs": str(data_dir),
    }
    props.update(overrides)
    return props


def start_kafka(
    port: int | None = None,
    *,
    extra_listeners: Mapping[str, tuple[str, int]] | None = None,
    server_properties_overrides: Mapping[str, str] | None = None,
    format_args: Sequence[str] = (),
    kafka_dir: Path = KAFKA_DIR,
    timeout: float = 90.0,
) -> KafkaBroker:
    """Format a fresh data dir and start Apache Kafka on it; return once it is ready.

    `extra_listeners` maps a listener name to (security protocol, port), e.g.
    `{"SASL_SSL": ("SASL_SSL", 19093)}`; `server_properties_overrides` adds or replaces
    server.properties lines (jaas, keystores, ...); `format_args` go to `StorageTool format`
    (e.g. `["--add-scram", "SCRAM-SHA-512=[name=alice,password=...]"]`).
    Raises EmbeddedServerError with one line saying what to do when java or the jars are missing.
    """
    java = java_binary()
    cp = classpath(kafka_dir)
    port = port or free_port()
    if port_open("127.0.0.1", port):
        raise EmbeddedServerError(f"port {port} on 127.0.0.1 is already in use")
    controller_port = free_port()
    while controller_port == port:
        controller_port = free_port()
    tmp = tempfile.TemporaryDirectory(prefix="wirealert-kafka-")
    run = Path(tmp.name)
    props = server_properties(port, controller_port, run / "data", extra_listeners or {},
                              server_properties_overrides or {})
    config = run / "server.properties"
    config.write_text("".join(f"{key}={value}\n" for key, value in props.items()))
    # zstd and snappy unpack native code into java.io.tmpdir: keep it in our own directory.
    jvm = [java, *JVM_OPTIONS, f"-Djava.io.tmpdir={run}",
           f"-Dlog4j.configuration=file:{kafka_dir / 'log4j.properties'}", "-cp", cp]
    log_path = run / "broker.log"
    formatted = subprocess.run(
        [*jvm, "kafka.tools.StorageTool", "format", "-t", cluster_id(), "-c", str(config), *format_args],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=timeout, check=False,
    )
    if formatted.returncode != 0:
        tmp.cleanup()
        raise EmbeddedServerError(
            f"formatting Kafka storage failed: {(formatted.stderr or formatted.stdout).strip()[-2000:]}"
        )
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            [*jvm, "kafka.Kafka", str(config)],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
        )
    broker = KafkaBroker("Apache Kafka", port, process, run, log_path, tmp, controller_port)
    broker.wait_ready(timeout)
    return broker
