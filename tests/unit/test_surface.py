"""What a worker's pages and `wirealert subscribe` let through from the wire and the network."""

from __future__ import annotations

import pytest
from yarl import URL

from streams.clients.render import printable
from streams.clients.subscribe import RecentIds
from streams.detect.incidents import incident_id, is_incident_id
from streams.web.incidents_api import peer_url


@pytest.mark.parametrize("text", [
    "\x1b[2J\x1b[HKerman toll rises",          # clear screen, cursor home
    "\x1b]0;owned\x07Kerman toll rises",        # OSC: set window title
    "\x1b]8;;http://x\x1b\\Kerman toll rises",  # OSC 8 hyperlink, ST-terminated
    "\x9b31mKerman toll rises",                 # C1 CSI
    "\u202eKerman toll rises",                  # right-to-left override
    "Kerman\x00\x07 toll rises",                # NUL and BEL
    "\x1bKerman toll rises",                    # a lone ESC
])
def test_printable_removes_every_terminal_control(text: str) -> None:
    clean = printable(text)
    assert "toll rises" in clean
    assert not any(ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f for c in clean)
    assert "\u202e" not in clean and "\x1b" not in clean


def test_printable_keeps_ordinary_text_and_folds_line_breaks() -> None:
    assert printable("Téhéran: 103 tués – état") == "Téhéran: 103 tués – état"
    assert printable("two\nlines\tand a tab") == "two lines and a tab"


def test_printable_is_linear_on_hostile_runs() -> None:
    # An unterminated OSC or CSI run must not make the pattern backtrack.
    for text in ("\x1b]" * 200_000, "\x1b[" + "0;" * 200_000, "\x1b" * 400_000):
        assert "\x1b" not in printable(text)


def test_recent_ids_forget_the_oldest_beyond_the_bound() -> None:
    seen = RecentIds(limit=3)
    for alert_id in ("a", "b", "c", "d"):
        seen.add(alert_id)
    assert "a" not in seen and all(x in seen for x in "bcd") and len(seen) == 3


def test_incident_ids_are_what_incident_id_makes_and_nothing_else() -> None:
    assert is_incident_id(incident_id("ir", "wire:1@1"))
    assert is_incident_id(incident_id("xx", "wire:2@1"))
    for bad in ("", "nonsense", "../metrics", "ir-../../metrics", "IR-281398D5305C",
                "ir-281398d5305c?x=1", "ir-281398d5305c/", "ir-281398d5305c\n", "iri-281398d5305c"):
        assert not is_incident_id(bad), bad


def test_peer_url_keeps_only_the_peers_origin() -> None:
    assert peer_url("http://10.0.0.5:6066", "/incidents/ir-281398d5305c") == URL(
        "http://10.0.0.5:6066/incidents/ir-281398d5305c")
    # A peer that advertises a path, a query or a fragment does not choose the page asked for.
    url = peer_url("http://169.254.169.254/latest/meta-data/?x=1#", "/incidents", {"scope": "local"})
    assert url.host == "169.254.169.254" and url.path == "/incidents"
    assert dict(url.query) == {"scope": "local"} and not url.fragment
