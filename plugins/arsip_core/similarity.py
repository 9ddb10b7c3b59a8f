"""Text signatures for telling reprints of one report apart from other texts. Pure.

An article's signature is the MinHash of its five-word shingles, made once when the
file is read (arsip_reader, in its worker processes, kept in the content cache) from
the full body, whatever the page later shows. arsip_stories bands the signatures to
find reprints (``grouping.py``). It lives in arsip_core because the reader makes it:
its code is part of the record cache's key.

The MinHash is computed here with numpy, value for value what ``datasketch``'s
``MinHash(num_perm=128, seed=1, scheme="affine64")`` gives for the same shingle hashes
(tests/arsip_stories/test_grouping.py compares them; datasketch is a test dependency
only). Importing datasketch cost every build 0.6-0.9 CPU-s, nearly all of it scipy,
which its package ``__init__`` imports for the LSH we never use; and its
``update_batch`` calls the hash function once per value in Python. Here the whole
signature is three numpy operations, about twice as fast.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

SHINGLE_WORDS = 5
# 128 values: the similarity estimate errs by about 0.04. Bands of 4 rows (32 bands):
# pairs with similarity 0.5 share a band 6 times in 7, at 0.6 nearly always.
NUM_PERM = 128
BAND_ROWS = 4
# Fewer shingles than this (a stub of a few sentences) is too little text to tell a
# copy from a look-alike: no signature.
MIN_SHINGLES = 25

_WORD = re.compile(r"\w+")
# An ASCII byte that ``\w`` does not match (all but letters, digits and ``_``) made a
# space: the words of an ASCII text are then its bytes translated and split.
_NOT_WORD_TO_SPACE = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or c == ord("_")) else ord(" ")
    for c in range(256)
)
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
    word_hash = word_hashes(text)
    if len(word_hash) < size:
        return np.empty(0, dtype=np.uint64)
    count = len(word_hash) - size + 1
    value = np.zeros(count, dtype=np.uint64)
    for k in range(size):
        value = (value * BASE + word_hash[k : k + count]) & MASK
    return sorted_unique(value)


def word_hashes(text: str) -> np.ndarray:
    """crc32 of each word of ``text`` lower-cased (its UTF-8 bytes), in order.

    Every word is hashed: crc32 of a word is cheaper than looking it up among the
    distinct words first. An ASCII text is split as bytes, where ``\\w`` matches
    exactly what it matches in the str (letters, digits, ``_``), so no word is
    encoded on its own (0.15 -> 0.10 ms an article); the other bytes are made
    spaces by one ``translate`` and ``split`` cuts the runs between them: the words
    ``re.findall(rb"\\w+")`` finds, in a third of its time (40 -> 13 us)."""
    lowered = text.lower()
    if lowered.isascii():
        words = lowered.encode("ascii").translate(_NOT_WORD_TO_SPACE).split()
        return np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words))
    words = _WORD.findall(lowered)
    encoded = map(str.encode, words)  # UTF-8
    return np.fromiter(map(zlib.crc32, encoded), dtype=np.uint64, count=len(words))


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` for a 1-d integer array, by sorting: numpy 2's
    ``np.unique`` hashes first, 4-9x slower here (38 -> 4 us for an article's 400
    shingles, 4.5 -> 0.1 s for 4 million story votes)."""
    values = np.sort(values)
    keep = np.empty(len(values), dtype=bool)
    keep[:1] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def _permutations(count: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations ``h -> a * h + b (mod 2**64)``, ``a`` odd, drawn as
    datasketch draws them for the affine64 scheme (numpy's legacy RandomState, whose
    stream numpy keeps stable)."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 63, count, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    b = gen.randint(0, 1 << 64, count, dtype=np.uint64)
    return a, b


_A, _B = _permutations(NUM_PERM, seed=1)
# MurmurHash3's 64-bit finaliser (fmix64): shingle hashes are structured (a polynomial
# of crc32s), so they are mixed once before the affine permutations, as datasketch does.
_FMIX_SHIFT = np.uint64(33)
_FMIX_1 = np.uint64(0xFF51AFD7ED558CCD)
_FMIX_2 = np.uint64(0xC4CEB9FE1A85EC53)


def _fmix64(values: np.ndarray) -> np.ndarray:
    values = values ^ (values >> _FMIX_SHIFT)
    values = values * _FMIX_1
    values = values ^ (values >> _FMIX_SHIFT)
    values = values * _FMIX_2
    return values ^ (values >> _FMIX_SHIFT)


def minhash(values: np.ndarray) -> np.ndarray:
    """The MinHash of a non-empty set of 64-bit hashes: per permutation, the least
    permuted value (uint64 arithmetic wraps, which is the mod 2**64)."""
    # One row per permutation: the minimum then runs along contiguous memory.
    permuted = np.multiply.outer(_A, _fmix64(values))
    permuted += _B[:, None]
    return permuted.min(axis=1)


def text_signature(text: str) -> bytes:
    """The MinHash signature of a body (HTML or text) as bytes; empty when short."""
    values = shingles(_TAG.sub(" ", text))
    if len(values) < MIN_SHINGLES:
        return b""
    return minhash(values).tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """The share of equal MinHash values: an estimate of the Jaccard similarity."""
    if not a or not b:
        return 0.0
    return float(
        np.mean(np.frombuffer(a, dtype=np.uint64) == np.frombuffer(b, dtype=np.uint64))
    )
