"""What Pagefind learns about one record: filters, sort keys and result metadata.

Pure functions of a Record: no Pelican, no Pagefind. The template ``_pagefind.html``
turns a ``SearchFields`` into ``data-pagefind-*`` elements.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from arsip_core.events import first_day
from arsip_core.model import Record
from arsip_i18n.text import INDONESIAN, EditionText
from arsip_taxonomy.terms import place_name

MONTH_NAMES = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip

# Filter names as readers see them in the search page, in display order.
FILTER_PROVINCE = "Provinsi"
FILTER_PLACE = "Kabupaten/kota"
FILTER_ELECTION = "Pemilihan"
FILTER_ACTIVITY = "Kegiatan"
FILTER_UNIT = "Satuan polisi"
FILTER_OPERATION = "Operasi"
FILTER_OUTLET = "Media"
FILTER_MONTH = "Bulan"
FILTER_NAMES = (
    FILTER_PROVINCE,
    FILTER_PLACE,
    FILTER_ELECTION,
    FILTER_ACTIVITY,
    FILTER_UNIT,
    FILTER_OPERATION,
    FILTER_OUTLET,
    FILTER_MONTH,
)

# Pagefind drops pages without the sort key when sorting, so an unknown date gets
# a value that sorts last in both directions: one key per direction.
SORT_NEWEST = "terbaru"
SORT_OLDEST = "terlama"
_UNKNOWN_NEWEST = "0000-00-00"
_UNKNOWN_OLDEST = "9999-99-99"

_NO_TAGS = str.maketrans({"<": "\u2039", ">": "\u203a"})

META_OUTLET = "media"
META_DATE = "tanggal"
META_PROVINCE = "provinsi"


@dataclass(frozen=True)
class SearchFields:
    """Pagefind's view of one article."""

    filters: tuple[tuple[str, str], ...]
    sorts: tuple[tuple[str, str], ...]
    meta: tuple[tuple[str, str], ...]
    # Where and by whom, as words to find: the dateline, kabupaten/kota (bare and
    # full name), province and police units. Indexed with extra weight, so a place
    # query ranks the articles filed under that place first.
    terms: tuple[str, ...] = ()


def record_day(record: Record) -> date | None:
    """The day an article is filed under: its publication day, else its event day."""
    return first_day(record.published, record.event_date)


def month_value(day: date, text: EditionText = INDONESIAN) -> str:
    """``2024-02 Februari``: sorts by time and still reads as a month."""
    return f"{day:%Y-%m} {text.month_name(day)}"


def long_date(day: date, text: EditionText = INDONESIAN) -> str:
    """``5 Februari 2024``."""
    return f"{day.day} {text.month_name(day)} {day.year}"


def filter_value(text: str | None) -> str:
    """A filter value safe in any UI: ``<`` and ``>`` become ``‹`` and ``›``.

    Pagefind decodes any entities we write, so escaping cannot survive into its
    index, and a UI that writes filter values as HTML (Pagefind's own does) would
    make tags of them. Our search page escapes them, but the index is public data.
    Only filter values change: text, titles and metadata stay as written.
    """
    return (text or "").strip().translate(_NO_TAGS)


