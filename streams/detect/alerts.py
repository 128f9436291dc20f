"""Alert objects: deterministic ids, one readable summary line, the incident's alert chain."""

from __future__ import annotations

import hashlib
from datetime import datetime

from schemas import Alert, AlertKind, CountField, Tier, WireItem
from schemas.alert import MAX_NAME, MAX_TEXT
from streams.detect.gazetteer import gazetteer
from streams.detect.state import Incident


def alert_id(incident: str, kind: AlertKind, item_ref: str, field: CountField | None) -> str:
    key = f"{incident}|{kind.value}|{item_ref}|{field.value if field else '-'}"
    return "al-" + hashlib.blake2b(key.encode(), digest_size=8).hexdigest()


def summary(inc: Incident, kind: AlertKind, field: CountField | None, old: int | None,
            new: int | None, claimed_by: str | None, headline: str) -> str:
    t = inc.title
    if kind is AlertKind.new_incident:
        return f"{t}: new incident - {headline}"
    if kind is AlertKind.casualty_update and field is not None:
        if old is None:
            return f"{t}: {new} {field.value} (first figure)"
        verb = "rises" if (new or 0) > old else "revised"
        return f"{t}: {field.value} {verb} {old} -> {new}"
    if kind is AlertKind.correction:
        if field is not None:
            return f"{t}: correction, {field.value} {old} -> {new}"
        return f"{t}: correction - {headline}"
    if kind is AlertKind.responsibility_claim:
        return f"{t}: {claimed_by} claims responsibility"
    counts = ", ".join(f"{f.value} {v}" for f, v in sorted(inc.current().items()))
    return f"{t}: story withdrawn" + (f"; now {counts}" if counts else "")


def _country_name(iso: str | None) -> str | None:
    """An incident placed only by its country is shown as that country ("Jordan")."""
    return gazetteer().country_names.get(iso) if iso else None


def _clip(text: str | None, limit: int = MAX_TEXT) -> str | None:
    # Alerts carry wire text to every subscriber: one hostile item must not make them huge.
    if text is None:
        return None
    return text if len(text) <= limit else text[: limit - 1] + "…"


class AlertBuilder:
    """Makes the alerts of one item, chaining previous_alert_id within the incident."""

    def __init__(self, inc: Incident, item: WireItem, now: datetime) -> None:
        self.inc = inc
        self.item = item
        self.now = now
        self.alerts: list[Alert] = []

    def add(self, kind: AlertKind, *, field: CountField | None = None, old: int | None = None,
            new: int | None = None, claimed_by: str | None = None,
            evidence: str | None = None) -> None:
        aid = alert_id(self.inc.id, kind, self.item.item_ref, field)
        if any(a.alert_id == aid for a in self.alerts):
            return
        self.alerts.append(Alert(
            alert_id=aid, kind=kind, incident_id=self.inc.id, item_ref=self.item.item_ref,
            field=field, old=old, new=new, claimed_by=_clip(claimed_by, MAX_NAME),
            headline=_clip(self.item.headline) or "", source=_clip(self.item.source, MAX_NAME),
            location=_clip(self.inc.location or _country_name(self.inc.country), MAX_NAME),
            country=self.inc.country,
            item_time=self.item.versioncreated, detected_at=self.now,
            tier=Tier.from_urgency(self.item.urgency), evidence=_clip(evidence),
            previous_alert_id=self.inc.last_alert,
            summary=_clip(summary(self.inc, kind, field, old, new, claimed_by,
                                  self.item.headline)) or "",
        ))
        self.inc.last_alert = aid

    def finish(self) -> list[Alert]:
        """Counts on every alert of the item are what is known after the whole item."""
        counts = self.inc.current()
        return [a.model_copy(update={"counts": dict(counts)}) for a in self.alerts]
