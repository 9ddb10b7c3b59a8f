"""The map page, the GeoJSON point data, and Leaflet copied from its PyPI packages.

The context also carries the home page's overview SVG geometry (no Leaflet there).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.generators import Generator
from pelican.urlwrappers import Category

from arsip_core.files import copy_if_changed, write_if_changed
from arsip_core.gazetteer import DATA_DIR, Gazetteer, load_gazetteer
from arsip_core.keys import MAPS_CONTEXT
from arsip_core.model import Place
from arsip_core.settings import setting
from arsip_maps.config import CIRCLES, POINTS, KeptConfigs, load_folium
from arsip_maps.mapdata import (
    OVERVIEW_HEIGHT,
    OVERVIEW_MAP_MAX_RADIUS,
    OVERVIEW_WIDTH,
    OverviewSvg,
    PlacePoint,
    bounds,
    dumps,
    extent_projection,
    map_page_of,
    outline_extent,
    outline_svg_paths,
    overview_svg_points,
    place_points,
    points_by_province,
    points_geojson,
    province_totals,
    setting_problems,
    tile_origin,
    totals_geojson,
)
from arsip_taxonomy.provinces import PROVINCE_PAGES, province_of
from arsip_taxonomy.terms import place_name, term_slug

logger = logging.getLogger(__name__)

CONTEXT_KEY = MAPS_CONTEXT
# Data files that are not a province: every place, and the province circles.
ALL_PLACES = "semua-tempat"
PROVINCE_CIRCLES = "total-provinsi"
# Centre of Kalimantan (Borneo's Indonesian part) for the overview map.
KALIMANTAN_CENTER = (0.2, 114.5)
# The base map under every map, so a map without tiles still shows where it is
# (made by data/make_outline.py from Natural Earth and geoBoundaries; see
# data/README.md), and the kabupaten/kota borders a province map adds to it.
OUTLINE_FILE = DATA_DIR / "kalimantan_outline.geojson"
OUTLINE = "peta-dasar"
KABUPATEN_FILE = DATA_DIR / "kalimantan_kabupaten.geojson"


def kabupaten_borders(outline: dict | None) -> dict[str, dict]:
    """Each province slug's kabupaten/kota borders as a GeoJSON FeatureCollection."""
    borders = {}
    for feature in (outline or {}).get("features", []):
        slug = feature.get("properties", {}).get("provinsi")
        if slug:
            borders[slug] = {"type": "FeatureCollection", "features": [feature]}
    return borders


def load_outline(path: Path = OUTLINE_FILE) -> dict | None:
    """The base map as GeoJSON, or None (logged) when the file is missing or bad."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        logger.warning("arsip_maps: peta dasar tidak dapat dibaca (%s): %s", path, err)
        return None


@dataclass
class MapView:
    """One map on a page: its config, where its data goes, and the no-JS table rows."""

    slug: str
    config: dict[str, Any]
    data_url: str
    data_save_as: str
    data: dict
    points: list[PlacePoint]
    # The kabupaten/kota borders drawn over the base map (a province map only).
    borders_url: str | None = None
    borders_save_as: str | None = None
    borders: dict | None = None

    @property
    def config_json(self) -> str:
        return dumps(self.config)


class MapSettingsError(ValueError):
    """An ARSIP_MAPS_* setting cannot work; the message names it."""


def check_settings(pelican) -> None:
    """Fail at start-up, naming the setting, rather than ship broken maps."""
    s = pelican.settings
    problems = setting_problems(
        setting(s, "ARSIP_MAPS_TILE_URL"),
        setting(s, "ARSIP_MAPS_CLUSTER_RADIUS"),
        setting(s, "ARSIP_MAPS_TILE_MAX_ZOOM"),
    )
    if problems:
        raise MapSettingsError("arsip_maps: " + "; ".join(problems))


def locator(gazetteer: Gazetteer):
    """Coordinates of a Place: its own, else the seat of its kabupaten/kota."""

    def locate(place: Place) -> tuple[float, float] | None:
        if place.lat is not None and place.lon is not None:
            return place.lat, place.lon
        for name in (place.name, place_name(place.kind, place.name)):
            known = gazetteer.place(name, place.kind)
            if known:
                return known.lat, known.lon
        return None

    return locate


def add_template_globals(generator) -> None:
    """The tile host for the CSP, and a helper listing an article's places."""
    settings = generator.settings
    generator.env.globals["arsip_tile_origin"] = tile_origin(
        setting(settings, "ARSIP_MAPS_TILE_URL")
    )

    def article_places(article) -> list[dict[str, Any]]:
        """Each kabupaten/kota of an article: name, index page, spot on its map.

        Called while articles are written, after generate_context, so the map data
        is there; a place that could not be placed gets no map link.
        """
        place_maps = generator.context.get(CONTEXT_KEY, {}).get("place_maps", {})
        places = []
        for place in article.record.places:
            if place.kind not in ("kabupaten", "kota"):
                continue
            name = place_name(place.kind, place.name)
            slug = term_slug("tempat", name)
            province, map_url = place_maps.get(slug, (None, None))
            places.append(
                {
                    "name": name,
                    "url": setting(settings, "ARSIP_TAXONOMY_TERM_URL").format(
                        taxonomy="tempat", slug=slug
                    ),
                    "province": province,
                    "map_url": map_url,
                    "count": place.count,
                    "count_label": place.count_label,
                }
            )
        return places

    generator.env.globals["arsip_article_places"] = article_places


