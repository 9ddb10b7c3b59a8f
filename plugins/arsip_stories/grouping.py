"""Story groups: the reports of one event across outlets. Pure (no Pelican).

A police press release is usually printed by several outlets on the same day, each
lightly edited. Two reports join one story when

1. their texts are near-duplicates: each article's MinHash signature of its word
   shingles (``similarity``) is made when the file is read (in the reader's worker
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

Whether two reports pair depends on those two alone, so a build can keep the pairs
of the last one (``KeptPairs``): only the reports that are new or changed are paired
again, with every report (``group_reports_keeping``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date

import numpy as np
from slugify import slugify

from arsip_core.similarity import BAND_ROWS, BASE, MASK, similarity, sorted_unique

MIN_JACCARD = 0.7
# So close that only the extraction can differ: a figure read otherwise is no veto.
NEAR_COPY = 0.8
MAX_DAYS_APART = 1
# Bands two signatures must share to be compared: with 32 bands of 4 rows, a pair of
# similarity 0.7 shares 7.7 on average and fewer than 2 once in 2,000; one of 0.5
# (stock phrases) shares 2, so most such pairs are never compared.
MIN_BANDS = 2
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


def _day_numbers(report: Report) -> list[int]:
    """The days a report is filed under: its event day and publication day, each
    also the day after (so two reports at most a day apart share a day); -1 for a
    report with neither, which meets only others without one."""
    days = {_day(report.event_date), _day(report.published)} - {None}
    if not days:
        return [-1]
    return sorted({n for d in days for n in (d.toordinal(), d.toordinal() + 1)})


def candidate_pairs(
    reports: Sequence[Report], among: Collection[int] | None = None
) -> set[tuple[int, int]]:
    """Index pairs that share at least MIN_BANDS LSH bands on days at most a day
    apart (never all pairs); with ``among``, only the pairs with one of those
    reports in them.

    The banding is ours, not datasketch's MinHashLSH, because each band key also
    carries a day: reports are only compared with reports of neighbouring days,
    which keeps the candidate lists short even when many reports share stock
    phrases. Keys are sorted with numpy; only reports in the same run of equal keys
    are paired. Everything is done on whole arrays: at 10,000 synthetic reports
    (65,778 candidate pairs, runs of equal keys by the tens of thousands) a Python
    loop per report and per run took 1.1 of the 1.2 s of grouping.
    """
    signed = [
        i for i, report in enumerate(reports) if report.signature and not report.pinned
    ]
    if not signed:
        return set()
    powers = BASE ** np.arange(BAND_ROWS, dtype=np.uint64)
    rows = np.frombuffer(
        b"".join(reports[i].signature for i in signed), dtype=np.uint64
    ).reshape(len(signed), -1, BAND_ROWS)
    bands = (rows * powers).sum(axis=2) & MASK
    # One row of band keys per (report, day) the report is filed under.
    days = [_day_numbers(reports[i]) for i in signed]
    row_of = np.repeat(np.arange(len(signed)), [len(d) for d in days])
    day = np.fromiter((d for ds in days for d in ds), dtype=np.int64, count=len(row_of))
    keys = (bands[row_of] * BASE + (day + 2).astype(np.uint64)[:, None]) & MASK
    band = np.tile(np.arange(bands.shape[1], dtype=np.int64), len(row_of))
    # A band's number goes into the key too, so that band 3 never meets band 7.
    key = (keys.ravel() * BASE + band.astype(np.uint64)) & MASK
    doc = np.repeat(np.asarray(signed, dtype=np.int64)[row_of], bands.shape[1])
    wanted = None
    if among is not None:
        wanted = np.zeros(len(reports), dtype=bool)
        wanted[list(among)] = True
        # Only the runs of the keys those reports have: a key two reports share is
        # in the rows of both, so a pair with one of them keeps every vote.
        theirs = np.unique(key[wanted[doc]])
        if not len(theirs):
            return set()
        spot = np.searchsorted(theirs, key).clip(max=len(theirs) - 1)
        hit = theirs[spot] == key
        key, doc, band = key[hit], doc[hit], band[hit]
    order = np.argsort(key, kind="stable")
    key, doc, band = key[order], doc[order], band[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    sizes = np.diff(np.r_[starts, len(key)])
    # Every pair in a run of equal keys: each member with the one k places after it,
    # for k = 1, 2, ... while any run is longer than k.
    run_size = np.repeat(sizes, sizes)
    place = np.arange(len(key)) - np.repeat(starts, sizes)
    left, right, which = [], [], []
    active = np.flatnonzero(run_size > 1)
    k = 1
    while len(active):
        active = active[place[active] + k < run_size[active]]
        left.append(doc[active])
        right.append(doc[active + k])
        which.append(band[active])
        k += 1
    if not left:
        return set()
    i, j = np.concatenate(left), np.concatenate(right)
    low, high = np.minimum(i, j), np.maximum(i, j)
    keep = low != high
    n = len(reports)
    # One vote per pair and band (a pair meets on two days when both share them).
    votes = sorted_unique((low * n + high)[keep] * 64 + np.concatenate(which)[keep])
    pair = votes // 64
    first = np.flatnonzero(np.r_[True, pair[1:] != pair[:-1]])
    counts = np.diff(np.r_[first, len(pair)])
    chosen = pair[first][counts >= MIN_BANDS]
    if wanted is not None:
        # Pairs of two other reports met only on some of their keys here.
        chosen = chosen[wanted[chosen // n] | wanted[chosen % n]]
    return {(int(p // n), int(p % n)) for p in chosen}


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


def confirmed_pairs(
    reports: Sequence[Report], among: Collection[int] | None = None
) -> set[tuple[int, int]]:
    """Index pairs (lower first) that join one story: candidates whose records agree
    and whose texts are alike enough; with ``among``, only pairs with one of those."""
    pairs = set()
    for i, j in candidate_pairs(reports, among):
        # The record check first: it is cheap and turns away most look-alikes
        # (articles written from the same phrases about other days and units).
        if not records_agree(reports[i], reports[j], near_copy=True):
            continue
        alike = similarity(reports[i].signature, reports[j].signature)
        if alike >= NEAR_COPY or (
            alike >= MIN_JACCARD and records_agree(reports[i], reports[j])
        ):
            pairs.add((i, j))
    return pairs


@dataclass(frozen=True)
class KeptPairs:
    """A grouping's pairs, kept for the next build: each report's digest by id, and
    the confirmed pairs among those reports, by id."""

    digests: dict[str, bytes]
    pairs: frozenset[tuple[str, str]]


# Every field but the signature, which is hashed as it is (its repr is 4 KB).
_DIGESTED = tuple(f.name for f in fields(Report) if f.name != "signature")


def report_digest(report: Report) -> bytes:
    """What a report's pairs depend on: every field, the signature included."""
    rest = repr(tuple(getattr(report, name) for name in _DIGESTED)).encode()
    digest = hashlib.blake2b(len(report.signature).to_bytes(4, "big"), digest_size=16)
    digest.update(report.signature)
    digest.update(rest)
    return digest.digest()


