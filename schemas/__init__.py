"""The wire format of wirealert: every model that crosses a process boundary.

One place turns bytes into models (`schemas.codec`); everything else handles models.
"""

from schemas.alert import Alert, AlertKind, CountField, Tier
from schemas.deadletter import DeadLetter
from schemas.decision import Decision, DecisionStatus
from schemas.wire_item import PubStatus, WireItem

__all__ = [
    "Alert",
    "AlertKind",
    "CountField",
    "DeadLetter",
    "Decision",
    "DecisionStatus",
    "PubStatus",
    "Tier",
    "WireItem",
]
