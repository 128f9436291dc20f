"""Envelopes between the agents: DecodedItem (ingest -> router), RoutedItem (router -> incidents)."""

from __future__ import annotations

from pydantic import AwareDatetime, BaseModel, ConfigDict, TypeAdapter

from schemas.wire_item import WireItem


class RoutedItem(BaseModel):
    model_config = ConfigDict(frozen=True)

    item: WireItem
    route_key: str
    # item_ref of the report in another country's shard that the router matched this item to
    # (streams.detect.routing): evidence for the incident holding it.
    hint: str | None = None
    # When the record reached wire.items (its Kafka timestamp): the start of alert latency.
    received_at: AwareDatetime
    # Where the item is on wire.items, so a later stage's dead letter can point at it.
    origin_partition: int | None = None
    origin_offset: int | None = None


class DecodedItem(BaseModel):
    """A validated wire item on its way from ingest (any wire.items partition) to the router."""

    model_config = ConfigDict(frozen=True)

    item: WireItem
    received_at: AwareDatetime
    origin_partition: int | None = None
    origin_offset: int | None = None


class IngestProgress(BaseModel):
    """An ingest worker's word that it has handled every record of some wire.items partitions.

    Sent on wirealert.decoded after the items it covers, so a router that reads it has read all
    of those partitions' records written before `at` (the worker's clock when it found each of
    them caught up: its handled offset at the partition's high-water mark). The router's clock
    (streams.detect.reorder.WireClock) moves those partitions to `at`: this is what lets it
    release the tail of the wire, and what makes it wait, rather than guess, while a partition's
    new owner replays it after a crash.
    """

    model_config = ConfigDict(frozen=True)

    caught_up: list[int]
    at: AwareDatetime


DecodedRecord = DecodedItem | IngestProgress
_DECODED_RECORD: TypeAdapter[DecodedRecord] = TypeAdapter(DecodedRecord)


def decode_decoded(value: bytes) -> DecodedRecord:
    """A record of wirealert.decoded: an item, or an ingest worker's progress."""
    return _DECODED_RECORD.validate_json(value)
