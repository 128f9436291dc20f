"""A synthetic wire stream for the benchmark and the state-size tests (no real events).

Many incidents in many countries, each with a first report, updates that move the counts,
other agencies' rewrites, exact re-sends, follow-ups, plus market and sport noise.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

PLACES = [
    ("Quetta", "Pakistan"), ("Kano", "Nigeria"), ("Cebu", "Philippines"), ("Mosul", "Iraq"),
    ("Medan", "Indonesia"), ("Arequipa", "Peru"), ("Chittagong", "Bangladesh"),
    ("Mombasa", "Kenya"), ("Izmir", "Turkey"), ("Kharkiv", "Ukraine"), ("Aleppo", "Syria"),
    ("Peshawar", "Pakistan"), ("Davao", "Philippines"), ("Tabriz", "Iran"),
    ("Guadalajara", "Mexico"), ("Kandahar", "Afghanistan"), ("Goma", "Congo"),
    ("Chennai", "India"), ("Cali", "Colombia"), ("Durban", "South Africa"),
]
EVENTS = [("bomb blast", "blast"), ("fire", "fire"), ("landslide", "landslide"),
          ("building collapse", "collapse"), ("train crash", "crash")]
NOISE = [
    "{n} shares close higher as banks rally", "Central bank keeps rates on hold at {n} percent",
    "City beat Rovers {n}-1 in cup tie", "Retail sales rise {n} percent in March",
]


def _item(uri: str, version: int, when: datetime, headline: str, body: str, source: str,
          urgency: int) -> dict[str, object]:
    return {"uri": uri, "version": version, "source": source, "versioncreated": when.isoformat(),
            "pubstatus": "usable", "urgency": urgency, "headline": headline, "body_text": body}


def stream(n: int, seed: int = 7) -> Iterator[bytes]:
    """About `n` JSON lines: ~60% incident copy (a third of it re-sends/rewrites), ~40% noise."""
    rnd = random.Random(seed)
    # 100k items span ~7 years of item time: start far enough back that the stream stays in
    # the past (the schema rejects times more than a day ahead of the wall clock)
    t = datetime(2010, 1, 1, tzinfo=UTC)
    produced = 0
    k = 0
    while produced < n:
        k += 1
        city, country = rnd.choice(PLACES)
        event, noun = rnd.choice(EVENTS)
        killed = rnd.randint(3, 90)
        base = f"syn:{k}"
        lines = [_item(f"{base}:a", 1, t, f"{event.capitalize()} hits {city} in {country}",
                       f"A {event} struck the city of {city} in {country} on Monday, officials "
                       f"said. There was no word on casualties yet.", "Syn A", 1)]
        for step in range(rnd.randint(2, 5)):
            t += timedelta(minutes=rnd.randint(5, 90))
            killed += rnd.randint(1, 12)
            body = (f"The {noun} in {city} killed {killed} people and injured {killed * 2}, "
                    f"the regional health office said.")
            up = _item(f"{base}:u{step}", 1, t, f"{city} {noun} toll rises to {killed}", body,
                       "Syn B", 3)
            lines.append(up)
            r = rnd.random()
            if r < 0.2:
                lines.append(dict(up, uri=f"{base}:copy{step}", source="Syn C"))
            elif r < 0.35:
                lines.append(_item(f"{base}:rw{step}", 1, t + timedelta(minutes=3),
                                   f"{killed} dead in {city} {noun} - health office",
                                   f"{killed} people died and {killed * 2} were injured in the "
                                   f"{noun} in {city}, according to the regional health office.",
                                   "Syn D", 3))
        for _ in range(rnd.randint(1, 3)):
            t += timedelta(minutes=rnd.randint(1, 30))
            lines.append(_item(f"syn:noise:{k}:{rnd.randint(0, 10**9)}", 1, t,
                               rnd.choice(NOISE).format(n=rnd.randint(1, 9)),
                               "Markets and sport in brief.", "Syn A", 6))
        for doc in lines:
            yield json.dumps(doc).encode()
            produced += 1
        t += timedelta(minutes=rnd.randint(10, 120))


def busy_country(n: int, per_day: int = 1_200, country: str = "Iraq",
                 city: str = "Mosul") -> Iterator[bytes]:
    """`n` JSON lines of one country's wire at `per_day` items a day: distinct stories (each a
    text and an item ref the shard remembers for the incident window), every tenth about one
    recurring kind of event there."""
    start = datetime(2025, 3, 1, tzinfo=UTC)
    step = timedelta(days=1) / per_day
    for k in range(n):
        if k % 10 == 0:
            headline = f"Blast in {city} kills {3 + k % 40} people, {country} officials say"
        else:
            headline = f"{country} parliament debates budget line {k} for {city} province"
        yield json.dumps(_item(f"busy:{k}", 1, start + k * step, headline,
                               f"{headline}. Story number {k} from {city}, {country}.",
                               "Busy Wire", 3)).encode()
