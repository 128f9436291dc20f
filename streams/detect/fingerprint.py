"""Compact text fingerprints: a MinHash signature (datasketch) kept as a short string.

The signature is 64 permutations over word shingles of the normalised text, of which only the
low 16 bits of each value are kept: 128 bytes, 172 base64 characters per item. Comparing two
signatures estimates the Jaccard similarity of their shingle sets; the rare 16-bit collision
adds a bias of about 1/65536.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash

from streams.detect.normalise import shingles, strip_dateline, strip_prefix

NUM_PERM = 64
_SEED = 20240103
_AGENCY = re.compile(r"\((?:[A-Z][\w .-]{0,30})\)")


@lru_cache(maxsize=1)
def _template() -> tuple[object, str]:
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED)
    return mh.permutations, str(mh.scheme)


def text_for_similarity(headline: str, body: str) -> str:
    return f"{strip_prefix(headline)} . {_AGENCY.sub(' ', strip_dateline(body))}"


def signature(headline: str, body: str) -> str:
    # the same bound as fact extraction: a runaway body costs no more than a long story
    grams = shingles(text_for_similarity(headline[:400], body[:12_000]), k=3)
    perms, scheme = _template()
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED, permutations=perms, scheme=scheme)
    if grams:
        mh.update_batch([g.encode() for g in grams])
    low = (mh.hashvalues & 0xFFFF).astype("<u2")
    return base64.b64encode(low.tobytes()).decode("ascii")


def _decode(sig: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(sig), dtype="<u2")


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two signatures."""
    if not a or not b:
        return 0.0
    return float(np.mean(_decode(a) == _decode(b)))
