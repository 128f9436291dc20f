"""A figure for one area (a province, a district, one country) that is smaller than what the
incident already knows is a share of that whole, not a revision of it (own sentences)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from schemas import AlertKind, CountField, WireItem
from streams.detect import ShardState, process
from tests.conftest import item

NOW = datetime(2025, 8, 30, tzinfo=UTC)
T0 = datetime(2025, 8, 20, 6, 0, tzinfo=UTC)


def wi(uri: str, headline: str, body: str, minutes: int) -> WireItem:
    when = (T0 + timedelta(minutes=minutes)).isoformat()
    return WireItem.model_validate(item(uri, 1, headline, body, versioncreated=when))


def killed_updates(items: list[WireItem]) -> list[tuple[int | None, int | None]]:
    state = ShardState()
    out = []
    for it in items:
        for a in process(state, it, now=NOW).alerts:
            if a.kind is AlertKind.casualty_update and a.field is CountField.killed:
                out.append((a.old, a.new))
    return out


TOTAL = wi("t:a:1", "Pakistan flood toll rises to 340",
           "ISLAMABAD (Test Wire) - The death toll from flash floods in northern Pakistan rose "
           "to 340, the disaster authority said.", 0)


def test_a_smaller_district_figure_is_not_a_revision() -> None:
    district = wi("t:b:1", "Floods wash away houses in Swat",
                  "SWAT (Test Wire) - Floods destroyed dozens of houses in Swat district of "
                  "northern Pakistan, where nine people have died, officials said.", 60)
    assert killed_updates([TOTAL, district]) == [(None, 340)]


def test_a_whole_figure_still_revises_down() -> None:
    down = wi("t:c:1", "Pakistan flood toll revised to 320",
              "ISLAMABAD (Test Wire) - The disaster authority revised the death toll from the "
              "floods in northern Pakistan down to 320.", 60)
    assert killed_updates([TOTAL, down]) == [(None, 340), (340, 320)]
