"""Topic names. The three `wire.*` names are part of the contract (design.md)."""

ITEMS_TOPIC = "wire.items"
DEADLETTER_TOPIC = "wire.deadletter"
ALERTS_TOPIC = "wire.alerts"
# Internal: validated items re-keyed by their route key (country), so that all items about one
# incident meet in one partition, and so in one worker.
ROUTED_TOPIC = "wirealert.routed"
# Internal, ONE partition whatever wire.items has: ingest sends every decoded item here, so
# that one router sees the whole wire, in item-time order (streams.agents.router).
DECODED_TOPIC = "wirealert.decoded"
