"""The audit trail: one line per item that says where it went and what it raised, and parses."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest
import structlog

from streams.runtime import audit


@pytest.fixture(autouse=True)
def _reset_structlog() -> Iterator[None]:
    yield
    structlog.reset_defaults()


def test_off_a_terminal_each_item_is_one_json_line() -> None:
    out = io.StringIO()
    audit.configure("INFO", stream=out)
    audit.item("urn:a@2", route="ir", decision="accepted", incident_id="ir-0123456789ab",
               alert_ids=["al-1", "al-2"])
    audit.item(None, decision="deadlettered", reason="not_json", topic="wire.items",
               partition=0, offset=17)
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["event"] == audit.EVENT and first["item_ref"] == "urn:a@2"
    assert (first["route"], first["decision"], first["alert_ids"]) == ("ir", "accepted", ["al-1", "al-2"])
    assert first["level"] == "info" and first["timestamp"].endswith("Z")
    assert (second["decision"], second["reason"], second["offset"]) == ("deadlettered", "not_json", 17)


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_line_is_for_people() -> None:
    out = Tty()
    audit.configure("INFO", stream=out)
    audit.item("urn:a@1", route="ir", decision="duplicate")
    line = out.getvalue()
    assert "item" in line and "urn:a@1" in line and not line.lstrip().startswith("{")


def test_the_line_carries_its_fields_to_structlog() -> None:
    with structlog.testing.capture_logs() as lines:
        audit.item("urn:b@1", route="xx", decision="near_duplicate", alert_ids=())
    assert lines == [{"event": "item", "item_ref": "urn:b@1", "route": "xx",
                      "decision": "near_duplicate", "incident_id": None, "alert_ids": [],
                      "log_level": "info"}]
