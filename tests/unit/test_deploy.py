"""The deployment files agree with the code: no Docker, Kubernetes, Grafana or promtool needed.

Checked here, by parsing the files:
- deploy/prometheus: every metric a rule queries is one the worker exports (streams.runtime.metrics),
  with labels it has; the rules the on-call relies on exist, each with `for:`, a severity and a
  summary/description; prometheus.yml loads the rules and scrapes every compose worker.
- deploy/grafana: the same metric/label checks for every panel and variable query; the panels
  an operator needs exist; provisioning points at the dashboard file and at Prometheus.
- docker-compose.yml: services, WIREALERT_* variables (names and values validated by
  streams.runtime.settings.Settings), ports, volumes, depends_on, topic creation.
- deploy/k8s: the Deployment's environment, probes, resources, Service and annotations.
- Dockerfile and .dockerignore.

Each check is a function that returns a list of problems (empty = fine). The tests run it on
the real files and expect no problems, then on a deliberately broken copy and expect the
breakage to be reported, so that no check can pass vacuously.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
import shlex
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from prometheus_client import CollectorRegistry
from prometheus_client.metrics import MetricWrapperBase
from pydantic import ValidationError

from streams.runtime.metrics import EXPORTED_NAMES, Metrics
from streams.runtime.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
PROM_DIR = ROOT / "deploy" / "prometheus"
PROM_CONFIG = PROM_DIR / "prometheus.yml"
PROM_RULES = PROM_DIR / "alerts.yml"
GRAFANA_DIR = ROOT / "deploy" / "grafana"
DASHBOARD = GRAFANA_DIR / "dashboards" / "wirealert.json"
GRAFANA_DATASOURCES = GRAFANA_DIR / "provisioning" / "datasources" / "prometheus.yml"
GRAFANA_DASHBOARDS = GRAFANA_DIR / "provisioning" / "dashboards" / "wirealert.yml"
K8S_DIR = ROOT / "deploy" / "k8s"
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"

ENV_PREFIX = "WIREALERT_"
CONTRACT_TOPICS = ("wire.items", "wire.deadletter", "wire.alerts")  # design.md, "Contract"
# Labels Prometheus attaches to every scraped series.
TARGET_LABELS = frozenset({"job", "instance"})
SEVERITIES = {"critical", "warning", "info"}
HISTOGRAM_SUFFIXES = ("_bucket", "_sum", "_count")


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def load_k8s() -> dict[str, list[dict[str, Any]]]:
    """deploy/k8s file name -> its YAML documents."""
    return {
        p.name: [d for d in yaml.safe_load_all(p.read_text(encoding="utf-8")) if d]
        for p in sorted(K8S_DIR.glob("*.yaml"))
    }


@pytest.fixture(scope="module")
def rules() -> Any:
    return load_yaml(PROM_RULES)


@pytest.fixture(scope="module")
def prom_config() -> Any:
    return load_yaml(PROM_CONFIG)


@pytest.fixture(scope="module")
def dashboard() -> Any:
    return json.loads(DASHBOARD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def compose() -> Any:
    return load_yaml(COMPOSE)


@pytest.fixture(scope="module")
def dockerfile() -> str:
    return DOCKERFILE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def grafana_provisioning() -> tuple[Any, Any]:
    return load_yaml(GRAFANA_DATASOURCES), load_yaml(GRAFANA_DASHBOARDS)


@pytest.fixture(scope="module")
def k8s() -> dict[str, list[dict[str, Any]]]:
    return load_k8s()


# --------------------------------------------------------------------------------------------
# What the worker exports
# --------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Series:
    labels: frozenset[str] | None  # None: exported, but its label names are not known here


def metric_catalogue() -> dict[str, Series]:
    """Every series name a query may use -> its label names.

    The names come from EXPORTED_NAMES. Type and labels come from the collectors that
    `Metrics.create` builds: a histogram is queried as name_bucket/_sum/_count (the bare name
    has no series at all), and only _bucket carries `le`.
    """
    collectors: dict[str, tuple[str, frozenset[str]]] = {}
    metrics = Metrics.create(CollectorRegistry())
    for field in dataclasses.fields(metrics):
        collector = getattr(metrics, field.name)
        if isinstance(collector, MetricWrapperBase):
            # prometheus_client has no public accessor for name/type/labels of a collector.
            kind, name = collector._type, collector._name
            if kind == "counter":
                name += "_total"
            collectors[name] = (kind, frozenset(collector._labelnames))

    catalogue: dict[str, Series] = {}
    for name in EXPORTED_NAMES:
        if name not in collectors:
            catalogue[name] = Series(labels=None)
            continue
        kind, labels = collectors[name]
        if kind == "histogram":
            catalogue[name + "_bucket"] = Series(labels | {"le"})
            catalogue[name + "_sum"] = Series(labels)
            catalogue[name + "_count"] = Series(labels)
        else:
            catalogue[name] = Series(labels)
    return catalogue


CATALOGUE = metric_catalogue()


def settings_fields() -> set[str]:
    return set(Settings.model_fields)


class _SettingsFromValuesOnly(Settings):
    """Settings that validate the given values only, whatever WIREALERT_* the test runs with."""

    @classmethod
    def settings_customise_sources(  # type: ignore[no-untyped-def, override]
        cls, settings_cls, init_settings, **_other_sources
    ):
        return (init_settings,)


# The value a Secret gives a variable: not known here, but set.
SECRET_VALUE = "from-secret"


def env_problems(where: str, env: dict[str, Any], *, validate: bool = True) -> list[str]:
    """WIREALERT_* variables must be Settings fields, and their values must validate."""
    problems: list[str] = []
    fields = settings_fields()
    values: dict[str, Any] = {}
    for var, value in env.items():
        if not var.startswith(ENV_PREFIX):
            continue
        # env_nested_delimiter "__": WIREALERT_A__B sets field a.
        field = var[len(ENV_PREFIX) :].split("__")[0].lower()
        if field not in fields:
            problems.append(f"{where}: {var} is not read by the worker (no Settings.{field})")
        elif "__" not in var and value is not None:
            values[field] = str(value)
    if values and validate:
        try:
            _SettingsFromValuesOnly(**values)
        except ValidationError as exc:
            problems.append(f"{where}: invalid WIREALERT_* values: {exc}")
    return problems


# --------------------------------------------------------------------------------------------
# PromQL (regex level: names, label names, template variables)
# --------------------------------------------------------------------------------------------

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_METRIC = re.compile(r"(?<![\w:])(wirealert_[A-Za-z0-9_:]*)")
_SELECTOR = re.compile(r"(?<![\w:])([A-Za-z_:][\w:]*)\s*\{([^{}]*)\}")
_MATCHER_LABEL = re.compile(r"([A-Za-z_]\w*)\s*(?:=~|!~|!=|=)")
_GROUPING = re.compile(r"\b(by|without|on|ignoring)\s*\(([^()]*)\)")
_TEMPLATE_LABEL = re.compile(r"\{\{\s*\.?\s*([A-Za-z_]\w*)\s*\}\}")
_ANNOTATION_LABEL = re.compile(r"\$labels\.([A-Za-z_]\w*)")
_GRAFANA_VAR = re.compile(r"\$(?:\{([A-Za-z_]\w*)(?::\w+)?\}|([A-Za-z_]\w*))")


def strip_strings(expr: str) -> str:
    """Blank out string literals: label values and regexes are not identifiers."""
    return _STRING.sub('""', expr)


def metrics_in(expr: str) -> list[str]:
    return _METRIC.findall(strip_strings(expr))


def grouping_labels(expr: str, clauses: tuple[str, ...] = ("by",)) -> set[str]:
    labels: set[str] = set()
    for kind, inner in _GROUPING.findall(strip_strings(expr)):
        if kind in clauses:
            labels |= {x.strip() for x in inner.split(",") if x.strip()}
    return labels


def known_labels(expr: str) -> set[str] | None:
    """Label names any wirealert series in `expr` can carry (None if one is unknown)."""
    labels = set(TARGET_LABELS)
    for name in metrics_in(expr):
        series = CATALOGUE.get(name)
        if series is None:
            continue  # reported as an unknown metric
        if series.labels is None:
            return None
        labels |= series.labels
    return labels


def output_labels(expr: str) -> set[str] | None:
    """Labels the result of `expr` has (roughly): the `by` labels if it aggregates."""
    by = grouping_labels(expr)
    return by if by else known_labels(expr)


def promql_problems(where: str, expr: str) -> list[str]:
    problems: list[str] = []
    bare = strip_strings(expr)
    names = metrics_in(expr)
    for name in names:
        if name not in CATALOGUE:
            hint = ""
            for suffix in HISTOGRAM_SUFFIXES:
                if name + suffix in CATALOGUE:
                    hint = f" (a histogram: query {name}{suffix})"
            problems.append(f"{where}: {name} is not a series the worker exports{hint}")

    # Label names in selectors: metric{label=...}
    for metric, inner in _SELECTOR.findall(bare):
        series = CATALOGUE.get(metric)
        if series is None or series.labels is None:
            continue  # a foreign metric (up, ...) or an unknown one reported above
        for label in _MATCHER_LABEL.findall(inner):
            if label not in series.labels | TARGET_LABELS:
                problems.append(f"{where}: {metric} has no label {label!r}")

    # Label names in by/without/on/ignoring: must exist on some wirealert series of the query.
    allowed = known_labels(expr)
    if names and allowed is not None:
        grouped = grouping_labels(expr, ("by", "without", "on", "ignoring"))
        for label in sorted(grouped - allowed):
            problems.append(f"{where}: no series in the query has label {label!r}")
    return problems


# --------------------------------------------------------------------------------------------
# Prometheus rules and config
# --------------------------------------------------------------------------------------------

_DURATION = re.compile(r"^(\d+(ms|s|m|h|d|w|y))+$")

# The rules the on-call relies on, recognised by what they query (names may change).
REQUIRED_RULES: dict[str, Callable[[str], bool]] = {
    "dead-letter rate high": lambda e: "wirealert_items_deadlettered_total" in e,
    "consumer lag high": lambda e: "wirealert_consumer_lag" in e and "deriv(" not in e,
    "consumer lag growing": lambda e: (
        "wirealert_consumer_lag" in e and bool(re.search(r"\b(deriv|delta|predict_linear)\(", e))
    ),
    "Redis publish failures": lambda e: "wirealert_redis_publish_errors_total" in e,
    "no alerts while items flow": lambda e: (
        "wirealert_alerts_published_total" in e and "wirealert_items_received_total" in e
    ),
    "alert latency p99 high": lambda e: (
        "histogram_quantile(0.99" in e.replace(" ", "")
        and "wirealert_alert_latency_seconds_bucket" in e
    ),
}


def iter_rules(doc: Any) -> Iterator[dict[str, Any]]:
    for group in doc.get("groups") or []:
        yield from group.get("rules") or []


def rule_problems(doc: Any) -> list[str]:
    problems: list[str] = []
    if not isinstance(doc, dict) or not doc.get("groups"):
        return ["alerts.yml: no rule groups"]
    names: set[str] = set()
    exprs: list[str] = []
    for rule in iter_rules(doc):
        name = rule.get("alert") or rule.get("record") or "?"
        where = f"rule {name}"
        expr = str(rule.get("expr") or "")
        if not expr.strip():
            problems.append(f"{where}: no expr")
        problems += promql_problems(where, expr)
        if "record" in rule:
            continue
        exprs.append(expr)
        if name in names:
            problems.append(f"{where}: duplicate alert name")
        names.add(name)
        if not _DURATION.match(str(rule.get("for", ""))):
            problems.append(f"{where}: needs `for:` with a duration, got {rule.get('for')!r}")
        severity = (rule.get("labels") or {}).get("severity")
        if severity not in SEVERITIES:
            problems.append(f"{where}: severity label must be one of {sorted(SEVERITIES)}")
        annotations = rule.get("annotations") or {}
        for key in ("summary", "description"):
            if len(str(annotations.get(key, "")).strip()) < 20:
                problems.append(f"{where}: annotation {key!r} missing or too short to act on")
        # {{ $labels.x }} in an annotation must be a label the alert actually has.
        available = output_labels(expr)
        if available is not None:
            text = " ".join(str(v) for v in annotations.values())
            for label in sorted(set(_ANNOTATION_LABEL.findall(text)) - available):
                problems.append(f"{where}: annotation uses $labels.{label}, not in the result")
    for purpose, matches in REQUIRED_RULES.items():
        if not any(matches(e) for e in exprs):
            problems.append(f"alerts.yml: no rule for {purpose}")
    return problems


def mount_source(service: dict[str, Any], container_path: str) -> Path | None:
    """The repo path bind-mounted at `container_path` in a compose service, if any."""
    target = PurePosixPath(container_path)
    for volume in service.get("volumes") or []:
        if isinstance(volume, dict):
            if volume.get("type") != "bind":
                continue
            source, mount = str(volume["source"]), str(volume["target"])
        else:
            parts = str(volume).split(":")
            if len(parts) < 2 or not parts[0].startswith((".", "/")):
                continue  # a named volume
            source, mount = parts[0], parts[1]
        mount_path = PurePosixPath(mount)
        if target == mount_path or mount_path in target.parents:
            return (ROOT / source / target.relative_to(mount_path)).resolve()
    return None


def container_ports(service: dict[str, Any]) -> set[int]:
    """Ports the service listens on inside the compose network (as far as the file says)."""
    ports: set[int] = set()
    for entry in service.get("ports") or []:
        if isinstance(entry, dict):
            ports.add(int(entry["target"]))
        else:
            ports.add(int(str(entry).split("/")[0].split(":")[-1]))
    for entry in service.get("expose") or []:
        ports.add(int(str(entry).split("/")[0]))
    env = service_env(service)
    if ENV_PREFIX + "WEB_PORT" in env:
        ports.add(int(env[ENV_PREFIX + "WEB_PORT"]))
    return ports


def prometheus_config_problems(config: Any, compose: Any) -> list[str]:
    problems: list[str] = []
    services = compose.get("services") or {}
    prometheus = services.get("prometheus") or {}
    # The config file Prometheus runs with is this one (through the compose mount).
    config_file = "/etc/prometheus/prometheus.yml"
    for arg in prometheus.get("command") or []:
        if str(arg).startswith("--config.file="):
            config_file = str(arg).split("=", 1)[1]
    if mount_source(prometheus, config_file) != PROM_CONFIG.resolve():
        problems.append(f"compose prometheus: {config_file} is not {PROM_CONFIG.relative_to(ROOT)}")

    rule_files = [PROM_DIR / f for f in config.get("rule_files") or []]
    for path in rule_files:
        if not path.is_file():
            problems.append(f"prometheus.yml: rule file {path.name} does not exist")
    if PROM_RULES.resolve() not in {p.resolve() for p in rule_files}:
        problems.append("prometheus.yml: does not load alerts.yml")

    scraped: set[str] = set()
    for job in config.get("scrape_configs") or []:
        for static in job.get("static_configs") or []:
            for target in static.get("targets") or []:
                host, _, port = str(target).rpartition(":")
                if host not in services:
                    problems.append(f"prometheus.yml: target {target}: no compose service {host}")
                    continue
                scraped.add(host)
                if not port.isdigit() or int(port) not in container_ports(services[host]):
                    problems.append(
                        f"prometheus.yml: target {target}: {host} does not listen on {port}"
                    )
    for name in worker_services(compose):
        if name not in scraped:
            problems.append(f"prometheus.yml: worker {name} is not scraped")
    return problems


# --------------------------------------------------------------------------------------------
# Grafana
# --------------------------------------------------------------------------------------------


def iter_panels(panels: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for panel in panels:
        yield panel
        yield from iter_panels(panel.get("panels") or [])  # rows (collapsed or not)


def iter_datasource_refs(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "datasource":
                yield value
            else:
                yield from iter_datasource_refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from iter_datasource_refs(item)


def variable_query(variable: dict[str, Any]) -> str:
    query = variable.get("query")
    return str(query.get("query", "")) if isinstance(query, dict) else str(query or "")


def panel_queries(panel: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (str(t.get("expr", "")), str(t.get("legendFormat", ""))) for t in panel.get("targets") or []
    ]


# The panels an operator needs, recognised by what they query.
def _has(exprs: str, *names: str) -> bool:
    return all(n in exprs for n in names)


REQUIRED_PANELS: dict[str, Callable[[str, set[str]], bool]] = {
    "throughput by source": lambda e, by: (
        _has(e, "wirealert_items_received_total") and "source" in by
    ),
    "dedupe ratio by kind": lambda e, by: (
        _has(e, "wirealert_duplicates_total", "wirealert_items_received_total")
        and "/" in e
        and "kind" in by
    ),
    "alert rate by kind": lambda e, by: (
        _has(e, "wirealert_alerts_published_total") and "kind" in by
    ),
    "latency p50/p95/p99": lambda e, by: (
        _has(e, "wirealert_alert_latency_seconds_bucket")
        and all(f"histogram_quantile({q}," in e.replace(" ", "") for q in ("0.5", "0.95", "0.99"))
    ),
    "stage time by stage": lambda e, by: "wirealert_stage_seconds_" in e and "stage" in by,
    "consumer lag per partition": lambda e, by: (
        _has(e, "wirealert_consumer_lag") and "partition" in by
    ),
    "dead-letters by reason": lambda e, by: (
        _has(e, "wirealert_items_deadlettered_total") and "reason" in by
    ),
    "Redis errors and retries": lambda e, by: _has(
        e, "wirealert_redis_publish_errors_total", "wirealert_redis_publish_retries_total"
    ),
    "incidents open": lambda e, by: _has(e, "wirealert_incidents_open"),
}

GRAFANA_BUILTIN_DATASOURCE = "-- Grafana --"


def dashboard_problems(dash: Any, provisioned_uids: set[str]) -> list[str]:
    problems: list[str] = []
    for key in ("uid", "title", "panels"):
        if not dash.get(key):
            problems.append(f"dashboard: no {key}")
    variables = {v.get("name"): v for v in (dash.get("templating") or {}).get("list") or []}

    # Datasources: a declared datasource variable for Prometheus, or a provisioned uid.
    ds_vars = set()
    for name, v in variables.items():
        if v.get("type") == "datasource" and v.get("query") == "prometheus":
            ds_vars |= {f"${{{name}}}", f"${name}"}
    for ref in iter_datasource_refs(dash):
        uid = ref.get("uid") if isinstance(ref, dict) else ref
        if uid not in ds_vars | provisioned_uids | {GRAFANA_BUILTIN_DATASOURCE}:
            problems.append(f"dashboard: datasource {uid!r} is neither provisioned nor a variable")

    def check_vars(where: str, text: str) -> None:
        for braced, plain in _GRAFANA_VAR.findall(text):
            name = braced or plain
            if not name.startswith("__") and name not in variables:
                problems.append(f"{where}: uses undeclared variable ${name}")

    for name, variable in variables.items():
        if variable.get("type") == "query":
            query = variable_query(variable)
            problems += promql_problems(f"variable {name}", query)
            check_vars(f"variable {name}", query)

    ids: set[int] = set()
    found: dict[str, str] = {}
    for panel in iter_panels(dash.get("panels") or []):
        title = panel.get("title") or "?"
        where = f"panel {title!r}"
        if panel.get("id") in ids:
            problems.append(f"{where}: duplicate id {panel.get('id')}")
        ids.add(panel.get("id"))
        grid = panel.get("gridPos") or {}
        if not all(isinstance(grid.get(k), int) for k in "hwxy") or grid["x"] + grid["w"] > 24:
            problems.append(f"{where}: bad gridPos {grid}")
        if panel.get("type") == "row":
            continue
        queries = panel_queries(panel)
        if not queries:
            problems.append(f"{where}: no queries")
        by: set[str] = set()
        for expr, legend in queries:
            problems += promql_problems(where, expr)
            check_vars(where, expr)
            by |= grouping_labels(expr)
            available = output_labels(expr)
            if available is not None:
                for label in sorted(set(_TEMPLATE_LABEL.findall(legend)) - available):
                    problems.append(f"{where}: legend uses {{{{{label}}}}}, not in the result")
        joined = " ".join(e for e, _ in queries)
        for purpose, matches in REQUIRED_PANELS.items():
            if purpose not in found and matches(joined, by):
                found[purpose] = title
    for purpose in REQUIRED_PANELS:
        if purpose not in found:
            problems.append(f"dashboard: no panel for {purpose}")
    return problems


def grafana_provisioning_problems(datasources: Any, providers: Any, compose: Any) -> list[str]:
    problems: list[str] = []
    services = compose.get("services") or {}
    grafana = services.get("grafana") or {}
    env = service_env(grafana)
    provisioning = str(env.get("GF_PATHS_PROVISIONING", "/etc/grafana/provisioning"))
    for path, rel in ((GRAFANA_DATASOURCES, "datasources"), (GRAFANA_DASHBOARDS, "dashboards")):
        mounted = mount_source(grafana, f"{provisioning}/{rel}/{path.name}")
        if mounted != path.resolve():
            problems.append(
                f"compose grafana: {path.relative_to(ROOT)} is not mounted under {provisioning}"
            )

    prometheus_sources = [
        d for d in datasources.get("datasources") or [] if d.get("type") == "prometheus"
    ]
    if not prometheus_sources:
        problems.append("grafana datasources: no Prometheus datasource")
    for source in prometheus_sources:
        url = urlsplit(str(source.get("url", "")))
        if url.hostname not in services:
            problems.append(
                f"grafana datasource url {source.get('url')}: no compose service {url.hostname}"
            )
        elif url.port not in container_ports(services[url.hostname]):
            problems.append(
                f"grafana datasource url {source.get('url')}: port {url.port} not served"
            )

    dashboard_dirs = [
        str((p.get("options") or {}).get("path", "")) for p in providers.get("providers") or []
    ]
    if not any(mount_source(grafana, d) == DASHBOARD.parent.resolve() for d in dashboard_dirs):
        problems.append(
            f"grafana dashboard provider paths {dashboard_dirs}: none is {DASHBOARD.parent}"
        )
    home = env.get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH")
    if home and mount_source(grafana, str(home)) != DASHBOARD.resolve():
        problems.append(
            f"compose grafana: home dashboard {home} is not {DASHBOARD.relative_to(ROOT)}"
        )
    return problems


# --------------------------------------------------------------------------------------------
# docker-compose.yml
# --------------------------------------------------------------------------------------------


# ${VAR:?message}: a value compose takes from .env (it refuses to start without it).
_REQUIRED_VAR = re.compile(r"\$\{(\w+):\?[^}]*\}")
FROM_DOTENV = "from-dotenv"


def service_env(service: dict[str, Any]) -> dict[str, Any]:
    """The service's environment, with ${VAR:?...} taken as set (to a URL-safe placeholder)."""
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(str(e).split("=", 1) if "=" in str(e) else (str(e), None) for e in env)
    return {
        k: _REQUIRED_VAR.sub(FROM_DOTENV, v) if isinstance(v, str) else v for k, v in env.items()
    }


