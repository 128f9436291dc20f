"""ShardState: everything the core remembers for one route key, as a compact pydantic model.

It round-trips exactly through JSON (`model_dump_json` / `model_validate_json`), so the faust
agent can keep it in a table. Short field names and capped lists keep an open incident to a
few KB: per field the last few statements (for withdrawal fall-back), the last few accepted
items' fingerprints (for near-duplicates), its names and places (for matching). Times are
epoch seconds of item time.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from schemas import CountField

MAX_STATEMENTS = 6    # per incident and field
MAX_PRINTS = 10       # accepted items' fingerprints per incident
MAX_MEMBERS = 48      # guids per incident
MAX_NAMES = 40        # names and places per incident
MAX_NOISE = 24        # fingerprints of recent non-incident items per shard


class Statement(BaseModel):
    """One count stated by one item: `g` guid, `r` item_ref, `v` value, `t` item time.

    An incident keeps a field's statements in item order (`order`), so the field's value is the
    one stated last in item time, whatever order the items were processed in.
    """

    model_config = ConfigDict(extra="forbid")
    g: str
    r: str
    v: int
    t: int = 0

    def order(self) -> tuple[int, int, str]:
        """As streams.detect.reorder.item_order: item time, version, uri."""
        version = self.r.rsplit("@", 1)[-1]
        return self.t, int(version) if version.isdigit() else 0, self.g


class Claim(BaseModel):
    model_config = ConfigDict(extra="forbid")
    k: str            # actor key
    a: str            # actor as written
    g: str            # guid that stated it


class Print(BaseModel):
    """An accepted item's fingerprint: text signature and the facts it stated."""

    model_config = ConfigDict(extra="forbid")
    r: str
    s: str                                           # MinHash signature (base64)
    c: dict[CountField, int] = Field(default_factory=dict)
    k: list[str] = Field(default_factory=list)       # claim actor keys
    src: list[str] = Field(default_factory=list)     # attribution stems
    m: list[list[str]] = Field(default_factory=list)  # every source the item names (stems)
    t: int = 0


class Incident(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    title: str
    location: str | None = None
    country: str | None = None
    opened: int                                       # item time of the first item
    last: int                                         # item time of the latest item
    last_alert: str | None = None
    counts: dict[CountField, list[Statement]] = Field(default_factory=dict)
    claims: list[Claim] = Field(default_factory=list)
    members: list[str] = Field(default_factory=list)  # guids
    refs: list[str] = Field(default_factory=list)     # item_refs seen (bounded like members)
    names: dict[str, int] = Field(default_factory=dict)
    classes: list[str] = Field(default_factory=list)
    prints: list[Print] = Field(default_factory=list)

    def current(self) -> dict[CountField, int]:
        return {f: st[-1].v for f, st in self.counts.items() if st}


class Seen(BaseModel):
    """A remembered text or item_ref: which item, and when (for expiry). Frozen: a new
    sighting replaces it, so a store can tell an unchanged one by identity."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    r: str
    t: int
    i: str | None = None   # incident id, when the item joined one


class ShardState(BaseModel):
    """The detection state of one route key."""

    model_config = ConfigDict(extra="forbid")
    v: int = 1
    key: str = "xx"  # the route key this state belongs to; prefixes its incident ids
    clock: int = 0                                       # latest item time seen (epoch s)
    texts: dict[str, Seen] = Field(default_factory=dict)  # content key -> first item
    refs: dict[str, Seen] = Field(default_factory=dict)   # item_ref -> when processed
    incidents: list[Incident] = Field(default_factory=list)
    noise: list[Print] = Field(default_factory=list)
