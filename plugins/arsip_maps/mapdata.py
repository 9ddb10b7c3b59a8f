"""Map data as plain values: points per place, province totals, GeoJSON. Pure.

Also the geometry of the home page's overview SVG (``overview_svg_points``).

An *item* is anything with a ``record`` attribute (a Pelican Article in the build).
The point data stays small whatever the size of the archive: one feature per place,
never one per article, and each popup links to the place's index page.
"""

from __future__ import annotations

import itertools
import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from arsip_core.labels import angka
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


# The home page's overview is an SVG drawn at build time, not a Leaflet map: its
# geometry in viewBox units. The viewBox is shown 18-26rem wide, so 13 units of text
# read as 11.7-17 px.
OVERVIEW_WIDTH = 320
OVERVIEW_HEIGHT = 360
OVERVIEW_FONT = 13  # font size of the labels (also in the stylesheet)
OVERVIEW_LINE = 15  # distance between the two lines of a label
OVERVIEW_MAX_RADIUS = 24.0
# On the base map the provinces sit where they are, closer than when the centres are
# spread over the box: a little smaller, so every label finds a clear spot.
OVERVIEW_MAP_MAX_RADIUS = 22.0
OVERVIEW_EMPTY_RADIUS = 3.0  # the hollow circle of a province without articles
# A generous width per character (system fonts average about 0.5 em), so the
# estimated label box holds the real text.
_CHAR_WIDTH = 0.6
_ASCENT = 0.8  # of the font size, above the baseline
_GAP = 3.0  # between a circle and its label

# A box is (left, top, right, bottom).
Box = tuple[float, float, float, float]


def overview_label(name: str, articles: int) -> tuple[str, str]:
    """The two lines of a label: ``("Kalimantan Barat ·", "1.234 berita")``.

    Only their length is used here; the template writes them with the same filter.
    """
    return f"{name} ·", f"{angka(articles)} berita"


def _label_size(name: str, articles: int) -> tuple[float, float]:
    lines = overview_label(name, articles)
    width = max(len(line) for line in lines) * OVERVIEW_FONT * _CHAR_WIDTH
    return width, OVERVIEW_FONT + OVERVIEW_LINE  # descenders of the second line too


def _label_box(x: float, baseline: float, anchor: str, w: float, h: float) -> Box:
    left = {"start": x, "middle": x - w / 2, "end": x - w}[anchor]
    top = baseline - OVERVIEW_FONT * _ASCENT
    return (left, top, left + w, top + h)


@dataclass(frozen=True)
class OverviewCircle:
    """A province on the overview SVG: circle centre and radius, label position.

    The label has two lines (``overview_label``); ``label_x`` and ``label_y`` are
    the anchor point and baseline of the first, ``anchor`` its SVG ``text-anchor``.
    """

    name: str
    slug: str
    articles: int
    x: float
    y: float
    r: float
    label_x: float
    label_y: float
    anchor: str  # "start", "middle" or "end"

    @property
    def linked(self) -> bool:
        """Only a province with articles links to its page (and is filled)."""
        return self.articles > 0

    @property
    def label_box(self) -> Box:
        """The box the label is estimated to take (a little wider than it is)."""
        w, h = _label_size(self.name, self.articles)
        return _label_box(self.label_x, self.label_y, self.anchor, w, h)


@dataclass(frozen=True)
class OverviewSvg:
    """What the template needs to draw the overview: its viewBox and circles."""

    width: float
    height: float
    circles: tuple[OverviewCircle, ...]
    line: float = OVERVIEW_LINE  # from a label's first baseline to its second
    # The base map under the circles: (kind, SVG path data), drawn in this order.
    outline: tuple[tuple[str, str], ...] = ()


# The base map (data/kalimantan_outline.geojson): what each kind of feature is.
OUTLINE_LAND = "daratan"  # Kalimantan: one feature per province
# In drawing order: the neighbours under Kalimantan, the borders on top.
OUTLINE_KINDS = ("tetangga", OUTLINE_LAND, "batas-provinsi")
# (west, south, east, north) in degrees.
Extent = tuple[float, float, float, float]


def outline_extent(
    outline: dict, kind: str = OUTLINE_LAND, slug: str | None = None
) -> Extent | None:
    """The bounding box of the features of ``kind`` in a GeoJSON outline (only the
    one of province ``slug`` when given)."""
    xs: list[float] = []
    ys: list[float] = []
    for feature in outline.get("features", []):
        properties = feature.get("properties", {})
        if properties.get("jenis") != kind:
            continue
        if slug is not None and properties.get("slug") != slug:
            continue
        for lon, lat in _positions(feature["geometry"]["coordinates"]):
            xs.append(lon)
            ys.append(lat)
    if not xs:
        return None
    return min(xs), min(ys), max(xs), max(ys)


