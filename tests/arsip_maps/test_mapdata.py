"""Map data as pure functions: points per place, circles, GeoJSON, tiles, config."""

from __future__ import annotations

import json
import math
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from arsip_core.gazetteer import load_gazetteer
from arsip_core.model import Place, Record
from arsip_maps.config import CIRCLES, POINTS, map_config
from arsip_maps.generator import MapSettingsError, locator
from arsip_maps.mapdata import (
    circle_radius,
    map_page_of,
    place_points,
    points_by_province,
    points_geojson,
    province_totals,
    setting_problems,
    tile_origin,
    totals_geojson,
)

ROOT = Path(__file__).resolve().parents[2]
SEED_KALBAR = ROOT / "content" / "2024-02-05-kalbar-pengamanan-kampanye-omb.txt"
KALBAR = "Kalimantan Barat"
# The seed article's campaign events per Polres, as the place each Polres covers.
SEED_COUNTS = {
    "Kota Pontianak": 6,
    "Kabupaten Kubu Raya": 2,
    "Kabupaten Mempawah": 8,
    "Kota Singkawang": 5,
    "Kabupaten Sambas": 45,
    "Kabupaten Bengkayang": 40,
    "Kabupaten Landak": 70,
    "Kabupaten Sanggau": 56,
    "Kabupaten Sekadau": 12,
    "Kabupaten Melawi": 10,
    "Kabupaten Sintang": 24,
    "Kabupaten Kapuas Hulu": 37,
    "Kabupaten Ketapang": 38,
    "Kabupaten Kayong Utara": 8,
}


def item(url: str, *places: Place, **fields) -> SimpleNamespace:
    return SimpleNamespace(url=url, record=Record(id=url, places=places, **fields))


def gazetteer_locate():
    return locator(load_gazetteer())


def kalbar_place(full_name: str, count: int | None = None) -> Place:
    kind, _, name = full_name.partition(" ")
    return Place(
        name, "kabupaten" if kind == "Kabupaten" else "kota", KALBAR,
        count=count, count_label="kegiatan" if count is not None else None,
    )  # fmt: skip


def test_hand_made_seed_counts_land_on_their_kabupaten_kota():
    seed = item("seed", *(kalbar_place(n, c) for n, c in SEED_COUNTS.items()))
    points, unplaced = place_points([seed], gazetteer_locate())
    assert unplaced == []
    by_name = {p.name: p for p in points}
    assert {n: dict(p.reported).get("kegiatan") for n, p in by_name.items()} == (
        SEED_COUNTS
    )
    gaz = load_gazetteer()
    sambas = gaz.place("Sambas", "kabupaten")
    assert (by_name["Kabupaten Sambas"].lat, by_name["Kabupaten Sambas"].lon) == (
        sambas.lat,
        sambas.lon,
    )
    pontianak = gaz.place("Pontianak", "kota")
    assert by_name["Kota Pontianak"].lat == pontianak.lat


def test_seed_article_extracted_puts_campaign_counts_on_the_kalbar_map():
    from arsip_reader.pipeline import read_article

    article = read_article(SEED_KALBAR, tz=ZoneInfo("Asia/Jakarta"))
    record = article.record
    assert record.province == KALBAR
    points, _ = place_points(
        [SimpleNamespace(url="seed", record=record)], gazetteer_locate()
    )
    reported = {p.name: dict(p.reported).get("kegiatan") for p in points}
    assert reported == SEED_COUNTS
    assert sum(reported.values()) == 361  # "total 361 titik kampanye tatap muka"
    gaz = load_gazetteer()
    for point in points:
        kind, _, name = point.name.partition(" ")
        place = gaz.place(name, kind.lower())
        assert place is not None and place.province == KALBAR, point.name
        assert math.isclose(point.lat, place.lat, abs_tol=1e-4), point.name
        assert math.isclose(point.lon, place.lon, abs_tol=1e-4), point.name


def test_an_article_counts_once_per_place_and_reports_add_up_per_label():
    sambas = kalbar_place("Kabupaten Sambas", 45)
    items = [
        item("1", sambas, kalbar_place("Kabupaten Sambas", 5)),
        item("2", kalbar_place("Kabupaten Sambas")),
        item("3", Place("Sambas", "kabupaten", KALBAR, count=3, count_label="TPS")),
    ]
    (point,) = place_points(items, gazetteer_locate())[0]
    assert point.articles == 3
    assert point.reported == (("TPS", 3), ("kegiatan", 50))
    assert point.anchor == "tempat-kabupaten-sambas"


