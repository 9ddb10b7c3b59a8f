"""The base map (data/kalimantan_outline.geojson, data/kalimantan_kabupaten.geojson)
and how the overview draws it."""

from __future__ import annotations

import json
import random
import re

import pytest

from arsip_core.gazetteer import load_gazetteer
from arsip_maps.generator import (
    KABUPATEN_FILE,
    OUTLINE_FILE,
    kabupaten_borders,
    load_outline,
)
from arsip_maps.mapdata import (
    OUTLINE_KINDS,
    OVERVIEW_HEIGHT,
    OVERVIEW_MAP_MAX_RADIUS,
    OVERVIEW_WIDTH,
    extent_projection,
    outline_extent,
    outline_svg_paths,
    overview_svg_points,
    province_totals,
)
from tests.arsip_maps.test_overview_svg import PROVINCES, layout_problems

OUTLINE = load_outline()
KABUPATEN = load_outline(KABUPATEN_FILE)


def _shapes(kind: str) -> dict:
    from shapely.geometry import shape

    return {
        f["properties"].get("nama"): shape(f["geometry"])
        for f in OUTLINE["features"]
        if f["properties"]["jenis"] == kind
    }


def test_the_outline_has_five_provinces_neighbours_and_borders_and_names_sources():
    assert OUTLINE is not None, OUTLINE_FILE
    kinds = [f["properties"]["jenis"] for f in OUTLINE["features"]]
    assert sorted(set(kinds)) == sorted(OUTLINE_KINDS)
    provinces = load_gazetteer().provinces
    assert sorted(_shapes("daratan")) == sorted(p.name for p in provinces)
    source = OUTLINE["properties"]["sumber"]
    assert "Natural Earth" in source and "geoBoundaries" in source
    assert "CC BY 3.0 IGO" in source
    # Small enough to ship with every map page (benchmarks/map_budget.py counts it).
    assert OUTLINE_FILE.stat().st_size < 28 * 1024


def test_kalimantan_utara_has_its_own_polygon_apart_from_kalimantan_timur():
    from shapely.geometry import Point

    land = _shapes("daratan")
    kaltara, kaltim = land["Kalimantan Utara"], land["Kalimantan Timur"]
    # Tarakan (on its island), Tanjung Selor (Bulungan's seat), Nunukan, Malinau.
    for lon, lat in [(117.63, 3.30), (117.37, 2.84), (117.67, 4.13), (116.65, 3.58)]:
        assert kaltara.contains(Point(lon, lat)) and not kaltim.contains(
            Point(lon, lat)
        ), (lon, lat)
    # Samarinda, Tanjung Redeb (Berau, just south of the border), Sangatta.
    for lon, lat in [(117.15, -0.50), (117.49, 2.15), (117.55, 0.50)]:
        assert kaltim.contains(Point(lon, lat)), (lon, lat)
    # They share a land border, drawn as a province border.
    shared = kaltara.intersection(kaltim)
    assert shared.length > 2.0
    borders = _shapes("batas-provinsi")["Batas provinsi"]
    assert borders.buffer(0.02).contains(shared)


def test_every_kabupaten_seat_lies_in_its_own_province():
    from shapely.geometry import Point

    land = _shapes("daratan")
    for place in load_gazetteer().places:
        point = Point(place.lon, place.lat)
        nearest = min(land, key=lambda name: land[name].distance(point))
        # Coastal seats may sit a little off the simplified coast (Balikpapan).
        assert nearest == place.province, place.name
        assert land[nearest].distance(point) < 0.03, place.name


def test_kabupaten_borders_for_each_province_lie_inside_it():
    from shapely.geometry import shape

    assert KABUPATEN is not None, KABUPATEN_FILE
    land = _shapes("daratan")
    borders = kabupaten_borders(KABUPATEN)
    provinces = load_gazetteer().provinces
    assert sorted(borders) == sorted(p.slug for p in provinces)
    for province in provinces:
        (feature,) = borders[province.slug]["features"]
        lines = shape(feature["geometry"])
        assert lines.length > 2.0, province.name
        assert land[province.name].buffer(0.02).contains(lines), province.name
    assert "geoBoundaries" in KABUPATEN["properties"]["sumber"]
    # Each province page loads only its own part.
    assert KABUPATEN_FILE.stat().st_size < 16 * 1024
    assert max(len(str(b)) for b in borders.values()) < 5 * 1024


def test_kabupaten_borders_of_a_missing_file_are_none():
    assert kabupaten_borders(None) == {}


