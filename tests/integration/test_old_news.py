"""Old news through the running pipeline: an item three days old pushed after live ones is kept in
state but publishes nothing, also in a country the worker has never seen (the router's clock);
a fresh follow-up still alerts; wirealert_items_old_total says so."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from streams.dev.stack import LocalStack
from tests.integration.conftest import push, stream_alerts, wait_for
from tests.integration.ops_support import scrape, value

pytestmark = pytest.mark.integration

OLD = "wirealert_items_old_total"


def doc(uri: str, when: datetime, headline: str, body: str, urgency: int = 2) -> bytes:
    return json.dumps({"uri": uri, "version": 1, "source": "Test Wire", "urgency": urgency,
                       "versioncreated": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                       "headline": headline, "body_text": body}).encode()


def test_old_item_is_withheld_and_fresh_one_alerts(stack: LocalStack) -> None:
    worker = stack.start_worker()
    samples = scrape(worker)
    assert (OLD, ()) in samples and value(samples, OLD) == 0.0   # exists at 0 from start

    t0 = datetime.now(UTC) - timedelta(hours=2)
    live = [
        doc("t:a:1", t0, "Bomb blast hits bus station in Pakistan's Quetta",
            "QUETTA (Test Wire) - A bomb exploded at the main bus station in Quetta on Friday, "
            "police said. There was no word yet on casualties.", urgency=1),
        doc("t:b:1", t0 + timedelta(minutes=40), "Quetta bus station bombing kills 31 - police",
            "The bomb at the Quetta bus station killed 31 people and wounded 52, "
            "provincial police chief Ali Raza said."),
    ]
    push(stack, live)
    wait_for(lambda: {a.item_ref for a in stream_alerts(stack)} >= {"t:a:1@1", "t:b:1@1"},
             timeout=60, what="the live items' alerts")

    archive = doc("t:old:1", t0 - timedelta(days=3),
                  "Bomb kills 12 in market in Pakistan's Peshawar",
                  "At least 12 people were killed when a bomb exploded in a crowded market in "
                  "Peshawar, Pakistan, police said.", urgency=1)
    # a country nothing on this wire has named yet: old by the router's clock, not its shard's
    elsewhere = doc("t:old:2", t0 - timedelta(days=3),
                    "Floods kill 40 in Kenya's coastal Mombasa county",
                    "At least 40 people were killed by flash floods in Mombasa county, Kenya, "
                    "the Kenya Red Cross said.", urgency=1)
    fresh = doc("t:b:2", t0 + timedelta(minutes=90), "Quetta bombing toll revised to 28",
                "The provincial government revised the number of people killed in the Quetta "
                "bus station bombing down to 28 from 31, saying three bodies had been counted "
                "twice.")
    push(stack, [archive, elsewhere, fresh])

    def fresh_alerted() -> bool:
        return any(a.item_ref == "t:b:2@1" for a in stream_alerts(stack))

    wait_for(fresh_alerted, timeout=60, what="the fresh follow-up's alert")
    wait_for(lambda: value(scrape(worker), OLD) == 2.0, timeout=30, what=f"{OLD} == 2")

    alerts = stream_alerts(stack)
    assert not [a for a in alerts if a.item_ref in ("t:old:1@1", "t:old:2@1")]
    update = [a for a in alerts if a.item_ref == "t:b:2@1"]
    assert [(a.kind.value, a.old, a.new) for a in update] == [("casualty_update", 31, 28)]
    # the audit trail names the withheld item and why
    log = worker.log_path.read_text(errors="replace")
    lines = [json.loads(x) for x in log.splitlines()
             if x.startswith("{") and '"t:old:1@1"' in x and '"event": "item"' in x]
    assert lines and lines[-1]["withheld"] >= 1 and lines[-1]["reason"].startswith("old news")
