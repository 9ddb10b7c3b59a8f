"""Leaflet map configuration made with folium, for the site's own map script.

folium's HTML output would inline one script per marker and load jQuery, Bootstrap
and Font Awesome from CDNs, which the site's CSP (script-src 'self') forbids. So folium
builds the map, tile layer and cluster objects (their option defaults and naming) and
we serialise their options; theme/static/js/arsip-peta.js reads them.
"""

from __future__ import annotations

import importlib
from typing import Any

# How a map shows its data: clustered place points, or province circles.
POINTS = "titik"
CIRCLES = "lingkaran"


def load_folium() -> None:
    """Import folium (it compiles ~90 Jinja templates at import, ~0.7 s): on first
    use, or earlier while the reader's workers read (``import_folium``), not at the
    build's start, when one core waits for it."""
    for name in ("folium", "folium.plugins", "folium.utilities"):
        importlib.import_module(name)


def _camel(options: dict[str, Any]) -> dict[str, Any]:
    from folium.utilities import camelize

    return {camelize(k): v for k, v in sorted(options.items())}


def map_config(
    *,
    center: tuple[float, float],
    zoom: int,
    tile_url: str,
    attribution: str,
    max_zoom: int = 18,
    kind: str = POINTS,
    cluster_radius: int = 40,
    bounds: list[list[float]] | None = None,
    scroll_zoom: bool = False,
) -> dict[str, Any]:
    """The JSON-ready configuration of one map (no data: the page links that)."""
    import folium
    from folium.plugins import MarkerCluster

    fmap = folium.Map(
        location=list(center),
        zoom_start=zoom,
        tiles=None,
        control_scale=True,
        scroll_wheel_zoom=scroll_zoom,  # a page scrolls past the map without zooming it
    )
    tiles = folium.TileLayer(
        tile_url, attr=attribution, max_zoom=max_zoom, max_native_zoom=max_zoom
    )
    config: dict[str, Any] = {
        "center": [round(c, 4) for c in fmap.location],
        "zoom": zoom,
        "peta": _camel(fmap.options),
        "skala": bool(fmap.control_scale),
        "ubin": {"url": tiles.tiles, "opsi": _camel(tiles.options)},
        "jenis": kind,
    }
    if kind == POINTS:
        cluster = MarkerCluster(
            max_cluster_radius=cluster_radius, show_coverage_on_hover=False
        )
        config["klaster"] = _camel(cluster.options)
    if bounds:
        config["batas"] = bounds
    return config
