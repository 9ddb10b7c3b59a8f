"""Leaflet map configuration made with folium, for the site's own map script.

folium's HTML output would inline one script per marker and load jQuery, Bootstrap
and Font Awesome from CDNs, which the site's CSP (script-src 'self') forbids. So folium
builds the map, tile layer and cluster objects (their option defaults and naming) and
we serialise their options; theme/static/js/arsip-peta.js reads them.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
import pickle
import sys
from pathlib import Path
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


def _made_by() -> str:
    """What a map's configuration is made by: this module, folium and branca."""
    digest = hashlib.blake2b(Path(__file__).read_bytes(), digest_size=16)
    for name in ("folium", "branca"):
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"\0{name}={version}".encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


class KeptConfigs:
    """``map_config`` with each configuration kept between builds (a file beside
    the content cache), so a rebuild whose maps keep their arguments never imports
    folium (~0.5 CPU-s at the start of every rebuild, when nothing else runs).

    A configuration depends only on its arguments and on the code that makes it
    (this module, folium's and branca's versions), which the file is keyed by; it
    is kept pickled, so each call gets its own copy with the same types and values
    as ``map_config`` returns. ``path`` None: nothing kept; ``load`` False (a
    build told to ignore the cache): every configuration made again, then kept."""

    def __init__(self, path: Path | None, load: bool = True) -> None:
        self.path = path
        self.key = _made_by() if path is not None else ""
        self.saved: dict[str, bytes] = {}
        self.used: dict[str, bytes] = {}
        if path is None or not load:
            return
        try:
            key, saved = pickle.loads(path.read_bytes())
        except Exception:  # noqa: BLE001 - missing or unreadable: made again
            return
        if key == self.key and isinstance(saved, dict):
            self.saved = saved

    def __call__(self, **kwargs: Any) -> dict[str, Any]:
        """``map_config(**kwargs)``."""
        name = repr(sorted(kwargs.items()))
        made = self.saved.get(name)
        if made is None:
            made = pickle.dumps(map_config(**kwargs), protocol=pickle.HIGHEST_PROTOCOL)
        self.used[name] = made
        return pickle.loads(made)

    def save(self) -> None:
        """Keep this build's configurations, when they are not what was kept."""
        if self.path is None or self.used == self.saved:
            return
        data = pickle.dumps((self.key, self.used), protocol=pickle.HIGHEST_PROTOCOL)
        temporary = self.path.with_name(f"{self.path.name}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(data)
            temporary.replace(self.path)
        except OSError:
            temporary.unlink(missing_ok=True)