def group_reports(reports: Sequence[Report]) -> list[Story]:
    """Every report's story (singletons included), sorted by story id."""
    return _group(reports, confirmed_pairs(reports))


def group_reports_keeping(
    reports: Sequence[Report], kept: KeptPairs | None
) -> tuple[list[Story], KeptPairs | None]:
    """``group_reports`` with the pairs of a previous grouping (``kept``): a pair of
    two reports unchanged since is kept, only the new and changed reports are
    paired again. Returns the stories and what to keep for the next one (None when
    two reports share an id)."""
    digests = [report_digest(r) for r in reports]
    ids = [r.id for r in reports]
    index = {id_: i for i, id_ in enumerate(ids)}
    if len(index) != len(reports):
        return group_reports(reports), None
    if kept is None:
        pairs = confirmed_pairs(reports)
    else:
        changed = [
            i for i, id_ in enumerate(ids) if kept.digests.get(id_) != digests[i]
        ]
        pairs = _kept_pairs(kept, index, digests)
        if changed:
            pairs |= confirmed_pairs(reports, changed)
    keep = KeptPairs(
        dict(zip(ids, digests, strict=True)),
        frozenset((ids[i], ids[j]) for i, j in pairs),
    )
    return _group(reports, pairs), keep


def _kept_pairs(
    kept: KeptPairs, index: dict[str, int], digests: list[bytes]
) -> set[tuple[int, int]]:
    """The kept pairs of two reports both here and unchanged, as index pairs."""
    pairs = set()
    old = kept.digests
    for a, b in kept.pairs:
        i, j = index.get(a), index.get(b)
        if i is None or j is None:
            continue
        if old.get(a) == digests[i] and old.get(b) == digests[j]:
            pairs.add((i, j) if i < j else (j, i))
    return pairs


def _group(reports: Sequence[Report], pairs: Iterable[tuple[int, int]]) -> list[Story]:
    union = _Union(len(reports))
    for i, j in pairs:
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
