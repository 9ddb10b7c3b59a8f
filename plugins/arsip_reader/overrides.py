"""Maintainer overrides: front matter and sidecar values win over extraction.

Pure functions: no Pelican import.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from arsip_core.dictionary import FIELDS_BY_NAME, check_value
from arsip_core.gazetteer import Gazetteer, KabKota, load_gazetteer
from arsip_core.model import (
    KALIMANTAN_PROVINCES,
    OUTSIDE_KALIMANTAN,
    CountItem,
    Official,
    Place,
    Record,
    replace_record,
    to_plain,
)
from arsip_core.textpolicy import POLICIES, normalise_policy
from arsip_core.warnings import WarningCode, warn
from arsip_extract.dates import parse_published
from arsip_extract.numbers import to_int
from arsip_reader.parse import ArticleRejected

# Front-matter keys that are Pelican's, not the record's.
PELICAN_KEYS = frozenset(
    {"slug", "aliases", "tags", "summary", "status", "template", "lang"}
)
# Front-matter keys the reader uses itself: how much of the text the site shows
# (arsip_core.textpolicy).
TEXT_POLICY_KEY = "text_policy"
# Friendly aliases maintainers may use.
ALIASES = {
    "date": "published",
    "tanggal": "published",
    "judul": "title",
    "media": "outlet",
    "penulis": "author",
    "sumber": "url",
    "provinsi": "province",
    "operasi": "operation",
    "pemilu": "election",
    "kegiatan": "activities",
    "tempat": "places",
    "satuan": "police_units",
    "pejabat": "officials",
    "personel": "personnel_total",
    "cerita": "story_group",
    "story": "story_group",
    "teks": TEXT_POLICY_KEY,
}
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SAFE_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
_OTHER_PROVINCES_HINT = "luar Kalimantan atau nama provinsi lain di Indonesia"


# libyaml's safe loader when PyYAML was built with it: the same values, about ten
# times faster than the pure-Python one (there is a sidecar or front matter per file).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(text: str) -> Any:
    try:
        return yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError:
        # libyaml marks some errors a line further on: the pure loader names the line
        # maintainers expect. Errors are rare, so parsing twice costs nothing.
        return yaml.safe_load(text)


def load_yaml_mapping(
    text: str, first_line: int = 1, what: str = "front matter"
) -> dict[str, Any]:
    """Parse front matter or a sidecar (``what`` names it in messages); a syntax
    error names its line."""
    try:
        data = _load_yaml(text) if text.strip() else {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        problem = getattr(err, "problem", None) or "sintaks YAML salah"
        raise ArticleRejected(f"{what} tidak terbaca: {problem}", line=line) from None
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ArticleRejected(
            f"{what} harus berupa pasangan 'kunci: nilai'", line=first_line
        )
    _check_expanded_size(data, first_line, what)
    return {str(k).strip().lower(): v for k, v in data.items()}


# YAML aliases share one object many times: a few lines can stand for millions of
# values that explode when a field is turned into text ("billion laughs").
MAX_FRONT_MATTER_VALUES = 10_000
MAX_FRONT_MATTER_CHARS = 200_000


def _check_expanded_size(
    data: Any, first_line: int, what: str = "front matter"
) -> None:
    """Reject front matter whose values, aliases expanded, are too many or too long."""
    values = chars = 0
    stack = [data]
    while stack:
        item = stack.pop()
        values += 1
        if isinstance(item, Mapping):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set)):
            stack.extend(item)
        else:
            chars += len(str(item))
        if values > MAX_FRONT_MATTER_VALUES or chars > MAX_FRONT_MATTER_CHARS:
            raise ArticleRejected(
                f"{what} terlalu besar: lebih dari {MAX_FRONT_MATTER_VALUES} "
                f"nilai atau {MAX_FRONT_MATTER_CHARS} karakter (alias YAML berlapis?)",
                line=first_line,
            )


def normalise_keys(values: Mapping[str, Any]) -> dict[str, Any]:
    """Map aliases (``tanggal``, ``provinsi``...) to record field names."""
    return {ALIASES.get(k, k): v for k, v in values.items()}


def safe_url(value: Any) -> str | None:
    """Only http(s) links reach a page; anything else is dropped."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value if _SAFE_URL.match(value) else None