def kafka_advertised_listeners(service: dict[str, Any]) -> str | None:
    """KAFKA_ADVERTISED_LISTENERS, or advertised.listeners of a mounted deploy/kafka config."""
    advertised = service_env(service).get("KAFKA_ADVERTISED_LISTENERS")
    if advertised is not None or "apache/kafka" not in str(service.get("image", "")):
        return advertised
    for volume in service.get("volumes") or []:
        source = str(volume.get("source", "") if isinstance(volume, dict) else volume).split(":")[0]
        config = ROOT / source / "server.properties"
        if source.startswith((".", "/")) and config.is_file():
            for line in config.read_text(encoding="utf-8").splitlines():
                if line.startswith("advertised.listeners="):
                    return line.split("=", 1)[1].strip()
    return None


def worker_services(compose: Any) -> list[str]:
    """Services that run the wirealert image (built from this repo's Dockerfile)."""
    return [
        name
        for name, svc in (compose.get("services") or {}).items()
        if "build" in svc or str(svc.get("image", "")).startswith("wirealert")
    ]


def host_ports(service: dict[str, Any]) -> list[tuple[str, int]]:
    """(host port, container port) pairs of a service's port mappings."""
    pairs = []
    for entry in service.get("ports") or []:
        if isinstance(entry, dict):
            pairs.append((str(entry.get("published", "")), int(entry["target"])))
        else:
            parts = str(entry).split("/")[0].split(":")
            pairs.append((parts[-2] if len(parts) > 1 else "", int(parts[-1])))
    return pairs