def search_fields(
    record: Record,
    *,
    outlet: str | None = None,
    election_labels: dict[str, str] | None = None,
    activity_labels: dict[str, str] | None = None,
    text: EditionText = INDONESIAN,
) -> SearchFields:
    """Filters, sort keys and metadata for ``record`` (``outlet`` is the fallback);
    labels, months and dates in ``text``'s language."""
    election_labels = election_labels or {}
    activity_labels = activity_labels or {}
    outlet = (record.outlet or outlet or "").strip() or None
    day = record_day(record)
    filters: list[tuple[str, str]] = []

    def add(name: str, values) -> None:
        for value in values:
            value = filter_value(value)
            if value and (name, value) not in filters:
                filters.append((name, value))

    add(FILTER_PROVINCE, [record.province])
    add(FILTER_PLACE, [p.name for p in record.places if p.kind != "provinsi"])
    add(FILTER_ELECTION, [election_labels.get(record.election or "", record.election)])
    add(FILTER_ACTIVITY, [activity_labels.get(a, a) for a in record.activities])
    add(FILTER_UNIT, record.police_units)
    add(FILTER_OPERATION, [record.operation])
    add(FILTER_OUTLET, [outlet])
    add(FILTER_MONTH, [month_value(day, text)] if day else [])

    iso = day.isoformat() if day else None
    sorts = (
        (SORT_NEWEST, iso or _UNKNOWN_NEWEST),
        (SORT_OLDEST, iso or _UNKNOWN_OLDEST),
    )
    unknown = text.gettext("tanggal tidak diketahui")
    meta = [(META_DATE, long_date(day, text) if day else unknown)]
    if outlet:
        meta.insert(0, (META_OUTLET, outlet))
    if record.province:
        meta.append((META_PROVINCE, record.province))
    return SearchFields(
        filters=tuple(filters),
        sorts=sorts,
        meta=tuple(meta),
        terms=place_terms(record),
    )


def place_terms(record: Record) -> tuple[str, ...]:
    """The dateline, each place (``Pontianak``, ``Kota Pontianak``), province, units."""
    words: list[str] = []

    def add(value: str | None) -> None:
        value = (value or "").strip()
        if value and value not in words:
            words.append(value)

    add(record.dateline_place)
    for place in record.places:
        add(place.name)
        add(place_name(place.kind, place.name))
    add(record.province)
    for unit in record.police_units:
        add(unit)
    return tuple(words)


@dataclass(frozen=True)
class FilterChoice:
    """A filter value on the search page: what Pagefind stores, what readers see,
    and the search shards that hold it (empty: every shard)."""

    value: str
    label: str
    count: int
    shards: tuple[int, ...] = ()


def month_label(value: str) -> str:
    """``2024-02 Februari`` -> ``Februari 2024``; anything else unchanged."""
    stamp, _, name = value.partition(" ")
    if len(stamp) == 7 and stamp[4] == "-" and name:
        return f"{name} {stamp[:4]}"
    return value


def filter_choices(
    all_fields: Iterable[SearchFields],
    shard_of: Iterable[int | None] | None = None,
    shard_count: int = 0,
) -> list[tuple[str, list[FilterChoice]]]:
    """Every filter's values with their article counts, in ``FILTER_NAMES`` order.

    The search page lists them as plain checkboxes, so Pagefind never has to load
    every filter chunk just to draw the panel: a chunk is fetched only once a
    reader picks one of its values. Months run newest first, the rest A to Z.

    ``shard_of`` gives the search shard (0 to ``shard_count`` - 1, or None: in no
    shard) of each entry of ``all_fields``: a value then says which shards hold it,
    unless it is in all of them, so the page loads only those when it is picked.
    """
    counts: dict[str, Counter[str]] = {name: Counter() for name in FILTER_NAMES}
    where: dict[tuple[str, str], set[int]] = {}
    shard_list = iter(shard_of) if shard_of is not None else None
    for fields in all_fields:
        shard = next(shard_list) if shard_list is not None else None
        for name, value in fields.filters:
            counts.setdefault(name, Counter())[value] += 1
            if shard is not None:
                where.setdefault((name, value), set()).add(shard)
    groups = []
    for name, values in counts.items():
        if not values:
            continue
        newest_first = name == FILTER_MONTH
        ordered = sorted(values, key=str.casefold, reverse=newest_first)
        label = month_label if newest_first else str
        choices = []
        for v in ordered:
            shards = where.get((name, v), set())
            held = () if len(shards) >= shard_count else tuple(sorted(shards))
            choices.append(FilterChoice(v, label(v), values[v], held))
        groups.append((name, choices))
    return groups
