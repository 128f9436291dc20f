"""The codec's promise: a WireItem or a RecordError, nothing else, whatever the bytes."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas.codec import InvalidItem, NotJson, RecordError, decode_item

BASE: dict[str, Any] = {"uri": "urn:poison:1", "versioncreated": "2024-01-03T10:00:00Z",
                        "headline": "Blast kills 3 in Kerman", "body_text": "Three were killed."}


def with_(**fields: Any) -> bytes:
    return json.dumps({**BASE, **fields}).encode()


POISON: dict[str, tuple[bytes, type[RecordError], str]] = {
    "5,000-digit integer": (b'{"uri":"u","version":' + b"1" * 5000 + b"}", NotJson, "4300"),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, NotJson, "nested"),
    "deep object nesting": (b'{"a":' * 5000 + b"1" + b"}" * 5000, NotJson, "nested"),
    "1e309": (with_(urgency=1).replace(b'"urgency": 1', b'"urgency": 1e309'), NotJson, "range"),
    "NaN": (with_()[:-1] + b', "x": NaN}', NotJson, "NaN"),
    "-Infinity": (with_()[:-1] + b', "x": -Infinity}', NotJson, "Infinity"),
    "NUL in headline": (with_(headline="Blast\x00kills 3"), InvalidItem, "U+0000"),
    "ESC in body": (with_(body_text="\x1b[2J cleared"), InvalidItem, "U+001B"),
    "400 digits in headline": (with_(headline="Blast kills " + "9" * 400), InvalidItem, "digits"),
    "309 digits in body": (with_(body_text="Toll " + "1" * 309), InvalidItem, "digits"),
    "huge float version": (with_(version=1e300), InvalidItem, "version"),
    "JSON list": (b"[1, 2]", InvalidItem, "object"),
    "JSON string": (b'"a wire item"', InvalidItem, "object"),
    "JSON null": (b"null", InvalidItem, "object"),
    "headlines not a list of objects": (
        json.dumps({"uri": "u", "versioncreated": "2024-01-03T10:00:00Z", "headlines": [1]}).encode(),
        InvalidItem, "value"),
    "source object without name": (with_(source={"name": {"x": 1}}), InvalidItem, "source"),
}


@pytest.mark.parametrize("name", sorted(POISON))
def test_poison_raises_a_record_error_with_a_reason(name: str) -> None:
    raw, error, words = POISON[name]
    with pytest.raises(error) as caught:
        decode_item(raw)
    assert words.lower() in caught.value.message.lower()


def test_a_value_that_is_not_bytes_is_a_record_error() -> None:
    with pytest.raises(NotJson):
        decode_item(None)  # type: ignore[arg-type]


def test_a_long_digit_run_under_the_bound_is_news() -> None:
    assert decode_item(with_(body_text="Call 0044 20 7946 0000 or ref 123456789012345678")).uri


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_raise_nothing_but_record_error(raw: bytes) -> None:
    try:
        decode_item(raw)
    except RecordError as error:
        assert error.reason in {"not_utf8", "not_json", "invalid", "too_large"}


json_leaf = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
             | st.sampled_from(["9" * 400, "\x00", "<" * 50, "1e309"]))
json_any = st.recursive(json_leaf, lambda inner: st.lists(inner, max_size=3)
                        | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=10)
fields = st.sampled_from(["uri", "guid", "version", "versioncreated", "versionCreated", "source",
                          "headline", "headlines", "body_text", "bodies", "body_html", "subject",
                          "subjects", "places", "located", "pubstatus", "urgency", "firstcreated"])


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(fields, json_any, max_size=5))
def test_items_with_arbitrary_field_values_raise_nothing_but_record_error(
        broken: dict[str, Any]) -> None:
    raw = json.dumps({**BASE, **broken}, allow_nan=True).encode()
    try:
        decode_item(raw)
    except RecordError as error:
        assert error.message


def test_a_routed_item_over_the_broker_limit_travels_without_its_html() -> None:
    from datetime import UTC, datetime

    from schemas.codec import RecordTooLarge, encode_routed
    from schemas.envelope import RoutedItem

    raw = json.dumps({**{k: v for k, v in BASE.items() if k != "body_text"}, "desk": "ME",
                      "body_html": "<i>word</i> " * 75_000}).encode()
    item = decode_item(raw)
    routed = RoutedItem(item=item, route_key="ir", received_at=datetime.now(UTC))
    assert len(routed.model_dump_json()) > 1_000_000
    back = RoutedItem.model_validate_json(encode_routed(routed))
    assert back.item.body_text == item.body_text and back.item.item_ref == item.item_ref
    assert back.item.extra_fields == {"desk": "ME"}
    with pytest.raises(RecordTooLarge):
        encode_routed(routed, limit=1000)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/!-&;ab sScript")), max_size=300))
def test_html_stripping_keeps_plain_text_and_drops_tags(markup: str) -> None:
    from schemas.markup import html_to_text

    text = html_to_text(markup, limit=1 << 20)
    assert "<a>" not in text and "<b>" not in text
    plain = markup.replace("<", "").replace(">", "").replace("&", "")
    assert html_to_text(plain, limit=1 << 20) == " ".join(plain.split())