def _positions(value) -> Iterable[tuple[float, float]]:
    if value and isinstance(value[0], (int, float)):
        yield value[0], value[1]
        return
    for item in value:
        yield from _positions(item)


def extent_projection(
    extent: Extent, width: float, height: float, inset: float = 6.0
) -> Callable[[float, float], tuple[float, float]]:
    """(lon, lat) -> (x, y): ``extent`` fitted and centred in the box, north up.

    Equirectangular, longitude scaled by the cosine of the middle latitude (Kalimantan
    straddles the equator, so the shapes stay true).
    """
    west, south, east, north = extent
    k = math.cos(math.radians((south + north) / 2))
    span_x, span_y = (east - west) * k, north - south
    scale = min((width - 2 * inset) / span_x, (height - 2 * inset) / span_y)
    left = (width - span_x * scale) / 2
    top = (height - span_y * scale) / 2

    def project(lon: float, lat: float) -> tuple[float, float]:
        return left + (lon - west) * k * scale, top + (north - lat) * scale

    return project


def outline_svg_paths(
    outline: dict, project: Callable[[float, float], tuple[float, float]]
) -> list[tuple[str, str]]:
    """The outline's features as SVG path data, one path per kind, in ``OUTLINE_KINDS``
    order (the five provinces are one path of land).

    Coordinates are rounded to whole units and points that round onto the one
    before are dropped: at the overview's size that is all the detail there is.
    """
    paths = []
    features = outline.get("features", [])
    for kind in OUTLINE_KINDS:
        parts = []
        for feature in features:
            if feature.get("properties", {}).get("jenis") != kind:
                continue
            geometry = feature["geometry"]
            closed = geometry["type"] in ("Polygon", "MultiPolygon")
            lines = {
                "LineString": lambda c: [c],
                "MultiLineString": lambda c: c,
                "Polygon": lambda c: c,
                "MultiPolygon": lambda c: [ring for poly in c for ring in poly],
            }[geometry["type"]](geometry["coordinates"])
            for line in lines:
                points: list[tuple[int, int]] = []
                for lon, lat in line:
                    x, y = project(lon, lat)
                    point = (round(x), round(y))
                    if not points or point != points[-1]:
                        points.append(point)
                if len(points) < (3 if closed else 2):
                    continue
                parts.append(
                    "M"
                    + "L".join(f"{x} {y}" for x, y in points)
                    + ("Z" if closed else "")
                )
        if parts:
            paths.append((kind, "".join(parts)))
    return paths


