"""Hypothesis strategies for hostile records on wire.items, shared by the fuzz tests.

`records()` draws a mix of: random bytes, invalid UTF-8, truncated JSON, JSON that is not an
object, valid items with one field broken (wrong type, huge, control characters, absurd or
negative counts in the text, timestamps far in the future or past), deeply nested JSON, and
5 MiB payloads. Some draws are valid items; the tests classify each record with the codec.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

BASE: dict[str, Any] = {
    "uri": "urn:fuzz:base", "version": 1, "source": "Fuzz Wire",
    "versioncreated": "2024-05-01T10:00:00Z", "urgency": 2,
    "headline": "Explosion at fuel depot kills 7 in Lagos",
    "body_text": "An explosion at a fuel depot in Lagos, Nigeria, killed seven people, officials said.",
}

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
timestamps = st.sampled_from([
    "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2999-01-01T00:00:00Z", "1800-01-01T00:00:00Z",
    "2024-02-30T10:00:00Z", "2024-05-01T25:00:00Z", "not a time", "2024-05-01T10:00:00",
    "1714557600", "2024-05-01T10:00:00+14:00",
])
hostile_text = st.sampled_from([
    "killed 9999999999999999999 people", "killed -5 people", "1e308 dead", "killed NaN people",
    "\x00\x01\x02\x1b[31m control", "\u202e reversed \u200b zero width", "<script>alert(1)</script>",
    "alerts.*.xx.* {wirealert:alerts} $x[0]", "💥" * 200, "a" * 70000,
])
fields = st.sampled_from([*sorted(BASE), "pubstatus", "located", "subject", "firstcreated"])


@st.composite
def broken_item(draw: st.DrawFn) -> bytes:
    doc = dict(BASE, uri=f"urn:fuzz:{draw(st.integers(0, 10**9))}")
    field = draw(fields)
    how = draw(st.sampled_from(["type", "hostile", "time", "drop", "huge"]))
    if how == "type":
        doc[field] = draw(json_values)
    elif how == "hostile":
        doc[draw(st.sampled_from(["headline", "body_text", "located", "source"]))] = draw(hostile_text)
    elif how == "time":
        doc[draw(st.sampled_from(["versioncreated", "firstcreated"]))] = draw(timestamps)
    elif how == "drop":
        doc.pop(field, None)
    else:
        doc[field] = "x" * draw(st.integers(5000, 1_200_000))
    return json.dumps(doc).encode()


@st.composite
def malformed(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["bytes", "utf8", "truncated", "not_object", "nested"]))
    if kind == "bytes":
        return draw(st.binary(min_size=0, max_size=200))
    if kind == "utf8":
        return json.dumps(BASE).encode()[:40] + b"\xc3\x28\xff" + json.dumps(BASE).encode()[40:]
    if kind == "truncated":
        text = json.dumps(BASE).encode()
        return text[: draw(st.integers(0, len(text) - 1))]
    if kind == "not_object":
        return json.dumps(draw(json_values)).encode()
    depth = draw(st.integers(65, 5000))
    return b'{"uri": "x", "nested": ' + b"[" * depth + b"]" * depth + b"}"


def huge_payload() -> bytes:
    """A 5 MiB record (over the 1 MiB default limit)."""
    return json.dumps(dict(BASE, uri="urn:fuzz:huge", body_text="y" * (5 << 20))).encode()


def records() -> st.SearchStrategy[bytes]:
    return st.one_of(broken_item(), malformed(), st.just(huge_payload()))
