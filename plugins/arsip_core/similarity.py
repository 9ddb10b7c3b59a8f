"""Text signatures for telling reprints of one report apart from other texts. Pure.

An article's signature is the MinHash (``datasketch``) of its five-word shingles,
made once when the file is read (arsip_reader, in its worker processes, kept in the
content cache) from the full body, whatever the page later shows. arsip_stories
bands the signatures to find reprints (``grouping.py``). It lives in arsip_core
because the reader makes it: its code is part of the record cache's key.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache

import numpy as np
from datasketch import MinHash

SHINGLE_WORDS = 5
# 128 values: the similarity estimate errs by about 0.04. Bands of 4 rows (32 bands):
# pairs with similarity 0.5 share a band 6 times in 7, at 0.6 nearly always.
NUM_PERM = 128
BAND_ROWS = 4
# Fewer shingles than this (a stub of a few sentences) is too little text to tell a
# copy from a look-alike: no signature.
MIN_SHINGLES = 25

_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[^>]+>")
BASE = np.uint64(1_000_003)
MASK = np.uint64((1 << 61) - 1)


def shingles(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """The ``size``-word shingles of a text (lower-cased) as sorted unique 61-bit
    hashes.

    Each word is hashed with crc32 (the same in every process, unlike the salted
    hash()), and each shingle's hash is a polynomial of its words' hashes, computed
    for all shingles at once with numpy: hashing shingle by shingle in Python was
    most of the grouping time.
    """
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return np.empty(0, dtype=np.uint64)
    # Every word hashed in one list comprehension: crc32 of a word is cheaper than
    # looking it up among the distinct words first (0.30 -> 0.21 ms an article).
    crc32 = zlib.crc32
    word_hash = np.array([crc32(w.encode("utf-8")) for w in words], dtype=np.uint64)
    count = len(words) - size + 1
    value = np.zeros(count, dtype=np.uint64)
    for k in range(size):
        value = (value * BASE + word_hash[k : k + count]) & MASK
    return np.unique(value)


def _identity(value: int) -> int:
    # Shingles are hashed already (see shingles); datasketch only permutes them.
    return value


@lru_cache(maxsize=1)
def _empty_minhash() -> MinHash:
    # Copies of one empty MinHash share its permutations, made once per process.
    return MinHash(num_perm=NUM_PERM, seed=1, hashfunc=_identity, scheme="affine64")


def text_signature(text: str) -> bytes:
    """The MinHash signature of a body (HTML or text) as bytes; empty when short."""
    values = shingles(_TAG.sub(" ", text))
    if len(values) < MIN_SHINGLES:
        return b""
    m = _empty_minhash().copy()
    m.update_batch(values.tolist())
    return m.hashvalues.astype(np.uint64).tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """The share of equal MinHash values: an estimate of the Jaccard similarity."""
    if not a or not b:
        return 0.0
    return float(
        np.mean(np.frombuffer(a, dtype=np.uint64) == np.frombuffer(b, dtype=np.uint64))
    )
