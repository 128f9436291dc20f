"""WireItem normalisation (ninjs 1.x and 3.x), codec errors, channels and the exported schemas."""

from __future__ import annotations

import json

import pytest

from schemas import Alert, WireItem
from schemas.channels import channel_for, segment
from schemas.codec import (
    InvalidItem,
    NotJson,
    NotUtf8,
    RecordTooLarge,
    decode_item,
)
from schemas.export import JSON_DIR, rendered
from tests.conftest import item, line


def test_ninjs_1x_item_normalises() -> None:
    got = decode_item(line(item(uri="urn:a", version=3, located="Kerman, Iran", subject=["unrest"])))
    assert got.uri == "urn:a" and got.version == 3 and got.item_ref == "urn:a@3"
    assert got.located == "Kerman, Iran" and got.subject == ["unrest"]
    assert got.versioncreated.tzinfo is not None


def test_guid_is_an_alias_of_uri() -> None:
    doc = item()
    doc["guid"] = doc.pop("uri")
    assert decode_item(line(doc)).uri == "urn:test:1"


def test_ninjs_3x_item_normalises() -> None:
    doc = {
        "uri": "urn:b", "version": "2", "versionCreated": "2024-01-03T10:00:00+03:30",
        "firstCreated": "2024-01-03T09:00:00Z", "pubStatus": "usable", "urgency": 1,
        "headlines": [{"role": "main", "value": "Explosions hit Kerman"}],
        "bodies": [{"contentType": "text/html", "value": "<p>At least <b>103</b> killed</p>"}],
        "places": [{"name": "Kerman"}, {"name": "Iran"}],
        "subjects": [{"name": "unrest", "code": "medtop:16000000"}],
        "altids": [{"role": "internal", "value": "x1"}],
    }
    got = decode_item(json.dumps(doc).encode())
    assert (got.version, got.headline, got.body_text) == (2, "Explosions hit Kerman", "At least 103 killed")
    assert got.located == "Kerman, Iran" and got.subject == ["unrest"]
    assert got.extra_fields["altids"] == [{"role": "internal", "value": "x1"}]


def test_ninjs_3x_prefers_plain_text_body() -> None:
    doc = {"uri": "u", "versionCreated": "2024-01-03T10:00:00Z", "headlines": [{"value": "h"}],
           "bodies": [{"contentType": "text/html", "value": "<p>html</p>"},
                      {"contentType": "text/plain", "value": "plain"}]}
    assert decode_item(json.dumps(doc).encode()).body_text == "plain"


def test_unknown_fields_are_kept() -> None:
    got = decode_item(line(item(agency_desk="Middle East", priority_note="check")))
    assert got.extra_fields == {"agency_desk": "Middle East", "priority_note": "check"}


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        (b"\xff\xfe{}", NotUtf8),
        (b"{not json", NotJson),
        (b"[" * 100 + b"]" * 100, NotJson),
        (b"[1, 2]", InvalidItem),
        (line({"headline": "no uri", "versioncreated": "2024-01-01T00:00:00Z"}), InvalidItem),
        (line(item(versioncreated="yesterday")), InvalidItem),
        (line(item(versioncreated="2024-01-01T00:00:00")), InvalidItem),  # no time zone
        (line(item(versioncreated="2999-01-01T00:00:00Z")), InvalidItem),  # far future
        (line(item(versioncreated="1066-10-14T09:00:00Z")), InvalidItem),  # far past
        (line(item(firstcreated="9999-12-31T23:59:59Z")), InvalidItem),
        (line(item(version=0)), InvalidItem),
        (line(item(version=True)), InvalidItem),
        (line(item(urgency=12)), InvalidItem),
        (line(item(pubstatus="published")), InvalidItem),
        (line(item(headline="", body="")), InvalidItem),
        (line(item(subject="not a list")), InvalidItem),
    ],
)
def test_bad_records_raise_a_typed_error(raw: bytes, error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        decode_item(raw)
    assert caught.value.reason in {"not_utf8", "not_json", "invalid"}  # type: ignore[attr-defined]
    assert str(caught.value)


def test_error_names_the_bad_field() -> None:
    with pytest.raises(InvalidItem, match="urgency"):
        decode_item(line(item(urgency="high")))


def test_record_over_the_limit_is_too_large() -> None:
    big = line(item(body="x" * 5000))
    with pytest.raises(RecordTooLarge) as caught:
        decode_item(big, max_bytes=4096)
    assert caught.value.reason == "too_large"
    assert decode_item(big, max_bytes=len(big)).uri == "urn:test:1"


def test_cancelled_spelling_and_case_are_accepted() -> None:
    assert decode_item(line(item(pubstatus="Cancelled"))).pubstatus == "canceled"


@pytest.mark.parametrize(
    ("kind", "country", "incident", "expected"),
    [
        ("casualty_update", "IR", "kerman-1", "alerts.casualty_update.ir.kerman-1"),
        ("new_incident", None, "x", "alerts.new_incident.xx.x"),
        ("withdrawn", "I*R", "a.b.*?[c]", "alerts.withdrawn.i-r.a-b-c"),
        ("correction", "", "", "alerts.correction.xx.unknown"),
    ],
)
def test_channel_segments_are_reduced(kind: str, country: str | None, incident: str, expected: str) -> None:
    assert channel_for(kind, country, incident) == expected


def test_segment_is_bounded() -> None:
    assert len(segment("a" * 500)) == 64


def test_alert_channel_uses_contract_shape() -> None:
    alert = Alert(alert_id="a1", kind="new_incident", incident_id="inc.1*", item_ref="u@1",
                  country="IR", item_time="2024-01-03T10:00:00Z", detected_at="2024-01-03T10:00:01Z")
    assert alert.channel() == "alerts.new_incident.ir.inc-1"


def test_exported_json_schemas_are_current() -> None:
    """Fails when a model changed and `make schemas` was not run."""
    for filename, text in rendered().items():
        path = JSON_DIR / filename
        assert path.exists(), f"missing {path}; run `make schemas`"
        assert path.read_text(encoding="utf-8") == text, f"{filename} is stale; run `make schemas`"


def test_wire_item_is_immutable() -> None:
    got = WireItem.model_validate(item())
    with pytest.raises(Exception):  # noqa: B017 - pydantic raises ValidationError for frozen models
        got.uri = "other"  # type: ignore[misc]