CONFIGS_FILE = "arsip-peta-konfigurasi.pickle"


def _configs_file(settings) -> Path | None:
    """Where the maps' configurations are kept between builds (``KeptConfigs``),
    beside Pelican's content cache; None when the build keeps no cache."""
    cache = settings.get("CACHE_PATH")
    if not cache or not settings.get("CACHE_CONTENT"):
        return None
    return Path(cache) / CONFIGS_FILE


class MapsGenerator(Generator):
    """Computes map data in generate_context; writes data, Leaflet and /peta/ after."""

    def _data_paths(self, slug: str) -> tuple[str, str]:
        return (
            setting(self.settings, "ARSIP_MAPS_DATA_URL").format(slug=slug),
            setting(self.settings, "ARSIP_MAPS_DATA_SAVE_AS").format(slug=slug),
        )

    def _config(self, **kwargs) -> dict[str, Any]:
        s = self.settings
        return self._configs(
            tile_url=setting(s, "ARSIP_MAPS_TILE_URL"),
            attribution=setting(s, "ARSIP_MAPS_TILE_ATTRIBUTION"),
            max_zoom=setting(s, "ARSIP_MAPS_TILE_MAX_ZOOM"),
            cluster_radius=setting(s, "ARSIP_MAPS_CLUSTER_RADIUS"),
            **kwargs,
        )

    def _place_url(self, slug: str) -> str:
        url = setting(self.settings, "ARSIP_TAXONOMY_TERM_URL")
        return self.settings["SITEURL"] + "/" + url.format(taxonomy="tempat", slug=slug)

    def _points_view(self, slug, points, center, zoom, extent=None) -> MapView:
        """A map of ``points``, fitted to them and to ``extent`` (a province's)."""
        data_url, data_save_as = self._data_paths(slug)
        spots = [(p.lat, p.lon) for p in points]
        if extent:
            west, south, east, north = extent
            spots += [(south, west), (north, east)]
        fit = bounds(spots)
        return MapView(
            slug=slug,
            config=self._config(center=center, zoom=zoom, kind=POINTS, bounds=fit),
            data_url=data_url,
            data_save_as=data_save_as,
            data=points_geojson(points, self._place_url),
            points=points,
        )

    def generate_context(self):
        self._configs = KeptConfigs(
            _configs_file(self.settings),
            load=self.settings.get("LOAD_CONTENT_CACHE", True),
        )
        articles = list(self.context.get("articles") or [])
        gazetteer = load_gazetteer()
        locate = locator(gazetteer)
        unknown = setting(self.settings, "ARSIP_UNKNOWN_PROVINCE")

        grouped: dict[str, list[Any]] = {name: [] for name in PROVINCE_PAGES}
        for article in articles:
            grouped.setdefault(province_of(article, unknown), []).append(article)

        known = {p.name: p for p in gazetteer.provinces}
        all_points, unplaced = place_points(articles, locate)
        if unplaced:
            logger.info("arsip_maps: tempat tanpa koordinat: %s", ", ".join(unplaced))
        provinces: dict[str, MapView] = {}
        outline = load_outline()
        borders = kabupaten_borders(load_outline(KABUPATEN_FILE))
        for name, points in sorted(points_by_province(all_points, grouped).items()):
            prov = known.get(name)
            center = (prov.lat, prov.lon) if prov else KALIMANTAN_CENTER
            slug = Category(name, self.settings).slug
            # A province map shows the whole province, so one point is not a dot in
            # an unnamed bay.
            extent = (
                outline_extent(outline, slug=prov.slug) if outline and prov else None
            )
            view = self._points_view(slug, points, center, 7 if prov else 5, extent)
            if prov and prov.slug in borders:
                view.borders = borders[prov.slug]
                view.borders_url, view.borders_save_as = self._data_paths(
                    f"{OUTLINE}-{prov.slug}"
                )
            provinces[name] = view
        places_view = self._points_view(ALL_PLACES, all_points, KALIMANTAN_CENTER, 6)
        # The overview always shows all of Kalimantan, not just where the points are.
        places_view.config.pop("batas", None)

        counts = {name: len(items) for name, items in grouped.items()}
        rows = [
            (p.name, Category(p.name, self.settings).slug, p.lat, p.lon)
            for p in gazetteer.provinces
        ]
        rows += [
            (name, Category(name, self.settings).slug, None, None)
            for name in sorted(counts)
            if name not in known and counts[name]
        ]
        totals = province_totals(counts, rows)
        circles_url, circles_save_as = self._data_paths(PROVINCE_CIRCLES)

        def province_url(slug: str) -> str:
            url = self.settings["CATEGORY_URL"].format(slug=slug)
            return self.settings["SITEURL"] + "/" + url

        overview = MapView(
            slug=PROVINCE_CIRCLES,
            config=self._config(center=KALIMANTAN_CENTER, zoom=5, kind=CIRCLES),
            data_url=circles_url,
            data_save_as=circles_save_as,
            data=totals_geojson(totals, province_url),
            points=[],
        )
        extent = outline_extent(outline) if outline else None
        outline_paths: tuple[tuple[str, str], ...] = ()
        if extent is not None:
            project = extent_projection(extent, OVERVIEW_WIDTH, OVERVIEW_HEIGHT)
            outline_paths = tuple(outline_svg_paths(outline, project))
        outline_url, outline_save_as = self._data_paths(OUTLINE)
        self._configs.save()
        self.context[CONTEXT_KEY] = {
            "url": setting(self.settings, "ARSIP_MAPS_URL"),
            # The base map's file (None without one): every Leaflet map draws it.
            "outline": outline,
            "outline_url": outline_url if outline else None,
            "outline_save_as": outline_save_as,
            "library_url": setting(self.settings, "ARSIP_MAPS_LIBRARY_URL"),
            "provinces": provinces,
            "all_places": places_view,
            "overview": overview,
            # The home page draws the totals as SVG instead of loading Leaflet.
            "overview_svg": OverviewSvg(
                OVERVIEW_WIDTH,
                OVERVIEW_HEIGHT,
                tuple(
                    overview_svg_points(
                        totals,
                        OVERVIEW_WIDTH,
                        OVERVIEW_HEIGHT,
                        extent=extent,
                        max_radius=OVERVIEW_MAP_MAX_RADIUS,
                    )
                ),
                outline=outline_paths,
            ),
            "totals": totals,
            # Where each place is on a province map: (province page, URL#anchor).
            "place_maps": {
                p.slug: (page, f"{Category(page, self.settings).url}#{p.anchor}")
                for p in all_points
                for page in [map_page_of(p.province)]
            },
            "total_articles": len(articles),
        }

    def generate_output(self, writer):
        data = self.context[CONTEXT_KEY]
        views = [*data["provinces"].values(), data["all_places"], data["overview"]]
        for view in views:
            path = Path(self.output_path, view.data_save_as)
            write_if_changed(path, dumps(view.data) + "\n")
            if view.borders and view.borders_save_as:
                path = Path(self.output_path, view.borders_save_as)
                write_if_changed(path, dumps(view.borders) + "\n")
        if data["outline"]:
            path = Path(self.output_path, data["outline_save_as"])
            write_if_changed(path, dumps(data["outline"]) + "\n")
        copy_libraries(
            Path(self.output_path, setting(self.settings, "ARSIP_MAPS_LIBRARY_SAVE_AS"))
        )
        writer.write_file(
            setting(self.settings, "ARSIP_MAPS_SAVE_AS"),
            self.get_template("map"),
            self.context,
            self.settings["RELATIVE_URLS"],
            url=data["url"],
            page_name="peta",
        )


