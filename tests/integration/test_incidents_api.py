"""/incidents and /incidents/<id> with two workers: any worker answers for any incident."""

from __future__ import annotations

import json
from typing import Any

import pytest

from streams.dev.stack import LocalStack, WorkerProcess
from tests.integration.conftest import offline_alerts, push, stream_alerts, wait_for
from tests.integration.ops_support import wait_for_split, world_lines

pytestmark = pytest.mark.integration


def get_json(worker: WorkerProcess, path: str) -> tuple[int, Any]:
    status, body = worker.get(path, timeout=10.0)
    return status, json.loads(body)


def url_of(worker: WorkerProcess) -> str:
    return f"http://127.0.0.1:{worker.web_port}"


def test_any_worker_answers_for_any_incident(stack: LocalStack) -> None:
    lines = world_lines()
    expected = offline_alerts(lines)
    by_incident: dict[str, list[str]] = {}
    for alert in expected:
        by_incident.setdefault(alert.incident_id, []).append(alert.alert_id)
    workers = [stack.start_worker(), stack.start_worker()]
    wait_for_split(workers, partitions=4)

    push(stack, lines)
    wait_for(lambda: len(stream_alerts(stack)) >= len(expected), timeout=60, what="all alerts in Redis")

    # Each worker lists what it holds; together they hold every incident, each exactly once.
    def local_lists() -> list[list[str]] | None:
        lists = [[i["incident_id"] for i in get_json(w, "/incidents?scope=local")[1]["incidents"]]
                 for w in workers]
        return lists if sorted(i for ids in lists for i in ids) == sorted(by_incident) else None

    held = wait_for(local_lists, what="every incident listed by the worker holding it")
    assert all(held), f"each worker should hold some incident: {held}"

    # Asked for an incident the other worker holds, a worker forwards and returns the same JSON.
    for holder, other in ((0, 1), (1, 0)):
        for incident_id in held[holder]:
            def same_answer(incident_id: str = incident_id, holder: int = holder,
                            other: int = other) -> dict[str, Any] | None:
                a = get_json(workers[holder], f"/incidents/{incident_id}")
                b = get_json(workers[other], f"/incidents/{incident_id}")
                return a[1] if a == b and a[0] == 200 else None

            body = wait_for(same_answer, what=f"the same JSON for {incident_id} from both workers")
            assert body["held_by"] == url_of(workers[holder])
            assert body["incident_id"] == incident_id and body["route_key"] == incident_id.split("-")[0]
            assert [a["alert_id"] for a in body["alerts"]] == by_incident[incident_id], "alerts in order"
            assert body["alerts_complete"] is True
            last = body["alerts"][-1]
            assert body["counts"] == last["counts"]
            assert body["first_item"] == body["alerts"][0]["item_ref"]
            assert body["last_item"] and body["opened"] <= body["last"]
            assert body["location"] and body["country"]

    # The list fans out: either worker lists all open incidents, newest first, and says it is whole.
    lists = [get_json(w, "/incidents")[1] for w in workers]
    assert lists[0] == lists[1]
    listing = lists[0]
    assert listing["complete"] is True
    assert sorted(i["incident_id"] for i in listing["incidents"]) == sorted(by_incident)
    assert [i["last"] for i in listing["incidents"]] == sorted((i["last"] for i in listing["incidents"]),
                                                              reverse=True)
    assert {w["url"] for w in listing["workers"]} == {url_of(w) for w in workers}
    for row in listing["incidents"]:
        assert row["href"] == f"/incidents/{row['incident_id']}"
        assert "alerts" not in row

    # Unknown ids: 404 with a JSON error, whichever worker is asked and whoever holds the key.
    for worker in workers:
        for unknown in ("ng-000000000000", "ir-000000000000", "qq-ffffffffffff"):
            status, body = get_json(worker, f"/incidents/{unknown}")
            assert status == 404, (unknown, body)
            assert body == {"error": "unknown incident", "incident_id": unknown}
        # Anything that is not an id is refused before it is looked up or forwarded: no path
        # tricks reach another page of this worker or of its peer.
        for bad in ("nonsense", "..%2Fdashboard%2Fdata", "ir-..%2F..%2Fmetrics", "IR-281398D5305C",
                    "ir-281398d5305c%3Fx%3D1"):
            status, body = get_json(worker, f"/incidents/{bad}")
            assert status == 400, (bad, body)
            assert body["error"] == "not an incident id"

    # faust's own pages would serve raw table values and the topology without auth: they are off.
    for worker in workers:
        for path in ("/table/", "/table/shard_states/", "/router/", "/router/shard_states/"):
            status, _ = worker.get(path, timeout=10.0)
            assert status == 404, path
