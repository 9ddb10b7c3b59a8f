"""The home page's province overview: SVG geometry drawn at build time, no Leaflet.

Unit tests of ``overview_svg_points`` (projection, radii, empty provinces, labels),
then the real content/ build: the home page carries the SVG and no map script,
while /peta/ keeps its Leaflet map.
"""

from __future__ import annotations

import math
import random
import re

import pytest
from selectolax.lexbor import LexborHTMLParser

from arsip_core.gazetteer import load_gazetteer
from arsip_maps.mapdata import (
    OVERVIEW_EMPTY_RADIUS,
    OVERVIEW_HEIGHT,
    OVERVIEW_MAX_RADIUS,
    OVERVIEW_WIDTH,
    box_overlap,
    overview_label,
    overview_svg_points,
    province_totals,
)

# (name, slug, lat, lon) of the five provinces, from data/provinces.csv.
PROVINCES = [(p.name, p.slug, p.lat, p.lon) for p in load_gazetteer().provinces]
NAMES = [name for name, *_ in PROVINCES]
OUTSIDE = ("luar Kalimantan", "luar-kalimantan", None, None)


def circles(counts: dict[str, int], rows=PROVINCES, **kwargs):
    return overview_svg_points(
        province_totals(counts, rows), OVERVIEW_WIDTH, OVERVIEW_HEIGHT, **kwargs
    )


def layout_problems(drawn, width=OVERVIEW_WIDTH, height=OVERVIEW_HEIGHT) -> list:
    """Labels outside the box, on a circle or on another label; circles outside."""
    problems = []
    for i, c in enumerate(drawn):
        left, top, right, bottom = c.label_box
        if left < 0 or top < 0 or right > width or bottom > height:
            problems.append(f"label {c.name} outside the box")
        if c.x - c.r < 0 or c.y - c.r < 0 or c.x + c.r > width or c.y + c.r > height:
            problems.append(f"circle {c.name} outside the box")
        for j, other in enumerate(drawn):
            disc = (other.x - other.r, other.y - other.r)
            disc += (other.x + other.r, other.y + other.r)
            if box_overlap(c.label_box, disc):
                problems.append(f"label {c.name} on circle {other.name}")
            if j > i and box_overlap(c.label_box, other.label_box):
                problems.append(f"label {c.name} on label {other.name}")
    return problems


def test_provinces_run_west_to_east_and_north_to_south():
    drawn = circles(dict.fromkeys(NAMES, 10))
    assert [c.name for c in drawn] == NAMES  # the order of the totals
    by_lon = [
        c.x for c in sorted(drawn, key=lambda c: PROVINCES[NAMES.index(c.name)][3])
    ]
    by_lat = [
        c.y for c in sorted(drawn, key=lambda c: -PROVINCES[NAMES.index(c.name)][2])
    ]
    assert by_lon == sorted(by_lon) and len(set(by_lon)) == 5
    assert by_lat == sorted(by_lat) and len(set(by_lat)) == 5
    west = min(drawn, key=lambda c: c.x)
    north = min(drawn, key=lambda c: c.y)
    assert west.name == "Kalimantan Barat" and north.name == "Kalimantan Utara"


def test_projection_keeps_distances_in_proportion():
    """Equirectangular: x and y use one scale, so the shape is not stretched."""
    rows = [("A", "a", 0.0, 110.0), ("B", "b", -2.0, 111.0), ("C", "c", 1.0, 114.0)]
    drawn = circles({"A": 1, "B": 1, "C": 1}, rows)
    a, b, c = drawn
    k = math.cos(math.radians(sum(lat for *_, lat, _ in rows) / 3))
    scale_x = (c.x - a.x) / ((114.0 - 110.0) * k)
    scale_y = (b.y - a.y) / (0.0 - -2.0)
    assert scale_x == pytest.approx(scale_y, rel=0.01)
    # The wider span (here east-west) fills most of the width, centred.
    assert c.x - a.x > 0.75 * OVERVIEW_WIDTH
    assert a.x == pytest.approx(OVERVIEW_WIDTH - c.x, abs=0.2)