def command_text(service: dict[str, Any]) -> str:
    command = service.get("command") or ""
    return " ".join(map(str, command)) if isinstance(command, list) else str(command)


def compose_problems(compose: Any, dockerfile: str) -> list[str]:
    problems: list[str] = []
    services: dict[str, Any] = compose.get("services") or {}
    for required in ("kafka", "redis", "prometheus", "grafana"):
        if required not in services:
            problems.append(f"compose: no {required} service")
    workers = worker_services(compose)
    if len(workers) < 2:
        problems.append(f"compose: expected at least two workers, found {workers}")
    if "kafka" in services and "apache/kafka" not in str(services["kafka"].get("image", "")):
        problems.append("compose: kafka must be the apache/kafka image")

    image_env = dockerfile_env(dockerfile)
    image_has_healthcheck = any(i == "HEALTHCHECK" for i, _ in dockerfile_instructions(dockerfile))
    default_port = Settings.model_fields["web_port"].default
    published: dict[str, str] = {}
    for name, svc in services.items():
        env = service_env(svc)
        problems += env_problems(f"compose {name}", env)
        for host, _ in host_ports(svc):
            if host and host in published:
                problems.append(f"compose {name}: host port {host} also used by {published[host]}")
            published[host] = name

        # Volumes: bind sources exist, named volumes are declared.
        for volume in svc.get("volumes") or []:
            source = (
                str(volume.get("source", ""))
                if isinstance(volume, dict)
                else str(volume).split(":")[0]
            )
            if source.startswith((".", "/")):
                if not (ROOT / source).exists():
                    problems.append(f"compose {name}: mounts {source}, which is not in the repo")
            elif source not in (compose.get("volumes") or {}):
                problems.append(f"compose {name}: named volume {source} is not declared")

        # depends_on: existing services, and conditions they can meet.
        depends = svc.get("depends_on") or {}
        if isinstance(depends, list):
            depends = {d: {"condition": "service_started"} for d in depends}
        for dep, spec in depends.items():
            condition = (spec or {}).get("condition", "service_started")
            if dep not in services:
                problems.append(f"compose {name}: depends_on unknown service {dep}")
                continue
            target = services[dep]
            if condition == "service_healthy" and not (
                "healthcheck" in target or (dep in workers and image_has_healthcheck)
            ):
                problems.append(
                    f"compose {name}: waits for {dep} to be healthy, it has no healthcheck"
                )
            if (
                condition == "service_completed_successfully"
                and target.get("restart", "no") != "no"
            ):
                problems.append(f"compose {name}: waits for {dep} to complete, but {dep} restarts")
            if condition not in {
                "service_started",
                "service_healthy",
                "service_completed_successfully",
            }:
                problems.append(f"compose {name}: unknown depends_on condition {condition}")

        # Long-running services need a healthcheck (workers get theirs from the Dockerfile);
        # one-shot jobs (restart: "no") do not.
        one_shot = svc.get("restart", "") == "no"
        if name not in workers and not one_shot and "healthcheck" not in svc:
            problems.append(f"compose {name}: no healthcheck")

    partitions: set[str] = set()
    for name in workers:
        svc = services[name]
        env = {**image_env, **service_env(svc)}
        if command_text(svc) not in ("", "worker"):
            problems.append(f"compose {name}: command must be `worker`, got {command_text(svc)!r}")
        if "healthcheck" not in svc and not image_has_healthcheck:
            problems.append(f"compose {name}: no healthcheck (none in the Dockerfile either)")
        if env.get(ENV_PREFIX + "BROKER_PROFILE") != "kafka":
            problems.append(
                f"compose {name}: WIREALERT_BROKER_PROFILE must be kafka (Apache Kafka)"
            )
        web_port = int(env.get(ENV_PREFIX + "WEB_PORT", default_port))
        mappings = host_ports(svc)
        if not mappings:
            problems.append(f"compose {name}: web port {web_port} is not published")
        for host, container in mappings:
            if container != web_port:
                problems.append(
                    f"compose {name}: maps {host}:{container}, worker listens on {web_port}"
                )
        bind = env.get(ENV_PREFIX + "WEB_BIND") or env.get(ENV_PREFIX + "WEB_HOST", "127.0.0.1")
        if bind in ("127.0.0.1", "localhost"):
            problems.append(
                f"compose {name}: the web server must not bind loopback in a container"
            )
        if env.get(ENV_PREFIX + "WEB_HOST", "127.0.0.1") in ("127.0.0.1", "localhost", "0.0.0.0"):
            problems.append(
                f"compose {name}: WIREALERT_WEB_HOST must be an address other workers reach"
            )
        partitions.add(str(env.get(ENV_PREFIX + "TOPIC_PARTITIONS", "1")))

        # Kafka and Redis URLs name compose services, on ports they serve.
        for var in ("KAFKA_URL", "REDIS_URL"):
            url = env.get(ENV_PREFIX + var)
            if url is None:
                problems.append(f"compose {name}: {ENV_PREFIX}{var} not set")
                continue
            first = str(url).split(";")[0]
            parts = urlsplit(first)
            if parts.hostname not in services:
                problems.append(
                    f"compose {name}: {var} host {parts.hostname} is not a compose service"
                )
                continue
            advertised = kafka_advertised_listeners(services[parts.hostname])
            if advertised is not None:
                if f"//{parts.hostname}:{parts.port}" not in str(advertised):
                    problems.append(f"compose {name}: {first} is not an advertised Kafka listener")
            elif (
                parts.port not in container_ports(services[parts.hostname])
                and parts.port is not None
            ):
                problems.append(
                    f"compose {name}: {first}: {parts.hostname} does not serve {parts.port}"
                )
    if len(partitions) > 1:
        problems.append(f"compose: workers disagree on WIREALERT_TOPIC_PARTITIONS: {partitions}")
    # A worker without a partition answers 503 on /health (streams/web/pages.py) and so is unhealthy.
    elif partitions and len(workers) > int(next(iter(partitions))):
        problems.append(f"compose: {len(workers)} workers for {partitions} partitions")

    # The contract topics are created, with the partition count the workers are told.
    creators = [
        n
        for n, s in services.items()
        if "kafka-topics" in command_text(s) and "--create" in command_text(s)
    ]
    if not creators:
        problems.append("compose: no service creates the wire.* topics (kafka-topics.sh --create)")
    for name in creators:
        text = command_text(services[name])
        for topic in CONTRACT_TOPICS:
            if topic not in text:
                problems.append(f"compose {name}: does not create {topic}")
        match = re.search(r"--partitions\s+\"?(\$\$?\{?(\w+)\}?|\d+)", text)
        value = None
        if match:
            value = (
                match.group(1)
                if match.group(1).isdigit()
                else service_env(services[name]).get(match.group(2))
            )
        if value is None or str(value) not in partitions:
            problems.append(
                f"compose {name}: creates topics with {value} partitions,"
                f" workers expect {partitions}"
            )
    return problems


