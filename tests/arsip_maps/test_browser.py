"""The maps in a real Chromium: they draw, cluster, open popups, and log no errors.

Tiles are answered locally with a blank PNG, so no test needs the network.
"""

from __future__ import annotations

import base64
import functools
import http.server
import threading
from pathlib import Path

import pytest

from tests.quality.tools import CHROMIUM, require

pytestmark = pytest.mark.browser

# A 1x1 transparent PNG stands in for every tile.
BLANK_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest output clean
        pass


@pytest.fixture(scope="module")
def served(built_content):
    handler = functools.partial(_Quiet, directory=str(built_content))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    require(Path(CHROMIUM).is_file(), f"Chromium missing at {CHROMIUM}")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM))
        yield browser
        browser.close()


def open_page(browser, url):
    """A page with tiles stubbed; returns (page, problems, outside requests)."""
    page = browser.new_page(viewport={"width": 360, "height": 740})
    problems, outside, tiles = [], [], []
    page.on(
        "console", lambda m: m.type in ("error", "warning") and problems.append(m.text)
    )
    page.on("pageerror", lambda e: problems.append(str(e)))

    def route(r):
        if r.request.url.startswith("https://tile.openstreetmap.org/"):
            tiles.append(r.request.url)
            return r.fulfill(status=200, content_type="image/png", body=BLANK_PNG)
        if not r.request.url.startswith(
            url.split("/", 3)[0] + "//" + url.split("/")[2]
        ):
            outside.append(r.request.url)
            return r.abort()
        return r.continue_()

    page.route("**/*", route)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return page, problems, outside, tiles


def test_province_map_draws_clusters_and_popups(browser, served):
    page, problems, outside, tiles = open_page(
        browser, f"{served}/provinsi/kalimantan-barat/"
    )
    assert page.locator(".peta.peta-aktif.leaflet-container").count() == 1
    assert tiles, "no tile requested"
    markers = page.locator(".leaflet-interactive, .marker-cluster")
    assert markers.count() >= 1
    assert problems == [] and outside == []


def test_hash_centres_the_map_on_a_place_and_opens_its_popup(browser, served):
    page, problems, outside, _ = open_page(
        browser, f"{served}/provinsi/kalimantan-barat/#tempat-kabupaten-sambas"
    )
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(timeout=5000)
    assert "Kabupaten Sambas" in popup.inner_text()
    assert "45 kegiatan" in popup.inner_text()
    link = popup.locator("a")
    assert link.get_attribute("href").endswith("/indeks/tempat/kabupaten-sambas/")
    assert problems == [] and outside == []


def test_overview_and_home_maps_draw_province_circles(browser, served):
    for path in ("/peta/", "/"):
        page, problems, outside, _ = open_page(browser, served + path)
        assert page.locator(".leaflet-container").count() >= 1, path
        assert page.locator("path.leaflet-interactive").count() >= 4, path
        assert problems == [] and outside == [], path


def test_without_javascript_the_tables_remain(browser, served):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{served}/provinsi/kalimantan-barat/")
    assert not page.locator(".peta").first.is_visible()
    assert page.locator("#tempat-kabupaten-sambas").is_visible()
    context.close()