def test_radius_grows_with_the_count_and_area_is_proportional():
    counts = dict(zip(NAMES, (1, 40, 90, 250, 1000), strict=True))
    drawn = circles(counts)
    radii = [c.r for c in sorted(drawn, key=lambda c: c.articles)]
    assert radii == sorted(radii) and len(set(radii)) == 5
    largest = max(drawn, key=lambda c: c.articles)
    assert largest.r == OVERVIEW_MAX_RADIUS
    for c in drawn:
        if c.r > 4:  # above the smallest readable circle
            assert (c.r / largest.r) ** 2 == pytest.approx(c.articles / 1000, rel=0.02)


def test_provinces_without_articles_are_small_hollow_and_not_linked():
    drawn = circles({"Kalimantan Barat": 1, "Kalimantan Timur": 50_000})
    empty = [c for c in drawn if c.articles == 0]
    assert {c.name for c in empty} == set(NAMES) - {
        "Kalimantan Barat",
        "Kalimantan Timur",
    }
    assert all(c.r == OVERVIEW_EMPTY_RADIUS and not c.linked for c in empty)
    smallest_with_articles = min(c.r for c in drawn if c.articles)
    assert smallest_with_articles > OVERVIEW_EMPTY_RADIUS
    assert all(c.linked for c in drawn if c.articles)


def test_no_articles_at_all_still_draws_five_empty_provinces():
    drawn = circles({})
    assert [c.r for c in drawn] == [OVERVIEW_EMPTY_RADIUS] * 5
    assert not any(c.linked for c in drawn)
    assert layout_problems(drawn) == []


def test_provinces_without_coordinates_are_left_to_the_table():
    drawn = circles(
        {"luar Kalimantan": 99, "Kalimantan Barat": 1}, [*PROVINCES, OUTSIDE]
    )
    assert "luar Kalimantan" not in [c.name for c in drawn]
    assert len(drawn) == 5
    # The largest count off the map does not shrink the circles on it.
    assert max(c.r for c in drawn) == OVERVIEW_MAX_RADIUS
    assert overview_svg_points(province_totals({}, [OUTSIDE])) == []


def test_a_single_province_sits_in_the_middle():
    (only,) = circles({"A": 3}, [("A", "a", 1.0, 112.0)])
    assert (only.x, only.y) == (OVERVIEW_WIDTH / 2, OVERVIEW_HEIGHT / 2)


def test_label_text_uses_the_indonesian_thousands_separator():
    assert overview_label("Kalimantan Barat", 1234) == (
        "Kalimantan Barat ·",
        "1.234 berita",
    )


SCENARIOS = {
    "equal": dict.fromkeys(NAMES, 1234),
    "one-dominant": {"Kalimantan Barat": 50_000, "Kalimantan Selatan": 3},
    "typical": dict(zip(NAMES, (3100, 1800, 2400, 2900, 700), strict=True)),
    "north-heavy": dict(zip(NAMES, (2, 6530, 4686, 1239, 16389), strict=True)),
    "west-big-centre-small": dict(zip(NAMES, (3484, 2, 2541, 24, 168), strict=True)),
}


@pytest.mark.parametrize("counts", SCENARIOS.values(), ids=SCENARIOS.keys())
def test_labels_stay_in_the_box_and_off_circles_and_each_other(counts):
    assert layout_problems(circles(counts)) == []


def test_labels_fit_for_many_random_counts():
    rng = random.Random(7)
    for _ in range(150):
        counts = {
            name: 0 if rng.random() < 0.2 else int(10 ** rng.uniform(0, 5))
            for name in NAMES
        }
        assert layout_problems(circles(counts)) == [], counts


def test_a_label_prefers_the_spot_below_its_circle():
    (only,) = circles({"A": 3}, [("A", "a", 1.0, 112.0)])
    assert only.anchor == "middle" and only.label_y > only.y + only.r


