"""Alert: one real change to an incident, as published on Redis and on `wire.alerts`."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class AlertKind(StrEnum):
    new_incident = "new_incident"
    casualty_update = "casualty_update"
    responsibility_claim = "responsibility_claim"
    correction = "correction"
    withdrawn = "withdrawn"


class CountField(StrEnum):
    killed = "killed"
    injured = "injured"
    missing = "missing"
    arrested = "arrested"
    displaced = "displaced"


class Tier(StrEnum):
    flash = "flash"
    urgent = "urgent"
    routine = "routine"

    @classmethod
    def from_urgency(cls, urgency: int | None) -> Tier:
        """ninjs urgency 1 is a flash, 2-3 urgent, anything else (or none) routine."""
        if urgency == 1:
            return cls.flash
        if urgency in (2, 3):
            return cls.urgent
        return cls.routine


# Evidence and headline are copied from wire copy; bound them so that one hostile item cannot
# make every subscriber's payload huge.
MAX_TEXT = 1000
MAX_NAME = 200


class Alert(BaseModel):
    """The contract's alert object; the same JSON in Redis, in wire.alerts and from `evaluate`."""

    model_config = ConfigDict(frozen=True)

    alert_id: str = Field(description="deterministic: the same stream gives the same ids")
    kind: AlertKind
    incident_id: str
    item_ref: str = Field(description="<uri>@<version> of the item that triggered the alert")
    field: CountField | None = None
    old: int | None = None
    new: int | None = None
    claimed_by: str | None = Field(default=None, max_length=MAX_NAME)
    counts: dict[CountField, int] = Field(default_factory=dict, description="what is known now")
    headline: str = Field(default="", max_length=MAX_TEXT)
    source: str | None = Field(default=None, max_length=MAX_NAME)
    location: str | None = Field(default=None, max_length=MAX_NAME)
    country: str | None = Field(default=None, description="ISO 3166 alpha-2", pattern=r"^[A-Z]{2}$")
    item_time: AwareDatetime
    detected_at: AwareDatetime
    tier: Tier = Tier.routine
    evidence: str | None = Field(default=None, max_length=MAX_TEXT)
    previous_alert_id: str | None = None
    summary: str = Field(default="", max_length=MAX_TEXT)
    # Not in the contract's list but useful to operators: when the item reached wire.items, so
    # the publisher can measure end-to-end latency. Absent in `evaluate` output.
    received_at: datetime | None = None

    def channel(self) -> str:
        """The Redis pub/sub channel: alerts.<kind>.<country or xx>.<incident_id>."""
        from schemas.channels import channel_for

        return channel_for(self.kind.value, self.country, self.incident_id)
