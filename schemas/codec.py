"""The one place that turns bytes into models and models into bytes.

Errors form a small tree, so the ingest agent can name the reason of a dead letter::

    RecordError            (anything that makes a record unusable; has .reason)
    ├── RecordTooLarge     reason "too_large"
    ├── NotUtf8            reason "not_utf8"
    ├── NotJson            reason "not_json"  (also: numbers JSON allows but Python cannot hold:
    │                                          a 5,000-digit integer, 1e309, NaN, Infinity)
    └── InvalidItem        reason "invalid"   (JSON, but not a wire item: missing or wrong
                                               fields, control characters, absurd digit runs)

`decode_item` returns a WireItem or raises a RecordError, nothing else: every foreign exception
is mapped at that one boundary (as httpx maps its transport's errors), so a caller that catches
RecordError has handled every record.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from pydantic import ValidationError

from schemas.alert import Alert
from schemas.envelope import RoutedItem
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


_STRUCTURE = re.compile(r'[\[\]{}"\\]')


def _too_deep(raw: str, limit: int) -> bool:
    # Only the characters that matter are visited (found in C), so a megabyte of text costs
    # one regex scan, and a record with few brackets none at all.
    if raw.count("[") + raw.count("{") <= limit:
        return False
    depth, in_string, escaped = 0, False, -1
    for found in _STRUCTURE.finditer(raw):
        ch, at = found.group(), found.start()
        if in_string:
            if at == escaped:
                continue
            if ch == "\\":
                escaped = at + 1
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


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise NotJson(f"number {text[:40]} is out of range")
    return value


def _no_constant(name: str) -> Any:
    raise NotJson(f"{name} is not a JSON number")


def decode_json(raw: bytes, *, max_bytes: int) -> Any:
    if not isinstance(raw, (bytes, bytearray)):
        raise NotJson("the record has no value" if raw is None else "the record value is not bytes")
    if len(raw) > max_bytes:
        raise RecordTooLarge(f"record is {len(raw)} bytes, over the limit of {max_bytes}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotUtf8(f"not UTF-8: {exc.reason} at byte {exc.start}") from None
    if _too_deep(text, MAX_DEPTH):
        raise NotJson(f"JSON nested deeper than {MAX_DEPTH} levels")
    try:
        return json.loads(text, parse_float=_finite_float, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise NotJson(f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecordError:
        raise
    except ValueError as exc:   # int() past sys.get_int_max_str_digits: a 5,000-digit literal
        raise NotJson(f"not JSON a reader can hold: {str(exc)[:200]}") from None
    except RecursionError:      # nesting that slipped past _too_deep (it should not)
        raise NotJson("JSON nested too deeply") from None


def item_from_obj(obj: Any) -> WireItem:
    try:
        return WireItem.model_validate(obj)
    except ValidationError as exc:
        raise InvalidItem(_describe(exc)) from None


def decode_item(raw: bytes, *, max_bytes: int = 1 << 20) -> WireItem:
    """Bytes from wire.items -> a WireItem, or a RecordError that says why not; nothing else."""
    try:
        return item_from_obj(decode_json(raw, max_bytes=max_bytes))
    except RecordError:
        raise
    except (ValueError, TypeError, OverflowError, RecursionError, UnicodeError, LookupError,
            AttributeError) as exc:
        # A validator met a shape it did not expect. The record is unusable, not the worker
        # broken: name the exception so the dead letter says what went wrong.
        raise InvalidItem(f"unreadable item ({type(exc).__name__}: {str(exc)[:200]})") from None


def encode_item(item: WireItem) -> bytes:
    return item.model_dump_json(exclude_none=True).encode()


# Kafka's default largest record (message.max.bytes, 1,048,588 B) less room for the batch header.
BROKER_RECORD_LIMIT = 1_000_000


def encode_routed(routed: RoutedItem, *, limit: int = BROKER_RECORD_LIMIT) -> bytes:
    """A routed item as bytes the broker accepts: an HTML body is carried as its text alone when
    the whole would be over `limit` (a 600 KB record with body_html doubles once stripped);
    RecordTooLarge when even that is over."""
    value = routed.model_dump_json().encode()
    if len(value) <= limit:
        return value
    kept = {k: v for k, v in routed.item.extra_fields.items() if k != "body_html"}
    item = WireItem.model_construct(**{**routed.item.model_dump(exclude=set(routed.item.extra_fields)),
                                       **kept})
    value = routed.model_copy(update={"item": item}).model_dump_json().encode()
    if len(value) > limit:
        raise RecordTooLarge(f"the routed item is {len(value)} bytes, over the broker's {limit}")
    return value


def encode_alert(alert: Alert) -> bytes:
    return alert.model_dump_json().encode()


def decode_alert(raw: bytes | str) -> Alert:
    return Alert.model_validate_json(raw)