# -- the real build ---------------------------------------------------------------

MAP_FILES = re.compile(r"leaflet|markercluster|MarkerCluster|arsip-peta\.js", re.I)


def page(path):
    return LexborHTMLParser(path.read_text(encoding="utf-8"))


def loaded(tree) -> list[str]:
    """Every script, stylesheet and image a page loads."""
    urls = [n.attributes.get("src") or "" for n in tree.css("script[src], img[src]")]
    urls += [n.attributes.get("href") or "" for n in tree.css("link[href]")]
    return urls


def test_home_page_draws_the_svg_and_loads_no_map_files(built_content):
    home_html = (built_content / "index.html").read_text(encoding="utf-8")
    home = LexborHTMLParser(home_html)
    svg = home.css_first("section.bagian-peta figure.peta-ringkas svg")
    assert svg is not None
    assert svg.attributes["role"] == "group"
    assert svg.attributes["viewBox"] == f"0 0 {OVERVIEW_WIDTH} {OVERVIEW_HEIGHT}"
    title = svg.css_first("title")
    assert (
        title.text().strip()
        and title.attributes["id"] in (svg.attributes["aria-labelledby"])
    )
    assert svg.css_first("desc").text().strip()
    # No Leaflet, markercluster, map script, map data or tiles.
    assert [u for u in loaded(home) if MAP_FILES.search(u)] == []
    assert not MAP_FILES.search(home_html)
    assert not home.css("[data-peta], [data-peta-data], script:not([src])")
    assert not home.css("[style]")
    assert "/peta/data/" not in home_html


def test_home_svg_links_each_province_with_articles_to_its_page(built_content):
    home = page(built_content / "index.html")
    svg = home.css_first(".peta-ringkas svg")
    table = {
        row.css_first("a").text(): int(
            row.css_first("[data-jumlah]").attributes["data-jumlah"]
        )
        for row in home.css(".tabel-provinsi tbody tr")
    }
    assert len(svg.css("circle")) == 5
    links = {a.attributes["href"]: a.text(deep=True) for a in svg.css("a")}
    expected = {
        f"/provinsi/{slug}/": f"{name} · {table[name]} berita"
        for name, slug, *_ in PROVINCES
        if table[name]
    }
    assert links == expected
    assert len(links) >= 3  # content/ has articles from several provinces
    for href in links:
        assert (built_content / href.strip("/") / "index.html").is_file(), href
    # content/ has no article from Kalimantan Selatan: a hollow circle, no link.
    assert table["Kalimantan Selatan"] == 0
    (empty,) = svg.css("g.kosong")
    assert empty.text(deep=True) == "Kalimantan Selatan · 0 berita"
    assert not empty.css("a")


def test_home_keeps_the_table_and_the_link_to_the_full_map(built_content):
    home = page(built_content / "index.html")
    section = home.css_first("section.bagian-peta")
    order = [n.tag for n in section.iter() if n.tag in ("figure", "div")]
    assert order[:2] == ["figure", "div"]  # the SVG, then the table below it
    assert section.css_first("div.tabel-gulir table.tabel-provinsi") is not None
    full = [a for a in section.css("a") if a.text() == "Buka peta lengkap"]
    assert [a.attributes["href"] for a in full] == ["/peta/"]


@pytest.mark.parametrize(
    "path", ["peta/index.html", "provinsi/kalimantan-barat/index.html"]
)
def test_map_pages_keep_leaflet(built_content, path):
    tree = page(built_content / path)
    urls = loaded(tree)
    for name in (
        "leaflet.js",
        "leaflet.markercluster.js",
        "arsip-peta.js",
        "leaflet.css",
    ):
        assert any(u.endswith(name) for u in urls), (path, name)
    assert tree.css("[data-peta][data-peta-data]")
    assert not tree.css(".peta-ringkas")