# --------------------------------------------------------------------------------------------
# Dockerfile and .dockerignore
# --------------------------------------------------------------------------------------------


def dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with line continuations joined and comments dropped."""
    lines: list[str] = []
    pending = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        lines.append(pending + line)
        pending = ""
    if pending:
        lines.append(pending)
    out = []
    for line in lines:
        instruction, _, args = line.partition(" ")
        out.append((instruction.upper(), args.strip()))
    return out


def final_stage(text: str) -> list[tuple[str, str]]:
    instructions = dockerfile_instructions(text)
    starts = [i for i, (ins, _) in enumerate(instructions) if ins == "FROM"]
    return instructions[starts[-1] :] if starts else instructions


def dockerfile_env(text: str) -> dict[str, str]:
    env: dict[str, str] = {}
    for instruction, args in final_stage(text):
        if instruction == "ENV":
            for item in shlex.split(args):
                if "=" in item:
                    key, value = item.split("=", 1)
                    env[key] = value
    return env


def json_args(args: str) -> list[str] | None:
    try:
        value = json.loads(args)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, list) else None


def dockerfile_user(text: str) -> str | None:
    users = [args for ins, args in final_stage(text) if ins == "USER"]
    return users[-1] if users else None


def dockerfile_problems(text: str) -> list[str]:
    problems: list[str] = []
    instructions = dockerfile_instructions(text)
    bases = [args.split()[0] for ins, args in instructions if ins == "FROM"]
    if not bases or any(b != "python:3.11-slim" for b in bases):
        problems.append(f"Dockerfile: every stage must be FROM python:3.11-slim, got {bases}")
    if not any(
        ins == "RUN" and re.search(r"\bpip install \.(\s|$)", args) for ins, args in instructions
    ):
        problems.append("Dockerfile: the project must be installed with `pip install .`")
    user = dockerfile_user(text)
    if user is None or user.split(":")[0] in ("root", "0"):
        problems.append(f"Dockerfile: final stage must run as a non-root USER, got {user}")
    stage = dict(final_stage(text))
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    entrypoint = json_args(stage.get("ENTRYPOINT", ""))
    if entrypoint != ["wirealert"] or "wirealert" not in scripts:
        problems.append(
            f"Dockerfile: ENTRYPOINT must be the `wirealert` console script, got {entrypoint}"
        )
    if json_args(stage.get("CMD", "")) != ["worker"]:
        problems.append('Dockerfile: CMD must be ["worker"]')
    env = dockerfile_env(text)
    problems += env_problems("Dockerfile", env)
    port = str(env.get(ENV_PREFIX + "WEB_PORT", Settings.model_fields["web_port"].default))
    exposed = {
        p.split("/")[0] for ins, args in final_stage(text) if ins == "EXPOSE" for p in args.split()
    }
    if port not in exposed:
        problems.append(f"Dockerfile: EXPOSE {exposed} does not include the web port {port}")
    bind = env.get(ENV_PREFIX + "WEB_BIND") or env.get(ENV_PREFIX + "WEB_HOST", "127.0.0.1")
    if bind in ("127.0.0.1", "localhost"):
        problems.append("Dockerfile: the web server must not bind loopback in a container")
    if "/health" not in stage.get("HEALTHCHECK", ""):
        problems.append("Dockerfile: HEALTHCHECK must query /health")
    return problems


def dockerignore_excludes(patterns: list[str], path: str) -> bool:
    """Docker's rule: the last pattern matching the path or one of its parents wins."""

    def to_regex(pattern: str) -> re.Pattern[str]:
        out, i = "", 0
        while i < len(pattern):
            if pattern.startswith("**/", i):
                out, i = out + "(?:.*/)?", i + 3
            elif pattern.startswith("**", i):
                out, i = out + ".*", i + 2
            elif pattern[i] == "*":
                out, i = out + "[^/]*", i + 1
            elif pattern[i] == "?":
                out, i = out + "[^/]", i + 1
            elif pattern[i] == "[":
                end = pattern.index("]", i)
                out, i = out + pattern[i : end + 1], end + 1
            else:
                out, i = out + re.escape(pattern[i]), i + 1
        return re.compile(out + r"\Z")

    parts = path.split("/")
    candidates = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    excluded = False
    for raw in patterns:
        negate = raw.startswith("!")
        regex = to_regex(raw.lstrip("!").strip("/"))
        if any(regex.match(c) for c in candidates):
            excluded = not negate
    return excluded


