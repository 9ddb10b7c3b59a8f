"""Story groups: the reports of one event across outlets. Pure (no Pelican).

A police press release is usually printed by several outlets on the same day, each
lightly edited. Two reports join one story when

1. their texts are near-duplicates: MinHash signatures (``datasketch``) banded by
   day (LSH) propose candidate pairs without comparing all pairs, and the exact
   Jaccard similarity of their word shingles confirms them; and
2. their records agree: event days (else publication days) at most a day apart, the
   same province, at least one police unit in common and, unless the texts are near
   copies, the same personnel figure, wherever both records have the value.

Groups are the connected components of confirmed pairs. A maintainer can pin an
article with ``story_group`` (``cerita``/``story``) in its sidecar: ``sendiri`` keeps it
alone, another record's id joins that record's story, any other value names a story
that every article with the same value belongs to. Pinned articles take no automatic
pairs, so a maintainer's split stays split.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from datasketch import MinHash
from slugify import slugify

SHINGLE_WORDS = 5
# 16 bands of 4 rows: pairs with similarity 0.5 meet in a band about 2 times in 3,
# at 0.6 in 9 of 10, at 0.7 nearly always. The exact Jaccard check below decides.
# Reprints measure 0.6-0.95 (a paragraph cut, another header and tail); reports
# written from the same stock phrases about other events can reach 0.6 too, which
# the record check turns away.
NUM_PERM = 64
BAND_ROWS = 4
MIN_JACCARD = 0.6
# So close that only the extraction can differ: a figure read otherwise is no veto.
NEAR_COPY = 0.8
# Fewer shingles than this (a stub of a few sentences) is too little text to tell a
# copy from a look-alike.
MIN_SHINGLES = 25
MAX_DAYS_APART = 1
# Maintainer values that keep an article out of every story but its own.
ALONE = frozenset({"sendiri", "tidak", "none", "no", "-"})

_WORD = re.compile(r"\w+")
_BASE = np.uint64(1_000_003)
_MASK = np.uint64((1 << 61) - 1)


@dataclass(frozen=True)
class Report:
    """What grouping needs of one article."""

    id: str
    text: str
    published: str | None = None  # ISO date or datetime
    event_date: str | None = None  # ISO date
    province: str | None = None
    police_units: tuple[str, ...] = ()
    personnel_total: int | None = None
    pinned: str | None = None  # the maintainer's story value, if any


@dataclass(frozen=True)
class Story:
    """One story: its stable id, its lead report and every member, lead first."""

    id: str
    lead: str
    members: tuple[str, ...]


_TAG = re.compile(r"<[^>]+>")


def report_from(record, html: str) -> Report:
    """What grouping reads of an article: its body (HTML) and a few record fields."""
    return Report(
        id=record.id,
        text=_TAG.sub(" ", html or ""),
        published=record.published,
        event_date=record.event_date,
        province=record.province,
        police_units=record.police_units,
        personnel_total=record.personnel_total,
        pinned=record.story_group,
    )


def shingles(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """The ``size``-word shingles of a text (lower-cased) as sorted unique 61-bit
    hashes.

    Each distinct word is hashed once (crc32: the same in every process, unlike the
    salted hash()), and each shingle's hash is a polynomial of its words' hashes,
    computed for all shingles at once with numpy: hashing shingle by shingle in
    Python was most of the grouping time.
    """
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return np.empty(0, dtype=np.uint64)
    distinct, where = np.unique(np.array(words), return_inverse=True)
    word_hash = np.fromiter(
        (zlib.crc32(w.encode("utf-8")) for w in distinct.tolist()),
        dtype=np.uint64,
        count=len(distinct),
    )[where]
    count = len(words) - size + 1
    value = np.zeros(count, dtype=np.uint64)
    for k in range(size):
        value = (value * _BASE + word_hash[k : k + count]) & _MASK
    return np.unique(value)


def _identity(value: int) -> int:
    # Shingles are hashed already (see shingles); datasketch only permutes them.
    return value


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique shingle arrays."""
    if not len(a) or not len(b):
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def records_agree(a: Report, b: Report, near_copy: bool = False) -> bool:
    """True unless a value both reports give disagrees (dates, place, units, count).

    Event days are compared when both are known, else publication days. For a near
    copy the personnel figure is not compared: the text is the same, so a different
    figure is the extraction reading two layouts differently.
    """
    day_a, day_b = _day(a.event_date), _day(b.event_date)
    if not (day_a and day_b):
        day_a, day_b = _day(a.published), _day(b.published)
    if day_a and day_b and abs((day_a - day_b).days) > MAX_DAYS_APART:
        return False
    if a.province and b.province and a.province != b.province:
        return False
    if a.police_units and b.police_units:
        if not set(a.police_units) & set(b.police_units):
            return False
    if near_copy:
        return True
    if a.personnel_total is not None and b.personnel_total is not None:
        if a.personnel_total != b.personnel_total:
            return False
    return True


