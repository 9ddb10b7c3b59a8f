"""The archive's plain data: what the reader parsed and the structured record.

Everything here is a frozen dataclass of primitives and tuples, so it pickles into
Pelican's content cache and serialises to JSON as plain data (``Record.to_dict``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import datetime
from typing import Any

# Election identifiers used in records, URLs and exports.
PEMILU_2024 = "pemilu-2024"
PILKADA_2024 = "pilkada-2024"

# Activity identifiers, in display order.
ACTIVITIES = (
    "apel",
    "patroli",
    "pengamanan-kampanye",
    "pengamanan-kantor-kpu-bawaslu",
    "pengamanan-gudang-logistik",
    "pengawalan-logistik",
    "pengamanan-tps",
    "pengamanan-rekapitulasi",
    "simulasi-sispamkota",
    "lainnya",
)

KALIMANTAN_PROVINCES = (
    "Kalimantan Barat",
    "Kalimantan Tengah",
    "Kalimantan Selatan",
    "Kalimantan Timur",
    "Kalimantan Utara",
)
OUTSIDE_KALIMANTAN = "luar Kalimantan"


@dataclass(frozen=True)
class ParsedArticle:
    """What the reader found in a raw file, before extraction."""

    source_path: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None
    published: datetime | None = None
    dateline_place: str | None = None
    paragraphs: tuple[str, ...] = ()
    credit: str | None = None
    warnings: tuple[str, ...] = ()
    # The date written in the dateline ("Balikpapan, 20 September 2024 -"), as written;
    # see arsip_extract.dateline.dateline_date. The body no longer holds it.
    dateline_date: str | None = None
    # "minute" for a stamp with a time; "day" when only the day is known (a dated
    # dateline, or a front-matter date without a time).
    published_precision: str | None = None
    # The dateline as written before the story ("Polres Berau, Gunung Tabur –"): a
    # unit chain there names the unit acting; the body no longer holds it.
    dateline_text: str | None = None
    # Photo captions among the header lines: their date is the deed's when the body
    # dates none of its own (arsip_extract.record).
    captions: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The body as plain text, one paragraph per line."""
        return "\n".join(self.paragraphs)


@dataclass(frozen=True)
class Place:
    """A kabupaten/kota (or another gazetteer place) named by an article."""

    name: str
    kind: str  # "kabupaten", "kota" or "provinsi"
    province: str
    lat: float | None = None
    lon: float | None = None
    count: int | None = None  # e.g. campaign events reported for this place
    count_label: str | None = None  # what ``count`` counts, e.g. "kegiatan"


@dataclass(frozen=True)
class Official:
    """An official named in an article, with rank and post normalised."""

    rank: str | None
    name: str
    position: str | None = None


@dataclass(frozen=True)
class CountItem:
    """One labelled number: a personnel breakdown line or a TPS category."""

    label: str
    count: int


@dataclass(frozen=True)
class Record:
    """The structured record of one article: the archive's unit of data.

    Field names are the open-data field names (see data dictionary).
    """

    id: str = ""
    title: str = ""
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 with offset, or None when unknown
    event_date: str | None = None  # ISO date of the (first) event day
    event_dates: tuple[str, ...] = ()
    event_date_precision: str | None = None  # "day", "inferred" or None
    dateline_place: str | None = None
    province: str | None = None
    places: tuple[Place, ...] = ()
    police_units: tuple[str, ...] = ()
    operation: str | None = None
    election: str | None = None
    activities: tuple[str, ...] = ()
    officials: tuple[Official, ...] = ()
    personnel_total: int | None = None
    personnel_text: str | None = None
    personnel_breakdown: tuple[CountItem, ...] = ()
    tps_counts: tuple[CountItem, ...] = ()
    activity_points: int | None = None
    # The story (one event's reports across outlets, arsip_stories) and its lead
    # report's id; set for every published record at build time, or pinned by the
    # maintainer (``cerita``/``story``).
    story_group: str | None = None
    story_lead: str | None = None
    source_file: str | None = None
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready plain data (lists, dicts, primitives)."""
        return _plain(self)


# Field names of each dataclass met (None: not a dataclass). The same result as
# ``dataclasses.asdict`` with tuples as lists, without its deep copies: asdict was
# a fifth of the open-data export's time.
_SHAPES: dict[type, tuple[str, ...] | None] = {}


def to_plain(value: Any) -> Any:
    """A record value as JSON-ready data: dataclasses as dicts, tuples as lists."""
    return _plain(value)


def _plain(value: Any) -> Any:
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    kind = type(value)
    try:
        names = _SHAPES[kind]
    except KeyError:
        names = tuple(f.name for f in fields(value)) if is_dataclass(value) else None
        _SHAPES[kind] = names
    if names is None:
        return value
    return {name: _plain(getattr(value, name)) for name in names}


RECORD_FIELDS = tuple(f.name for f in fields(Record))
_RECORD_FIELD_SET = frozenset(RECORD_FIELDS)


def replace_record(record: Record, **changes: Any) -> Record:
    """``dataclasses.replace(record, **changes)`` for a Record: the same record
    (equal, same repr and pickle), its fields copied as they are.

    Record's ``__init__`` only sets its fields, one frozen ``__setattr__`` each, and
    ``replace`` looks every field up first: ~25 us a call, several calls an article.
    Anything but a Record and known field names goes through ``replace`` itself.
    """
    if type(record) is not Record or not changes.keys() <= _RECORD_FIELD_SET:
        return replace(record, **changes)
    new = object.__new__(Record)
    object.__setattr__(new, "__dict__", {**record.__dict__, **changes})
    return new


def record_from_dict(data: dict[str, Any]) -> Record:
    """Build a Record from plain data (the inverse of ``Record.to_dict``)."""
    known = {k: v for k, v in data.items() if k in RECORD_FIELDS}
    known["places"] = tuple(Place(**p) for p in known.get("places") or ())
    known["officials"] = tuple(Official(**o) for o in known.get("officials") or ())
    for key in ("personnel_breakdown", "tps_counts"):
        known[key] = tuple(CountItem(**c) for c in known.get(key) or ())
    for key in ("event_dates", "police_units", "activities", "warnings"):
        known[key] = tuple(known.get(key) or ())
    return Record(**known)