def dockerignore_problems(text: str) -> list[str]:
    patterns = [
        ln.strip() for ln in text.splitlines() if ln.strip() and not ln.strip().startswith("#")
    ]
    problems: list[str] = []
    needed = ["pyproject.toml", "streams/runtime/settings.py", "streams/runtime/metrics.py",
              "schemas/__init__.py"]
    for path in needed:
        if dockerignore_excludes(patterns, path):
            problems.append(f".dockerignore: excludes {path}, which the build needs")
    unwanted = [
        ".git/config",
        ".venv/bin/python",
        "tests/unit/test_deploy.py",
        ".env",
        "streams/__pycache__/app.cpython-311.pyc",
        "wirealert-data/x",
    ]
    for path in unwanted:
        if not dockerignore_excludes(patterns, path):
            problems.append(f".dockerignore: does not exclude {path}")
    return problems


# --------------------------------------------------------------------------------------------
# Kubernetes
# --------------------------------------------------------------------------------------------

_QUANTITY = {"m": 1e-3, "": 1, "k": 1e3, "M": 1e6, "G": 1e9, "Ki": 2**10, "Mi": 2**20, "Gi": 2**30}


def quantity(value: Any) -> float:
    match = re.fullmatch(r"([0-9.]+)([A-Za-z]*)", str(value))
    if not match or match.group(2) not in _QUANTITY:
        raise ValueError(f"not a quantity: {value!r}")
    return float(match.group(1)) * _QUANTITY[match.group(2)]


def of_kind(docs: dict[str, list[dict[str, Any]]], kind: str) -> list[dict[str, Any]]:
    return [d for file_docs in docs.values() for d in file_docs if d.get("kind") == kind]


def secret_keys(secret: dict[str, Any] | None) -> set[str]:
    if secret is None:
        return set()
    return {*(secret.get("stringData") or {}), *(secret.get("data") or {})}