def test_places_without_coordinates_are_reported_not_drawn():
    stray = Place("Antah Berantah", "kabupaten", KALBAR)
    own = Place("Kota Baru", "kota", KALBAR, lat=1.0, lon=2.0)
    points, unplaced = place_points([item("1", stray, own)], gazetteer_locate())
    assert [(p.name, p.lat, p.lon) for p in points] == [("Kota Baru", 1.0, 2.0)]
    assert unplaced == ["Kabupaten Antah Berantah"]


def test_provinces_are_not_points():
    province = Place(KALBAR, "provinsi", KALBAR, lat=0.0, lon=111.0)
    assert place_points([item("1", province)], gazetteer_locate()) == ([], [])


@pytest.mark.parametrize(
    ("value", "largest", "expected"),
    [(0, 10, 0.0), (10, 10, 30.0), (1, 4, 15.0), (1, 10_000, 4.0), (3, 0, 0.0)],
)
def test_circle_radius_area_is_proportional(value, largest, expected):
    assert circle_radius(value, largest) == expected


def test_province_totals_and_geojson_leave_out_provinces_without_a_place():
    rows = [
        ("Kalimantan Barat", "kalimantan-barat", -0.28, 111.48),
        ("Kalimantan Selatan", "kalimantan-selatan", -3.09, 115.28),
        ("luar Kalimantan", "luar-kalimantan", None, None),
    ]
    totals = province_totals({"Kalimantan Barat": 4, "luar Kalimantan": 1}, rows)
    assert [(t.name, t.articles, t.radius) for t in totals] == [
        ("Kalimantan Barat", 4, 30.0),
        ("Kalimantan Selatan", 0, 0.0),
        ("luar Kalimantan", 1, 15.0),
    ]
    data = totals_geojson(totals, lambda slug: f"/provinsi/{slug}/")
    assert [f["properties"]["nama"] for f in data["features"]] == ["Kalimantan Barat"]
    assert data["features"][0]["geometry"]["coordinates"] == [111.48, -0.28]


def test_points_geojson_is_lon_lat_with_popup_link():
    (point,) = place_points(
        [item("1", kalbar_place("Kabupaten Sambas", 45))], gazetteer_locate()
    )[0]
    data = points_geojson([point], lambda slug: f"/indeks/tempat/{slug}/")
    (feature,) = data["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [109.3, 1.3617]}
    assert feature["properties"] == {
        "id": "tempat-kabupaten-sambas",
        "nama": "Kabupaten Sambas",
        "provinsi": KALBAR,
        "berita": 1,
        "laporan": [["kegiatan", 45]],
        "url": "/indeks/tempat/kabupaten-sambas/",
    }


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
            "https://tile.openstreetmap.org",
        ),
        ("https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org"),
        ("http://tiles.local:8080/{z}/{x}/{y}.png", "http://tiles.local:8080"),
        ("/ubin/{z}/{x}/{y}.png", ""),
    ],
)
def test_tile_origin(url, expected):
    assert tile_origin(url) == expected


def test_map_config_comes_from_folium_without_any_cdn():
    config = map_config(
        center=(-0.28, 111.48),
        zoom=7,
        tile_url="https://tiles.example.org/{z}/{x}/{y}.png",
        attribution="&copy; contoh",
        bounds=[[-1.0, 109.0], [1.0, 112.0]],
    )
    assert config["jenis"] == POINTS
    assert config["ubin"]["url"] == "https://tiles.example.org/{z}/{x}/{y}.png"
    assert config["ubin"]["opsi"]["attribution"] == "&copy; contoh"
    assert config["peta"]["zoom"] == 7 and config["peta"]["scrollWheelZoom"] is False
    assert config["klaster"]["maxClusterRadius"] == 40
    assert config["batas"] == [[-1.0, 109.0], [1.0, 112.0]]
    text = json.dumps(config)
    assert "cdn" not in text and "jquery" not in text.lower()
    circles = map_config(
        center=(0, 114), zoom=5, tile_url="https://t/{z}/{x}/{y}.png",
        attribution="a", kind=CIRCLES,
    )  # fmt: skip
    assert "klaster" not in circles


