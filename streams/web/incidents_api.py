"""`/incidents` and `/incidents/<id>` on the worker's web port: open incidents as JSON.

Incident state lives in the `shard_states` table (per route key a head record and one record per
incident: streams.agents.keyed_state), and each
route key lives on the one worker that holds its partition. An incident id names its route key
(`ir-3f2a9c81b0d4` -> `ir`), so any worker can answer for any incident:

- `/incidents/<id>` hashes the route key to its partition the way the producer does, looks up
  which worker holds that partition in faust's table metadata (`app.router.table_metadata`, the
  map faust's `table_route` routes by), and answers itself or forwards the request there. faust's
  `table_route` decorator cannot be used as is: it takes the table key verbatim from the URL,
  and here the key is derived from the id.
- `/incidents` fans out: it asks every worker in the group (the hosts of the same table
  metadata) for `/incidents?scope=local` and merges the answers, newest first. A worker that does
  not answer in time is listed under `workers` with its error and `complete` is false, so a
  client sees a partial list as partial. `?scope=local` lists only what this worker holds.

The detail carries the incident's alerts in order, read from the Redis alert stream (the durable
alert log; publishing may lag detection by a moment). The stream is scanned newest first until
the incident's first alert; `alerts_complete` is false when that alert was not found within
`MAX_SCAN` entries (or was trimmed from the stream).
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

import aiohttp
import redis.asyncio as aioredis
from aiokafka.partitioner import DefaultPartitioner
from mode import Service
from yarl import URL

from schemas import Alert
from streams.detect import ShardState
from streams.detect.incidents import is_incident_id, route_key_of
from streams.detect.state import Incident
from streams.runtime.redis_client import redis_client_for
from streams.runtime.settings import Settings
from streams.runtime.topic_names import ROUTED_TOPIC

if TYPE_CHECKING:
    from streams.runtime.context import WorkerContext

log = logging.getLogger(__name__)

ROUTED_HEADER = "X-Wirealert-Routed"
FANOUT_TIMEOUT_S = 3.0
# A peer's answer is read up to this size; a bigger one is refused, not buffered.
PEER_BODY_MAX = 8 << 20


class PeerAnswerTooLarge(ValueError):
    pass


def peer_url(holder: str, path: str, query: dict[str, str] | None = None) -> URL:
    """`path` on the peer `holder`: only its scheme, host and port are kept, so nothing the
    peer advertises (a path, a fragment) or a caller sends reaches another page."""
    base = URL(holder)
    return URL.build(scheme=base.scheme, host=base.host or "", port=base.explicit_port, path=path,
                     query=query or {})
SCAN_PAGE = 500
MAX_SCAN = 20_000

_partitioner = DefaultPartitioner()


def _iso(epoch_s: int) -> str:
    return datetime.fromtimestamp(epoch_s, UTC).isoformat().replace("+00:00", "Z")


def summary(inc: Incident, route_key: str, held_by: str) -> dict[str, Any]:
    """An open incident without its alerts (one line of `/incidents`)."""
    return {
        "incident_id": inc.id,
        "title": inc.title,
        "location": inc.location,
        "country": inc.country,
        "route_key": route_key,
        "counts": {f.value: v for f, v in sorted(inc.current().items())},
        "claimed_by": [c.a for c in inc.claims],
        "opened": _iso(inc.opened),
        "last": _iso(inc.last),
        # refs keeps the latest items (state.MAX_MEMBERS); the detail corrects first_item from
        # the incident's first alert when an incident outgrew that.
        "first_item": inc.refs[0] if inc.refs else None,
        "last_item": inc.refs[-1] if inc.refs else None,
        "items_seen": len(inc.refs),
        "last_alert_id": inc.last_alert,
        "held_by": held_by,
        "href": f"/incidents/{inc.id}",
    }


def detail(
    inc: Incident, route_key: str, held_by: str, alerts: list[Alert], complete: bool
) -> dict[str, Any]:
    body = summary(inc, route_key, held_by)
    if complete and alerts and alerts[0].previous_alert_id is None:
        body["first_item"] = alerts[0].item_ref
    body["alerts"] = [a.model_dump(mode="json") for a in alerts]
    body["alerts_complete"] = complete
    return body


async def incident_alerts(client: aioredis.Redis, stream: str, incident_id: str) -> tuple[list[Alert], bool]:
    """The incident's alerts in stream order, and whether the scan reached its first alert."""
    found: list[Alert] = []
    scanned = 0
    end = "+"
    while scanned < MAX_SCAN:
        page = await client.xrevrange(stream, max=end, min="-", count=SCAN_PAGE)
        if not page:
            return found[::-1], True  # reached the start of the stream
        for _entry_id, fields in page:
            entry = cast(dict[bytes, bytes], fields)
            if entry.get(b"incident_id", b"").decode() != incident_id:
                continue
            alert = Alert.model_validate_json(entry[b"alert"])
            found.append(alert)
            if alert.previous_alert_id is None:
                return found[::-1], True
        scanned += len(page)
        last_id = page[-1][0]
        end = "(" + (last_id.decode() if isinstance(last_id, bytes) else str(last_id))
    return found[::-1], False