def k8s_problems(docs: dict[str, list[dict[str, Any]]], dockerfile: str) -> list[str]:
    problems: list[str] = []
    kustomization = (docs.get("kustomization.yaml") or [{}])[0]
    resources = list(kustomization.get("resources") or [])
    for resource in resources:
        if resource not in docs:
            problems.append(f"kustomization: resource {resource} does not exist")
    for name in docs:
        if name not in resources and name not in ("kustomization.yaml", "secret.example.yaml"):
            problems.append(f"kustomization: {name} is not listed in resources")
    if "secret.example.yaml" in resources:
        problems.append("kustomization: the placeholder secret.example.yaml must not be applied")

    secret_docs = docs.get("secret.example.yaml") or []
    secret_text = (
        (K8S_DIR / "secret.example.yaml").read_text(encoding="utf-8") if secret_docs else ""
    )
    secrets = {s["metadata"]["name"]: s for s in of_kind(docs, "Secret")}
    if not secrets:
        problems.append("k8s: no example Secret")
    for secret in secrets.values():
        values = {**(secret.get("stringData") or {}), **(secret.get("data") or {})}
        problems += env_problems("k8s Secret", values)
        if "EXAMPLE" not in secret_text.upper() or not all(
            "PLACEHOLDER" in str(v).upper() or "CHANGE" in str(v).upper() for v in values.values()
        ):
            problems.append("k8s Secret example: values must be clearly marked placeholders")
    configmaps = {c["metadata"]["name"]: c.get("data") or {} for c in of_kind(docs, "ConfigMap")}
    for name, data in configmaps.items():
        # Names only: the values are validated with the Secrets' in the container's env below
        # (SASL settings here need the password there).
        problems += env_problems(f"k8s ConfigMap {name}", data, validate=False)
        if ENV_PREFIX + "REDIS_URL" in data:
            problems.append(f"k8s ConfigMap {name}: WIREALERT_REDIS_URL belongs in the Secret")

    deployments = of_kind(docs, "Deployment")
    if len(deployments) != 1:
        return [*problems, f"k8s: expected one Deployment, found {len(deployments)}"]
    deployment = deployments[0]
    pod = deployment["spec"]["template"]
    pod_labels = pod["metadata"].get("labels") or {}
    selector = deployment["spec"]["selector"].get("matchLabels") or {}
    if not selector or any(pod_labels.get(k) != v for k, v in selector.items()):
        problems.append("k8s Deployment: selector does not match the pod labels")
    containers = pod["spec"]["containers"]
    if len(containers) != 1:
        return [*problems, "k8s Deployment: expected one container"]
    container = containers[0]
    where = f"k8s container {container.get('name')}"
    if [*(container.get("command") or []), *(container.get("args") or [])] != [
        "wirealert",
        "worker",
    ]:
        problems.append(f"{where}: must run `wirealert worker`")

    # Environment: ConfigMap (envFrom) + explicit env, all Settings fields.
    # A secretKeyRef gives SECRET_VALUE, an envFrom Secret None: the value is not known here.
    env: dict[str, Any] = {}
    for source in container.get("envFrom") or []:
        if "configMapRef" in source:
            name = source["configMapRef"].get("name")
            if name not in configmaps:
                problems.append(f"{where}: envFrom ConfigMap {name} not in the manifests")
            env.update(configmaps.get(name, {}))
        if "secretRef" in source:
            name = source["secretRef"].get("name")
            if name not in secrets:
                problems.append(f"{where}: envFrom Secret {name} not in the manifests")
            env.update(dict.fromkeys(secret_keys(secrets.get(name))))
    for var in container.get("env") or []:
        secret_ref = (var.get("valueFrom") or {}).get("secretKeyRef")
        if secret_ref:
            if secret_ref.get("key") not in secret_keys(secrets.get(secret_ref.get("name"))):
                problems.append(
                    f"{where}: {var['name']} refers to a missing Secret key {secret_ref}"
                )
            env[var["name"]] = SECRET_VALUE
        else:
            env[var["name"]] = var.get("value")
    problems += env_problems(where, env)
    for var in (ENV_PREFIX + "KAFKA_URL", ENV_PREFIX + "REDIS_URL"):
        if var not in env:
            problems.append(f"{where}: {var} not set")

    image_env = dockerfile_env(dockerfile)
    web_port = int(
        env.get(ENV_PREFIX + "WEB_PORT")
        or image_env.get(ENV_PREFIX + "WEB_PORT")
        or Settings.model_fields["web_port"].default
    )
    ports = {p.get("name"): int(p["containerPort"]) for p in container.get("ports") or []}
    if web_port not in ports.values():
        problems.append(
            f"{where}: containerPort {sorted(ports.values())} does not include web port {web_port}"
        )

    def resolve(port: Any) -> int | None:
        return ports.get(port) if isinstance(port, str) else int(port)

    for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
        spec = container.get(probe)
        if spec is None:
            if probe != "startupProbe":
                problems.append(f"{where}: no {probe}")
            continue
        http = spec.get("httpGet") or {}
        # Readiness also reports a stalled Redis sink (/ready); liveness must not restart for it.
        path = "/ready" if probe == "readinessProbe" else "/health"
        if http.get("path") != path or resolve(http.get("port")) != web_port:
            problems.append(f"{where}: {probe} must GET {path} on port {web_port}, got {http}")

    # A worker without a partition answers 503 on /health, so liveness would restart it.
    partitions = int(
        env.get(ENV_PREFIX + "TOPIC_PARTITIONS")
        or Settings.model_fields["topic_partitions"].default
    )
    if int(deployment["spec"].get("replicas", 1)) > partitions:
        problems.append(f"k8s Deployment: more replicas than the {partitions} topic partitions")

    resources = container.get("resources") or {}
    for key in ("cpu", "memory"):
        limit = (resources.get("limits") or {}).get(key)
        request = (resources.get("requests") or {}).get(key)
        if limit is None or request is None:
            problems.append(f"{where}: resources need a {key} request and limit")
        elif quantity(request) > quantity(limit):
            problems.append(f"{where}: {key} request {request} exceeds limit {limit}")

    # Same non-root uid as the image; writable mounts where the read-only root would bite.
    security = {
        **(pod["spec"].get("securityContext") or {}),
        **(container.get("securityContext") or {}),
    }
    user = (dockerfile_user(dockerfile) or "").split(":")[0]
    if not security.get("runAsNonRoot") or str(security.get("runAsUser")) != user:
        problems.append(f"{where}: must run as non-root uid {user} (the Dockerfile's USER)")
    if security.get("readOnlyRootFilesystem"):
        data_dir = str(
            env.get(ENV_PREFIX + "DATA_DIR") or image_env.get(ENV_PREFIX + "DATA_DIR", "")
        )
        mounts = [PurePosixPath(m["mountPath"]) for m in container.get("volumeMounts") or []]
        if not data_dir.startswith("/") or not any(
            m == PurePosixPath(data_dir) or m in PurePosixPath(data_dir).parents for m in mounts
        ):
            problems.append(
                f"{where}: read-only root, but WIREALERT_DATA_DIR {data_dir!r} is not on a volume"
            )

    # Service: selects the pods, serves the web port, tells Prometheus where /metrics is.
    services = of_kind(docs, "Service")
    if not services:
        problems.append("k8s: no Service")
    for service in services:
        name = service["metadata"]["name"]
        sel = service["spec"].get("selector") or {}
        if not sel or any(pod_labels.get(k) != v for k, v in sel.items()):
            problems.append(f"k8s Service {name}: selector does not match the pods")
        targets = {
            resolve(p.get("targetPort", p.get("port"))) for p in service["spec"].get("ports") or []
        }
        if web_port not in targets:
            problems.append(f"k8s Service {name}: does not expose the web port {web_port}")
        notes = service["metadata"].get("annotations") or {}
        if (
            notes.get("prometheus.io/scrape") != "true"
            or notes.get("prometheus.io/port") != str(web_port)
            or notes.get("prometheus.io/path", "/metrics") != "/metrics"
        ):
            problems.append(
                f"k8s Service {name}: prometheus.io annotations must point at :{web_port}/metrics"
            )
    for pdb in of_kind(docs, "PodDisruptionBudget"):
        sel = pdb["spec"]["selector"].get("matchLabels") or {}
        if any(pod_labels.get(k) != v for k, v in sel.items()):
            problems.append("k8s PodDisruptionBudget: selector does not match the pods")
    return problems


# ============================================================================================
# Tests on the real files
# ============================================================================================


def test_catalogue_covers_the_contract_names() -> None:
    # Sanity of the reference itself: histograms are known as such, counters carry _total.
    assert "wirealert_alert_latency_seconds_bucket" in CATALOGUE
    assert "wirealert_alert_latency_seconds" not in CATALOGUE
    assert CATALOGUE["wirealert_items_deadlettered_total"].labels == {"reason"}


def test_prometheus_rules(rules: Any) -> None:
    assert rule_problems(rules) == []


def test_prometheus_config(prom_config: Any, compose: Any) -> None:
    assert prometheus_config_problems(prom_config, compose) == []


def test_grafana_dashboard(dashboard: Any, grafana_provisioning: tuple[Any, Any]) -> None:
    datasources, _ = grafana_provisioning
    uids = {d["uid"] for d in datasources["datasources"] if "uid" in d}
    assert dashboard_problems(dashboard, uids) == []


def test_grafana_provisioning(grafana_provisioning: tuple[Any, Any], compose: Any) -> None:
    assert grafana_provisioning_problems(*grafana_provisioning, compose) == []


def test_compose(compose: Any, dockerfile: str) -> None:
    assert compose_problems(compose, dockerfile) == []


def test_dockerfile(dockerfile: str) -> None:
    assert dockerfile_problems(dockerfile) == []


def test_dockerignore() -> None:
    assert dockerignore_problems(DOCKERIGNORE.read_text(encoding="utf-8")) == []


def test_k8s(k8s: dict[str, list[dict[str, Any]]], dockerfile: str) -> None:
    assert k8s_problems(k8s, dockerfile) == []