MAP_ARGS = {
    "center": (-0.28, 111.48),
    "zoom": 7,
    "tile_url": "https://tiles.example.org/{z}/{x}/{y}.png",
    "attribution": "&copy; contoh",
    "bounds": [[-1.0, 109.0], [1.0, 112.0]],
}


def test_kept_map_configs_equal_folium_s_and_spare_a_rebuild_folium(tmp_path):
    import pickle
    import subprocess
    import sys

    from arsip_maps.config import KeptConfigs

    path = tmp_path / "peta.pickle"
    first = KeptConfigs(path)
    made = first(**MAP_ARGS)
    assert made == map_config(**MAP_ARGS)
    made.pop("batas")  # a caller's change stays its own
    assert first(**MAP_ARGS) == map_config(**MAP_ARGS)
    first.save()
    kept = KeptConfigs(path)(**MAP_ARGS)
    # Same values and types (pickled, not JSON: a tuple stays a tuple).
    assert pickle.dumps(kept) == pickle.dumps(map_config(**MAP_ARGS))
    assert KeptConfigs(path, load=False).saved == {}
    # Another process finds it kept and never imports folium; other arguments do.
    code = (
        "import sys; from pathlib import Path; from arsip_maps.config import "
        f"KeptConfigs; kept = KeptConfigs(Path({str(path)!r}));"
        f"kept(**{MAP_ARGS!r}); print('folium' in sys.modules);"
        f"kept(**dict({MAP_ARGS!r}, zoom=8)); print('folium' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "True"]


@pytest.mark.parametrize(
    ("url", "radius", "zoom", "expected"),
    [
        ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", 40, 18, []),
        ("https://tile.example.org/{z}/{x}.png", 40, 18, ["ARSIP_MAPS_TILE_URL"]),
        ("/ubin/{z}/{x}/{y}.png", 0, 18, ["ARSIP_MAPS_CLUSTER_RADIUS"]),
        ("/ubin/{z}/{x}/{y}.png", 40, "18", ["ARSIP_MAPS_TILE_MAX_ZOOM"]),
        ("/ubin/{z}/{x}/{y}.png", True, 18, ["ARSIP_MAPS_CLUSTER_RADIUS"]),
    ],
)
def test_setting_problems_name_the_setting(url, radius, zoom, expected):
    problems = setting_problems(url, radius, zoom)
    assert [p.split(" ", 1)[0] for p in problems] == expected


def test_a_bad_tile_url_stops_the_build(tmp_path):
    from tests.conftest import build_site

    content = tmp_path / "content"
    content.mkdir()
    with pytest.raises(MapSettingsError, match="ARSIP_MAPS_TILE_URL"):
        build_site(content, tmp_path / "out", ARSIP_MAPS_TILE_URL="https://x.org/a.png")


def test_a_place_shows_on_the_map_of_its_own_province():
    balikpapan = Place("Kota Balikpapan", "kota", "Kalimantan Timur")
    items = [
        item("kalbar", kalbar_place("Kabupaten Sambas"), balikpapan, province=KALBAR),
        item("kaltim", balikpapan, province="Kalimantan Timur"),
        item("jawa", Place("Kota Bandung", "kota", "Jawa Barat", lat=-6.9, lon=107.6)),
    ]
    points, _ = place_points(items, gazetteer_locate())
    grouped = points_by_province(
        points, [KALBAR, "Kalimantan Timur", "luar Kalimantan"]
    )
    assert {k: [(p.name, p.articles) for p in v] for k, v in grouped.items()} == {
        KALBAR: [("Kabupaten Sambas", 1)],
        "Kalimantan Timur": [("Kota Balikpapan", 2)],
        "luar Kalimantan": [("Kota Bandung", 1)],
    }
    assert map_page_of(None) == "luar Kalimantan"


def test_folium_is_imported_once_the_readers_workers_are_forked():
    """Importing the plugin leaves folium (~0.7 s of template compiling) for later:
    arsip_maps imports it at article_generator_init, after arsip_reader's workers
    are forked, or on first use."""
    import subprocess
    import sys

    code = (
        "import sys, arsip_maps; from arsip_maps.generator import import_folium;"
        "print('folium' in sys.modules); import_folium(None);"
        "print('folium.plugins' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "True"]