@dataclass
class Answer:
    """One worker's part of the fanned-out /incidents list."""

    url: str
    incidents: list[dict[str, Any]]
    error: str | None = None


class RedisReader(Service):
    """A read-only Redis connection for the API, closed with the worker."""

    def __init__(self, settings: Settings, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.client = redis_client_for(settings)

    async def on_stop(self) -> None:
        await self.client.aclose()


class IncidentsApi:
    def __init__(self, context: WorkerContext) -> None:
        self.context = context
        self.app = context.app
        self.redis = RedisReader(context.settings)
        self.app.add_dependency(self.redis)

    @property
    def own_url(self) -> str:
        return str(self.app.conf.canonical_url)

    def partition_of(self, route_key: str) -> int:
        # The producer's own partitioner over the routed topic's partitions (the worker adopts the
        # topic's real count at start): the partition the incidents agent saw this key on.
        n = self.context.settings.topic_partitions
        return int(_partitioner(route_key.encode(), list(range(n)), []))

    def holder_of(self, route_key: str) -> str | None:
        partition = self.partition_of(route_key)
        changelog = self.context.shard_states.changelog_topic.get_topic_name()
        for host, topics in self.app.router.table_metadata(self.context.shard_states.name).items():
            if partition in topics.get(changelog, ()):
                return str(host)
        return None

    def holds(self, route_key: str) -> bool:
        consumer = self.app.consumer
        if consumer is None:
            return False
        return any(tp.topic == ROUTED_TOPIC and tp.partition == self.partition_of(route_key)
                   for tp in consumer.assignment())

    def local_states(self) -> list[ShardState]:
        """The shard states of the partitions this worker is active for (not its standbys)."""
        states = []
        store = self.context.shard_store
        for key in store.stored_keys():
            state = store.load(key) if self.holds(key.decode()) else None
            if state is not None:
                states.append(state)
        return states

    def local_list(self) -> list[dict[str, Any]]:
        rows = [summary(inc, state.key, self.own_url)
                for state in self.local_states() for inc in state.incidents]
        return sorted(rows, key=lambda r: (r["last"], r["incident_id"]), reverse=True)

    async def local_detail(self, incident_id: str) -> dict[str, Any] | None:
        route_key = route_key_of(incident_id)
        state = self.context.shard_store.load(route_key.encode())
        if state is None:
            return None
        inc = next((i for i in state.incidents if i.id == incident_id), None)
        if inc is None:
            return None
        alerts, complete = await incident_alerts(
            self.redis.client, self.context.settings.redis_stream, incident_id
        )
        return detail(inc, route_key, self.own_url, alerts, complete)

    async def fetch(self, url: URL) -> tuple[int, Any]:
        """One bounded request to a peer: no redirects, at most PEER_BODY_MAX bytes, 3 s."""
        timeout = aiohttp.ClientTimeout(total=FANOUT_TIMEOUT_S)
        async with self.app.http_client.get(
            url, headers={ROUTED_HEADER: "1"}, timeout=timeout, allow_redirects=False,
        ) as resp:
            body = await resp.content.read(PEER_BODY_MAX + 1)
            if len(body) > PEER_BODY_MAX:
                raise PeerAnswerTooLarge(f"over {PEER_BODY_MAX} bytes")
            return resp.status, json.loads(body)

    async def all_incidents(self) -> dict[str, Any]:
        hosts = {str(h) for h in self.app.router.tables_metadata()} - {self.own_url}

        async def ask(host: str) -> Answer:
            try:
                status, body = await self.fetch(peer_url(host, "/incidents", {"scope": "local"}))
                if status != 200:
                    raise RuntimeError(f"HTTP {status}")
                return Answer(host, list(body["incidents"]))
            except (aiohttp.ClientError, TimeoutError, RuntimeError, KeyError, TypeError, ValueError) as exc:
                return Answer(host, [], f"{type(exc).__name__}: {exc}")

        answers = [Answer(self.own_url, self.local_list())]
        answers += await asyncio.gather(*(ask(h) for h in hosts))
        answers.sort(key=lambda a: a.url)  # the same answer from every worker
        rows = [row for a in answers for row in a.incidents]
        rows.sort(key=lambda r: (r["last"], r["incident_id"]), reverse=True)
        return {
            "incidents": rows,
            "workers": [{"url": a.url, "incidents": len(a.incidents), "error": a.error} for a in answers],
            "complete": all(a.error is None for a in answers),
        }


def register_incidents(context: WorkerContext) -> IncidentsApi:
    api = IncidentsApi(context)
    app = context.app
    if context.app.conf.canonical_url.host in ("0.0.0.0", "::", ""):
        log.warning(
            "WIREALERT_WEB_HOST=%s is not an address other workers can reach: /incidents answers "
            "only for this worker's partitions. Set it to this worker's address and "
            "WIREALERT_WEB_BIND=0.0.0.0.", context.app.conf.canonical_url.host,
        )

    @app.page("/incidents")
    async def incidents_page(web: Any, request: Any) -> Any:
        if request.query.get("scope") == "local":
            return web.json({"incidents": api.local_list(), "held_by": api.own_url})
        return web.json(await api.all_incidents())

    @app.page("/incidents/{incident_id}")
    async def incident_page(web: Any, request: Any, incident_id: str) -> Any:
        if not is_incident_id(incident_id):
            # aiohttp hands over the decoded segment ("..%2F" arrives as "../"): only a real id
            # is looked up or forwarded.
            return web.json({"error": "not an incident id", "incident_id": incident_id[:64]},
                            status=400)
        route_key = route_key_of(incident_id)
        if not api.holds(route_key):
            holder = api.holder_of(route_key)
            if holder is None or holder == api.own_url or request.headers.get(ROUTED_HEADER):
                # Between rebalances the group's map and this worker's assignment can disagree
                # for a moment; answer "try again" rather than bounce the request around.
                return web.json({"error": "incident partition is being reassigned, retry",
                                 "incident_id": incident_id}, status=503)
            try:
                status, body = await api.fetch(peer_url(holder, f"/incidents/{incident_id}"))
            except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
                return web.json({"error": f"worker {holder} did not answer: {type(exc).__name__}",
                                 "incident_id": incident_id}, status=502)
            return web.json(body, status=status)
        body = await api.local_detail(incident_id)
        if body is None:
            return web.json({"error": "unknown incident", "incident_id": incident_id}, status=404)
        return web.json(body)

    return api