def _days(report: Report) -> set[date | None]:
    days = {_day(report.event_date), _day(report.published)} - {None}
    return days or {None}


def candidate_pairs(
    reports: Sequence[Report], sets: Sequence[np.ndarray]
) -> set[tuple[int, int]]:
    """Index pairs that share an LSH band on days at most a day apart (never all
    pairs).

    datasketch makes the MinHash signatures; the banding is ours because each band
    key also carries a day (the report's event day and publication day): reports
    are only compared with reports of neighbouring days, which keeps the candidate
    lists short even when many reports share stock phrases. A report with no day at
    all meets only others without one.
    """
    buckets: dict[tuple, list[int]] = {}
    wanted: dict[int, tuple[set, list[int]]] = {}
    # Copies of one empty MinHash share its permutations, made once.
    template = MinHash(
        num_perm=NUM_PERM, seed=1, hashfunc=_identity, scheme="affine64"
    )
    powers = _BASE ** np.arange(BAND_ROWS, dtype=np.uint64)
    for i, shingle_set in enumerate(sets):
        if len(shingle_set) < MIN_SHINGLES or reports[i].pinned:
            continue
        m = template.copy()
        m.update_batch(shingle_set.tolist())
        rows = m.hashvalues.astype(np.uint64).reshape(-1, BAND_ROWS)
        bands = ((rows * powers).sum(axis=1) & _MASK).tolist()
        days = _days(reports[i])
        for day in days:
            for k, band in enumerate(bands):
                buckets.setdefault((day, k, band), []).append(i)
        near = {
            None if day is None else day + timedelta(days=shift)
            for day in days
            for shift in ((0,) if day is None else (-1, 0, 1))
        }
        wanted[i] = (near, bands)
    pairs: set[tuple[int, int]] = set()
    for i, (near, bands) in wanted.items():
        for day in near:
            for k, band in enumerate(bands):
                for j in buckets.get((day, k, band), ()):
                    if j != i:
                        pairs.add((min(i, j), max(i, j)))
    return pairs


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _lead_order(report: Report, length: int) -> tuple:
    # Earliest report first; on the same minute the fullest; then the id, so the
    # choice never depends on the order files were read in.
    return (report.published is None, report.published or "", -length, report.id)


def group_reports(reports: Sequence[Report]) -> list[Story]:
    """Every report's story (singletons included), sorted by story id."""
    sets = [shingles(r.text) for r in reports]
    union = _Union(len(reports))
    for i, j in sorted(candidate_pairs(reports, sets)):
        # The record check first: it is cheap and turns away most look-alikes
        # (articles written from the same phrases about other days and units).
        if not records_agree(reports[i], reports[j], near_copy=True):
            continue
        similarity = jaccard(sets[i], sets[j])
        if similarity >= NEAR_COPY or (
            similarity >= MIN_JACCARD and records_agree(reports[i], reports[j])
        ):
            union.join(i, j)
    index = {r.id: i for i, r in enumerate(reports)}
    named: dict[str, int] = {}
    alone: set[int] = set()
    for i, report in enumerate(reports):
        value = (report.pinned or "").strip()
        if not value:
            continue
        if value.lower() in ALONE:
            alone.add(i)
        elif value in index and value != report.id:
            union.join(i, index[value])
        else:
            key = slugify(value) or value
            if key in named:
                union.join(i, named[key])
            else:
                named[key] = i
    members: dict[tuple[str, int], list[int]] = {}
    for i in range(len(reports)):
        root = ("alone", i) if i in alone else ("group", union.find(i))
        members.setdefault(root, []).append(i)
    root_names = {("group", union.find(i)): key for key, i in named.items()}
    stories = []
    for root, group in members.items():
        group.sort(key=lambda k: _lead_order(reports[k], len(sets[k])))
        lead = reports[group[0]].id
        story_id = root_names.get(root, lead)
        stories.append(Story(story_id, lead, tuple(reports[k].id for k in group)))
    return sorted(stories, key=lambda s: s.id)


def story_of(stories: Iterable[Story]) -> dict[str, Story]:
    """Each record id's story."""
    return {member: story for story in stories for member in story.members}
