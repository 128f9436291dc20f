"""The deployment lets no one in by default: checked by parsing the files (no Docker here).

docker-compose.yml and deploy/kafka/server.properties:
- every published port is on the host's loopback (127.0.0.1), no host networking;
- Kafka: every listener a client can reach speaks SASL with SCRAM-SHA-512 (a PLAINTEXT or SSL
  listener only on the container's loopback), the workers log in with SCRAM-SHA-512, and the
  image is the Kafka version of the test broker (kafka/pom.xml);
- Redis has a password, read from a secret file (not `--requirepass` on argv), and the workers'
  Redis URL carries one;
- Grafana: no anonymous access, no default or literal admin password;
- Prometheus: no `--web.enable-lifecycle`, no `--web.enable-admin-api`;
- no literal password in the file: each comes from .env (`${VAR:?...}`, no default) or a Docker
  secret made from it; .env.example names every such variable and .env is gitignored.

deploy/k8s: a NetworkPolicy over the worker pods (ingress only on the web port), no
service-account token, the SASL password in a Secret slot (never in the ConfigMap), Kafka over
SASL.

As in test_deploy.py, each check returns a list of problems: the real files must have none, and
a deliberately weakened copy must be reported.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
KAFKA_PROPERTIES = ROOT / "deploy" / "kafka" / "server.properties"
KAFKA_POM = ROOT / "kafka" / "pom.xml"
K8S_DIR = ROOT / "deploy" / "k8s"
ENV_EXAMPLE = ROOT / ".env.example"
GITIGNORE = ROOT / ".gitignore"

KAFKA_VERSION = "3.9.2"  # the test broker's (issue 12): apache/kafka:<this> in compose
SASL_MECHANISM = "SCRAM-SHA-512"
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
PROMETHEUS_ADMIN_FLAGS = ("--web.enable-lifecycle", "--web.enable-admin-api")
# ${VAR:?message}: compose stops when VAR is unset or empty. ${VAR:-x} / ${VAR-x} is a default.
_REQUIRED_VAR = re.compile(r"\$\{(\w+):\?[^}]*\}")
_ANY_VAR = re.compile(r"\$\{?(\w+)")
_SECRETISH = re.compile(r"PASSWORD|SECRET|TOKEN|REQUIREPASS", re.IGNORECASE)


def load_properties(text: str) -> dict[str, str]:
    props: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith(("#", "!")) and "=" in line:
            key, value = line.split("=", 1)
            props[key.strip()] = value.strip()
    return props


@pytest.fixture(scope="module")
def compose() -> Any:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def kafka_props() -> dict[str, str]:
    return load_properties(KAFKA_PROPERTIES.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def k8s() -> list[dict[str, Any]]:
    return [
        d
        for p in sorted(K8S_DIR.glob("*.yaml"))
        for d in yaml.safe_load_all(p.read_text(encoding="utf-8"))
        if d
    ]


def env_of(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        pairs = (str(e).partition("=") for e in env)
        return {key: value for key, _, value in pairs}
    return {str(k): "" if v is None else str(v) for k, v in env.items()}


def resolved(value: str) -> str:
    """A value as compose runs it, with each ${VAR:?...} set from .env (to a placeholder)."""
    return _REQUIRED_VAR.sub("from-dotenv", value)


def text_of(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(map(str, value)) if isinstance(value, list) else str(value)


def run_text(service: dict[str, Any]) -> str:
    return f"{text_of(service.get('entrypoint'))} {text_of(service.get('command'))}"


def secret_names(service: dict[str, Any]) -> set[str]:
    return {s if isinstance(s, str) else str(s.get("source")) for s in service.get("secrets") or []}


def workers(compose: Any) -> dict[str, dict[str, Any]]:
    return {
        name: svc
        for name, svc in (compose.get("services") or {}).items()
        if "build" in svc or str(svc.get("image", "")).startswith("wirealert")
    }


def services_of_image(compose: Any, image: str) -> dict[str, dict[str, Any]]:
    return {
        name: svc
        for name, svc in (compose.get("services") or {}).items()
        if str(svc.get("image", "")).split(":")[0].endswith(image)
    }


# --------------------------------------------------------------------------------------------
# docker-compose.yml
# --------------------------------------------------------------------------------------------


def port_problems(compose: Any) -> list[str]:
    """Every published port on the host's loopback."""
    problems: list[str] = []
    for name, svc in (compose.get("services") or {}).items():
        if svc.get("network_mode") == "host":
            problems.append(f"compose {name}: network_mode host publishes every port it opens")
        for entry in svc.get("ports") or []:
            if isinstance(entry, dict):
                host_ip = str(entry.get("host_ip", ""))
            else:
                parts = str(entry).split("/")[0].rsplit(":", 2)
                # "port" or "host:container" have no address: Docker binds every interface.
                host_ip = parts[0] if len(parts) == 3 else ""
            if host_ip not in LOOPBACK:
                problems.append(f"compose {name}: publishes {entry!r} beyond 127.0.0.1")
    return problems


