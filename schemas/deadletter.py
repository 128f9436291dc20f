"""DeadLetter: a record from wire.items that could not be used, kept whole with the reason."""

from __future__ import annotations

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class DeadLetter(BaseModel):
    model_config = ConfigDict(frozen=True)

    reason: str = Field(description="machine-readable: not_utf8, not_json, invalid, too_large "
                        "(the record), route_error, detect_error, send_error (a stage failed on it)")
    error: str = Field(description="what was wrong, for a person")
    topic: str
    partition: int
    offset: int
    key_b64: str | None = None
    value_b64: str = Field(description="the original record value, base64 (a prefix when truncated)")
    value_size: int = Field(description="size of the whole original value in bytes")
    value_sha256: str = Field(description="SHA-256 of the whole original value, hex")
    value_truncated: bool = Field(
        default=False,
        description="only a prefix is kept (a record over the size limit); the whole record is "
        "still at topic/partition/offset",
    )
    received_at: AwareDatetime
    # Where a record of a later stage (wire.routed) came from on wire.items, when known.
    origin_partition: int | None = None
    origin_offset: int | None = None
