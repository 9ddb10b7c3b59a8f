"""Story groups: the reports of one event across outlets. Pure (no Pelican).

A police press release is usually printed by several outlets on the same day, each
lightly edited. Two reports join one story when

1. their texts are near-duplicates: each article's MinHash signature of its word
   shingles (``datasketch``) is made when the file is read (in the reader's worker
   processes, and kept in Pelican's content cache, from the full text whatever the
   page later shows); signatures banded by day (LSH) propose candidate pairs without
   comparing all pairs, and the share of equal MinHash values (an estimate of the
   Jaccard similarity) confirms them; and
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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from slugify import slugify

from arsip_core.similarity import BAND_ROWS, BASE, MASK, similarity

MIN_JACCARD = 0.6
# So close that only the extraction can differ: a figure read otherwise is no veto.
NEAR_COPY = 0.8
MAX_DAYS_APART = 1
# Maintainer values that keep an article out of every story but its own.
ALONE = frozenset({"sendiri", "tidak", "none", "no", "-"})


@dataclass(frozen=True)
class Report:
    """What grouping needs of one article."""

    id: str
    signature: bytes = b""  # text_signature() of its body; empty: too short
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


def report_from(record, signature: bytes) -> Report:
    """What grouping reads of an article: its signature and a few record fields."""
    return Report(
        id=record.id,
        signature=signature,
        published=record.published,
        event_date=record.event_date,
        province=record.province,
        police_units=record.police_units,
        personnel_total=record.personnel_total,
        pinned=record.story_group,
    )


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


def candidate_pairs(reports: Sequence[Report]) -> set[tuple[int, int]]:
    """Index pairs that share an LSH band on days at most a day apart (never all
    pairs).

    The banding is ours, not datasketch's MinHashLSH, because each band key also
    carries a day (the report's event day and publication day): reports are only
    compared with reports of neighbouring days, which keeps the candidate lists
    short even when many reports share stock phrases. A report with no day at all
    meets only others without one.
    """
    buckets: dict[tuple, list[int]] = {}
    wanted: dict[int, tuple[set, list[int]]] = {}
    powers = BASE ** np.arange(BAND_ROWS, dtype=np.uint64)
    for i, report in enumerate(reports):
        if not report.signature or report.pinned:
            continue
        rows = np.frombuffer(report.signature, dtype=np.uint64).reshape(-1, BAND_ROWS)
        bands = ((rows * powers).sum(axis=1) & MASK).tolist()
        days = _days(report)
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


def _lead_order(report: Report) -> tuple:
    # Earliest report first; then the id, so the choice never depends on the order
    # files were read in.
    return (report.published is None, report.published or "", report.id)


def group_reports(reports: Sequence[Report]) -> list[Story]:
    """Every report's story (singletons included), sorted by story id."""
    union = _Union(len(reports))
    for i, j in sorted(candidate_pairs(reports)):
        # The record check first: it is cheap and turns away most look-alikes
        # (articles written from the same phrases about other days and units).
        if not records_agree(reports[i], reports[j], near_copy=True):
            continue
        alike = similarity(reports[i].signature, reports[j].signature)
        if alike >= NEAR_COPY or (
            alike >= MIN_JACCARD and records_agree(reports[i], reports[j])
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
        group.sort(key=lambda k: _lead_order(reports[k]))
        lead = reports[group[0]].id
        story_id = root_names.get(root, lead)
        stories.append(Story(story_id, lead, tuple(reports[k].id for k in group)))
    return sorted(stories, key=lambda s: s.id)


def story_of(stories: Iterable[Story]) -> dict[str, Story]:
    """Each record id's story."""
    return {member: story for story in stories for member in story.members}