def kafka_problems(compose: Any, props: dict[str, str], pom: str | None) -> list[str]:
    problems: list[str] = []
    kafkas = services_of_image(compose, "apache/kafka")
    brokers = {n: s for n, s in kafkas.items() if "kafka-topics" not in run_text(s)}
    if not brokers:
        return ["compose: no apache/kafka broker service"]
    for name, svc in kafkas.items():
        tag = str(svc["image"]).split(":")[-1]
        if tag != KAFKA_VERSION:
            problems.append(f"compose {name}: apache/kafka:{tag}, the test broker is {KAFKA_VERSION}")
    if pom is not None and f"<kafka.version>{KAFKA_VERSION}</kafka.version>" not in pom:
        problems.append(f"kafka/pom.xml: the test broker is not Kafka {KAFKA_VERSION}")
    for name, svc in brokers.items():
        # Listeners configured through the image's KAFKA_* variables would bypass the checked
        # properties file.
        for var in env_of(svc):
            if re.match(r"KAFKA_(LISTENER|ADVERTISED|SECURITY|SASL)", var):
                problems.append(f"compose {name}: {var} overrides deploy/kafka/server.properties")
        if "server.properties" not in run_text(svc) and not any(
            "deploy/kafka" in str(v) for v in svc.get("volumes") or []
        ):
            problems.append(f"compose {name}: does not run with deploy/kafka/server.properties")

    protocols = dict(
        pair.split(":", 1) for pair in props.get("listener.security.protocol.map", "").split(",")
        if ":" in pair
    )
    listeners = [x for x in props.get("listeners", "").split(",") if "://" in x]
    if not listeners:
        problems.append("server.properties: no listeners")
    for listener in listeners:
        name, address = listener.split("://", 1)
        protocol = protocols.get(name, name)
        host = address.rsplit(":", 1)[0]
        if not protocol.startswith("SASL_") and host not in LOOPBACK:
            problems.append(
                f"server.properties: listener {name} ({protocol}) on {host or 'every interface'}"
                " lets clients in without a password"
            )
    if SASL_MECHANISM not in props.get("sasl.enabled.mechanisms", "").split(","):
        problems.append(f"server.properties: sasl.enabled.mechanisms lacks {SASL_MECHANISM}")
    if any(k.endswith("sasl.jaas.config") and "password=" in v for k, v in props.items()):
        problems.append("server.properties: a password in the checked-in file")

    for name, svc in workers(compose).items():
        env = env_of(svc)
        protocol = env.get("WIREALERT_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT")
        if not protocol.startswith("SASL_"):
            problems.append(f"compose {name}: Kafka over {protocol}, not SASL")
        if env.get("WIREALERT_KAFKA_SASL_MECHANISM") != SASL_MECHANISM:
            problems.append(f"compose {name}: WIREALERT_KAFKA_SASL_MECHANISM is not {SASL_MECHANISM}")
    return problems


def redis_problems(compose: Any) -> list[str]:
    problems: list[str] = []
    redises = services_of_image(compose, "redis")
    if not redises:
        problems.append("compose: no redis service")
    for name, svc in redises.items():
        text = run_text(svc)
        if "--requirepass" in text:
            problems.append(f"compose {name}: --requirepass puts the password on argv")
        if "requirepass" not in text or not any(
            f"/run/secrets/{s}" in text for s in secret_names(svc)
        ):
            problems.append(f"compose {name}: Redis without a password from a secret")
        check = text_of((svc.get("healthcheck") or {}).get("test"))
        if "redis-cli" in check and " -a " in f" {check} ":
            problems.append(f"compose {name}: healthcheck passes the password with -a (argv)")
    for name, svc in workers(compose).items():
        url = resolved(env_of(svc).get("WIREALERT_REDIS_URL", ""))
        if not urlsplit(url).password:
            problems.append(f"compose {name}: WIREALERT_REDIS_URL has no password")
    return problems