# ============================================================================================
# The same checks on broken copies: each breakage must be reported
# ============================================================================================


def _rule(doc: Any, alert: str) -> dict[str, Any]:
    return next(r for r in iter_rules(doc) if r.get("alert") == alert)


def _panel(dash: Any, metric: str) -> dict[str, Any]:
    return next(
        p for p in iter_panels(dash["panels"]) if metric in json.dumps(p.get("targets", []))
    )


def _replace_in_rules(doc: Any, old: str, new: str) -> None:
    assert old in json.dumps(doc), f"breakage did not apply: {old!r} not found"
    for rule in iter_rules(doc):
        rule["expr"] = str(rule["expr"]).replace(old, new)


RULE_BREAKAGES: dict[str, tuple[Callable[[Any], None], str]] = {
    "misspelled metric": (
        lambda d: _replace_in_rules(
            d, "wirealert_items_deadlettered_total", "wirealert_items_deadletered_total"
        ),
        "wirealert_items_deadletered_total is not a series",
    ),
    "bare histogram name": (
        lambda d: _replace_in_rules(
            d, "wirealert_alert_latency_seconds_bucket", "wirealert_alert_latency_seconds"
        ),
        "a histogram",
    ),
    "counter queried as histogram": (
        lambda d: _replace_in_rules(
            d, "wirealert_redis_publish_errors_total", "wirealert_redis_publish_errors_total_bucket"
        ),
        "is not a series",
    ),
    "unknown label in by()": (
        lambda d: _replace_in_rules(d, "by (topic, partition)", "by (topic, partiton)"),
        "label 'partiton'",
    ),
    "unknown label in selector": (
        lambda d: _replace_in_rules(
            d, "wirealert_consumer_lag[15m]", 'wirealert_consumer_lag{topc="wire.items"}[15m]'
        ),
        "has no label 'topc'",
    ),
    "no for": (lambda d: _rule(d, "WirealertDeadLetterRateHigh").pop("for"), "needs `for:`"),
    "no severity": (
        lambda d: _rule(d, "WirealertWorkerDown")["labels"].pop("severity"),
        "severity label",
    ),
    "no description": (
        lambda d: _rule(d, "WirealertRedisPublishErrors")["annotations"].pop("description"),
        "'description'",
    ),
    "annotation label not in result": (
        lambda d: _rule(d, "WirealertConsumerLagGrowing")["annotations"].update(
            summary="lag on {{ $labels.partition }} grows"
        ),
        "$labels.partition",
    ),
    "required rule missing": (
        lambda d: d["groups"][0]["rules"].remove(_rule(d, "WirealertNoAlertsWhileItemsFlow")),
        "no rule for no alerts while items flow",
    ),
}


@pytest.mark.parametrize("breakage", RULE_BREAKAGES)
def test_rule_checks_catch(breakage: str, rules: Any) -> None:
    broken = copy.deepcopy(rules)
    mutate, expected = RULE_BREAKAGES[breakage]
    mutate(broken)
    problems = rule_problems(broken)
    assert any(expected in p for p in problems), problems


def _set_expr(panel: dict[str, Any], old: str, new: str) -> None:
    before = json.dumps(panel["targets"])
    for target in panel["targets"]:
        target["expr"] = target["expr"].replace(old, new)
    assert json.dumps(panel["targets"]) != before, f"breakage did not apply: {old!r} not found"


DASHBOARD_BREAKAGES: dict[str, tuple[Callable[[Any], None], str]] = {
    "misspelled metric": (
        lambda d: _set_expr(
            _panel(d, "wirealert_consumer_lag"), "wirealert_consumer_lag", "wirealert_consumer_lags"
        ),
        "wirealert_consumer_lags is not a series",
    ),
    "latency panel removed": (
        lambda d: d["panels"].remove(_panel(d, "histogram_quantile(0.95")),
        "no panel for latency p50/p95/p99",
    ),
    "wrong label in by()": (
        lambda d: _set_expr(_panel(d, "by (reason)"), "by (reason)", "by (reasons)"),
        "label 'reasons'",
    ),
    "legend label not in result": (
        lambda d: _panel(d, "wirealert_items_received_total{")["targets"][0].update(
            legendFormat="{{agency}}"
        ),
        "{{agency}}",
    ),
    "undeclared variable": (
        lambda d: _set_expr(_panel(d, "wirealert_consumer_lag"), "$instance", "$worker"),
        "undeclared variable $worker",
    ),
    "unknown datasource": (
        lambda d: _panel(d, "wirealert_consumer_lag").update(
            datasource={"type": "prometheus", "uid": "prom-old"}
        ),
        "'prom-old'",
    ),
    "variable query misspelled": (
        lambda d: d["templating"]["list"][1]["query"].update(
            query="label_values(wirealert_incident_open, job)"
        ),
        "wirealert_incident_open",
    ),
}


@pytest.mark.parametrize("breakage", DASHBOARD_BREAKAGES)
def test_dashboard_checks_catch(breakage: str, dashboard: Any) -> None:
    broken = copy.deepcopy(dashboard)
    mutate, expected = DASHBOARD_BREAKAGES[breakage]
    mutate(broken)
    problems = dashboard_problems(broken, {"prometheus"})
    assert any(expected in p for p in problems), problems


def _workers(compose: Any) -> list[dict[str, Any]]:
    return [compose["services"][name] for name in worker_services(compose)]


def _worker(compose: Any) -> dict[str, Any]:
    return _workers(compose)[0]


def _set_partitions(compose: Any, count: str) -> None:
    for worker in _workers(compose):
        worker["environment"]["WIREALERT_TOPIC_PARTITIONS"] = count
    compose["services"]["kafka-init"]["environment"]["TOPIC_PARTITIONS"] = count


COMPOSE_BREAKAGES: dict[str, tuple[Callable[[Any], None], str]] = {
    "unknown env var": (
        lambda c: _worker(c)["environment"].update(WIREALERT_REDIS_PASSWORD="x"),
        "WIREALERT_REDIS_PASSWORD is not read by the worker",
    ),
    "invalid env value": (
        lambda c: _worker(c)["environment"].update(WIREALERT_BROKER_PROFILE="kafak"),
        "invalid WIREALERT_* values",
    ),
    "port mapping off": (
        lambda c: _worker(c).update(ports=["6066:6068"]),
        "worker listens on 6066",
    ),
    "host port clash": (
        lambda c: c["services"]["grafana"].update(ports=["6066:3000"]),
        "host port 6066",
    ),
    "missing mount source": (
        lambda c: c["services"]["prometheus"]["volumes"].__setitem__(
            0, "./deploy/prom:/etc/prometheus:ro"
        ),
        "mounts ./deploy/prom",
    ),
    "undeclared named volume": (
        lambda c: c["services"]["redis"].update(volumes=["redis-dat:/data"]),
        "redis-dat is not declared",
    ),
    "unknown depends_on": (
        lambda c: _worker(c)["depends_on"].update(zookeeper={"condition": "service_started"}),
        "unknown service zookeeper",
    ),
    "healthy without healthcheck": (
        lambda c: c["services"]["redis"].pop("healthcheck"),
        "it has no healthcheck",
    ),
    "kafka url not a service": (
        lambda c: _worker(c)["environment"].update(WIREALERT_KAFKA_URL="kafka://broker:9092"),
        "broker is not a compose service",
    ),
    "kafka url not advertised": (
        lambda c: _worker(c)["environment"].update(WIREALERT_KAFKA_URL="kafka://kafka:9093"),
        "not an advertised Kafka listener",
    ),
    "partitions disagree": (
        lambda c: c["services"]["kafka-init"]["environment"].update(TOPIC_PARTITIONS="8"),
        "creates topics with 8 partitions",
    ),
    "contract topic not created": (
        lambda c: c["services"]["kafka-init"].update(
            command=[c["services"]["kafka-init"]["command"][0].replace("wire.deadletter", "")]
        ),
        "does not create wire.deadletter",
    ),
    "no grafana": (lambda c: c["services"].pop("grafana"), "no grafana service"),
    "more workers than partitions": (
        lambda c: _set_partitions(c, "1"),
        "workers for {'1'} partitions",
    ),
}


