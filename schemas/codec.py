"""The one place that turns bytes into models and models into bytes.

Errors form a small tree, so the ingest agent can name the reason of a dead letter::

    RecordError            (anything that makes a record unusable; has .reason)
    ├── RecordTooLarge     reason "too_large"
    ├── NotUtf8            reason "not_utf8"
    ├── NotJson            reason "not_json"
    └── InvalidItem        reason "invalid" (JSON, but not a wire item: missing or wrong fields)
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from schemas.alert import Alert
from schemas.wire_item import WireItem

# JSON nested deeper than this is hostile, not news; json.loads would raise RecursionError later.
MAX_DEPTH = 64


class RecordError(ValueError):
    reason = "invalid"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RecordTooLarge(RecordError):
    reason = "too_large"


class NotUtf8(RecordError):
    reason = "not_utf8"


class NotJson(RecordError):
    reason = "not_json"


class InvalidItem(RecordError):
    reason = "invalid"


def _too_deep(raw: str, limit: int) -> bool:
    depth = 0
    in_string = escaped = False
    for ch in raw:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def _describe(error: ValidationError) -> str:
    parts = []
    for err in error.errors()[:5]:
        where = ".".join(str(p) for p in err["loc"]) or "item"
        parts.append(f"{where}: {err['msg']}")
    more = error.error_count() - 5
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def decode_json(raw: bytes, *, max_bytes: int) -> Any:
    if raw is None:
        raise NotJson("the record has no value")
    if len(raw) > max_bytes:
        raise RecordTooLarge(f"record is {len(raw)} bytes, over the limit of {max_bytes}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotUtf8(f"not UTF-8: {exc.reason} at byte {exc.start}") from None
    if _too_deep(text, MAX_DEPTH):
        raise NotJson(f"JSON nested deeper than {MAX_DEPTH} levels")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotJson(f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None


def item_from_obj(obj: Any) -> WireItem:
    try:
        return WireItem.model_validate(obj)
    except ValidationError as exc:
        raise InvalidItem(_describe(exc)) from None


def decode_item(raw: bytes, *, max_bytes: int = 1 << 20) -> WireItem:
    """Bytes from wire.items -> a WireItem, or a RecordError that says why not."""
    return item_from_obj(decode_json(raw, max_bytes=max_bytes))


def encode_item(item: WireItem) -> bytes:
    return item.model_dump_json(exclude_none=True).encode()


def encode_alert(alert: Alert) -> bytes:
    return alert.model_dump_json().encode()


def decode_alert(raw: bytes | str) -> Alert:
    return Alert.model_validate_json(raw)
