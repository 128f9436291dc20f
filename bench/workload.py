"""The benchmark's wire stream: the synthetic generator, made a realistic mix.

`streams.detect.synthetic.stream` gives incidents with updates, other agencies' rewrites and
verbatim copies, plus market/sport noise whose few templates repeat word for word (so about half
of it is duplicates). Here the noise is made unique, a few % of items are re-sent under the same
uri@version (dropped at ingest) and a few % are invalid (dead-lettered), which gives about 30%
exact or near duplicates. Item times are moved to start in 1981 and squeezed to 0.7 of the
generator's pace, so that a stream of a million items (~42 years of item time) still lies in the
past: ingest rejects items from the future or before 1980, and the core clamps item time to
`now`.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from streams.detect.synthetic import stream as synthetic_stream

START = datetime(1981, 1, 1, tzinfo=UTC)
PACE = 0.7
RESEND_RATE = 0.04
INVALID_RATE = 0.03
_WORDS = (
    "apple bonds copper dollar euro futures grain harbour index juice kiosk lumber metals nickel "
    "oil pension quota rubber silver tariff uranium vessel wheat yield zinc league derby final "
    "striker keeper coach season trophy stadium transfer sprint marathon regatta tennis cricket "
    "rugby hockey chess cycling rowing boxing golf sailing skiing surfing archery fencing judo"
)
VOCAB = _WORDS.split()
INVALID = [
    b"{not json",
    b'{"uri": "bad:1", "version": 1}',                       # no headline, no time
    b'{"uri": "bad:2", "version": 0, "headline": "x", "body_text": "y", '
    b'"versioncreated": "2000-01-01T00:00:00Z"}',            # version must be >= 1
    b"\xff\xfe not utf-8",
]


def mix(n: int, seed: int = 11) -> Iterator[bytes]:
    """`n` records (JSON lines without the newline), deterministic for a seed."""
    rnd = random.Random(seed)
    made = 0
    recent: list[bytes] = []
    origin: datetime | None = None
    for raw in synthetic_stream(n * 2, seed=seed):
        if made >= n:
            return
        doc = json.loads(raw)
        when = datetime.fromisoformat(doc["versioncreated"])
        origin = origin or when
        doc["versioncreated"] = (START + (when - origin) * PACE).isoformat()
        if str(doc["uri"]).startswith("syn:noise:"):
            # Unique noise: a ticker symbol and a figure nobody else reports.
            words = rnd.sample(VOCAB, 8)
            doc["headline"] = f"{' '.join(words[:3]).capitalize()} {doc['headline'].lower()}"
            doc["body_text"] = f"{' '.join(words).capitalize()}, {rnd.randint(2, 9999)} in brief."
        line = json.dumps(doc).encode()
        yield line
        made += 1
        recent.append(line)
        del recent[:-50]
        r = rnd.random()
        if r < RESEND_RATE and made < n:
            yield rnd.choice(recent)          # the same uri@version again
            made += 1
        elif r < RESEND_RATE + INVALID_RATE and made < n:
            yield rnd.choice(INVALID)
            made += 1


def item_times_span(lines: list[bytes]) -> timedelta:
    times = []
    for line in lines:
        try:
            times.append(datetime.fromisoformat(json.loads(line)["versioncreated"]))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            continue
    return max(times) - min(times) if times else timedelta(0)
