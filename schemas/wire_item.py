"""WireItem: an IPTC ninjs news item, normalised from the 1.x or 3.x shape.

ninjs 1.x uses flat lower-case names (`versioncreated`, `headline`, `body_text`); ninjs 3.x uses
camelCase and lists (`versionCreated`, `headlines[].value`, `bodies[].value`). Both arrive on
the wire, so the model accepts either and exposes one normalised shape. Unknown fields are kept
(`extra="allow"`): agencies add their own and a downstream tool may want them.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator, model_validator

from schemas.markup import html_to_text


class PubStatus(StrEnum):
    usable = "usable"
    withheld = "withheld"
    canceled = "canceled"


# ninjs 3.x name -> normalised (ninjs 1.x) name, for scalar fields.
_CAMEL_TO_FLAT = {
    "versionCreated": "versioncreated",
    "firstCreated": "firstcreated",
    "pubStatus": "pubstatus",
    "contentCreated": "contentcreated",
}
EARLIEST = datetime(1980, 1, 1, tzinfo=UTC)
# Agencies' clocks drift and time zones get mislabelled; a day of slack keeps honest items in.
MAX_CLOCK_SKEW = timedelta(days=1)
# Markup read from an HTML body: a whole record's worth (the record cap is 1 MiB by default).
MAX_MARKUP = 1 << 20
# C0 controls other than tab, newline and carriage return: no agency sends them in text, and
# ESC sequences would reach a desk editor's terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A figure on the wire has at most a dozen digits; a run this long is noise or an attack (the
# number reader turns it into a float, and 309 digits overflow one).
MAX_DIGIT_RUN = 64
_DIGIT_RUN = re.compile(rf"\d{{{MAX_DIGIT_RUN + 1}}}")


def _strip_html(markup: str) -> str:
    return html_to_text(markup, limit=MAX_MARKUP)


def _first_value(entries: Any, *, prefer_plain: bool = False) -> str | None:
    """The text of a ninjs 3.x `headlines`/`bodies` list (the plain-text entry when there is one)."""
    if not isinstance(entries, list) or not entries:
        return None
    candidates = [e for e in entries if isinstance(e, dict) and isinstance(e.get("value"), str)]
    if not candidates:
        raise ValueError("expected a list of objects with a string 'value'")
    if prefer_plain:
        for entry in candidates:
            if str(entry.get("contenttype") or entry.get("contentType") or "").startswith(
                "text/plain"
            ):
                return str(entry["value"])
        first = candidates[0]
        ctype = str(first.get("contenttype") or first.get("contentType") or "")
        return _strip_html(first["value"]) if "html" in ctype else str(first["value"])
    return str(candidates[0]["value"])


def _names(entries: Any) -> list[str]:
    """ninjs subjects/places are strings (informal) or objects with a name or code."""
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise ValueError("expected a list")
    names: list[str] = []
    for entry in entries:
        if isinstance(entry, str):
            names.append(entry)
        elif isinstance(entry, dict):
            name = entry.get("name") or entry.get("code") or entry.get("uri")
            if isinstance(name, str):
                names.append(name)
            else:
                raise ValueError("a subject or place object needs a string name, code or uri")
        else:
            raise ValueError("a subject or place must be a string or an object")
    return names


class WireItem(BaseModel):
    """One version of one news item, as the rest of wirealert sees it."""

    model_config = ConfigDict(extra="allow", frozen=True, str_strip_whitespace=False)

    uri: str = Field(min_length=1, max_length=1024, description="the item's identifier (ninjs uri or guid)")
    version: int = Field(default=1, ge=1, description="version of this uri; a higher one is newer")
    source: str | None = Field(default=None, max_length=256, description="the agency that sent it")
    versioncreated: AwareDatetime = Field(description="when this version was created")
    firstcreated: AwareDatetime | None = None
    pubstatus: PubStatus = PubStatus.usable
    urgency: int | None = Field(default=None, ge=1, le=9)
    language: str | None = Field(default=None, max_length=32)
    headline: str = Field(default="", max_length=4096)
    body_text: str = Field(default="", max_length=400_000)
    located: str | None = Field(default=None, max_length=512)
    subject: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _normalise_shape(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            raise ValueError("a wire item must be a JSON object")
        out = dict(data)
        if "uri" not in out and "guid" in out:
            out["uri"] = out.pop("guid")
        for camel, flat in _CAMEL_TO_FLAT.items():
            if camel in out and flat not in out:
                out[flat] = out.pop(camel)
        if "headline" not in out and "headlines" in out:
            out["headline"] = _first_value(out.pop("headlines")) or ""
        if "body_text" not in out:
            if "bodies" in out:
                out["body_text"] = _first_value(out.pop("bodies"), prefer_plain=True) or ""
            elif isinstance(out.get("body_html"), str):
                out["body_text"] = _strip_html(out["body_html"])
        if "subject" not in out and "subjects" in out:
            out["subject"] = out.pop("subjects")
        if "located" not in out and "places" in out:
            places = _names(out.pop("places"))
            out["located"] = ", ".join(places) if places else None
        if isinstance(out.get("pubstatus"), str) and out["pubstatus"].lower() == "cancelled":
            out["pubstatus"] = "canceled"
        if isinstance(out.get("source"), dict):
            out["source"] = out["source"].get("name")
        return out

    @field_validator("subject", mode="before")
    @classmethod
    def _subject_names(cls, value: Any) -> list[str]:
        return _names(value)

    @field_validator("version", mode="before")
    @classmethod
    def _version_from_text(cls, value: Any) -> Any:
        # ninjs 3.x makes version a string; a bool is not a version even though it is an int.
        if isinstance(value, bool):
            raise ValueError("version must be an integer")
        if isinstance(value, str) and value.strip().isdigit():
            return int(value)
        return value

    @field_validator("versioncreated", "firstcreated")
    @classmethod
    def _plausible_time(cls, value: datetime | None) -> datetime | None:
        # A time far in the past or future is a broken feed, and would wreck incident expiry
        # (which runs on item time) if it got in.
        if value is None:
            return value
        if value < EARLIEST:
            raise ValueError(f"{value.isoformat()} is before {EARLIEST.year}")
        if value > datetime.now(UTC) + MAX_CLOCK_SKEW:
            raise ValueError(f"{value.isoformat()} is more than a day in the future")
        return value

    @field_validator("pubstatus", mode="before")
    @classmethod
    def _pubstatus_lower(cls, value: Any) -> Any:
        return value.lower() if isinstance(value, str) else value

    @field_validator("uri", "source", "language", "headline", "body_text", "located")
    @classmethod
    def _no_control_characters(cls, value: str | None) -> str | None:
        if value is not None and (bad := _CONTROL.search(value)):
            raise ValueError(f"control character U+{ord(bad.group()):04X} at {bad.start()}")
        return value

    @field_validator("headline", "body_text")
    @classmethod
    def _no_digit_runs(cls, value: str) -> str:
        if (run := _DIGIT_RUN.search(value)):
            raise ValueError(f"a run of more than {MAX_DIGIT_RUN} digits at {run.start()}")
        return value

    @model_validator(mode="after")
    def _has_text(self) -> WireItem:
        if not self.headline.strip() and not self.body_text.strip():
            raise ValueError("a wire item needs a headline or a body")
        return self

    @property
    def item_ref(self) -> str:
        return f"{self.uri}@{self.version}"

    @property
    def extra_fields(self) -> dict[str, Any]:
        return dict(self.model_extra or {})

    @property
    def text(self) -> str:
        return f"{self.headline}\n{self.body_text}"

    def arrival_key(self) -> datetime:
        return self.versioncreated