def grafana_problems(compose: Any) -> list[str]:
    problems: list[str] = []
    for name, svc in services_of_image(compose, "grafana").items():
        env = env_of(svc)
        if env.get("GF_AUTH_ANONYMOUS_ENABLED", "false").lower() != "false":
            problems.append(f"compose {name}: anonymous access is on")
        if env.get("GF_AUTH_BASIC_ENABLED", "true").lower() == "false" and not any(
            k.startswith("GF_AUTH_GENERIC_OAUTH") for k in env
        ):
            problems.append(f"compose {name}: no way to log in")
        password = env.get("GF_SECURITY_ADMIN_PASSWORD")
        password_file = env.get("GF_SECURITY_ADMIN_PASSWORD__FILE", "")
        if password is not None:
            if not _REQUIRED_VAR.fullmatch(password):
                problems.append(f"compose {name}: admin password {password!r} is a default")
        elif not any(password_file == f"/run/secrets/{s}" for s in secret_names(svc)):
            problems.append(f"compose {name}: admin password neither required nor a secret")
    return problems


def prometheus_problems(compose: Any) -> list[str]:
    problems: list[str] = []
    for name, svc in services_of_image(compose, "prom/prometheus").items():
        for flag in PROMETHEUS_ADMIN_FLAGS:
            if flag in run_text(svc):
                problems.append(f"compose {name}: {flag} lets anyone reaching it stop or wipe it")
    return problems


def secret_problems(compose: Any, env_example: str, gitignore: str) -> list[str]:
    """No literal secret in the compose file; every variable it needs is in .env.example."""
    problems: list[str] = []
    needed: set[str] = set()
    for name, svc in (compose.get("services") or {}).items():
        for var, value in env_of(svc).items():
            if var.endswith("__FILE"):
                continue
            used = set(_ANY_VAR.findall(value))
            required = set(_REQUIRED_VAR.findall(value))
            needed |= required
            secretish = _SECRETISH.search(var) or (
                var.endswith("_URL") and urlsplit(resolved(value)).password is not None
            )
            if secretish and (not required or used - required):
                problems.append(
                    f"compose {name}: {var} is not taken from .env as ${{VAR:?...}} (no default)"
                )
        for secret in secret_names(svc):
            if secret not in (compose.get("secrets") or {}):
                problems.append(f"compose {name}: secret {secret} is not declared")
    for secret, spec in (compose.get("secrets") or {}).items():
        source = (spec or {}).get("environment")
        if source is None:
            if not (spec or {}).get("file"):
                problems.append(f"compose: secret {secret} has no environment or file source")
            continue
        needed.add(str(source))
    declared = set(re.findall(r"^\s*([A-Z_][A-Z0-9_]*)=", env_example, re.MULTILINE))
    for var in sorted(needed - declared):
        problems.append(f".env.example: does not name {var}, which the compose file needs")
    for line in env_example.splitlines():
        if "=" in line and not line.lstrip().startswith("#") and line.split("=", 1)[1].strip():
            problems.append(f".env.example: {line.split('=', 1)[0]} has a value; leave it empty")
    if ".env" not in {line.strip() for line in gitignore.splitlines()}:
        problems.append(".gitignore: .env is not ignored")
    return problems


def compose_security_problems(
    compose: Any, props: dict[str, str], pom: str | None, env_example: str, gitignore: str
) -> list[str]:
    return [
        *port_problems(compose),
        *kafka_problems(compose, props, pom),
        *redis_problems(compose),
        *grafana_problems(compose),
        *prometheus_problems(compose),
        *secret_problems(compose, env_example, gitignore),
    ]


# --------------------------------------------------------------------------------------------
# deploy/k8s
# --------------------------------------------------------------------------------------------


