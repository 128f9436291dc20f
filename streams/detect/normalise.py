"""Text normalisation: whitespace, datelines, sentences, content keys and shingles."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

_SPACE = re.compile(r"\s+")
# "DUBAI (Wire A) - ", "BAM, Iran (Wire A) - ", "TOKYO, Jan 3 (Reuters) — ",
# "VALPARAISO, Chile, March 19 (Northwire) - "
# (Some agencies write the city in title case: "Kathmandu, April 2 (OP) - ".)
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z .'’-]{1,40}(?:,\s*[A-Z0-9][\w .'’-]{0,40}){0,2}\s*\([^)]{1,40}\)\s*[-–—]+\s*"
)
# Sentence ends: . ! ? followed by space and a capital/quote/digit; not after "Jan." "Mr." "U.S."
# A match starts only where a run of . ! ? starts (the first look-behind), so a run of 12,000
# dots is read once, not once per dot (which made the split quadratic: 1.5 s).
_ABBREV = "".join(
    rf"(?<!\b{a})"
    for a in ("Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs",
              "Dr", "St", "No", "Gen", "Gov", "Lt", "Col", "Sgt")
) + r"(?<!\b[A-Z])"
_SENTENCE_END = re.compile(r"(?=[.!?])(?<![.!?])" + _ABBREV + r"[.!?]+[\"'’”)]?\s+(?=[\"'‘“(]?[A-Z0-9])")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# Wire headline prefixes that are bookkeeping, not content: "UPDATE 2-", "CORRECTED-", "HOLD-"
_PREFIX = re.compile(
    r"^\s*(?:(?:UPDATE|REFILE|CORRECTED|CORRECTION|WRAPUP|RPT|REPEAT|HOLD|WITHDRAWN|URGENT|"
    r"FLASH|BREAKING|ANALYSIS|FACTBOX|EXCLUSIVE|INSIGHT)(?:\s+\d+)?\s*[-:–—]\s*)+",
    re.I,
)


def collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


# Bodies up to this length are cached (routing and process() both ask, for the same item); a
# longer one is hashed afresh, so the cache never holds 256 bodies of a megabyte.
CACHED_BODY = 16_000


def content_key(headline: str, body: str) -> str:
    """Identity of an item's text: identical headline and body after collapsing whitespace."""
    if len(body) + len(headline) <= CACHED_BODY:
        return _cached_content_key(headline, body)
    return _content_key(headline, body)


@lru_cache(maxsize=256)
def _cached_content_key(headline: str, body: str) -> str:
    return _content_key(headline, body)


def _content_key(headline: str, body: str) -> str:
    digest = hashlib.blake2b(
        f"{collapse(headline)}\x00{collapse(body)}".encode(), digest_size=10
    )
    return digest.hexdigest()


def strip_dateline(body: str) -> str:
    return _DATELINE.sub("", body, count=1)


def strip_prefix(headline: str) -> str:
    return _PREFIX.sub("", headline)


def sentences(body: str) -> list[str]:
    body = collapse(body)
    if not body:
        return []
    return [s.strip() for s in _SENTENCE_END.split(body) if s.strip()]


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(text: str, k: int = 3) -> list[str]:
    ws = words(text)
    if len(ws) < k:
        return [" ".join(ws)] if ws else []
    return [" ".join(ws[i: i + k]) for i in range(len(ws) - k + 1)]
