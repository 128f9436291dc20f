"""Decision: what the core did with one input line (`evaluate --decisions` output)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class DecisionStatus(StrEnum):
    accepted = "accepted"
    duplicate = "duplicate"
    near_duplicate = "near_duplicate"
    invalid = "invalid"


class Decision(BaseModel):
    model_config = ConfigDict(frozen=True)

    item_ref: str | None
    status: DecisionStatus
    incident_id: str | None = None
    duplicate_of: str | None = None
    reason: str | None = None
