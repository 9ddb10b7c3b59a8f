"""How the data set describes itself: citation text and schema.org Dataset. Pure."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

FORMATS = (
    ("json", "JSON", "application/json"),
    ("csv", "CSV", "text/csv"),
    ("geojson", "GeoJSON", "application/geo+json"),
)


@dataclass(frozen=True)
class Download:
    """One file of the open data."""

    format: str
    label: str
    media_type: str
    url: str
    size: int  # bytes of the file as published (compressed when gzip is on)
    raw_size: int = 0  # bytes once uncompressed


@dataclass(frozen=True)
class Part:
    """The whole archive or one province, with its files."""

    name: str
    slug: str
    count: int
    downloads: tuple[Download, ...]


def date_range(rows: Iterable[Mapping[str, Any]]) -> tuple[str | None, str | None]:
    """First and last day (ISO) among the records' publication or event days."""
    days = sorted(
        (row.get("published") or row.get("event_date") or "")[:10] for row in rows
    )
    days = [d for d in days if d]
    return (days[0], days[-1]) if days else (None, None)


def citation(
    *,
    author: str,
    title: str,
    modified: str | None,
    url: str,
    license_name: str,
    gettext: Callable[[str], str] = str,
) -> str:
    """A plain citation of the data set, APA-like, in Indonesian (or ``gettext``'s
    language)."""
    _ = gettext
    year = modified[:4] if modified else _("t.t.")
    version = _(", versi %(date)s") % {"date": modified} if modified else ""
    return f"{author}. ({year}). {title} [Data set]{version}. {url}. " + _(
        "Lisensi %(license)s."
    ) % {"license": license_name}


def dataset_jsonld(
    *,
    name: str,
    description: str,
    url: str,
    creator: str,
    license_url: str,
    citation_text: str,
    modified: str | None,
    first_day: str | None,
    last_day: str | None,
    keywords: Iterable[str],
    variables: Iterable[str],
    downloads: Iterable[Download],
) -> dict[str, Any]:
    """schema.org Dataset for the /data/ page (Google Dataset Search reads it)."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": name,
        "description": description,
        "url": url,
        "inLanguage": "id",
        "isAccessibleForFree": True,
        "license": license_url,
        "creator": {"@type": "Organization", "name": creator},
        "citation": citation_text,
        "keywords": list(keywords),
        "spatialCoverage": {
            "@type": "Place",
            "name": "Kalimantan, Indonesia",
        },
        "variableMeasured": list(variables),
        "distribution": [
            {
                "@type": "DataDownload",
                "encodingFormat": d.media_type,
                "contentUrl": d.url,
                "name": d.label,
            }
            for d in downloads
        ],
    }
    if modified:
        data["dateModified"] = modified
    if first_day and last_day:
        data["temporalCoverage"] = f"{first_day}/{last_day}"
    return data
