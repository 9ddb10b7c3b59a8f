"""Map data as plain values: points per place, province totals, GeoJSON. Pure.

An *item* is anything with a ``record`` attribute (a Pelican Article in the build).
The point data stays small whatever the size of the archive: one feature per place,
never one per article, and each popup links to the place's index page.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from arsip_core.model import KALIMANTAN_PROVINCES, OUTSIDE_KALIMANTAN, Place
from arsip_taxonomy.terms import place_name, term_slug

# Coordinates of a place, or None when it cannot be placed on the map.
Locate = Callable[[Place], "tuple[float, float] | None"]
# Five decimals are about a metre; the seat of a kabupaten needs no more.
PRECISION = 4


@dataclass(frozen=True)
class PlacePoint:
    """One kabupaten/kota on a map: how many articles name it, what they report."""

    slug: str  # the place's term slug in the "tempat" index
    name: str  # "Kabupaten Sambas"
    province: str
    lat: float
    lon: float
    articles: int
    reported: tuple[tuple[str, int], ...] = ()  # (what is counted, sum), e.g. kegiatan

    @property
    def anchor(self) -> str:
        """Fragment id of the place's table row; also how a link centres the map."""
        return f"tempat-{self.slug}"


@dataclass(frozen=True)
class ProvinceTotal:
    """A province's article count as a proportional circle on the overview map."""

    name: str
    slug: str
    lat: float | None
    lon: float | None
    articles: int
    radius: float  # pixels; the circle's area is proportional to ``articles``


def place_points(
    items: Iterable[Any], locate: Locate
) -> tuple[list[PlacePoint], list[str]]:
    """One point per kabupaten/kota named by the items; and the names not placed.

    An article counts once per place; reported counts (``Place.count``) are summed
    per label, so "45 kegiatan" at Sambas stays on Sambas.
    """
    articles: Counter[str] = Counter()
    reported: dict[str, Counter[str]] = defaultdict(Counter)
    where: dict[str, tuple[str, str, float, float]] = {}
    unplaced: set[str] = set()
    for item in items:
        seen: set[str] = set()
        for place in item.record.places:
            if place.kind not in ("kabupaten", "kota"):
                continue
            name = place_name(place.kind, place.name)
            slug = term_slug("tempat", name)
            if slug not in where:
                coords = locate(place)
                if coords is None:
                    unplaced.add(name)
                    continue
                where[slug] = (name, place.province, *coords)
            if place.count is not None:
                reported[slug][place.count_label or "kegiatan"] += place.count
            if slug not in seen:
                seen.add(slug)
                articles[slug] += 1
    points = [
        PlacePoint(
            slug=slug,
            name=name,
            province=province,
            lat=round(lat, PRECISION),
            lon=round(lon, PRECISION),
            articles=articles[slug],
            reported=tuple(sorted(reported[slug].items())),
        )
        for slug, (name, province, lat, lon) in where.items()
    ]
    points.sort(key=lambda p: (p.province, p.name))
    return points, sorted(unplaced)


def map_page_of(place_province: str | None) -> str:
    """The province page whose map shows a place: its own, else 'luar Kalimantan'."""
    if place_province in KALIMANTAN_PROVINCES:
        return place_province
    return OUTSIDE_KALIMANTAN


def points_by_province(
    points: Iterable[PlacePoint], names: Iterable[str]
) -> dict[str, list[PlacePoint]]:
    """Each province page's points: the places in it, whoever filed the article.

    So a place named by an article filed elsewhere still appears (and can be linked to)
    on the map of the province it belongs to.
    """
    grouped: dict[str, list[PlacePoint]] = {name: [] for name in names}
    for point in points:
        grouped.setdefault(map_page_of(point.province), []).append(point)
    return grouped


def circle_radius(
    value: int, largest: int, max_radius: float = 30, min_radius: float = 4
) -> float:
    """Pixel radius whose circle area is proportional to ``value`` (0 for none)."""
    if value <= 0 or largest <= 0:
        return 0.0
    return round(max(min_radius, max_radius * math.sqrt(value / largest)), 1)


def province_totals(
    counts: dict[str, int],
    provinces: Sequence[tuple[str, str, float | None, float | None]],
) -> list[ProvinceTotal]:
    """Totals for ``provinces`` ((name, slug, lat, lon) in display order)."""
    largest = max((counts.get(name, 0) for name, *_ in provinces), default=0)
    return [
        ProvinceTotal(
            name,
            slug,
            lat,
            lon,
            counts.get(name, 0),
            circle_radius(counts.get(name, 0), largest),
        )  # fmt: skip
        for name, slug, lat, lon in provinces
    ]


def points_geojson(points: Iterable[PlacePoint], url_of: Callable[[str], str]) -> dict:
    """A FeatureCollection of place points; ``url_of(slug)`` links the popup."""
    return _collection(
        (
            (p.lon, p.lat),
            {
                "id": p.anchor,
                "nama": p.name,
                "provinsi": p.province,
                "berita": p.articles,
                "laporan": [list(r) for r in p.reported],
                "url": url_of(p.slug),
            },
        )
        for p in points
    )


def totals_geojson(totals: Iterable[ProvinceTotal], url_of: Callable[[str], str]):
    """A FeatureCollection of province circles (none for those without coordinates)."""
    return _collection(
        (
            (t.lon, t.lat),
            {
                "id": f"provinsi-{t.slug}",
                "nama": t.name,
                "berita": t.articles,
                "radius": t.radius,
                "url": url_of(t.slug),
            },
        )
        for t in totals
        if t.lat is not None and t.lon is not None and t.articles
    )


def _collection(features: Iterable[tuple[tuple[float, float], dict]]) -> dict:
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": list(coords)},
                "properties": props,
            }
            for coords, props in features
        ],
    }


def dumps(data: Any) -> str:
    """Compact, deterministic JSON (sorted keys, no spaces, UTF-8 kept)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def tile_origin(tile_url: str) -> str:
    """The CSP source of a tile URL template: ``https://tile.openstreetmap.org``.

    A ``{s}`` subdomain placeholder becomes a wildcard: ``https://*.tile.osm.org``.
    """
    parts = urlsplit(tile_url)
    if not parts.scheme or not parts.netloc:
        return ""  # a site-relative tile URL is already covered by 'self'
    host = parts.netloc
    if "{" in host:
        labels = host.split(".")
        host = ".".join("*" if "{" in label else label for label in labels)
    return f"{parts.scheme}://{host}"


def setting_problems(
    tile_url: str, cluster_radius: object, max_zoom: object
) -> list[str]:
    """What is wrong with the map settings (empty when nothing is)."""
    problems = []
    if not all(part in tile_url for part in ("{z}", "{x}", "{y}")):
        problems.append(
            f"ARSIP_MAPS_TILE_URL harus memuat {{z}}, {{x}} dan {{y}}: {tile_url!r}"
        )
    for name, value in (
        ("CLUSTER_RADIUS", cluster_radius),
        ("TILE_MAX_ZOOM", max_zoom),
    ):
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            problems.append(
                f"ARSIP_MAPS_{name} harus bilangan bulat positif: {value!r}"
            )
    return problems


def bounds(points: Iterable[tuple[float, float]]) -> list[list[float]] | None:
    """South-west and north-east corners ([[lat, lon], [lat, lon]]), or None."""
    points = list(points)
    if not points:
        return None
    lats = [lat for lat, _ in points]
    lons = [lon for _, lon in points]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]
