"""The ingest agent's decisions, as pure functions: version bookkeeping and routing."""

from __future__ import annotations

import pytest

from schemas import WireItem
from streams.detect import VersionVerdict, check_version
from tests.conftest import item


@pytest.mark.parametrize(
    ("last_seen", "version", "verdict"),
    [
        (None, 1, VersionVerdict.new),
        (None, 4, VersionVerdict.new),
        (1, 2, VersionVerdict.new),
        (2, 2, VersionVerdict.duplicate),
        (3, 2, VersionVerdict.stale),
    ],
)
def test_check_version(last_seen: int | None, version: int, verdict: VersionVerdict) -> None:
    assert check_version(last_seen, WireItem.model_validate(item(version=version))) is verdict