def box_overlap(a: Box, b: Box) -> float:
    """The area two boxes share (0 when they only touch)."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _label_spots(x, y, r, w, h, width) -> list[tuple[float, float, str]]:
    """(label_x, first baseline, anchor) below, above, right and left of a circle.

    A label above or below is centred on the circle but kept inside the box.
    """
    mid = round(min(max(x, w / 2), width - w / 2), 1)
    ascent = OVERVIEW_FONT * _ASCENT
    below = y + r + _GAP + ascent
    above = y - r - _GAP - h + ascent
    side = y - h / 2 + ascent
    spots = [
        (mid, below, "middle"),
        (mid, above, "middle"),
        (x + r + _GAP, side, "start"),
        (x - r - _GAP, side, "end"),
    ]
    return [(round(lx, 1), round(ly, 1), anchor) for lx, ly, anchor in spots]


def overview_svg_points(
    totals: Iterable[ProvinceTotal],
    width: float = OVERVIEW_WIDTH,
    height: float = OVERVIEW_HEIGHT,
    *,
    max_radius: float = OVERVIEW_MAX_RADIUS,
    extent: Extent | None = None,
) -> list[OverviewCircle]:
    """Province circles placed by latitude/longitude in a ``width`` x ``height`` box.

    With an ``extent`` (the base map's), the circles are placed by the same
    projection as the base map (``extent_projection``) instead.

    An equirectangular projection (longitude scaled by the cosine of the mean
    latitude), fitted into the box with room for the largest circle and a label,
    and centred; north is up. Circle area is proportional to the province's
    articles; a province without articles gets a small hollow circle. Provinces
    without coordinates (luar Kalimantan) are left out: the totals table lists them.
    Each label goes below, above, right or left of its circle, so that together
    they overlap no circle, no other label and stay in the box, or overlap as little
    as can be (``_place_labels``). Same order as ``totals``.
    """
    placed = [t for t in totals if t.lat is not None and t.lon is not None]
    if not placed:
        return []
    largest = max(t.articles for t in placed)
    radii = [
        float(circle_radius(t.articles, largest, max_radius)) or OVERVIEW_EMPTY_RADIUS
        for t in placed
    ]
    if extent is not None:
        project = extent_projection(extent, width, height)
        at = [project(t.lon, t.lat) for t in placed]
        centres = [
            (round(x, 1), round(y, 1), r) for (x, y), r in zip(at, radii, strict=True)
        ]
        return _labelled(placed, centres, width, height)
    k = math.cos(math.radians(sum(t.lat for t in placed) / len(placed)))
    xs = [t.lon * k for t in placed]
    ys = [-t.lat for t in placed]
    inset_x = max_radius + 2 * _GAP
    inset_y = max_radius + OVERVIEW_FONT + OVERVIEW_LINE + 2 * _GAP
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    room_x, room_y = width - 2 * inset_x, height - 2 * inset_y
    scale = min(
        room_x / span_x if span_x else math.inf,
        room_y / span_y if span_y else math.inf,
    )
    if scale == math.inf:  # one province, or all at one spot
        scale = 0.0
    left = inset_x + (room_x - span_x * scale) / 2
    top = inset_y + (room_y - span_y * scale) / 2
    centres = [
        (
            round(left + (px - min(xs)) * scale, 1),
            round(top + (py - min(ys)) * scale, 1),
            r,
        )
        for px, py, r in zip(xs, ys, radii, strict=True)
    ]
    return _labelled(placed, centres, width, height)


def _labelled(placed, centres, width, height) -> list[OverviewCircle]:
    """The circles with their labels placed (``_place_labels``)."""
    labels = _place_labels(
        centres,
        [_label_size(t.name, t.articles) for t in placed],
        (0.0, 0.0, float(width), float(height)),
    )
    return [
        OverviewCircle(t.name, t.slug, t.articles, x, y, r, *label)
        for t, (x, y, r), label in zip(placed, centres, labels, strict=True)
    ]


# Up to this many labels every combination of spots is tried (4 ** 6 = 4,096).
_EXHAUSTIVE = 6


def _place_labels(centres, sizes, whole: Box) -> list[tuple[float, float, str]]:
    """A spot for each label: the combination that overlaps least, preferring below.

    Overlap is the area of labels outside ``whole``, on another circle or on another
    label. With more than ``_EXHAUSTIVE`` labels, each takes its best spot in turn,
    largest circle first.
    """
    n = len(centres)
    circles: list[Box] = [(x - r, y - r, x + r, y + r) for x, y, r in centres]
    spots = [
        _label_spots(x, y, r, *size, whole[2])
        for (x, y, r), size in zip(centres, sizes, strict=True)
    ]
    boxes = [[_label_box(*spot, *sizes[i]) for spot in spots[i]] for i in range(n)]
    # What a label costs on its own at each spot: outside the box, on circles.
    alone = [
        [
            (sizes[i][0] * sizes[i][1] - box_overlap(box, whole))
            + sum(box_overlap(box, c) for j, c in enumerate(circles) if j != i)
            for box in boxes[i]
        ]
        for i in range(n)
    ]

    def pair(i: int, a: int, j: int, b: int) -> float:
        return box_overlap(boxes[i][a], boxes[j][b])

    if n <= _EXHAUSTIVE:
        best = min(
            itertools.product(*(range(len(s)) for s in spots)),
            key=lambda pick: (
                round(
                    sum(alone[i][a] for i, a in enumerate(pick))
                    + sum(
                        pair(i, pick[i], j, pick[j])
                        for i in range(n)
                        for j in range(i + 1, n)
                    ),
                    6,
                ),
                sum(pick),  # then the most labels below, above, ... their circle
            ),
        )
    else:
        chosen: dict[int, int] = {}
        for i in sorted(range(n), key=lambda i: -centres[i][2]):
            chosen[i] = min(
                range(len(spots[i])),
                key=lambda a, i=i: (
                    alone[i][a] + sum(pair(i, a, j, b) for j, b in chosen.items())
                ),
            )
        best = tuple(chosen[i] for i in range(n))
    return [spots[i][a] for i, a in enumerate(best)]


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