@pytest.mark.parametrize("breakage", COMPOSE_BREAKAGES)
def test_compose_checks_catch(breakage: str, compose: Any, dockerfile: str) -> None:
    broken = copy.deepcopy(compose)
    mutate, expected = COMPOSE_BREAKAGES[breakage]
    mutate(broken)
    problems = compose_problems(broken, dockerfile)
    assert any(expected in p for p in problems), problems


PROM_CONFIG_BREAKAGES: dict[str, tuple[Callable[[Any, Any], None], str]] = {
    "target not a service": (
        lambda p, c: p["scrape_configs"][0]["static_configs"][0]["targets"].__setitem__(
            0, "worker1:6066"
        ),
        "no compose service worker1",
    ),
    "target wrong port": (
        lambda p, c: p["scrape_configs"][0]["static_configs"][0]["targets"].__setitem__(
            0, "worker-1:9100"
        ),
        "does not listen on 9100",
    ),
    "worker not scraped": (
        lambda p, c: c["services"].__setitem__(
            "worker-3", copy.deepcopy(c["services"]["worker-1"])
        ),
        "worker worker-3 is not scraped",
    ),
    "rules not loaded": (
        lambda p, c: p.update(rule_files=["rules.yml"]),
        "does not load alerts.yml",
    ),
    "config not mounted": (
        lambda p, c: c["services"]["prometheus"].update(
            volumes=["./deploy/grafana:/etc/prometheus:ro"]
        ),
        "is not deploy/prometheus/prometheus.yml",
    ),
}


@pytest.mark.parametrize("breakage", PROM_CONFIG_BREAKAGES)
def test_prometheus_config_checks_catch(breakage: str, prom_config: Any, compose: Any) -> None:
    config, broken_compose = copy.deepcopy(prom_config), copy.deepcopy(compose)
    mutate, expected = PROM_CONFIG_BREAKAGES[breakage]
    mutate(config, broken_compose)
    problems = prometheus_config_problems(config, broken_compose)
    assert any(expected in p for p in problems), problems


GRAFANA_BREAKAGES: dict[str, tuple[Callable[[Any, Any, Any], None], str]] = {
    "provider path elsewhere": (
        lambda ds, pr, c: pr["providers"][0]["options"].update(path="/var/lib/grafana/dashboards"),
        "none is",
    ),
    "dashboards not mounted": (
        lambda ds, pr, c: c["services"]["grafana"]["volumes"].remove(
            "./deploy/grafana/dashboards:/etc/grafana/dashboards:ro"
        ),
        "none is",
    ),
    "provisioning not mounted": (
        lambda ds, pr, c: c["services"]["grafana"]["volumes"].remove(
            "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro"
        ),
        "is not mounted under /etc/grafana/provisioning",
    ),
    "datasource host wrong": (
        lambda ds, pr, c: ds["datasources"][0].update(url="http://localhost:9090"),
        "no compose service localhost",
    ),
}


@pytest.mark.parametrize("breakage", GRAFANA_BREAKAGES)
def test_grafana_provisioning_checks_catch(
    breakage: str, grafana_provisioning: tuple[Any, Any], compose: Any
) -> None:
    datasources, providers = copy.deepcopy(grafana_provisioning)
    broken_compose = copy.deepcopy(compose)
    mutate, expected = GRAFANA_BREAKAGES[breakage]
    mutate(datasources, providers, broken_compose)
    problems = grafana_provisioning_problems(datasources, providers, broken_compose)
    assert any(expected in p for p in problems), problems


def _container(docs: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return of_kind(docs, "Deployment")[0]["spec"]["template"]["spec"]["containers"][0]


K8S_BREAKAGES: dict[str, tuple[Callable[[Any], None], str]] = {
    "unknown env var": (
        lambda d: (
            _container(d)
            .setdefault("env", [])
            .append({"name": "WIREALERT_KAFKA_BROKERS", "value": "x"})
        ),
        "WIREALERT_KAFKA_BROKERS is not read by the worker",
    ),
    "unknown configmap key": (
        lambda d: of_kind(d, "ConfigMap")[0]["data"].update(WIREALERT_PARTITIONS="4"),
        "WIREALERT_PARTITIONS is not read",
    ),
    "redis url in configmap": (
        lambda d: of_kind(d, "ConfigMap")[0]["data"].update(WIREALERT_REDIS_URL="redis://r:6379/0"),
        "belongs in the Secret",
    ),
    "probe path": (
        lambda d: _container(d)["livenessProbe"]["httpGet"].update(path="/healthz"),
        "livenessProbe must GET /health",
    ),
    "probe port": (
        lambda d: _container(d)["readinessProbe"]["httpGet"].update(port=8080),
        "readinessProbe must GET /ready",
    ),
    "no limits": (lambda d: _container(d)["resources"].pop("limits"), "request and limit"),
    "wrong command": (lambda d: _container(d).update(args=["demo"]), "must run `wirealert worker`"),
    "more replicas than partitions": (
        lambda d: of_kind(d, "Deployment")[0]["spec"].update(replicas=5),
        "more replicas than the 4 topic partitions",
    ),
    "scrape annotation port": (
        lambda d: of_kind(d, "Service")[0]["metadata"]["annotations"].update(
            {"prometheus.io/port": "9090"}
        ),
        "prometheus.io annotations",
    ),
    "secret key missing": (
        lambda d: next(
            e for e in _container(d)["env"] if "secretKeyRef" in e.get("valueFrom", {})
        )["valueFrom"]["secretKeyRef"].update(key="REDIS_URL"),
        "missing Secret key",
    ),
    "service selects nothing": (
        lambda d: of_kind(d, "Service")[0]["spec"]["selector"].update(
            {"app.kubernetes.io/name": "wire-alert"}
        ),
        "selector does not match the pods",
    ),
}


@pytest.mark.parametrize("breakage", K8S_BREAKAGES)
def test_k8s_checks_catch(
    breakage: str, k8s: dict[str, list[dict[str, Any]]], dockerfile: str
) -> None:
    broken = copy.deepcopy(k8s)
    mutate, expected = K8S_BREAKAGES[breakage]
    mutate(broken)
    problems = k8s_problems(broken, dockerfile)
    assert any(expected in p for p in problems), problems


DOCKERFILE_BREAKAGES: dict[str, tuple[Callable[[str], str], str]] = {
    "root user": (lambda t: t.replace("USER 10001:10001", "USER root"), "non-root USER"),
    "other base": (
        lambda t: t.replace("FROM python:3.11-slim\n", "FROM python:3.12\n"),
        "python:3.11-slim",
    ),
    "other entrypoint": (
        lambda t: t.replace('ENTRYPOINT ["wirealert"]', 'ENTRYPOINT ["python"]'),
        "ENTRYPOINT",
    ),
    "healthcheck path": (
        lambda t: t.replace("/health'", "/metrics'"),
        "HEALTHCHECK must query /health",
    ),
    "unknown env": (
        lambda t: t.replace("WIREALERT_WEB_BIND=", "WIREALERT_BIND="),
        "WIREALERT_BIND is not read",
    ),
}


@pytest.mark.parametrize("breakage", DOCKERFILE_BREAKAGES)
def test_dockerfile_checks_catch(breakage: str, dockerfile: str) -> None:
    mutate, expected = DOCKERFILE_BREAKAGES[breakage]
    broken = mutate(dockerfile)
    assert broken != dockerfile, "the breakage did not apply"
    problems = dockerfile_problems(broken)
    assert any(expected in p for p in problems), problems


def test_dockerignore_checks_catch() -> None:
    text = DOCKERIGNORE.read_text(encoding="utf-8")
    assert any(
        "excludes streams/runtime/settings.py" in p
        for p in dockerignore_problems(text.replace("!streams", ""))
    )
    assert any("does not exclude .venv" in p for p in dockerignore_problems("tests\n.git\n"))
