"""How an alert reads in a terminal: one line a desk editor can scan."""

from __future__ import annotations

from rich.text import Text

from schemas import Alert

KIND_STYLE = {
    "new_incident": "bold cyan",
    "casualty_update": "bold yellow",
    "responsibility_claim": "bold magenta",
    "correction": "bold blue",
    "withdrawn": "bold red",
}
TIER_STYLE = {"flash": "reverse red", "urgent": "red", "routine": "dim"}


def change_text(alert: Alert) -> str:
    if alert.field is not None:
        old = "?" if alert.old is None else str(alert.old)
        new = "?" if alert.new is None else str(alert.new)
        return f"{alert.field.value} {old} -> {new}"
    if alert.claimed_by:
        return f"claimed by {alert.claimed_by}"
    return ""


def alert_line(alert: Alert) -> Text:
    line = Text()
    line.append(f"{alert.tier.value:7}", style=TIER_STYLE.get(alert.tier.value, ""))
    line.append(" ")
    line.append(f"{alert.kind.value:20}", style=KIND_STYLE.get(alert.kind.value, ""))
    line.append(f" {alert.incident_id:28} ")
    change = change_text(alert)
    line.append(f"{change:24}", style="bold")
    line.append(f" {alert.headline}")
    if alert.source:
        line.append(f"  ({alert.source})", style="dim")
    return line
