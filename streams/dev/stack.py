"""A whole local stack in child processes: a broker (embedded or Apache Kafka), Redis, and N workers.

`wirealert demo` and the integration tests both use it, so the tests exercise the same path a
newcomer runs. Workers run as real `wirealert worker` processes: a test can SIGKILL one.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from streams.dev.embedded import ServerProcess, free_port, start_broker, start_redis

if TYPE_CHECKING:
    from streams.dev.kafka_broker import KafkaBroker

BrokerKind = Literal["embedded", "kafka"]


@dataclass
class WorkerProcess:
    name: str
    web_port: int
    process: subprocess.Popen[bytes]
    log_path: Path

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.web_port}{path}"

    def get(self, path: str, timeout: float = 2.0) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.url(path), timeout=timeout) as resp:
                return int(resp.status), resp.read()
        except urllib.error.HTTPError as exc:
            return int(exc.code), exc.read()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def alive(self) -> bool:
        return self.process.poll() is None

    def wait_healthy(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                raise RuntimeError(
                    f"worker {self.name} exited ({self.process.returncode}):\n{self.log()[-3000:]}"
                )
            with contextlib.suppress(OSError):
                status, _ = self.get("/health", timeout=1.0)
                if status == 200:
                    return
            time.sleep(0.1)
        raise TimeoutError(f"worker {self.name} not healthy within {timeout}s:\n{self.log()[-3000:]}")

    def stop(self, timeout: float = 20.0) -> None:
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)

    def kill(self) -> None:
        if self.alive():
            self.process.kill()
            self.process.wait(10)


@dataclass
class LocalStack:
    broker: ServerProcess
    redis: ServerProcess
    app_id: str
    workdir: Path
    redis_password: str | None = None
    broker_kind: BrokerKind = "embedded"
    extra_env: dict[str, str] = field(default_factory=dict)
    workers: list[WorkerProcess] = field(default_factory=list)
    owns_broker: bool = True

    @property
    def kafka_url(self) -> str:
        return f"kafka://127.0.0.1:{self.broker.port}"

    @property
    def redis_url(self) -> str:
        auth = f":{self.redis_password}@" if self.redis_password else ""
        return f"redis://{auth}127.0.0.1:{self.redis.port}/0"

    def env(self, **overrides: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("WIREALERT_")}
        env.update(
            WIREALERT_KAFKA_URL=self.kafka_url,
            WIREALERT_REDIS_URL=self.redis_url,
            WIREALERT_APP_ID=self.app_id,
            WIREALERT_BROKER_PROFILE=self.broker_kind,
            PYTHONUNBUFFERED="1",
        )
        env.update(self.extra_env)
        env.update(overrides)
        return env

    def start_worker(self, *, wait: bool = True, **env_overrides: str) -> WorkerProcess:
        index = len(self.workers)
        port = free_port()
        datadir = self.workdir / f"worker-{index}"
        datadir.mkdir(parents=True, exist_ok=True)
        log_path = self.workdir / f"worker-{index}.log"
        env = self.env(
            WIREALERT_WEB_PORT=str(port), WIREALERT_DATA_DIR=str(datadir), **env_overrides
        )
        with open(log_path, "ab") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "streams.cli", "worker"],
                env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        worker = WorkerProcess(f"worker-{index}", port, process, log_path)
        self.workers.append(worker)
        if wait:
            worker.wait_healthy()
        return worker

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()
        self.redis.stop()
        if self.owns_broker:
            self.broker.stop()


@contextlib.contextmanager
def local_stack(
    app_id: str = "wirealert", *, redis_password: str | None = None,
    broker_kind: BrokerKind = "embedded", shared_broker: KafkaBroker | None = None, **extra_env: str,
) -> Iterator[LocalStack]:
    """A fresh broker (Tansu, or Apache Kafka with broker_kind="kafka") and Redis.

    With `shared_broker` (an Apache Kafka broker that outlives the stack, as the test session's
    one broker does) no broker is started or stopped: the stack starts on a broker without
    topics (any left over are deleted first) and deletes every topic its workers made when it
    ends, after they stopped. Give each such stack its own `app_id`, so consumer groups and
    changelog names are never reused.
    """
    if shared_broker is not None:
        if broker_kind != "kafka":
            raise ValueError("a shared broker is Apache Kafka: pass broker_kind='kafka'")
        shared_broker.delete_topics()
        broker: ServerProcess = shared_broker
    elif broker_kind == "kafka":
        from streams.dev.kafka_broker import start_kafka

        broker = start_kafka()
    else:
        broker = start_broker()
    owns_broker = shared_broker is None
    try:
        redis = start_redis(password=redis_password)
    except Exception:
        if owns_broker:
            broker.stop()
        raise
    with tempfile.TemporaryDirectory(prefix="wirealert-stack-") as tmp:
        stack = LocalStack(broker, redis, app_id, Path(tmp), redis_password, broker_kind, dict(extra_env),
                           owns_broker=owns_broker)
        try:
            yield stack
        finally:
            stack.stop()
            if shared_broker is not None:
                shared_broker.delete_topics()
