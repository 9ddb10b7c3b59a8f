"""The base map (data/kalimantan_outline.geojson) and how the overview draws it."""

from __future__ import annotations

import random
import re

import pytest

from arsip_core.gazetteer import load_gazetteer
from arsip_maps.generator import OUTLINE_FILE, load_outline
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


def test_the_outline_has_land_neighbours_and_borders_and_names_its_source():
    assert OUTLINE is not None, OUTLINE_FILE
    kinds = [f["properties"]["jenis"] for f in OUTLINE["features"]]
    assert sorted(kinds) == sorted(OUTLINE_KINDS)
    assert "Natural Earth" in OUTLINE["properties"]["sumber"]
    # Small enough to ship with every map page (benchmarks/map_budget.py counts it).
    assert OUTLINE_FILE.stat().st_size < 25 * 1024


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
    points = re.findall(r"[ML](-?\d+) (-?\d+)", land)
    assert len(points) > 100
    xs = [int(x) for x, _ in points]
    ys = [int(y) for _, y in points]
    assert 0 <= min(xs) and max(xs) <= OVERVIEW_WIDTH
    assert 0 <= min(ys) and max(ys) <= OVERVIEW_HEIGHT
    # The whole overview stays light.
    assert sum(len(d) for _, d in paths) < 12_000


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