def coerce_published(value: Any, tz: ZoneInfo) -> datetime | None:
    """A front-matter date (YAML date, datetime or text) as an aware datetime."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=tz)
    if isinstance(value, str):
        text = value.strip()
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            return parse_published(text, tz)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)
    return None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [value]


def find_kabkota(name: str, gaz: Gazetteer) -> KabKota | None:
    """The kabupaten/kota a maintainer means: full name, bare name or alias."""
    found = gaz.place(name)
    if found is not None:
        return found
    key = name.strip().lower()
    return next(
        (p for p in gaz.places if key in (m.lower() for m in p.match_names)), None
    )


def _place(value: Any, province: str | None, gaz: Gazetteer) -> tuple[Place, bool]:
    """A front-matter place, completed from the gazetteer; and whether it was found."""
    fields = {f.name for f in dataclasses.fields(Place)}
    data = (
        {k: v for k, v in value.items() if k in fields}
        if isinstance(value, Mapping)
        else {"name": str(value)}
    )
    known = find_kabkota(str(data.get("name", "")), gaz)
    if known is not None:
        data = {
            "kind": known.kind,
            "province": known.province,
            "lat": known.lat,
            "lon": known.lon,
            **{k: v for k, v in data.items() if v not in (None, "")},
            "name": known.full_name,
        }
    data.setdefault("kind", "")
    data.setdefault("province", province or "")
    return Place(**data), known is not None


def _official(value: Any) -> Official:
    if isinstance(value, Mapping):
        return Official(
            rank=value.get("rank"),
            name=str(value.get("name", "")),
            position=value.get("position"),
        )
    return Official(rank=None, name=str(value))


def whole_number(value: Any) -> int | None:
    """A maintainer's count, read as the extractor reads one: ``3294``, ``"3.294"``
    (YAML reads an unquoted 3.294 as a fraction: it is taken as written), ``lima``.
    A yes/no is not a number."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError("ya/tidak bukan bilangan")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = repr(value) if isinstance(value, float) else str(value).strip()
    if _NEGATIVE.match(text):
        return int(text)
    number = to_int(text)
    if number is None:
        raise ValueError(f"{text!r} bukan bilangan")
    return number


_NEGATIVE = re.compile(r"^-\d+$")


def _count_items(value: Any) -> tuple[CountItem, ...]:
    if isinstance(value, Mapping):
        return tuple(CountItem(str(k), whole_number(v)) for k, v in value.items())
    return tuple(
        CountItem(str(i["label"]), whole_number(i["count"])) for i in _as_list(value)
    )


# Record fields the build computes: a maintainer's value would be overwritten.
COMPUTED = frozenset({"page_url", "story_lead", "source_file", "warnings"})
# How a maintainer's value is named on the article page and in the report.
PREFIX = "isian pengelola"


@dataclass(frozen=True)
class Overridden:
    """The record with the maintainer's values, the warnings, and the keys taken."""

    record: Record
    warnings: list[str]
    accepted: frozenset[str]


def _shown(value: Any) -> str:
    text = "kosong" if value is None else repr(value)
    return text if len(text) <= 80 else text[:79] + "…"