# (xstatic package, files to copy, folder under the library folder)
LIBRARIES = (
    ("leaflet", ("leaflet.js", "leaflet.css", "images"), "leaflet"),
    (
        "leaflet_markercluster",
        ("leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css"),
        "markercluster",
    ),
)


def copy_libraries(target: Path) -> None:
    """Copy Leaflet and markercluster from their xstatic packages (never a CDN)."""
    import importlib

    for package, names, folder in LIBRARIES:
        source = Path(importlib.import_module(f"xstatic.pkg.{package}").BASE_DIR)
        dest = target / folder
        dest.mkdir(parents=True, exist_ok=True)
        for name in names:
            src = source / name
            if src.is_dir():
                for item in sorted(src.rglob("*")):
                    if item.is_file():
                        copy_if_changed(item, dest / name / item.relative_to(src))
            elif name.endswith(".js"):
                # The packages ship no minified source map: drop the reference so
                # browsers do not request a missing file.
                text = src.read_text(encoding="utf-8")
                lines = [
                    line
                    for line in text.splitlines()
                    if not line.startswith("//# sourceMappingURL=")
                ]
                write_if_changed(dest / name, "\n".join(lines) + "\n")
            else:
                copy_if_changed(src, dest / name)
    logger.debug("arsip_maps: Leaflet disalin ke %s", os.fspath(target))


def get_generators(pelican):
    """The maps' generator; folium is imported once the reader's workers are
    forked (connected now: after every plugin's own receivers, arsip_reader's
    too, whatever the order of PLUGINS)."""
    signals.article_generator_init.connect(import_folium)
    return MapsGenerator


def import_folium(generator=None) -> None:
    """article_generator_init: import folium while the reader's workers read. When
    no worker reads (a rebuild), only a map whose configuration is not kept
    imports it (``KeptConfigs``), when it is made."""
    if generator is not None and not _workers_read(generator):
        return
    load_folium()


def _workers_read(generator) -> bool:
    """Whether arsip_reader's workers are reading articles (a cold build)."""
    readers = getattr(getattr(generator, "readers", None), "readers", None) or {}
    return any(getattr(r, "prefetched", None) is not None for r in readers.values())
