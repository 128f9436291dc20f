"""DeadLetter: a record from wire.items that could not be used, kept whole with the reason."""

from __future__ import annotations

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class DeadLetter(BaseModel):
    model_config = ConfigDict(frozen=True)

    reason: str = Field(description="machine-readable: not_utf8, not_json, invalid, too_large")
    error: str = Field(description="what was wrong, for a person")
    topic: str
    partition: int
    offset: int
    key_b64: str | None = None
    value_b64: str = Field(description="the original record value, base64")
    value_size: int
    received_at: AwareDatetime