def apply_overrides(
    record: Record,
    values: Mapping[str, Any],
    *,
    tz: ZoneInfo,
    known_provinces: frozenset[str] = frozenset(),
    gazetteer: Gazetteer | None = None,
) -> Overridden:
    """``record`` with the maintainer's values applied, each read and then checked
    against the data dictionary; an invalid one is warned about and not applied."""
    changes: dict[str, Any] = {}
    warnings: list[str] = []
    gaz = gazetteer or load_gazetteer()
    provinces = (
        set(KALIMANTAN_PROVINCES)
        | {OUTSIDE_KALIMANTAN}
        | {p.name for p in gaz.other_provinces}
        | set(known_provinces)
    )
    record_fields = {f.name for f in dataclasses.fields(Record)}
    for key, value in normalise_keys(values).items():
        if key in PELICAN_KEYS:
            continue
        if key == TEXT_POLICY_KEY:
            if normalise_policy(value) is None:
                warnings.append(
                    warn(
                        WarningCode.OVERRIDE_INVALID,
                        f"{PREFIX}: text_policy '{value}' tidak dikenal "
                        f"({', '.join(POLICIES)}); kebijakan media dipakai",
                    )
                )
            continue
        if key in COMPUTED:
            warnings.append(
                warn(
                    WarningCode.OVERRIDE_UNKNOWN,
                    f"{PREFIX}: '{key}' dihitung saat build, tidak bisa diisi; "
                    "diabaikan",
                )
            )
            continue
        if key not in FIELDS_BY_NAME or key not in record_fields:
            warnings.append(
                warn(
                    WarningCode.OVERRIDE_UNKNOWN,
                    f"{PREFIX}: kunci '{key}' tidak dikenal, diabaikan",
                )
            )
            continue
        try:
            new, notes = _read_value(key, value, record, changes, tz, provinces, gaz)
        except (TypeError, ValueError, KeyError, AttributeError) as err:
            warnings.append(
                warn(
                    WarningCode.OVERRIDE_INVALID,
                    f"{PREFIX}: {key} = {_shown(value)} tidak terbaca ({err}); "
                    "nilai hasil ekstraksi dipakai",
                )
            )
            continue
        problem = check_value(key, to_plain(new))
        if problem is not None:
            warnings.append(
                warn(
                    WarningCode.OVERRIDE_INVALID,
                    f"{PREFIX}: {key} = {_shown(value)} ditolak: {problem}; "
                    "nilai hasil ekstraksi dipakai",
                )
            )
            continue
        warnings.extend(notes)
        changes[key] = new
        if key == "event_date" and new is not None:
            changes.setdefault("event_date_precision", "day")
    return Overridden(replace_record(record, **changes), warnings, frozenset(changes))


def _read_value(
    key: str,
    value: Any,
    record: Record,
    changes: Mapping[str, Any],
    tz: ZoneInfo,
    provinces: set[str],
    gaz: Gazetteer,
) -> tuple[Any, list[str]]:
    """A maintainer's value as the record holds it, and notes about it; ValueError
    when it cannot be read at all."""
    if key == "published":
        when = coerce_published(value, tz)
        if when is None:
            raise ValueError("tanggal tidak terbaca")
        day_only = not isinstance(value, datetime) and (
            isinstance(value, date) or _DATE_ONLY.match(str(value).strip())
        )
        return (when.date().isoformat() if day_only else when.isoformat()), []
    if key == "url":
        if value is None:
            return None, []
        url = safe_url(value)
        if url is None:
            raise ValueError("url ditolak: hanya alamat http/https")
        return url, []
    if key == "province":
        name = str(value).strip()
        match = next((p for p in provinces if p.lower() == name.lower()), None)
        if match is None:
            raise ValueError(
                f"provinsi '{name}' tidak dikenal (pakai {_OTHER_PROVINCES_HINT})"
            )
        return match, []
    if key == "activities":
        return tuple(str(a).strip() for a in _as_list(value)), []
    if key == "places":
        province = changes.get("province", record.province)
        places, notes = [], []
        for item in _as_list(value):
            place, found = _place(item, province, gaz)
            if not found:
                notes.append(
                    warn(
                        WarningCode.OVERRIDE_NOTE,
                        f"{PREFIX}: tempat '{place.name}' tidak ada di gazetir "
                        "kabupaten/kota Kalimantan; tanpa koordinat",
                    )
                )
            places.append(place)
        return tuple(places), notes
    if key == "officials":
        return tuple(_official(v) for v in _as_list(value)), []
    if key in ("police_units", "event_dates"):
        return tuple(str(v) for v in _as_list(value)), []
    if key in ("personnel_breakdown", "tps_counts"):
        return _count_items(value), []
    if key in ("personnel_total", "activity_points"):
        return whole_number(value), []
    if isinstance(value, (Mapping, list, tuple)):
        raise ValueError("harus satu nilai, bukan daftar")
    if key in ("event_date", "election", "event_date_precision"):
        return (None if value is None else str(value).strip() or None), []
    return (None if value is None else str(value).strip()), []
