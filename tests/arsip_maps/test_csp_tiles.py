"""Only a page that draws a Leaflet map lets the browser load map tiles."""

from __future__ import annotations

import re

from arsip_core.settings import DEFAULTS
from arsip_maps.mapdata import tile_origin

CSP = re.compile(r'http-equiv="Content-Security-Policy" content="([^"]*)"')


def test_tile_host_is_allowed_exactly_where_a_map_is_drawn(built_content):
    origin = tile_origin(DEFAULTS["ARSIP_MAPS_TILE_URL"])
    assert origin, "the maps plugin names a tile host"
    with_map, without_map = [], []
    for page in built_content.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        (csp,) = CSP.findall(html)
        draws = "leaflet.js" in html
        (with_map if draws else without_map).append(page)
        assert (origin in csp) == draws, page.relative_to(built_content)
    # /peta/ and the provinces with mapped places; the home page is not among them.
    assert built_content / "peta" / "index.html" in with_map
    assert built_content / "index.html" in without_map
