"""Maintainer overrides: front matter and sidecar values win over extraction.

Pure functions: no Pelican import.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from arsip_core.gazetteer import Gazetteer, KabKota, load_gazetteer
from arsip_core.model import (
    ACTIVITIES,
    KALIMANTAN_PROVINCES,
    OUTSIDE_KALIMANTAN,
    PEMILU_2024,
    PILKADA_2024,
    CountItem,
    Official,
    Place,
    Record,
)
from arsip_core.textpolicy import POLICIES, normalise_policy
from arsip_extract.dates import parse_published
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


def load_yaml_mapping(text: str, first_line: int = 1) -> dict[str, Any]:
    """Parse front matter or a sidecar; a syntax error names its line."""
    try:
        data = _load_yaml(text) if text.strip() else {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        problem = getattr(err, "problem", None) or "sintaks YAML salah"
        raise ArticleRejected(
            f"front matter tidak terbaca: {problem}", line=line
        ) from None
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ArticleRejected(
            "front matter harus berupa pasangan 'kunci: nilai'", line=first_line
        )
    _check_expanded_size(data, first_line)
    return {str(k).strip().lower(): v for k, v in data.items()}


# YAML aliases share one object many times: a few lines can stand for millions of
# values that explode when a field is turned into text ("billion laughs").
MAX_FRONT_MATTER_VALUES = 10_000
MAX_FRONT_MATTER_CHARS = 200_000


def _check_expanded_size(data: Any, first_line: int) -> None:
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
                f"front matter terlalu besar: lebih dari {MAX_FRONT_MATTER_VALUES} "
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


def _count_items(value: Any) -> tuple[CountItem, ...]:
    if isinstance(value, Mapping):
        return tuple(CountItem(str(k), int(v)) for k, v in value.items())
    return tuple(CountItem(str(i["label"]), int(i["count"])) for i in _as_list(value))


def apply_overrides(
    record: Record,
    values: Mapping[str, Any],
    *,
    tz: ZoneInfo,
    known_provinces: frozenset[str] = frozenset(),
    gazetteer: Gazetteer | None = None,
) -> tuple[Record, list[str]]:
    """Return ``record`` with maintainer values applied, and warnings about them."""
    changes: dict[str, Any] = {}
    warnings: list[str] = []
    gaz = gazetteer or load_gazetteer()
    provinces = (
        set(KALIMANTAN_PROVINCES)
        | {OUTSIDE_KALIMANTAN}
        | {p.name for p in gaz.other_provinces}
        | set(known_provinces)
    )
    for key, value in normalise_keys(values).items():
        if key in PELICAN_KEYS or key in ("source_file", "warnings"):
            continue
        if key == TEXT_POLICY_KEY:
            if normalise_policy(value) is None:
                warnings.append(
                    f"front matter: text_policy '{value}' tidak dikenal "
                    f"({', '.join(POLICIES)}); kebijakan media dipakai"
                )
            continue
        try:
            if key == "published":
                when = coerce_published(value, tz)
                if when is None:
                    warnings.append(f"front matter: tanggal '{value}' tidak terbaca")
                    continue
                day_only = not isinstance(value, datetime) and (
                    isinstance(value, date) or _DATE_ONLY.match(str(value).strip())
                )
                changes["published"] = (
                    when.date().isoformat() if day_only else when.isoformat()
                )
            elif key == "url":
                url = safe_url(value)
                if url is None:
                    warnings.append("front matter: url ditolak (hanya http/https)")
                changes["url"] = url
            elif key == "province":
                name = str(value).strip()
                match = next((p for p in provinces if p.lower() == name.lower()), None)
                if match is None:
                    warnings.append(
                        f"front matter: provinsi '{name}' tidak dikenal "
                        f"(pakai {_OTHER_PROVINCES_HINT}); "
                        "nilai hasil ekstraksi dipakai"
                    )
                    continue
                changes["province"] = match
            elif key == "election":
                if value not in (PEMILU_2024, PILKADA_2024, None):
                    warnings.append(
                        f"front matter: election '{value}' tidak dikenal "
                        f"({PEMILU_2024}, {PILKADA_2024} atau kosong)"
                    )
                    continue
                changes["election"] = value
            elif key == "activities":
                items = [str(a).strip() for a in _as_list(value)]
                unknown = [a for a in items if a not in ACTIVITIES]
                if unknown:
                    warnings.append(
                        f"front matter: kegiatan tidak dikenal: {', '.join(unknown)}"
                    )
                changes["activities"] = tuple(a for a in items if a in ACTIVITIES)
            elif key == "places":
                province = changes.get("province", record.province)
                places = []
                for value_item in _as_list(value):
                    place, found = _place(value_item, province, gaz)
                    if not found:
                        warnings.append(
                            f"front matter: tempat '{place.name}' tidak ada di gazetir "
                            "kabupaten/kota Kalimantan; tanpa koordinat"
                        )
                    places.append(place)
                changes["places"] = tuple(places)
            elif key == "officials":
                changes["officials"] = tuple(_official(v) for v in _as_list(value))
            elif key in ("police_units", "event_dates"):
                changes[key] = tuple(str(v) for v in _as_list(value))
            elif key in ("personnel_breakdown", "tps_counts"):
                changes[key] = _count_items(value)
            elif key in ("personnel_total", "activity_points"):
                changes[key] = None if value is None else int(value)
            elif key == "event_date":
                changes["event_date"] = None if value is None else str(value)
                changes.setdefault("event_date_precision", "day")
            elif key in {f.name for f in dataclasses.fields(Record)}:
                changes[key] = None if value is None else str(value).strip()
            else:
                warnings.append(f"front matter: kunci '{key}' tidak dikenal, diabaikan")
        except (TypeError, ValueError, KeyError) as err:
            warnings.append(f"front matter: nilai '{key}' tidak sah ({err})")
    return dataclasses.replace(record, **changes), warnings
