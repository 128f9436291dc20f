"""Envelopes between the agents: DecodedItem (ingest -> router), RoutedItem (router -> incidents)."""

from __future__ import annotations

from pydantic import AwareDatetime, BaseModel, ConfigDict

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
    # The router's clock before this item (the latest item time on the whole wire, epoch s):
    # the wire's clock for old news in a country the shard has not seen (streams.detect.horizon).
    wire_clock: int | None = None


class DecodedItem(BaseModel):
    """A validated wire item on its way from ingest (any wire.items partition) to the router."""

    model_config = ConfigDict(frozen=True)

    item: WireItem
    received_at: AwareDatetime
    origin_partition: int | None = None
    origin_offset: int | None = None