def of_kind(docs: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [d for d in docs if d.get("kind") == kind]


def k8s_security_problems(docs: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    deployments = of_kind(docs, "Deployment")
    if len(deployments) != 1:
        return [f"k8s: expected one Deployment, found {len(deployments)}"]
    pod = deployments[0]["spec"]["template"]
    pod_labels = pod["metadata"].get("labels") or {}
    spec = pod["spec"]
    if spec.get("automountServiceAccountToken") is not False:
        problems.append("k8s Deployment: automountServiceAccountToken must be false")

    container = spec["containers"][0]
    web_ports = {int(p["containerPort"]) for p in container.get("ports") or []}
    policies = [
        p
        for p in of_kind(docs, "NetworkPolicy")
        if all(
            pod_labels.get(k) == v
            for k, v in (p["spec"].get("podSelector", {}).get("matchLabels") or {}).items()
        )
    ]
    if not policies:
        problems.append("k8s: no NetworkPolicy selects the worker pods")
    for policy in policies:
        name = policy["metadata"]["name"]
        types = set(policy["spec"].get("policyTypes") or [])
        if "Ingress" not in types:
            problems.append(f"k8s NetworkPolicy {name}: does not restrict Ingress")
        for rule in policy["spec"].get("ingress") or []:
            if not rule.get("from"):
                problems.append(f"k8s NetworkPolicy {name}: an ingress rule admits every source")
            ports = {int(p["port"]) for p in rule.get("ports") or [] if "port" in p}
            if not ports or ports - web_ports:
                problems.append(f"k8s NetworkPolicy {name}: ingress beyond the web port {web_ports}")

    configmap_env: dict[str, str] = {}
    for configmap in of_kind(docs, "ConfigMap"):
        configmap_env.update({str(k): str(v) for k, v in (configmap.get("data") or {}).items()})
    if "WIREALERT_KAFKA_SASL_PASSWORD" in configmap_env:
        problems.append("k8s ConfigMap: WIREALERT_KAFKA_SASL_PASSWORD belongs in a Secret")
    protocol = configmap_env.get("WIREALERT_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT")
    if not protocol.startswith("SASL_"):
        problems.append(f"k8s ConfigMap: Kafka over {protocol}, not SASL")
    secret_slots = {
        (s["metadata"]["name"], key)
        for s in of_kind(docs, "Secret")
        for key in {**(s.get("stringData") or {}), **(s.get("data") or {})}
    }
    password = next(
        (e for e in container.get("env") or [] if e.get("name") == "WIREALERT_KAFKA_SASL_PASSWORD"),
        None,
    )
    ref = ((password or {}).get("valueFrom") or {}).get("secretKeyRef") or {}
    if (ref.get("name"), ref.get("key")) not in secret_slots:
        problems.append("k8s: WIREALERT_KAFKA_SASL_PASSWORD does not come from a Secret slot")
    return problems


# ============================================================================================
# The real files
# ============================================================================================


def _pom() -> str | None:
    return KAFKA_POM.read_text(encoding="utf-8") if KAFKA_POM.exists() else None


def _compose_problems(compose: Any, props: dict[str, str], env_example: str | None = None) -> list[str]:
    return compose_security_problems(
        compose,
        props,
        _pom(),
        ENV_EXAMPLE.read_text(encoding="utf-8") if env_example is None else env_example,
        GITIGNORE.read_text(encoding="utf-8"),
    )


def test_compose_is_locked_down(compose: Any, kafka_props: dict[str, str]) -> None:
    assert _compose_problems(compose, kafka_props) == []


def test_k8s_is_locked_down(k8s: list[dict[str, Any]]) -> None:
    assert k8s_security_problems(k8s) == []


def test_kafka_scripts_read_the_password_from_the_secret() -> None:
    """The start scripts take the password from the secret file and never echo it."""
    for script in ("start.sh", "client-config.sh"):
        text = (ROOT / "deploy" / "kafka" / script).read_text(encoding="utf-8")
        assert 'secrets="${SECRETS_DIR:-/run/secrets}"' in text
        assert '"$secrets/kafka_password"' in text
        assert not re.search(r"echo[^\n]*\$password", text)


# ============================================================================================
# Weakened copies: each must be reported
# ============================================================================================


def _svc(compose: Any, name: str) -> dict[str, Any]:
    return compose["services"][name]  # type: ignore[no-any-return]


def _first_worker(compose: Any) -> dict[str, Any]:
    return next(iter(workers(compose).values()))


def _set_command(svc: dict[str, Any], old: str, new: str) -> None:
    command = svc["command"]
    assert any(old in str(c) for c in command), f"breakage did not apply: {old!r}"
    svc["command"] = [str(c).replace(old, new) for c in command]


COMPOSE_BREAKAGES: dict[str, tuple[Callable[[Any, dict[str, str]], None], str]] = {
    "port on every interface": (
        lambda c, p: _svc(c, "redis").update(ports=["6379:6379"]),
        "publishes '6379:6379' beyond 127.0.0.1",
    ),
    "port on a public address": (
        lambda c, p: _svc(c, "grafana").update(ports=["0.0.0.0:3000:3000"]),
        "publishes '0.0.0.0:3000:3000'",
    ),
    "long-form port without host_ip": (
        lambda c, p: _svc(c, "prometheus").update(ports=[{"target": 9090, "published": 9090}]),
        "beyond 127.0.0.1",
    ),
    "host networking": (
        lambda c, p: _svc(c, "worker-1").update(network_mode="host"),
        "network_mode host",
    ),
    "anonymous grafana": (
        lambda c, p: _svc(c, "grafana")["environment"].update(GF_AUTH_ANONYMOUS_ENABLED="true"),
        "anonymous access is on",
    ),
    "grafana default password": (
        lambda c, p: _svc(c, "grafana")["environment"].update(
            GF_SECURITY_ADMIN_PASSWORD="${GRAFANA_ADMIN_PASSWORD:-admin}"
        ),
        "is a default",
    ),
    "grafana password not a secret": (
        lambda c, p: _svc(c, "grafana").pop("secrets"),
        "neither required nor a secret",
    ),
    "prometheus lifecycle": (
        lambda c, p: _svc(c, "prometheus")["command"].append("--web.enable-lifecycle"),
        "--web.enable-lifecycle",
    ),
    "prometheus admin api": (
        lambda c, p: _svc(c, "prometheus")["command"].append("--web.enable-admin-api"),
        "--web.enable-admin-api",
    ),
    "redis without password": (
        lambda c, p: _svc(c, "redis").update(
            entrypoint=None, command=["redis-server", "--appendonly", "yes"]
        ),
        "Redis without a password",
    ),
    "redis password on argv": (
        lambda c, p: _set_command(
            _svc(c, "redis"), "redis-server /tmp/redis.conf", "redis-server --requirepass x"
        ),
        "--requirepass puts the password on argv",
    ),
    "worker redis url without password": (
        lambda c, p: _first_worker(c)["environment"].update(
            WIREALERT_REDIS_URL="redis://redis:6379/0"
        ),
        "WIREALERT_REDIS_URL has no password",
    ),
    "plaintext client listener": (
        lambda c, p: p.update(
            {
                "listener.security.protocol.map": p["listener.security.protocol.map"].replace(
                    "HOST:SASL_PLAINTEXT", "HOST:PLAINTEXT"
                )
            }
        ),
        "listener HOST (PLAINTEXT) on 0.0.0.0 lets clients in",
    ),
    "controller listener on every interface": (
        lambda c, p: p.update(
            listeners=p["listeners"].replace("CONTROLLER://localhost:9093", "CONTROLLER://:9093")
        ),
        "listener CONTROLLER (PLAINTEXT) on every interface",
    ),
    "listener set through the image's environment": (
        lambda c, p: _svc(c, "kafka")["environment"].update(
            KAFKA_LISTENER_SECURITY_PROTOCOL_MAP="HOST:PLAINTEXT"
        ),
        "overrides deploy/kafka/server.properties",
    ),
    "scram not enabled": (
        lambda c, p: p.update({"sasl.enabled.mechanisms": "PLAIN"}),
        "lacks SCRAM-SHA-512",
    ),
    "password in properties": (
        lambda c, p: p.update(
            {
                "listener.name.internal.scram-sha-512.sasl.jaas.config": (
                    'ScramLoginModule required username="u" password="p";'
                )
            }
        ),
        "a password in the checked-in file",
    ),
    "worker over plaintext": (
        lambda c, p: _first_worker(c)["environment"].update(
            WIREALERT_KAFKA_SECURITY_PROTOCOL="PLAINTEXT"
        ),
        "Kafka over PLAINTEXT, not SASL",
    ),
    "worker with another mechanism": (
        lambda c, p: _first_worker(c)["environment"].update(WIREALERT_KAFKA_SASL_MECHANISM="PLAIN"),
        "WIREALERT_KAFKA_SASL_MECHANISM is not SCRAM-SHA-512",
    ),
    "other kafka version": (
        lambda c, p: _svc(c, "kafka").update(image="apache/kafka:3.9.1"),
        "apache/kafka:3.9.1, the test broker is 3.9.2",
    ),
    "sasl password with a default": (
        lambda c, p: _first_worker(c)["environment"].update(
            WIREALERT_KAFKA_SASL_PASSWORD="${KAFKA_PASSWORD:-wirealert}"
        ),
        "WIREALERT_KAFKA_SASL_PASSWORD is not taken from .env",
    ),
    "literal password in a url": (
        lambda c, p: _first_worker(c)["environment"].update(
            WIREALERT_REDIS_URL="redis://:hunter2@redis:6379/0"
        ),
        "WIREALERT_REDIS_URL is not taken from .env",
    ),
    "undeclared secret": (
        lambda c, p: c["secrets"].pop("redis_password"),
        "secret redis_password is not declared",
    ),
}


@pytest.mark.parametrize("breakage", COMPOSE_BREAKAGES)
def test_compose_checks_catch(breakage: str, compose: Any, kafka_props: dict[str, str]) -> None:
    broken, props = copy.deepcopy(compose), dict(kafka_props)
    mutate, expected = COMPOSE_BREAKAGES[breakage]
    mutate(broken, props)
    problems = _compose_problems(broken, props)
    assert any(expected in p for p in problems), problems


def test_env_example_checks_catch(compose: Any, kafka_props: dict[str, str]) -> None:
    example = ENV_EXAMPLE.read_text(encoding="utf-8")
    missing = _compose_problems(compose, kafka_props, example.replace("REDIS_PASSWORD=", "X="))
    assert any("does not name REDIS_PASSWORD" in p for p in missing), missing
    filled = _compose_problems(
        compose, kafka_props, example.replace("REDIS_PASSWORD=", "REDIS_PASSWORD=admin")
    )
    assert any("REDIS_PASSWORD has a value" in p for p in filled), filled
    assert any(".env is not ignored" in p for p in secret_problems(compose, example, "*.log\n"))


def _deployment(docs: list[dict[str, Any]]) -> dict[str, Any]:
    return of_kind(docs, "Deployment")[0]


def _container(docs: list[dict[str, Any]]) -> dict[str, Any]:
    return _deployment(docs)["spec"]["template"]["spec"]["containers"][0]  # type: ignore[no-any-return]


def _policy(docs: list[dict[str, Any]]) -> dict[str, Any]:
    return of_kind(docs, "NetworkPolicy")[0]


K8S_BREAKAGES: dict[str, tuple[Callable[[list[dict[str, Any]]], object], str]] = {
    "no network policy": (
        lambda d: d.remove(_policy(d)),
        "no NetworkPolicy selects the worker pods",
    ),
    "policy selects other pods": (
        lambda d: _policy(d)["spec"]["podSelector"]["matchLabels"].update(
            {"app.kubernetes.io/name": "other"}
        ),
        "no NetworkPolicy selects the worker pods",
    ),
    "ingress not restricted": (
        lambda d: _policy(d)["spec"].update(policyTypes=["Egress"]),
        "does not restrict Ingress",
    ),
    "ingress from anywhere": (
        lambda d: _policy(d)["spec"]["ingress"][0].pop("from"),
        "admits every source",
    ),
    "ingress on another port": (
        lambda d: _policy(d)["spec"]["ingress"][0]["ports"].append({"port": 22}),
        "ingress beyond the web port",
    ),
    "service account token": (
        lambda d: _deployment(d)["spec"]["template"]["spec"].pop("automountServiceAccountToken"),
        "automountServiceAccountToken must be false",
    ),
    "sasl password in configmap": (
        lambda d: of_kind(d, "ConfigMap")[0]["data"].update(WIREALERT_KAFKA_SASL_PASSWORD="x"),
        "belongs in a Secret",
    ),
    "kafka over plaintext": (
        lambda d: of_kind(d, "ConfigMap")[0]["data"].update(
            WIREALERT_KAFKA_SECURITY_PROTOCOL="PLAINTEXT"
        ),
        "Kafka over PLAINTEXT, not SASL",
    ),
    "no secret slot": (
        lambda d: [
            s.get("stringData", {}).pop("WIREALERT_KAFKA_SASL_PASSWORD", None)
            for s in of_kind(d, "Secret")
        ],
        "does not come from a Secret slot",
    ),
    "password not from the secret": (
        lambda d: _container(d)["env"].__setitem__(
            next(
                i
                for i, e in enumerate(_container(d)["env"])
                if e["name"] == "WIREALERT_KAFKA_SASL_PASSWORD"
            ),
            {"name": "WIREALERT_KAFKA_SASL_PASSWORD", "value": "x"},
        ),
        "does not come from a Secret slot",
    ),
}


@pytest.mark.parametrize("breakage", K8S_BREAKAGES)
def test_k8s_checks_catch(breakage: str, k8s: list[dict[str, Any]]) -> None:
    broken = copy.deepcopy(k8s)
    mutate, expected = K8S_BREAKAGES[breakage]
    mutate(broken)
    problems = k8s_security_problems(broken)
    assert any(expected in p for p in problems), problems
