"""How an alert reads in a terminal: one line a desk editor can scan."""

from __future__ import annotations

import re

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


# Wire text reaches a desk editor's terminal: escape sequences (CSI, OSC, other ESC pairs), C0
# and C1 controls and bidirectional overrides in a headline could clear the screen, retitle the
# window or reorder what is shown. Every alternative is bounded by its terminator, so one pass
# is linear in the text.
_TERMINAL_CONTROLS = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI ... final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST
    r"|\x1b[@-_]?"  # other two-byte escapes, or a lone ESC
    r"|[\x00-\x1f\x7f-\x9f]"  # C0, DEL, C1 (tabs and newlines too: one alert, one line)
    r"|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"  # bidirectional marks and overrides
)


def printable(text: str) -> str:
    """`text` with every terminal control removed (a newline or tab becomes a space)."""
    return _TERMINAL_CONTROLS.sub(lambda m: " " if m.group() in "\n\t\r" else "", text)


def change_text(alert: Alert) -> str:
    if alert.field is not None:
        old = "?" if alert.old is None else str(alert.old)
        new = "?" if alert.new is None else str(alert.new)
        return f"{alert.field.value} {old} -> {new}"
    if alert.claimed_by:
        return f"claimed by {printable(alert.claimed_by)}"
    return ""


def alert_line(alert: Alert) -> Text:
    line = Text()
    line.append(f"{alert.tier.value:7}", style=TIER_STYLE.get(alert.tier.value, ""))
    line.append(" ")
    line.append(f"{alert.kind.value:20}", style=KIND_STYLE.get(alert.kind.value, ""))
    line.append(f" {printable(alert.incident_id):28} ")
    change = change_text(alert)
    line.append(f"{change:24}", style="bold")
    line.append(f" {printable(alert.headline)}")
    if alert.source:
        line.append(f"  ({printable(alert.source)})", style="dim")
    return line