def test_every_kabupaten_seat_and_province_centre_lies_within_the_land():
    west, south, east, north = outline_extent(OUTLINE)
    gazetteer = load_gazetteer()
    for place in [*gazetteer.places, *gazetteer.provinces]:
        assert west <= place.lon <= east and south <= place.lat <= north, place.name


def test_a_missing_outline_is_logged_not_fatal(tmp_path, caplog):
    assert load_outline(tmp_path / "tidak-ada.geojson") is None
    assert "peta dasar" in caplog.text


def test_projection_puts_the_extent_inside_the_box():
    extent = outline_extent(OUTLINE)
    project = extent_projection(extent, OVERVIEW_WIDTH, OVERVIEW_HEIGHT)
    for lon, lat in [(extent[0], extent[1]), (extent[2], extent[3])]:
        x, y = project(lon, lat)
        assert 0 <= x <= OVERVIEW_WIDTH and 0 <= y <= OVERVIEW_HEIGHT
    # North is up, east is right.
    assert project(114, 1)[1] < project(114, -1)[1]
    assert project(113, 0)[0] < project(115, 0)[0]


def test_svg_paths_are_whole_units_without_repeats_and_land_first():
    project = extent_projection(
        outline_extent(OUTLINE), OVERVIEW_WIDTH, OVERVIEW_HEIGHT
    )
    paths = outline_svg_paths(OUTLINE, project)
    assert [kind for kind, _ in paths] == list(OUTLINE_KINDS)
    land = dict(paths)["daratan"]
    # The five provinces are one path: one subpath per ring, at least one each.
    assert land.count("M") >= 5
    points = re.findall(r"[ML](-?\d+) (-?\d+)", land)
    assert len(points) > 100
    xs = [int(x) for x, _ in points]
    ys = [int(y) for _, y in points]
    assert 0 <= min(xs) and max(xs) <= OVERVIEW_WIDTH
    assert 0 <= min(ys) and max(ys) <= OVERVIEW_HEIGHT
    # The whole overview stays light.
    assert sum(len(d) for _, d in paths) < 14_000


_RANDOM = random.Random(15)
COUNTS = [
    {},
    {"Kalimantan Barat": 2, "Kalimantan Timur": 1},
    {n: 900 for n, *_ in PROVINCES},
    *(
        {n: _RANDOM.choice([0, 1, 3, 10, 100, 900, 5000]) for n, *_ in PROVINCES}
        for _ in range(40)
    ),
]


@pytest.mark.parametrize("counts", COUNTS)
def test_circles_on_the_base_map_keep_their_labels_clear(counts):
    extent = outline_extent(OUTLINE)
    drawn = overview_svg_points(
        province_totals(counts, PROVINCES),
        OVERVIEW_WIDTH,
        OVERVIEW_HEIGHT,
        extent=extent,
        max_radius=OVERVIEW_MAP_MAX_RADIUS,
    )
    assert len(drawn) == 5
    assert layout_problems(drawn) == []
    project = extent_projection(extent, OVERVIEW_WIDTH, OVERVIEW_HEIGHT)
    for circle, (_, _, lat, lon) in zip(drawn, PROVINCES, strict=True):
        x, y = project(lon, lat)
        assert (circle.x, circle.y) == pytest.approx((x, y), abs=0.1)


def _map_config(page) -> dict:
    import html

    text = page.read_text(encoding="utf-8")
    (config,) = re.findall(r'data-peta="([^"]+)"', text)
    return json.loads(html.unescape(config))


def test_a_province_map_shows_the_whole_province_with_its_kabupaten(built_content):
    # content/ has one place in Kalimantan Timur (Balikpapan): fitted to that point
    # alone, the map showed a dot in a bay, with no province around it.
    for slug in ["kalimantan-timur", "kalimantan-utara"]:
        page = built_content / "provinsi" / slug / "index.html"
        (south, west), (north, east) = _map_config(page)["batas"]
        w, s, e, n = outline_extent(OUTLINE, slug=slug)
        assert south <= s and west <= w and north >= n and east >= e, slug
        text = page.read_text(encoding="utf-8")
        assert f'data-peta-kabupaten="/peta/data/peta-dasar-{slug}.geojson"' in text
        drawn = built_content / "peta" / "data" / f"peta-dasar-{slug}.geojson"
        assert kabupaten_borders(KABUPATEN)[slug] == json.loads(drawn.read_text())
    # /peta/ keeps showing all of Kalimantan; it draws no kabupaten borders.
    assert "data-peta-kabupaten" not in (built_content / "peta/index.html").read_text()
