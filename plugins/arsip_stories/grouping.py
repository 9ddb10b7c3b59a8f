"""Story groups: the reports of one event across outlets. Pure (no Pelican).

A police press release is usually printed by several outlets on the same day, each
lightly edited. Two reports join one story when

1. their texts are near-duplicates: MinHash/LSH (``datasketch``) proposes candidate
   pairs without comparing all pairs, and the exact Jaccard similarity of their word
   shingles confirms them; and
2. their records agree: event days at most a day apart, the same province, at least one
   police unit in common and the same personnel figure, wherever both records have the
   value.

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
from datetime import date

from datasketch import MinHash, MinHashLSH
from slugify import slugify

SHINGLE_WORDS = 5
NUM_PERM = 64
# LSH proposes pairs whose estimated similarity is around this or above; the exact
# Jaccard check below decides.
LSH_THRESHOLD = 0.4
MIN_JACCARD = 0.5
# Fewer shingles than this (a stub of a few sentences) is too little text to tell a
# copy from a look-alike.
MIN_SHINGLES = 25
MAX_DAYS_APART = 1
# Maintainer values that keep an article out of every story but its own.
ALONE = frozenset({"sendiri", "tidak", "none", "no", "-"})

_WORD = re.compile(r"\w+")


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


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[bytes]:
    """The set of ``size``-word shingles of a text, lower-cased, as bytes."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return frozenset()
    return frozenset(
        " ".join(words[i : i + size]).encode("utf-8")
        for i in range(len(words) - size + 1)
    )


def _crc32(data: bytes) -> int:
    # A C hash that is the same in every process (Python's hash() is salted), so
    # groups are reproducible; datasketch's default SHA-1 is several times slower.
    return zlib.crc32(data)


def jaccard(a: frozenset[bytes], b: frozenset[bytes]) -> float:
    """Exact Jaccard similarity of two shingle sets."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def records_agree(a: Report, b: Report) -> bool:
    """True unless a value both reports give disagrees (dates, place, units, count)."""
    day_a = _day(a.event_date) or _day(a.published)
    day_b = _day(b.event_date) or _day(b.published)
    if day_a and day_b and abs((day_a - day_b).days) > MAX_DAYS_APART:
        return False
    if a.province and b.province and a.province != b.province:
        return False
    if a.police_units and b.police_units:
        if not set(a.police_units) & set(b.police_units):
            return False
    if a.personnel_total is not None and b.personnel_total is not None:
        if a.personnel_total != b.personnel_total:
            return False
    return True


def candidate_pairs(
    reports: Sequence[Report], sets: Sequence[frozenset[bytes]]
) -> set[tuple[int, int]]:
    """Index pairs that LSH finds similar (never all pairs)."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    hashes: dict[int, MinHash] = {}
    for i, shingle_set in enumerate(sets):
        if len(shingle_set) < MIN_SHINGLES or reports[i].pinned:
            continue
        m = MinHash(num_perm=NUM_PERM, hashfunc=_crc32, seed=1)
        m.update_batch(shingle_set)
        hashes[i] = m
        lsh.insert(i, m, check_duplication=False)
    pairs: set[tuple[int, int]] = set()
    for i, m in hashes.items():
        for j in lsh.query(m):
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
        if jaccard(sets[i], sets[j]) >= MIN_JACCARD and records_agree(
            reports[i], reports[j]
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
